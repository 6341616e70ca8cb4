// SPDX-License-Identifier: MIT
// A COMMIT that fails and leaves the transaction open keeps the data grid and the SQL editor in
// "transaction open", with the error shown, so the user can fix and commit again (or roll back).
#include "testsupport.h"

#include "connection/openconnection.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"
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
using Quarry::Ui::QueryTab;
using Quarry::Ui::TableWindowModel;

namespace {

const QString FamilySchema = u"CREATE TABLE parent (id integer PRIMARY KEY); "
                             "INSERT INTO parent (id) VALUES (1), (2); "
                             "CREATE TABLE child (id integer PRIMARY KEY, parent integer "
                             "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED); "
                             "INSERT INTO child (id, parent) VALUES (1, 1)"_s;

bool loaded(TableWindowModel *model)
{
    return QTest::qWaitFor([model] { return model->isCountExact() && model->isLoaded(0); }, 10'000);
}

int storedParent(const Database &db)
{
    return await(db.session().scalar(u"SELECT parent FROM child WHERE id = 1"_s)).toInt();
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TestFailedCommitUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Manual mode: a saved edit breaks a deferred foreign key; COMMIT fails, the transaction
    // stays open with the error shown; a second edit fixes it and COMMIT goes through.
    void gridKeepsTransactionOpenAfterFailedCommit()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        const Table table = *await(reflectTable(db.session(), u"child"_s));
        DataGrid grid(db, table, false);
        grid.setAutoCommit(false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QSignalSpy errors(&grid, &DataGrid::errorOccurred);

        QVERIFY(model->setData(model->index(0, 1), 7));
        QVERIFY(await(grid.save()));
        QVERIFY(grid.hasOpenTransaction());
        QVERIFY(!await(grid.commit()));
        QVERIFY(grid.hasOpenTransaction());
        QVERIFY(grid.hasUnsavedWork());
        QVERIFY2(lastMessage(errors).contains(u"still open"_s), qPrintable(lastMessage(errors)));
        QVERIFY2(lastMessage(errors).contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(lastMessage(errors)));
        QCOMPARE(storedParent(db), 1);

        QTRY_VERIFY(model->isLoaded(0));
        QVERIFY(model->setData(model->index(0, 1), 2));
        QVERIFY(await(grid.save()));
        QVERIFY(await(grid.commit()));
        QVERIFY(!grid.hasOpenTransaction());
        QCOMPARE(storedParent(db), 2);
        await(db.close());
    }

    // Another connection's read lock makes COMMIT fail with SQLITE_BUSY: the grid's
    // transaction stays open, and Commit works once the lock is gone.
    void gridRetriesBusyCommit()
    {
        ScratchDatabase scratch(Sqlite);
        Options options;
        options.busyTimeout = std::chrono::milliseconds(100);
        Database db(scratch.url(), options);
        await(db.session().execute(FamilySchema));
        const Table table = *await(reflectTable(db.session(), u"child"_s));
        DataGrid grid(db, table, false);
        grid.setAutoCommit(false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QVERIFY(model->setData(model->index(0, 1), 2));
        QVERIFY(await(grid.save()));

        Session readerSession = db.session();
        std::optional<Transaction> reader = await(readerSession.begin());
        QCOMPARE(await(reader->scalar(u"SELECT count(*) FROM child"_s)).toInt(), 1);
        QVERIFY(!await(grid.commit()));
        QVERIFY(grid.hasOpenTransaction());
        await(reader->rollback());
        reader.reset();
        QVERIFY(await(grid.commit()));
        QVERIFY(!grid.hasOpenTransaction());
        QCOMPARE(storedParent(db), 2);
        await(db.close());
    }

    // The editor in manual mode: the same, through Commit of the tab.
    void editorKeepsTransactionOpenAfterFailedCommit()
    {
        ScratchDatabase scratch(Sqlite);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        await(connection.database().session().execute(FamilySchema));
        QueryTab tab(&connection);
        QSignalSpy errors(&tab, &QueryTab::errorOccurred);
        tab.setAutoCommit(false);
        tab.editor()->setText(u"UPDATE child SET parent = 7 WHERE id = 1;"_s);
        QVERIFY(await(tab.runAll()));
        QVERIFY(tab.hasOpenTransaction());
        QVERIFY(!await(tab.commit()));
        QVERIFY(tab.hasOpenTransaction());
        QVERIFY(tab.hasUnsavedWork());
        QVERIFY2(tab.messages().contains(u"still open"_s), qPrintable(tab.messages()));
        QVERIFY(!errors.isEmpty());

        tab.editor()->setText(u"INSERT INTO parent (id) VALUES (7);"_s);
        QVERIFY(await(tab.runAll()));
        QVERIFY(await(tab.commit()));
        QVERIFY(!tab.hasOpenTransaction());
        QCOMPARE(storedParent(connection.database()), 7);
    }

    // PostgreSQL answers a COMMIT typed after an error with ROLLBACK: the editor says nothing
    // was committed and no longer shows a transaction.
    void editorReportsTypedCommitOfAbortedTransaction()
    {
        if (postgresUrl().isEmpty())
            QSKIP("needs the PostgreSQL server (QUARRY_TEST_PG_URL)");
        ScratchDatabase scratch(Postgres);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        await(connection.database().session().execute(FamilySchema));
        QueryTab tab(&connection);
        tab.setAutoCommit(false);
        tab.editor()->setText(u"INSERT INTO parent (id) VALUES (9);"_s);
        QVERIFY(await(tab.runAll()));
        tab.editor()->setText(u"SELECT 1 / 0;"_s);
        QVERIFY(!await(tab.runAll()));
        QVERIFY(tab.hasOpenTransaction());
        tab.editor()->setText(u"COMMIT;"_s);
        QVERIFY(!await(tab.runAll()));
        QVERIFY2(tab.messages().contains(u"nothing was committed"_s), qPrintable(tab.messages()));
        QVERIFY2(!tab.hasOpenTransaction(), qPrintable(tab.messages()));
        QCOMPARE(await(connection.database().session().scalar(
                           u"SELECT count(*) FROM parent WHERE id = 9"_s))
                     .toInt(),
                 0);
        // The next run opens a new transaction.
        tab.editor()->setText(u"INSERT INTO parent (id) VALUES (9);"_s);
        QVERIFY(await(tab.runAll()));
        QVERIFY(tab.hasOpenTransaction());
        QVERIFY(await(tab.commit()));
        QCOMPARE(await(connection.database().session().scalar(
                           u"SELECT count(*) FROM parent WHERE id = 9"_s))
                     .toInt(),
                 1);
    }
};

QTEST_MAIN(TestFailedCommitUi)
#include "tst_failedcommit.moc"
