// SPDX-License-Identifier: MIT
// The data grid's page engine alone, on both engines: it pages a real table (the count first,
// then jumps by the sampled keys, the short last page), starts over on a new order and drops
// the replies of the old one, and keeps its byte and page budgets by evicting the pages
// farthest from the focus — never the focused page and its neighbours.
#include "testsupport.h"

#include "database/database.h"
#include "ops/pageengine.h"
#include "schema/reflector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

constexpr int PageSize = PageEngine::PageSize;

// id 1..n, and a filler of \a filler characters (not cut: below PageEngine::CutSize).
Table fillTable(Database &db, Engine e, int rows, int filler)
{
    const QString series = e == Postgres
                               ? u"SELECT i FROM generate_series(1, %1) AS g(i)"_s.arg(rows)
                               : u"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                 "FROM c WHERE i < %1) SELECT i FROM c"_s.arg(rows);
    Session session = db.session();
    await(session.execute(u"CREATE TABLE item (id integer PRIMARY KEY, filler text NOT NULL)"_s));
    await(session.execute(
        u"INSERT INTO item (id, filler) SELECT i, '%1' FROM ("_s.arg(QString(filler, u'x')) +
        series + u") AS s"_s));
    return *await(reflectTable(db.session(), u"item"_s));
}

// Asks for \a page as a view would, and waits until it is held.
bool load(PageEngine &engine, int page)
{
    engine.want(page);
    return QTest::qWaitFor([&] { return engine.page(page) != nullptr; }, 10'000);
}

// The rows a model over \a engine would show, kept from the engine's announcements alone.
struct RowMirror {
    int rows = 0;
    bool balanced = true; // every "about to" was followed by its "done"
    int pending = 0;

    explicit RowMirror(PageEngine &engine)
    {
        QObject::connect(&engine, &PageEngine::rowsAboutToBeAdded, &engine,
                         [this](int first, int last) {
                             balanced = balanced && pending == 0 && first == rows;
                             pending = last - first + 1;
                         });
        QObject::connect(&engine, &PageEngine::rowsAdded, &engine, [this] {
            rows += pending;
            pending = 0;
        });
        QObject::connect(&engine, &PageEngine::rowsAboutToBeDropped, &engine,
                         [this](int first, int last) {
                             balanced = balanced && pending == 0 && last == rows - 1;
                             pending = -(last - first + 1);
                         });
        QObject::connect(&engine, &PageEngine::rowsDropped, &engine, [this] {
            rows += pending;
            pending = 0;
        });
        QObject::connect(&engine, &PageEngine::restarted, &engine, [this] { rows = 0; });
    }
};

} // namespace

class TestPageEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesARealTable_data() { addEngineRows(Sqlite | Postgres); }
    void pagesARealTable()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        constexpr int rows = 10 * PageSize + 17;
        PageEngine engine(db, fillTable(db, e, rows, 10));
        RowMirror mirror(engine);
        QStringList order; // rows of a page are announced before the page
        connect(&engine, &PageEngine::rowsLoaded, this,
                [&](int first, int last) { order.append(u"rows %1-%2"_s.arg(first).arg(last)); });
        connect(&engine, &PageEngine::pageLoaded, this,
                [&](int page) { order.append(u"page %1"_s.arg(page)); });

        QTRY_VERIFY_WITH_TIMEOUT(engine.isCountExact() && engine.page(0), 10'000);
        QCOMPARE(engine.rows(), rows);
        QCOMPARE(mirror.rows, rows);
        QVERIFY(mirror.balanced);
        // the count walked the key and sampled every page's first key: jumps read by key
        QCOMPARE(engine.sampledPages(), 11);
        QCOMPARE(engine.value(0, 0).toInt(), 1);
        QCOMPARE(engine.value(0, 1).toString(), u"xxxxxxxxxx"_s);
        QCOMPARE(engine.cutSize(0, 1), qint64(-1));

        order.clear();
        QVERIFY(load(engine, 7));
        QCOMPARE(order, QStringList({u"rows %1-%2"_s.arg(7 * PageSize).arg(8 * PageSize - 1),
                                     u"page 7"_s}));
        QCOMPARE(engine.value(7 * PageSize + 5, 0).toInt(), 7 * PageSize + 6);
        QCOMPARE(engine.focus(), 7);
        QVERIFY(load(engine, 8)); // after page 7's last key
        QCOMPARE(engine.value(8 * PageSize, 0).toInt(), 8 * PageSize + 1);
        QVERIFY(load(engine, 10)); // the short last page
        QCOMPARE(engine.page(10)->rowCount(), 17);
        QCOMPARE(engine.value(rows - 1, 0).toInt(), rows);
        QVERIFY(!engine.value(rows, 0).isValid());
        QVERIFY(engine.isLoaded(rows - 1));
        QVERIFY(!engine.isLoaded(3 * PageSize));
        QCOMPARE(engine.cachedPages(), 4);

        // A new order starts over: nothing held, the old generation's replies dropped.
        QTRY_VERIFY(!engine.isBusy());
        const quint64 generation = engine.generation();
        engine.want(5); // on its way (or, on a fast machine, there) when the order changes
        QVERIFY(QTest::qWaitFor([&] { return engine.isBusy() || engine.page(5); }, 10'000));
        engine.setOrder(u"id"_s, true);
        QCOMPARE(engine.generation(), generation + 1);
        QCOMPARE(engine.cachedPages(), 0);
        QCOMPARE(engine.rows(), 0);
        QCOMPARE(mirror.rows, 0);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isCountExact() && engine.page(0), 10'000);
        QCOMPARE(engine.value(0, 0).toInt(), rows);
        QCOMPARE(mirror.rows, rows);
        QTRY_VERIFY(!engine.isBusy());
        QTest::qWait(100);
        QVERIFY(!engine.page(5));
        QVERIFY(mirror.balanced);
        await(db.close());
    }

    void keepsTheByteBudget_data() { addEngineRows(Sqlite | Postgres); }
    void keepsTheByteBudget()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        PageEngine engine(db, fillTable(db, e, 30 * PageSize, 1000));
        QTRY_VERIFY_WITH_TIMEOUT(engine.isCountExact() && engine.page(0), 10'000);
        // a page of 1,000 characters a row: half a megabyte, and every page alike
        const qint64 page = engine.heldBytes();
        QVERIFY2(page > PageSize * 2000, qPrintable(QString::number(page)));
        engine.setBudget(PageEngine::MaxPages, page * 7 / 2);
        for (int p = 1; p < 10; ++p) {
            QVERIFY(load(engine, p));
            QVERIFY2(engine.heldBytes() <= engine.maxBytes(),
                     qPrintable(u"page %1: %2 bytes"_s.arg(p).arg(engine.heldBytes())));
            QCOMPARE(engine.cachedPages(), std::min(p + 1, 3));
            QVERIFY(engine.page(p - 1)); // the neighbour stays, the farthest went
            if (p >= 3)
                QVERIFY(!engine.page(p - 3));
            QCOMPARE(engine.value(p * PageSize, 0).toInt(), p * PageSize + 1);
        }
        // a jump: the pages farthest from it go
        QVERIFY(load(engine, 20));
        QVERIFY(engine.heldBytes() <= engine.maxBytes());
        QVERIFY(!engine.page(7));
        QCOMPARE(engine.value(20 * PageSize, 0).toInt(), 20 * PageSize + 1);

        // Past the byte budget three pages stay; past the page budget, the focused page and
        // its neighbours.
        engine.setBudget(PageEngine::MaxPages, 1);
        QVERIFY(load(engine, 21));
        QVERIFY(load(engine, 22));
        QCOMPARE(engine.cachedPages(), 3);
        QVERIFY(engine.page(20) && engine.page(21));
        QVERIFY(engine.heldBytes() > engine.maxBytes());
        engine.setBudget(1, PageEngine::MaxBytes);
        QVERIFY(load(engine, 23));
        QCOMPARE(engine.cachedPages(), 2);
        QVERIFY(engine.page(22));
        QTRY_VERIFY(!engine.isBusy());
        await(db.close());
    }

    void keepsThePageBudget()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.poolSize = 3});
        PageEngine engine(db, fillTable(db, Sqlite, 30 * PageSize, 10));
        QTRY_VERIFY_WITH_TIMEOUT(engine.isCountExact() && engine.page(0), 10'000);
        engine.setBudget(5, PageEngine::MaxBytes);
        for (int p = 1; p < 12; ++p) {
            QVERIFY(load(engine, p));
            QCOMPARE(engine.cachedPages(), std::min(p + 1, 5));
            QVERIFY(engine.page(p - 1));
        }
        // farthest first: going back to the start drops the far end
        QVERIFY(load(engine, 2));
        QCOMPARE(engine.cachedPages(), 5);
        QVERIFY(!engine.page(11));
        QVERIFY(engine.page(7) && engine.page(8));
        QTRY_VERIFY(!engine.isBusy());
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestPageEngine)
#include "tst_pageengine.moc"
