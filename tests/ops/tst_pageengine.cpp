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
        PageEngine pager(db, fillTable(db, e, rows, 10));
        RowMirror mirror(pager);
        QStringList order; // rows of a page are announced before the page
        connect(&pager, &PageEngine::rowsLoaded, this,
                [&](int first, int last) { order.append(u"rows %1-%2"_s.arg(first).arg(last)); });
        connect(&pager, &PageEngine::pageLoaded, this,
                [&](int page) { order.append(u"page %1"_s.arg(page)); });

        QTRY_VERIFY_WITH_TIMEOUT(pager.isCountExact() && pager.page(0), 10'000);
        QCOMPARE(pager.rows(), rows);
        QCOMPARE(mirror.rows, rows);
        QVERIFY(mirror.balanced);
        // the count walked the key and sampled every page's first key: jumps read by key
        QCOMPARE(pager.sampledPages(), 11);
        QCOMPARE(pager.value(0, 0).toInt(), 1);
        QCOMPARE(pager.value(0, 1).toString(), u"xxxxxxxxxx"_s);
        QCOMPARE(pager.cutSize(0, 1), qint64(-1));

        order.clear();
        QVERIFY(load(pager, 7));
        QCOMPARE(order, QStringList({u"rows %1-%2"_s.arg(7 * PageSize).arg(8 * PageSize - 1),
                                     u"page 7"_s}));
        QCOMPARE(pager.value(7 * PageSize + 5, 0).toInt(), 7 * PageSize + 6);
        QCOMPARE(pager.focus(), 7);
        QVERIFY(load(pager, 8)); // after page 7's last key
        QCOMPARE(pager.value(8 * PageSize, 0).toInt(), 8 * PageSize + 1);
        QVERIFY(load(pager, 10)); // the short last page
        QCOMPARE(pager.page(10)->rowCount(), 17);
        QCOMPARE(pager.value(rows - 1, 0).toInt(), rows);
        QVERIFY(!pager.value(rows, 0).isValid());
        QVERIFY(pager.isLoaded(rows - 1));
        QVERIFY(!pager.isLoaded(3 * PageSize));
        QCOMPARE(pager.cachedPages(), 4);

        // A new order starts over: nothing held, the old generation's replies dropped.
        QTRY_VERIFY(!pager.isBusy());
        const quint64 generation = pager.generation();
        pager.want(5); // on its way (or, on a fast machine, there) when the order changes
        QVERIFY(QTest::qWaitFor([&] { return pager.isBusy() || pager.page(5); }, 10'000));
        pager.setOrder(u"id"_s, true);
        QCOMPARE(pager.generation(), generation + 1);
        QCOMPARE(pager.cachedPages(), 0);
        // (SQLite's key-span estimate may be counted in at once: the mirror follows it)
        QCOMPARE(mirror.rows, pager.rows());
        QTRY_VERIFY_WITH_TIMEOUT(pager.isCountExact() && pager.page(0), 10'000);
        QCOMPARE(pager.value(0, 0).toInt(), rows);
        QCOMPARE(mirror.rows, rows);
        QTRY_VERIFY(!pager.isBusy());
        QTest::qWait(100);
        QVERIFY(!pager.page(5));
        QVERIFY(mirror.balanced);
        await(db.close());
    }

    void keepsTheByteBudget_data() { addEngineRows(Sqlite | Postgres); }
    void keepsTheByteBudget()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3});
        PageEngine pager(db, fillTable(db, e, 30 * PageSize, 1000));
        QTRY_VERIFY_WITH_TIMEOUT(pager.isCountExact() && pager.page(0), 10'000);
        // a page of 1,000 characters a row: half a megabyte, and every page alike
        const qint64 page = pager.heldBytes();
        QVERIFY2(page > PageSize * 2000, qPrintable(QString::number(page)));
        pager.setBudget(PageEngine::MaxPages, page * 7 / 2);
        for (int p = 1; p < 10; ++p) {
            QVERIFY(load(pager, p));
            QVERIFY2(pager.heldBytes() <= pager.maxBytes(),
                     qPrintable(u"page %1: %2 bytes"_s.arg(p).arg(pager.heldBytes())));
            QCOMPARE(pager.cachedPages(), std::min(p + 1, 3));
            QVERIFY(pager.page(p - 1)); // the neighbour stays, the farthest went
            if (p >= 3)
                QVERIFY(!pager.page(p - 3));
            QCOMPARE(pager.value(p * PageSize, 0).toInt(), p * PageSize + 1);
        }
        // a jump: the pages farthest from it go
        QVERIFY(load(pager, 20));
        QVERIFY(pager.heldBytes() <= pager.maxBytes());
        QVERIFY(!pager.page(7));
        QCOMPARE(pager.value(20 * PageSize, 0).toInt(), 20 * PageSize + 1);

        // Past the byte budget three pages stay; past the page budget, the focused page and
        // its neighbours.
        pager.setBudget(PageEngine::MaxPages, 1);
        QVERIFY(load(pager, 21));
        QVERIFY(load(pager, 22));
        QCOMPARE(pager.cachedPages(), 3);
        QVERIFY(pager.page(20) && pager.page(21));
        QVERIFY(pager.heldBytes() > pager.maxBytes());
        pager.setBudget(1, PageEngine::MaxBytes);
        QVERIFY(load(pager, 23));
        QCOMPARE(pager.cachedPages(), 2);
        QVERIFY(pager.page(22));
        QTRY_VERIFY(!pager.isBusy());
        await(db.close());
    }

    void keepsThePageBudget()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.poolSize = 3});
        PageEngine pager(db, fillTable(db, Sqlite, 30 * PageSize, 10));
        QTRY_VERIFY_WITH_TIMEOUT(pager.isCountExact() && pager.page(0), 10'000);
        pager.setBudget(5, PageEngine::MaxBytes);
        for (int p = 1; p < 12; ++p) {
            QVERIFY(load(pager, p));
            QCOMPARE(pager.cachedPages(), std::min(p + 1, 5));
            QVERIFY(pager.page(p - 1));
        }
        // farthest first: going back to the start drops the far end
        QVERIFY(load(pager, 2));
        QCOMPARE(pager.cachedPages(), 5);
        QVERIFY(!pager.page(11));
        QVERIFY(pager.page(7) && pager.page(8));
        QTRY_VERIFY(!pager.isBusy());
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestPageEngine)
#include "tst_pageengine.moc"
