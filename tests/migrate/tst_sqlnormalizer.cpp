// SPDX-License-Identifier: MIT
// SqlNormalizer and ColumnCompare: what the diff treats as the same SQL, type and default.
#include "migrate/columncompare.h"
#include "migrate/sqlnormalizer.h"
#include "schema/dialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;

class TestSqlNormalizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalisesEngineRewrites_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("same");
        QTest::newRow("parens") << u"age > 0"_s << u"(age > 0)"_s << true;
        QTest::newRow("and") << u"a > 0 AND b < 5"_s << u"((a > 0) AND (b < 5))"_s << true;
        QTest::newRow("cast") << u"length(email) > 3"_s << u"(length((email)::text) > 3)"_s << true;
        QTest::newRow("in") << u"species IN ('cat', 'dog')"_s
                            << u"((species)::text = ANY ((ARRAY['cat'::character varying, "
                               "'dog'::character varying])::text[]))"_s
                            << true;
        QTest::newRow("not in") << u"x NOT IN (1, 2)"_s << u"(x <> ALL (ARRAY[1, 2]))"_s << true;
        QTest::newRow("like") << u"email LIKE '%@%'"_s << u"((email)::text ~~ '%@%'::text)"_s
                              << true;
        QTest::newRow("quotes") << u"\"Age\" != 1"_s << u"(age <> 1)"_s << true;
        QTest::newRow("precedence") << u"(a + b) * c"_s << u"a + b * c"_s << false;
        QTest::newRow("or in and") << u"(a OR b) AND c"_s << u"a OR b AND c"_s << false;
        QTest::newRow("other literal")
            << u"species IN ('cat')"_s << u"species IN ('dog')"_s << false;
        QTest::newRow("view") << u"SELECT p.name FROM pet p JOIN owner o ON o.id = p.owner_id"_s
                              << u" SELECT p.name\n   FROM (pet p\n     JOIN owner o ON ((o.id = "
                                 "p.owner_id)));"_s
                              << true;
    }
    void normalisesEngineRewrites()
    {
        QFETCH(QString, written);
        QFETCH(QString, stored);
        QFETCH(bool, same);
        QCOMPARE(SqlNormalizer::expressionKey(written) == SqlNormalizer::expressionKey(stored),
                 same);
    }

    void comparesDefaultsByMeaning_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("reflected");
        QTest::newRow("text cast") << u"text"_s << u"'x'"_s << u"'x'::text"_s;
        QTest::newRow("varchar cast")
            << u"varchar(20)"_s << u"'cat'"_s << u"'cat'::character varying"_s;
        QTest::newRow("negative") << u"integer"_s << u"-1"_s << u"'-1'::integer"_s;
        QTest::newRow("parens") << u"integer"_s << u"(0)"_s << u"0"_s;
        QTest::newRow("now") << u"timestamptz"_s << u"now()"_s << u"CURRENT_TIMESTAMP"_s;
        QTest::newRow("sqlite now")
            << u"timestamp"_s << u"(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"_s
            << u"CURRENT_TIMESTAMP"_s;
        QTest::newRow("uuid") << u"uuid"_s << u"gen_random_uuid()"_s << u"uuid_generate_v4()"_s;
        QTest::newRow("boolean") << u"boolean"_s << u"FALSE"_s << u"false"_s;
        QTest::newRow("null") << u"text"_s << u"NULL"_s << QString();
    }
    void comparesDefaultsByMeaning()
    {
        QFETCH(QString, type);
        QFETCH(QString, model);
        QFETCH(QString, reflected);
        const Dialect &pg = Dialect::forKind(Dialect::Kind::Postgres);
        const ColumnCompare compare(pg, {}, pg.name());
        const Column a{.name = u"c"_s, .type = *Type::parse(type), .defaultSql = model};
        Column b = a;
        b.nativeType = pg.columnType(a, {});
        b.defaultSql = reflected;
        QCOMPARE(compare.defaultKey(a, {}), compare.defaultKey(b, pg.name()));
        QVERIFY(compare.sameType(a, b));
        Column other = a;
        other.defaultSql = u"'y'"_s;
        QVERIFY(compare.defaultKey(other, {}) != compare.defaultKey(b, pg.name()));
    }

    void comparesTypesInTheTargetDialect()
    {
        const Dialect &pg = Dialect::forKind(Dialect::Kind::Postgres);
        const ColumnCompare native(pg, pg.name(), pg.name());
        auto column = [](const QString &nativeType) {
            return Column{.name = u"c"_s,
                          .type =
                              Dialect::forKind(Dialect::Kind::Postgres).portableType(nativeType),
                          .nativeType = nativeType};
        };
        QVERIFY(native.sameType(column(u"integer"_s), column(u"int4"_s)));
        QVERIFY(native.sameType(column(u"character varying(5)"_s), column(u"varchar(5)"_s)));
        QVERIFY(!native.sameType(column(u"varchar(5)"_s), column(u"varchar(6)"_s)));
        QVERIFY(!native.sameType(column(u"json"_s), column(u"jsonb"_s)));
        QVERIFY(!native.sameType(column(u"integer[]"_s), column(u"text[]"_s)));
        QVERIFY(native.isWidening(column(u"varchar(5)"_s), column(u"text"_s)));
        QVERIFY(native.isWidening(column(u"smallint"_s), column(u"bigint"_s)));
        QVERIFY(native.isWidening(column(u"numeric(6,2)"_s), column(u"numeric(10,3)"_s)));
        QVERIFY(!native.isWidening(column(u"numeric(6,2)"_s), column(u"numeric(6,3)"_s)));
        QVERIFY(!native.isWidening(column(u"bigint"_s), column(u"integer"_s)));
        QVERIFY(!native.isWidening(column(u"text"_s), column(u"varchar(80)"_s)));
        QVERIFY(!native.isWidening(column(u"double precision"_s), column(u"real"_s)));
        // a serial is its integer type plus a default
        Column serial{.name = u"id"_s, .type = {.kind = TypeKind::Integer}, .autoincrement = true};
        QVERIFY(native.sameType(serial, column(u"integer"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSqlNormalizer)
#include "tst_sqlnormalizer.moc"
