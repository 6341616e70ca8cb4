// SPDX-License-Identifier: MIT
// Row operations on both engines, and getOrCreate racing itself.
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

// One contender: its own session, optionally inside a transaction.
QCoro::Task<bool> contend(Database *db, QString name, bool transaction)
{
    Session session = db->session();
    if (!transaction) {
        Ops ops(session);
        const auto [row, created] = co_await ops.getOrCreate(name, named(u"shared"_s), uses(1));
        co_return created;
    }
    Transaction tx = co_await session.begin();
    Ops ops(tx);
    const auto [row, created] = co_await ops.getOrCreate(name, named(u"shared"_s), uses(1));
    co_await tx.commit();
    co_return created;
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

    void getOrCreateIsSafeUnderRaces_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("transaction");
        QTest::newRow("sqlite-autocommit") << int(Sqlite) << false;
        QTest::newRow("postgres-autocommit") << int(Postgres) << false;
        QTest::newRow("postgres-transactions") << int(Postgres) << true;
    }
    void getOrCreateIsSafeUnderRaces()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(bool, transaction);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 4});
        await(db.session().execute(schemaSql(e)));
        for (int round = 0; round < 5; ++round) {
            await(db.session().execute(u"DELETE FROM tag"_s));
            // all started before any is awaited: they run at once on four connections
            std::vector<QCoro::Task<bool>> contenders;
            for (int i = 0; i < 4; ++i)
                contenders.push_back(contend(&db, u"tag"_s, transaction));
            int created = 0;
            for (auto &task : contenders)
                created += await(std::move(task)) ? 1 : 0;
            QCOMPARE(created, 1);
            QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM tag"_s)).toInt(), 1);
        }
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestOps)
#include "tst_ops.moc"
