// SPDX-License-Identifier: MIT
// Row operations on both engines, and getOrCreate / updateOrCreate racing themselves.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "ops/ops.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString schemaSql(Engine e)
{
    const QString id =
        e == Postgres ? u"id serial PRIMARY KEY"_s : u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    return u"CREATE TABLE tag (%1, name varchar(40) NOT NULL UNIQUE, uses integer NOT NULL "
           "DEFAULT 0)"_s.arg(id);
}

QVariantMap named(const QString &name)
{
    QVariantMap map;
    map.insert(u"name"_s, name);
    return map;
}

QVariantMap uses(int n)
{
    QVariantMap map;
    map.insert(u"uses"_s, n);
    return map;
}

QVariantMap both(const QString &name, int n)
{
    QVariantMap map = named(name);
    map.insert(u"uses"_s, n);
    return map;
}

// One contender: its own session, optionally inside a transaction; \a update picks
// updateOrCreate (setting uses to \a n) over getOrCreate.
QCoro::Task<bool> contend(Database *db, QString name, bool transaction, bool update, int n)
{
    Session session = db->session();
    std::optional<Transaction> tx;
    if (transaction)
        tx.emplace(co_await session.begin());
    Ops ops(tx ? Session(*tx) : session);
    bool created = false;
    if (update)
        created =
            (co_await ops.updateOrCreate(name, named(u"shared"_s), uses(n), QVariantMap())).second;
    else
        created = (co_await ops.getOrCreate(name, named(u"shared"_s), uses(n))).second;
    if (tx)
        co_await tx->commit();
    co_return created;
}

QCoro::Task<void> createPair(Database *db, Engine e)
{
    const QString text = e == Postgres ? u"text"_s : u"TEXT"_s;
    co_await db->session().execute(
        u"CREATE TABLE pair (a integer, b %1, note %1, PRIMARY KEY (a, b))"_s.arg(text));
}

} // namespace

class TestOps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertsReadsUpdatesAndDeletes_data() { addEngineRows(Sqlite | Postgres); }
    void insertsReadsUpdatesAndDeletes()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db.session());
        const Row first = await(ops.insert(u"tag"_s, named(u"alpha"_s)));
        QCOMPARE(first.value(u"id").toInt(), 1);   // generated key
        QCOMPARE(first.value(u"uses").toInt(), 0); // server default
        for (const char *name : {"beta", "gamma", "delta", "epsilon"})
            await(ops.insert(u"tag"_s, named(QString::fromLatin1(name))));
        QCOMPARE(await(ops.count(u"tag"_s)), 5);
        QVariantMap like;
        like.insert(u"name__contains"_s, u"l"_s);
        QCOMPARE(await(ops.count(u"tag"_s, like)), 3); // alpha, delta, epsilon

        const Page page = await(ops.paginate(u"tag"_s, 2, 2, {}, {u"-name"_s}));
        QCOMPARE(page.total, 5);
        QCOMPARE(page.pages, 3);
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].value(u"name").toString(), u"delta"_s); // gamma epsilon | delta beta
        QCOMPARE(page.items[1].value(u"name").toString(), u"beta"_s);

        const auto found = await(ops.getByPk(u"tag"_s, {3}));
        QVERIFY(found);
        QCOMPARE(found->value(u"name").toString(), u"gamma"_s);
        QVERIFY(!await(ops.getByPk(u"tag"_s, {99})));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, await(ops.getByPk(u"tag"_s, {1, 2})));

        QVariantMap small;
        small.insert(u"id__le"_s, 2);
        QCOMPARE(await(ops.update(u"tag"_s, small, uses(7))), 2);
        QCOMPARE(await(ops.count(u"tag"_s, uses(7))), 2);
        QCOMPARE(await(ops.remove(u"tag"_s, small)), 2);
        QCOMPARE(await(ops.count(u"tag"_s)), 3);

        QVERIFY_THROWS_EXCEPTION(IntegrityError, await(ops.insert(u"tag"_s, named(u"gamma"_s))));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, await(ops.count(u"nope"_s)));
        QVariantMap bogus = named(u"x"_s);
        bogus.insert(u"bogus"_s, 1);
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, await(ops.insert(u"tag"_s, bogus)));
        await(db.close());
    }

    void readsOneFirstAndScalar_data() { addEngineRows(Sqlite | Postgres); }
    void readsOneFirstAndScalar()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db); // every call on its own short session
        for (const char *name : {"ant", "bee", "cat"})
            await(ops.insert(u"tag"_s, named(QString::fromLatin1(name))));
        await(ops.update(u"tag"_s, named(u"cat"_s), uses(5)));

        QCOMPARE(await(ops.getOne(u"tag"_s, named(u"bee"_s))).value(u"id").toInt(), 2);
        QVERIFY_THROWS_EXCEPTION(NotFound, await(ops.getOne(u"tag"_s, named(u"dog"_s))));
        QVERIFY_THROWS_EXCEPTION(MultipleFound, await(ops.getOne(u"tag"_s, uses(0))));
        QVERIFY(!await(ops.oneOrNone(u"tag"_s, named(u"dog"_s))));
        QCOMPARE(await(ops.oneOrNone(u"tag"_s, uses(5)))->value(u"name").toString(), u"cat"_s);
        QVERIFY_THROWS_EXCEPTION(MultipleFound, await(ops.oneOrNone(u"tag"_s, uses(0))));

        const auto last = await(ops.first(u"tag"_s, {}, {u"-name"_s}));
        QCOMPARE(last->value(u"name").toString(), u"cat"_s);
        QVERIFY(!await(ops.first(u"tag"_s, named(u"dog"_s))));
        QCOMPARE(await(ops.scalar(u"tag"_s, u"uses"_s, named(u"cat"_s))).toInt(), 5);
        QVERIFY(await(ops.scalar(u"tag"_s, u"uses"_s, named(u"dog"_s))).isNull());
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, await(ops.scalar(u"tag"_s, u"x"_s)));
        await(db.close());
    }

    void savesAndReadsCompositeKeys_data() { addEngineRows(Sqlite | Postgres); }
    void savesAndReadsCompositeKeys()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        await(createPair(&db, e));
        Ops ops(db.session());
        // no key: a plain insert, the key generated
        const Row saved = await(ops.save(u"tag"_s, named(u"one"_s)));
        QCOMPARE(saved.value(u"id").toInt(), 1);
        // the key of an existing row: an update
        QVariantMap change = both(u"uno"_s, 3);
        change.insert(u"id"_s, 1);
        QCOMPARE(await(ops.save(u"tag"_s, change)).value(u"name").toString(), u"uno"_s);
        // a new key: an insert with it
        QVariantMap fresh = both(u"two"_s, 0);
        fresh.insert(u"id"_s, 40);
        QCOMPARE(await(ops.save(u"tag"_s, fresh)).value(u"id").toInt(), 40);
        QCOMPARE(await(ops.count(u"tag"_s)), 2);
        QCOMPARE(await(ops.getByPk(u"tag"_s, {1}))->value(u"uses").toInt(), 3);

        QVariantMap pair;
        pair.insert(u"a"_s, 1);
        pair.insert(u"b"_s, u"x"_s);
        pair.insert(u"note"_s, u"first"_s);
        await(ops.save(u"pair"_s, pair));
        pair.insert(u"note"_s, u"second"_s);
        await(ops.save(u"pair"_s, pair));
        pair.insert(u"b"_s, u"y"_s);
        await(ops.save(u"pair"_s, pair));
        QCOMPARE(await(ops.count(u"pair"_s)), 2);
        const auto found = await(ops.getByPk(u"pair"_s, {1, u"x"_s}));
        QCOMPARE(found->value(u"note").toString(), u"second"_s);
        QVERIFY(!await(ops.getByPk(u"pair"_s, {2, u"x"_s})));
        await(db.close());
    }

    void updateOrCreateUpdatesOrCreates_data() { addEngineRows(Sqlite | Postgres); }
    void updateOrCreateUpdatesOrCreates()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db);
        auto [made, created] = await(ops.updateOrCreate(u"tag"_s, named(u"t"_s), uses(2), uses(9)));
        QVERIFY(created);
        QCOMPARE(made.value(u"uses").toInt(), 9); // createDefaults on create
        auto [changed, again] = await(ops.updateOrCreate(u"tag"_s, named(u"t"_s), uses(2)));
        QVERIFY(!again);
        QCOMPARE(changed.value(u"uses").toInt(), 2);
        QCOMPARE(changed.value(u"id"), made.value(u"id"));
        await(ops.insert(u"tag"_s, both(u"u"_s, 2)));
        // two rows match: an error, and nothing changes
        QVERIFY_THROWS_EXCEPTION(MultipleFound,
                                 await(ops.updateOrCreate(u"tag"_s, uses(2), uses(3))));
        QCOMPARE(await(ops.count(u"tag"_s, uses(2))), 2);
        await(db.close());
    }

    void getOrCreateIsSafeUnderRaces_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("transaction");
        QTest::addColumn<bool>("update");
        for (const bool update : {false, true}) {
            const char *op = update ? "updateOrCreate" : "getOrCreate";
            QTest::addRow("%s-sqlite-autocommit", op) << int(Sqlite) << false << update;
            QTest::addRow("%s-postgres-autocommit", op) << int(Postgres) << false << update;
            QTest::addRow("%s-postgres-transactions", op) << int(Postgres) << true << update;
        }
    }
    void getOrCreateIsSafeUnderRaces()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(bool, transaction);
        QFETCH(bool, update);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 4});
        await(db.session().execute(schemaSql(e)));
        for (int round = 0; round < 5; ++round) {
            await(db.session().execute(u"DELETE FROM tag"_s));
            // all started before any is awaited: they run at once on four connections
            std::vector<QCoro::Task<bool>> contenders;
            for (int i = 0; i < 4; ++i)
                contenders.push_back(contend(&db, u"tag"_s, transaction, update, i + 1));
            int created = 0;
            for (auto &task : contenders)
                created += await(std::move(task)) ? 1 : 0;
            QCOMPARE(created, 1);
            QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM tag"_s)).toInt(), 1);
            // updateOrCreate: the row holds one of the contenders' values
            const int n = await(db.session().scalar(u"SELECT uses FROM tag"_s)).toInt();
            QVERIFY2(n >= 1 && n <= 4, qPrintable(QString::number(n)));
        }
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestOps)
#include "tst_ops.moc"
