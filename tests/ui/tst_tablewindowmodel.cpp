// SPDX-License-Identifier: MIT
// The data grid's window model on both engines: first rows at once, pages at the start, middle
// and end of a 1M-row table, bounded memory, sorting and filtering in the database, stale
// replies dropped — with the event loop never stalled.
#include "testsupport.h"

#include "database/database.h"
#include "grid/tablewindowmodel.h"
#include "schema/reflector.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::TableWindowModel;

namespace {

// id 1..n; note NULL when id % 7 == 0 and empty when id % 7 == 1.
QString fillSql(Engine e, int rows)
{
    if (e == Postgres)
        return u"CREATE TABLE grid (id integer PRIMARY KEY, name text NOT NULL, note text);"
               "INSERT INTO grid SELECT i, 'row ' || i, CASE i % 7 WHEN 0 THEN NULL WHEN 1 "
               "THEN '' ELSE 'note' END FROM generate_series(1, %1) AS i;"
               "VACUUM ANALYZE grid"_s.arg(rows);
    return u"CREATE TABLE grid (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT);"
           "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1) "
           "INSERT INTO grid SELECT i, 'row ' || i, CASE i % 7 WHEN 0 THEN NULL WHEN 1 THEN '' "
           "ELSE 'note' END FROM c"_s.arg(rows);
}

Table gridTable(Database &db, Engine e, int rows)
{
    Session session = db.session();
    for (const QString &statement : fillSql(e, rows).split(u';'))
        await(session.execute(statement));
    return *await(reflectTable(db.session(), u"grid"_s));
}

// Asks for \a row as a view would, and waits until it is there.
bool showRow(TableWindowModel &model, int row)
{
    // A row exists for the view once the count (or a page) has reached it: the count may still
    // be on its way when the first page arrives.
    if (!QTest::qWaitFor([&] { return model.rowCount() > row; }, 10'000))
        return false;
    model.data(model.index(row, 1));
    return QTest::qWaitFor([&] { return model.isLoaded(row); }, 10'000);
}

// Every row of \a model read page by page as the grid reads them (one after another from the
// top), the values of column \a column; empty when a read failed.
QList<int> readAll(TableWindowModel &model, int column)
{
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    QList<int> values;
    for (const QVariantList &line : await(model.rowValues(rows, {column})))
        values.append(line.isEmpty() ? -1 : line.first().toInt());
    return values;
}

QList<int> sorted(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

class TestTableWindowModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesAtStartMiddleAndEnd_data() { addEngineRows(Sqlite | Postgres); }
    void pagesAtStartMiddleAndEnd()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        constexpr int rows = 1'000'000;
        const Table table = gridTable(db, e, rows);

        StallProbe probe;
        probe.start();
        TableWindowModel model(db, table);
        QSignalSpy counted(&model, &TableWindowModel::countChanged);
        QVERIFY(showRow(model, 0));
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"row 1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 30'000);
        QCOMPARE(model.rowCount(), rows);
        // the count walked the key and sampled every page's first key: jumps read by key
        QCOMPARE(model.sampledPages(),
                 (rows + TableWindowModel::PageSize - 1) / TableWindowModel::PageSize);

        for (const int row : {rows / 2, rows - 1, 0, 123'456, rows - 300}) {
            QVERIFY2(showRow(model, row), qPrintable(QString::number(row)));
            QCOMPARE(model.value(row, 0).toLongLong(), row + 1);
            QCOMPARE(model.data(model.index(row, 1)).toString(), u"row %1"_s.arg(row + 1));
        }
        // NULL (id 7) is not the empty string (id 8)
        QVERIFY(model.value(6, 2).isNull());
        QCOMPARE(model.data(model.index(6, 2)).toString(), u"NULL"_s);
        QVERIFY(!model.value(7, 2).isNull());
        QCOMPARE(model.data(model.index(7, 2)).toString(), QString());
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QTRY_VERIFY(!model.isBusy());
        await(db.close());
    }

    void memoryStaysBoundedWhileJumping_data() { addEngineRows(Sqlite | Postgres); }
    void memoryStaysBoundedWhileJumping()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        constexpr int rows = 100'000;
        TableWindowModel model(db, gridTable(db, e, rows));
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 10'000);
        QRandomGenerator random(7);
        for (int i = 0; i < 120; ++i) {
            const int row = int(random.bounded(rows));
            QVERIFY(showRow(model, row));
            QCOMPARE(model.value(row, 0).toLongLong(), row + 1);
            QVERIFY(model.cachedPages() <= TableWindowModel::MaxPages);
        }
        // scrolling on page after page reads by key, and stays bounded too
        for (int row = 50'000; row < 50'000 + 80 * TableWindowModel::PageSize;
             row += TableWindowModel::PageSize) {
            QVERIFY(showRow(model, row));
            QCOMPARE(model.value(row, 0).toLongLong(), row + 1);
        }
        QVERIFY(model.cachedPages() <= TableWindowModel::MaxPages);
        QTRY_VERIFY(!model.isBusy());
        await(db.close());
    }

    void sortsAndFiltersInTheDatabase_data() { addEngineRows(Sqlite | Postgres); }
    void sortsAndFiltersInTheDatabase()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        constexpr int rows = 20'000;
        TableWindowModel model(db, gridTable(db, e, rows));
        QVERIFY(showRow(model, 0));
        // asked for in the old order, answered after the new one: dropped
        model.data(model.index(5'000, 0));
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(showRow(model, 0));
        QCOMPARE(model.value(0, 0).toLongLong(), rows);
        QVERIFY(showRow(model, 5'000));
        QCOMPARE(model.value(5'000, 0).toLongLong(), rows - 5'000);
        QVERIFY(showRow(model, 5'000 + TableWindowModel::PageSize)); // by key, descending
        QCOMPARE(model.value(5'000 + TableWindowModel::PageSize, 0).toLongLong(),
                 rows - 5'000 - TableWindowModel::PageSize);

        model.sort(1, Qt::AscendingOrder); // by text: 'row 1' < 'row 10' < 'row 100' …
        QVERIFY(showRow(model, 1));
        QCOMPARE(model.value(1, 1).toString(), u"row 10"_s);

        QVariantMap filters;
        filters.insert(u"id__le"_s, 1000);
        filters.insert(u"note__isnull"_s, true);
        model.setFilters(filters);
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact(), 10'000);
        QCOMPARE(model.rowCount(), 1000 / 7);
        QTRY_VERIFY(!model.isBusy());
        await(db.close());
    }

    // Rows whose order key ties (a key that may be NULL, no key, sorted by a column with
    // repeats) are still read once each, page after page.
    void pagesNeverSkipOrRepeatRows_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("create");
        QTest::addColumn<int>("sortColumn");
        QTest::newRow("sqlite nullable key")
            << int(Sqlite) << u"CREATE TABLE t (k text PRIMARY KEY, n integer, v integer)"_s << -1;
        QTest::newRow("sqlite no key, sorted by repeats")
            << int(Sqlite) << u"CREATE TABLE t (k text, n integer, v integer)"_s << 2;
        QTest::newRow("sqlite key, sorted by repeats")
            << int(Sqlite) << u"CREATE TABLE t (k text, n integer PRIMARY KEY, v integer)"_s << 2;
        QTest::newRow("pg no key")
            << int(Postgres) << u"CREATE TABLE t (k text, n integer, v integer)"_s << -1;
        QTest::newRow("pg no key, sorted by repeats")
            << int(Postgres) << u"CREATE TABLE t (k text, n integer, v integer)"_s << 2;
    }
    void pagesNeverSkipOrRepeatRows()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(QString, create);
        QFETCH(int, sortColumn);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        constexpr int rows = 3 * TableWindowModel::PageSize + 17;
        Session session = db.session();
        await(session.execute(create));
        // half the keys NULL, v only 0 or 1, rows stored in no particular order
        const QString series = e == Postgres
                                   ? u"SELECT i FROM generate_series(1, %1) AS g(i)"_s.arg(rows)
                                   : u"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM c WHERE i < %1) SELECT i FROM c"_s.arg(rows);
        await(session.execute(u"INSERT INTO t (k, n, v) SELECT CASE WHEN i % 2 = 0 THEN NULL "
                              "ELSE 'k' || i END, i, (i * 7919) % 2 FROM ("_s +
                              series + u") AS s ORDER BY (i * 7919) % 1000"_s));
        if (e == Postgres) // a few dead rows, so that physical order is not insert order
            await(session.execute(u"UPDATE t SET v = v WHERE n % 13 = 0"_s));
        TableWindowModel model(db, *await(reflectTable(db.session(), u"t"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact() && model.isLoaded(0), 10'000);
        if (sortColumn >= 0) {
            model.sort(sortColumn);
            QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact() && model.isLoaded(0), 10'000);
        }
        QCOMPARE(model.rowCount(), rows);
        QList<int> expected(rows);
        std::iota(expected.begin(), expected.end(), 1);
        QCOMPARE(sorted(readAll(model, 1)), expected);
        await(db.close());
    }

    void aSlowCountCanBeStopped()
    {
        const QString pg = postgresUrl();
        if (pg.isEmpty())
            QSKIP("needs the PostgreSQL server (QUARRY_TEST_PG_URL)");
        ScratchDatabase scratch(Postgres);
        Database db(scratch.url(), {.poolSize = 3});
        await(db.session().execute(u"CREATE VIEW slow AS SELECT g AS id FROM "
                                   "generate_series(1, 3) AS g, pg_sleep(3)"_s));
        Table view;
        view.name = u"slow"_s;
        Column id;
        id.name = u"id"_s;
        view.columns.append(id);
        TableWindowModel model(db, view);
        QTRY_VERIFY(model.isCounting());
        QTest::qWait(200);
        QSignalSpy counted(&model, &TableWindowModel::countChanged);
        QElapsedTimer clock;
        clock.start();
        model.cancelCount();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 2'500);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!model.isCountExact());
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().at(1).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isBusy(), 10'000); // the page read still finishes
        await(db.close());
    }
};

QTEST_MAIN(TestTableWindowModel)
#include "tst_tablewindowmodel.moc"
