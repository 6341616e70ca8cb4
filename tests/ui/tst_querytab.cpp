// SPDX-License-Identifier: MIT
// The SQL editor tab on both engines: the statement at the cursor, a selection,
// a whole script with its results in tabs, errors placed in the editor, cancel,
// manual transactions.
#include "testsupport.h"

#include "connection/errors.h"
#include "connection/openconnection.h"
#include "database/database.h"
#include "editor/querytab.h"
#include "editor/resultsetmodel.h"
#include "editor/spoolresultmodel.h"
#include "editor/sqleditor.h"
#include "io/resultspool.h"

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::QueryTab;

namespace {

const QString Script = u"CREATE TABLE pet (id integer PRIMARY KEY, name text);\n"
                       "INSERT INTO pet VALUES (1, 'Rex'), (2, 'Tom');\n"
                       "SELECT name FROM pet ORDER BY id;\n"
                       "SELECT count(*) AS n FROM pet;\n"_s;

Ui::ResultSetModel *resultAt(QueryTab &tab, int index)
{
    auto *view = qobject_cast<QTableView *>(tab.results()->widget(index));
    return view ? qobject_cast<Ui::ResultSetModel *>(view->model()) : nullptr;
}

/// A cell as the result grid shows it (a spooled result reads its pages in the
/// background).
QVariant cell(QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column));
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

// Fills table t with \a rows rows: far more than one batch, and on PostgreSQL
// more than the socket buffers hold, so a result still being read keeps the
// statement running.
void fillTable(const Database &db, Engine e, int rows)
{
    Session s = db.session();
    await(s.execute(u"CREATE TABLE t (id integer PRIMARY KEY, name text)"_s));
    await(s.execute(
        e == Postgres
            ? u"INSERT INTO t SELECT g, 'name ' || g FROM generate_series(1, %1) g"_s.arg(rows)
            : u"WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c "
              "WHERE g < %1) INSERT INTO t SELECT g, 'name ' || g FROM c"_s.arg(rows)));
}

// Whether another connection can change t's definition now, waiting for locks
// at most a moment (a transaction or statement left open by the tab holds a
// lock that makes this fail).
bool othersCanAlterTable(const QString &url, Engine e, const QString &column)
{
    Options options;
    options.busyTimeout = std::chrono::milliseconds(500);
    Database other(url, options);
    try {
        auto tx = await(other.session().begin());
        if (e == Postgres)
            await(tx.execute(u"SET LOCAL lock_timeout = '500ms'"_s));
        await(tx.execute(u"ALTER TABLE t ADD COLUMN %1 integer"_s.arg(column)));
        await(tx.commit());
        return true;
    } catch (const DatabaseError &error) {
        qWarning() << "ALTER TABLE from another connection failed:" << error.message();
        return false;
    }
}

// PostgreSQL: locks other backends hold on t.
int lockCountOnT(const QString &url)
{
    Database other(url);
    return await(other.session().scalar(u"SELECT count(*) FROM pg_locks WHERE "
                                        u"relation = 't'::regclass "
                                        "AND pid <> pg_backend_pid()"_s))
        .toInt();
}

} // namespace

class TestQueryTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsAtTheCursorASelectionAndAll_data() { addEngineRows(Sqlite | Postgres); }
    void runsAtTheCursorASelectionAndAll()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        QueryTab tab(&connection);
        tab.resize(900, 600);
        tab.show();
        tab.editor()->setText(Script);

        // Run All: two result tabs after Messages.
        StallProbe probe;
        probe.start();
        QVERIFY(await(tab.runAll()));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QCOMPARE(tab.results()->count(), 3);
        Ui::ResultSetModel *names = resultAt(tab, 1);
        QVERIFY(names);
        QTRY_VERIFY(names->isComplete());
        QTRY_COMPARE(cell(names, 1, 0).toString(), u"Tom"_s);
        QVERIFY2(tab.messages().contains(u"line 2: 2 row"_s), qPrintable(tab.messages()));

        // The cursor in the last statement runs only it.
        tab.editor()->setCursorPosition(3, 10);
        QVERIFY(await(tab.runCurrent()));
        QCOMPARE(tab.results()->count(), 2);
        QTRY_COMPARE(cell(resultAt(tab, 1), 0, 0).toLongLong(), 2);

        // A selection runs just what is selected.
        tab.editor()->setSelection(2, 0, 2, 32); // SELECT name FROM pet ORDER BY id
        QVERIFY(await(tab.runCurrent()));
        QTRY_COMPARE(resultAt(tab, 1)->rowCount(), 2);
        screenshot(&tab, u"querytab-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));
    }

    // An error is marked where the engine says it is, the script stops there.
    void placesErrorsInTheEditor_data() { addEngineRows(Sqlite | Postgres); }
    void placesErrorsInTheEditor()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        QueryTab tab(&connection);
        tab.editor()->setText(u"SELECT 1;\nSELECT nope FROM nowhere;\nSELECT 3;\n"_s);
        QVERIFY(!await(tab.runAll()));
        QVERIFY(tab.messages().contains(u"line 2:"_s));
        QVERIFY(!tab.messages().contains(u"line 3:"_s));
        QCOMPARE(tab.results()->currentIndex(), 0); // Messages shown
        const auto marks = tab.editor()->errorRanges();
        QCOMPARE(marks.size(), 1);
        // On line 2, where the engine put it (or the statement's start).
        QVERIFY2(marks.first().first >= 10 && marks.first().first < 34,
                 qPrintable(QString::number(marks.first().first)));
    }

    void cancelStopsALongQuery_data() { addEngineRows(Sqlite | Postgres); }
    void cancelStopsALongQuery()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        QueryTab tab(&connection);
        tab.editor()->setText(e == Postgres ? u"SELECT pg_sleep(30);"_s
                                            : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                              "SELECT x + 1 FROM c WHERE x < 2000000000) "
                                              "SELECT count(*) FROM c;"_s);
        StallProbe probe;
        probe.start();
        QTimer::singleShot(300, &tab, &QueryTab::cancel);
        QVERIFY(!await(tab.runAll()));
        probe.stop();
        QVERIFY(tab.messages().contains(u"cancelled"_s));
        QVERIFY(!tab.isRunning());
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
    }

    // Tabs between runs hold no pooled connection: with a pool of one, two tabs
    // still take turns (and a tab's open transaction keeps its connection, as it
    // must).
    void idleTabsHoldNoConnection()
    {
        ScratchDatabase scratch(Sqlite);
        Options options;
        options.poolSize = 1;
        options.maxOverflow = 0;
        options.poolTimeout = std::chrono::milliseconds(2'000);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s, options);
        QVERIFY(await(connection.open()));
        QueryTab first(&connection);
        QueryTab second(&connection);
        first.editor()->setText(u"SELECT 1;"_s);
        second.editor()->setText(u"SELECT 2;"_s);
        QVERIFY(await(first.runAll()));
        QVERIFY(await(second.runAll()));
        QVERIFY(await(first.runAll()));
    }

    // Manual mode: statements run in the tab's transaction until Rollback (or
    // Commit).
    void manualTransactionRollsBack_data() { addEngineRows(Sqlite | Postgres); }
    void manualTransactionRollsBack()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        Session other = connection.database().session();
        await(other.execute(u"CREATE TABLE t (id integer)"_s));
        QueryTab tab(&connection);
        tab.setAutoCommit(false);
        tab.editor()->setText(u"INSERT INTO t VALUES (1);"_s);
        QVERIFY(await(tab.runAll()));
        QVERIFY(tab.hasOpenTransaction());
        QVERIFY(tab.hasUnsavedWork());
        screenshot(&tab, u"querytab-transaction-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));
        QVERIFY(await(tab.rollback()));
        QVERIFY(!tab.hasOpenTransaction());
        QCOMPARE(await(other.scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0);
        QVERIFY(await(tab.runAll()));
        QVERIFY(await(tab.commit()));
        QCOMPARE(await(other.scalar(u"SELECT count(*) FROM t"_s)).toInt(), 1);
    }

    // Closing a tab while its commit first closes a result's open cursor: nothing
    // runs on the deleted tab afterwards (ASan would say so), and the connection
    // stays usable.
    void closingWhileCommittingIsSafe_data() { addEngineRows(Sqlite | Postgres); }
    void closingWhileCommittingIsSafe()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        auto *tab = new QueryTab(&connection);
        tab->setAutoCommit(false);
        tab->editor()->setText(
            e == Postgres ? u"SELECT g FROM generate_series(1, 200000) AS g"_s
                          : u"WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c "
                            "WHERE g < 200000) SELECT g FROM c"_s);
        QVERIFY(await(tab->runAll()));
        QVERIFY(tab->hasOpenTransaction());
        QPointer<QueryTab> alive(tab);
        QCoro::Task<bool> commit = tab->commit();
        delete tab;
        await(std::move(commit));
        QVERIFY(!alive);
        QCOMPARE(await(connection.database().session().scalar(u"SELECT 1"_s)).toInt(), 1);
    }

    // Auto-commit: a SELECT leaves no transaction, statement or lock behind once
    // it has run, however many rows it returned: they are read into a local spool
    // at once, and the grid shows them from there.
    void autoCommitSelectLeavesNothingOpen_data() { addEngineRows(Sqlite | Postgres); }
    void autoCommitSelectLeavesNothingOpen()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        const int rows = 50'000;
        fillTable(connection.database(), e, rows);
        QueryTab tab(&connection);
        tab.resize(900, 600);
        tab.show();
        QVERIFY(tab.isAutoCommit());
        tab.editor()->setText(u"SELECT id, name FROM t ORDER BY id;"_s);
        StallProbe probe;
        probe.start();
        QVERIFY(await(tab.runAll()));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        // The statement has run: nothing of it is left on the server or in the
        // file.
        QVERIFY(!tab.hasOpenTransaction());
        if (e == Postgres)
            QCOMPARE(lockCountOnT(scratch.url()), 0);
        QVERIFY(othersCanAlterTable(scratch.url(), e, u"added"_s));
        // Every row is there to look at without the view scrolling, the last one
        // too.
        QCOMPARE(tab.results()->count(), 2);
        auto *view = qobject_cast<QTableView *>(tab.results()->widget(1));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), rows);
        QTRY_COMPARE(cell(model, rows - 1, 1).toString(), u"name %1"_s.arg(rows));
        QTRY_COMPARE(cell(model, 0, 0).toLongLong(), 1);
    }

    // Manual mode keeps the tab's transaction (and with it the reading
    // statement's lock) until Commit or Rollback, as before.
    void manualModeKeepsItsTransaction_data() { addEngineRows(Sqlite | Postgres); }
    void manualModeKeepsItsTransaction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        fillTable(connection.database(), e, 5'000);
        QueryTab tab(&connection);
        tab.setAutoCommit(false);
        tab.editor()->setText(u"SELECT id, name FROM t ORDER BY id;"_s);
        QVERIFY(await(tab.runAll()));
        QVERIFY(tab.hasOpenTransaction());
        if (e == Postgres)
            QVERIFY(lockCountOnT(scratch.url()) > 0);
        QVERIFY(!othersCanAlterTable(scratch.url(), e, u"blocked"_s));
        QVERIFY(await(tab.rollback()));
        QVERIFY(!tab.hasOpenTransaction());
        if (e == Postgres)
            QCOMPARE(lockCountOnT(scratch.url()), 0);
        QVERIFY(othersCanAlterTable(scratch.url(), e, u"added"_s));
    }

    // Closing the tab while its result is being spooled ends the statement and removes the
    // file: nothing is left reading for a tab that is gone.
    void closingWhileSpoolingEndsTheStatement_data() { addEngineRows(Sqlite | Postgres); }
    void closingWhileSpoolingEndsTheStatement()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        fillTable(connection.database(), e, 3'000);
        auto *tab = new QueryTab(&connection);
        // Nine million rows: far from done when the tab goes.
        tab->editor()->setText(u"SELECT a.id, b.name FROM t a CROSS JOIN t b;"_s);
        QCoro::Task<bool> run = tab->runAll();
        QTRY_VERIFY(resultAt(*tab, 1) && resultAt(*tab, 1)->rowCount() > 0);
        auto *model = qobject_cast<Ui::SpoolResultModel *>(resultAt(*tab, 1));
        QVERIFY(model);
        const QString file = model->spool().fileName();
        QVERIFY(QFileInfo::exists(file));
        delete tab;
        QVERIFY(!await(std::move(run)));
        QTRY_VERIFY(!QFileInfo::exists(file));
        if (e == Postgres)
            QCOMPARE(lockCountOnT(scratch.url()), 0);
        QVERIFY(othersCanAlterTable(scratch.url(), e, u"added"_s));
    }

    // An error quoting the user's text shows %1 as typed, in Messages and in the
    // signal.
    void percentPlaceholdersInAnErrorStayVerbatim()
    {
        ScratchDatabase scratch(Sqlite);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        QVERIFY(await(connection.open()));
        QueryTab tab(&connection);
        QSignalSpy errors(&tab, &QueryTab::errorOccurred);
        tab.editor()->setText(u"SELECT * FROM \"%1 %2\";"_s);
        QVERIFY(!await(tab.runAll()));
        QVERIFY2(tab.messages().contains(u"no such table: %1 %2 ("_s), qPrintable(tab.messages()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().endsWith(u"no such table: %1 %2"_s),
                 qPrintable(errors.first().first().toString()));
    }
};

QTEST_MAIN(TestQueryTab)
#include "tst_querytab.moc"
