// SPDX-License-Identifier: MIT
// Every filter lookup compiled to bound SQL and run on both engines.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "ops/filters.h"
#include "schema/dialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString schemaSql()
{
    return u"CREATE TABLE pet (id integer PRIMARY KEY, name varchar(40) NOT NULL, "
           "born date, owner_id integer);"
           "INSERT INTO pet VALUES (1, 'Chonky', '2019-03-04', 1), (2, 'chuck', '2020-03-15', 1),"
           "(3, 'Rex', '2020-11-04', NULL), (4, '50% off', '2021-01-01', 2),"
           "(5, '500 off', NULL, 2), (6, 'a_b', '2020-03-04', NULL)"_s;
}

QVariantMap one(const QString &key, const QVariant &value)
{
    QVariantMap map;
    map.insert(key, value);
    return map;
}

} // namespace

class TestFilters : public QObject {
    Q_OBJECT

    std::map<int, std::unique_ptr<ScratchDatabase>> m_scratch; // one filled database per engine

private Q_SLOTS:
    void cleanupTestCase() { m_scratch.clear(); }

    void everyLookupOnBothEngines_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QVariantMap>("filters");
        QTest::addColumn<QList<int>>("ids");
        const auto add = [](const char *name, const QVariantMap &filters, const QList<int> &ids) {
            for (const Engine e : {Sqlite, Postgres}) {
                QTest::addRow("%s-%s", name, e == Sqlite ? "sqlite" : "postgres")
                    << int(e) << filters << ids;
            }
        };
        add("eq", one(u"name"_s, u"Rex"_s), {3});
        add("eq-null", one(u"owner_id"_s, QVariant()), {3, 6});
        add("ne", one(u"owner_id__ne"_s, 1), {4, 5});
        add("gt", one(u"id__gt"_s, 4), {5, 6});
        add("ge", one(u"id__ge"_s, 5), {5, 6});
        add("lt", one(u"id__lt"_s, 2), {1});
        add("le", one(u"id__le"_s, 2), {1, 2});
        add("in", one(u"id__in"_s, QVariantList{2, 4, 9}), {2, 4});
        add("in-empty", one(u"id__in"_s, QVariantList{}), {});
        add("notin", one(u"id__notin"_s, QVariantList{1, 2, 3}), {4, 5, 6});
        add("between", one(u"id__between"_s, QVariantList{2, 3}), {2, 3});
        add("like", one(u"name__like"_s, u"ch%"_s), {2});
        add("ilike", one(u"name__ilike"_s, u"ch%"_s), {1, 2});
        add("startswith", one(u"name__startswith"_s, u"C"_s), {1});
        add("istartswith", one(u"name__istartswith"_s, u"c"_s), {1, 2});
        add("endswith", one(u"name__endswith"_s, u"ky"_s), {1});
        add("iendswith", one(u"name__iendswith"_s, u"CK"_s), {2});
        add("contains-escapes-percent", one(u"name__contains"_s, u"50%"_s), {4});
        add("contains-escapes-underscore", one(u"name__contains"_s, u"a_"_s), {6});
        add("icontains", one(u"name__icontains"_s, u"HON"_s), {1});
        add("isnull", one(u"born__isnull"_s, true), {5});
        add("isnotnull", one(u"owner_id__isnull"_s, false), {1, 2, 4, 5});
        add("year", one(u"born__year"_s, 2020), {2, 3, 6});
        add("month", one(u"born__month"_s, 3), {1, 2, 6});
        add("day", one(u"born__day"_s, 4), {1, 3, 6});
        QVariantMap both = one(u"born__year"_s, 2020);
        both.insert(u"owner_id"_s, 1);
        add("and", both, {2});
    }
    void everyLookupOnBothEngines()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(QVariantMap, filters);
        QFETCH(QList<int>, ids);
        auto &db = m_scratch[e];
        if (!db) {
            db = std::make_unique<ScratchDatabase>(e);
            Database setup(db->url());
            await(setup.session().execute(schemaSql()));
            await(setup.close());
        }
        Database database(db->url());
        const Metadata metadata = await(database.reflect());
        const Table *pet = metadata.table(u"pet"_s);
        QVERIFY(pet);
        const FilterCompiler compiler(*pet, Dialect::forUrl(database.url()));
        const SqlFragment where = compiler.where(filters);
        const QString sql = u"SELECT id FROM pet WHERE "_s + where.sql + u" ORDER BY "_s +
                            compiler.orderBy({u"id"_s});
        const Result rows = await(database.session().all(sql, Params(where.params)));
        QList<int> found;
        for (qsizetype r = 0; r < rows.rowCount(); ++r)
            found.append(rows.value(r, 0).toInt());
        QCOMPARE(found, ids);
        await(database.close());
    }

    void searchesTextColumnsAndSorts_data() { addEngineRows(Sqlite | Postgres); }
    void searchesTextColumnsAndSorts()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(schemaSql()));
        const Metadata metadata = await(db.reflect());
        const FilterCompiler compiler(*metadata.table(u"pet"_s), Dialect::forUrl(db.url()));
        const SqlFragment found = compiler.search(u"OFF"_s, {});
        const Result rows =
            await(db.session().all(u"SELECT id FROM pet WHERE "_s + found.sql + u" ORDER BY "_s +
                                       compiler.orderBy({u"-id"_s}),
                                   Params(found.params)));
        QCOMPARE(rows.rowCount(), 2);
        QCOMPARE(rows.value(0, 0).toInt(), 5);
        QCOMPARE(rows.value(1, 0).toInt(), 4);
        await(db.close());
    }

    void unknownColumnOrLookupIsNamed()
    {
        Table t{.name = u"pet"_s};
        t.columns.append(Column{.name = u"name"_s});
        const FilterCompiler compiler(t, Dialect::forKind(Dialect::Kind::Sqlite));
        try {
            compiler.where(one(u"nmae__like"_s, u"x"_s));
            QFAIL("no error");
        } catch (const ConfigurationError &e) {
            QCOMPARE(e.message(), u"table \"pet\" has no column \"nmae\""_s);
        }
        try {
            compiler.where(one(u"name__likes"_s, u"x"_s));
            QFAIL("no error");
        } catch (const ConfigurationError &e) {
            QCOMPARE(e.message(), u"unknown lookup \"likes\" in filter name__likes"_s);
        }
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, compiler.orderBy({u"-nope"_s}));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, compiler.where(one(u"name__in"_s, 3)));
    }

    void valuesAreBoundNeverWritten()
    {
        Table t{.name = u"pet"_s};
        t.columns.append(Column{.name = u"name"_s});
        const FilterCompiler compiler(t, Dialect::forKind(Dialect::Kind::Postgres));
        const SqlFragment f = compiler.where(one(u"name"_s, u"x'; DROP TABLE pet; --"_s), 3);
        QCOMPARE(f.sql, u"\"name\" = $3"_s);
        QCOMPARE(f.params, QVariantList{u"x'; DROP TABLE pet; --"_s});
    }
};

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
