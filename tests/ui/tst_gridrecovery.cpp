// SPDX-License-Identifier: MIT
// The data grid stays usable when things go wrong around it: a save whose rollback fails too
// (the connection dropped), and the row count's Stop in manual-transaction mode.
#include "testsupport.h"

#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "schema/reflector.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;

namespace {

bool loaded(TableWindowModel *model)
{
    return QTest::qWaitFor([model] { return model->isCountExact() && model->isLoaded(0); }, 10'000);
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TestGridRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Manual mode on PostgreSQL: the UPDATE's trigger ends its own connection, so the save
    // fails and so does rolling back to its savepoint. The grid reports both, keeps the edit,
    // and after Rollback works again on a new connection.
    void failedRollbackInFailedSaveLeavesGridUsable()
    {
        if (postgresUrl().isEmpty())
            QSKIP("needs the PostgreSQL server (QUARRY_TEST_PG_URL)");
        ScratchDatabase scratch(Postgres);
        Database db(scratch.url());
        await(db.session().execute(
            u"CREATE TABLE tag (id integer PRIMARY KEY, name text); "
            "INSERT INTO tag VALUES (1, 'one'), (2, 'two'); "
            "CREATE FUNCTION quit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$; "
            "CREATE TRIGGER quit BEFORE UPDATE ON tag FOR EACH ROW EXECUTE FUNCTION quit()"_s));
        const Table table = *await(reflectTable(db.session(), u"tag"_s));
        DataGrid grid(db, table, false);
        grid.setAutoCommit(false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QSignalSpy errors(&grid, &DataGrid::errorOccurred);
        QSignalSpy modelErrors(model, &TableWindowModel::errorOccurred);

        QVERIFY(model->setData(model->index(0, 1), u"uno"_s));
        bool saved = true;
        try {
            saved = await(grid.save());
        } catch (const std::exception &) {
            QFAIL("save() threw instead of reporting the failure");
        }
        QVERIFY(!saved);
        QVERIFY(grid.hasUnsavedWork()); // the edit is kept
        const QString message = lastMessage(modelErrors);
        QVERIFY2(message.contains(u"Nothing was saved"_s), qPrintable(message));
        QVERIFY2(message.contains(u"roll"_s, Qt::CaseInsensitive), qPrintable(message));

        // Usable: Rollback ends the dead transaction, the rows come back, and a save works.
        await(db.session().execute(u"DROP TRIGGER quit ON tag"_s));
        QVERIFY(await(grid.rollback()));
        QVERIFY(!grid.hasOpenTransaction());
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(0), 10'000);
        QCOMPARE(model->data(model->index(0, 1), Qt::EditRole).toString(), u"uno"_s); // pending
        QVERIFY(await(grid.save()));
        QVERIFY(await(grid.commit()));
        QCOMPARE(await(db.session().scalar(u"SELECT name FROM tag WHERE id = 1"_s)).toString(),
                 u"uno"_s);
        Q_UNUSED(errors);
        await(db.close());
    }

    // In manual mode the grid reads through the tab's session; Stop still stops the count.
    void countStopWorksInManualMode()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(
            u"CREATE VIEW slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
            "WHERE x < 100000000) SELECT x AS id FROM c"_s));
        Table view;
        view.name = u"slow"_s;
        Column id;
        id.name = u"id"_s;
        view.columns.append(id);
        DataGrid grid(db, view, true);
        grid.setAutoCommit(false);
        TableWindowModel *model = grid.model();
        // The count may hold the tab's connection before the first page: stop it either way.
        QTRY_VERIFY_WITH_TIMEOUT(model->isCounting(), 10'000);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        model->cancelCount();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), 2'500);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!model->isCountExact());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10'000);
        // The tab's session reads on.
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(0), 10'000);
        QCOMPARE(model->value(0, 0).toInt(), 1);
        await(db.close());
    }
};

QTEST_MAIN(TestGridRecovery)
#include "tst_gridrecovery.moc"
