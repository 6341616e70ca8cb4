// SPDX-License-Identifier: MIT
// The bulk operations on both engines: insertMany, executeMany, readMulti.
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
    const QString id = e == Postgres ? u"id integer PRIMARY KEY"_s : u"id INTEGER PRIMARY KEY"_s;
    return u"CREATE TABLE item (%1, name text NOT NULL UNIQUE, price numeric(8,2), "
           "made timestamp)"_s.arg(id);
}

QList<QVariantList> items(int from, int count)
{
    QList<QVariantList> rows;
    for (int i = from; i < from + count; ++i) {
        const QVariant price = i % 7 ? QVariant(QString::number(i) + u".25"_s) : QVariant();
        const QDateTime made(QDate(2026, 1, 1 + i % 28), QTime(12, i % 60), Qt::UTC);
        rows.append(QVariantList{i, u"item %1"_s.arg(i), price, made});
    }
    return rows;
}

QStringList itemColumns()
{
    return {u"id"_s, u"name"_s, u"price"_s, u"made"_s};
}

QList<Statement> statements(const QString &last)
{
    return {Statement{u"INSERT INTO item (id, name) VALUES ($1, $2)"_s, Params(1, u"a"_s)},
            Statement{u"UPDATE item SET name = $1 WHERE id = $2"_s, Params(u"b"_s, 1)},
            Statement{last, {}}};
}

} // namespace

class TestOpsBulk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertManyAppendsAllOrNothing_data() { addEngineRows(Sqlite | Postgres); }
    void insertManyAppendsAllOrNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db);
        QCOMPARE(await(ops.insertMany(u"item"_s, itemColumns(), items(1, 5000))), 5000);
        QCOMPARE(await(ops.count(u"item"_s)), 5000);
        const Row row = *await(ops.getByPk(u"item"_s, {22}));
        QCOMPARE(row.value(u"name").toString(), u"item 22"_s);
        QCOMPARE(row.value(u"price").toString(), u"22.25"_s);
        QVERIFY(await(ops.getByPk(u"item"_s, {21}))->value(u"price").isNull());

        // a duplicate in the last row: nothing of the batch stays
        QList<QVariantList> clash = items(6000, 100);
        clash.append(QVariantList{7000, u"item 22"_s, QVariant(), QVariant()});
        QVERIFY_THROWS_EXCEPTION(IntegrityError,
                                 await(ops.insertMany(u"item"_s, itemColumns(), clash)));
        QCOMPARE(await(ops.count(u"item"_s)), 5000);

        // maps: the same keys in every row
        QList<QVariantMap> maps;
        for (int i = 0; i < 3; ++i) {
            QVariantMap map;
            map.insert(u"id"_s, 9000 + i);
            map.insert(u"name"_s, u"map %1"_s.arg(i));
            maps.append(map);
        }
        QCOMPARE(await(ops.insertMany(u"item"_s, maps)), 3);
        maps.last().insert(u"price"_s, 1);
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, await(ops.insertMany(u"item"_s, maps)));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError,
                                 await(ops.insertMany(u"item"_s, {u"nope"_s}, {{1}})));
        QCOMPARE(await(ops.count(u"item"_s)), 5003);
        await(db.close());
    }

    void executeManyRollsBackEntirely_data() { addEngineRows(Sqlite | Postgres); }
    void executeManyRollsBackEntirely()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db);
        // the last statement fails: the first two are undone
        QVERIFY_THROWS_EXCEPTION(
            SqlError, await(ops.executeMany(statements(u"INSERT INTO nope VALUES (1)"_s))));
        QCOMPARE(await(ops.count(u"item"_s)), 0);
        const QList<Result> results =
            await(ops.executeMany(statements(u"SELECT name FROM item"_s)));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[1].rowsAffected(), 1);
        QCOMPARE(results[2].value(0, 0).toString(), u"b"_s);

        // inside a transaction: a savepoint undoes them and the transaction goes on
        Transaction tx = await(db.begin());
        Ops inside(tx);
        await(inside.insert(u"item"_s, QVariantMap{{u"id"_s, 5}, {u"name"_s, u"kept"_s}}));
        QVERIFY_THROWS_EXCEPTION(
            IntegrityError, await(inside.executeMany(
                                statements(u"INSERT INTO item (id, name) VALUES (1, 'x')"_s))));
        QVERIFY(tx.inTransaction());
        await(tx.commit());
        QCOMPARE(await(ops.count(u"item"_s)), 2); // b and kept
        await(db.close());
    }

    void readMultiReadsOneSnapshot_data() { addEngineRows(Sqlite | Postgres); }
    void readMultiReadsOneSnapshot()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql(e)));
        Ops ops(db);
        await(ops.insertMany(u"item"_s, itemColumns(), items(1, 30)));
        QMap<QString, Statement> queries;
        queries.insert(u"page"_s, {u"SELECT id FROM item ORDER BY id LIMIT $1"_s, Params(10)});
        queries.insert(u"total"_s, {u"SELECT count(*) FROM item"_s, {}});
        const QMap<QString, Result> results = await(ops.readMulti(queries));
        QCOMPARE(results.value(u"page"_s).rowCount(), 10);
        QCOMPARE(results.value(u"total"_s).value(0, 0).toInt(), 30);
        // the read-only transaction was closed
        QVERIFY(!ops.session().inTransaction());
        queries.insert(u"bad"_s, {u"SELECT * FROM nope"_s, {}});
        QVERIFY_THROWS_EXCEPTION(SqlError, await(ops.readMulti(queries)));
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestOpsBulk)
#include "tst_opsbulk.moc"
