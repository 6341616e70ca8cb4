// SPDX-License-Identifier: MIT
// schemaChangeOf(): which tables and views a statement changes, as the app's tree and grids
// need to know to read again only those.
#include "sql/schemachange.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;

Q_DECLARE_METATYPE(Quarry::Dialect::Kind)

namespace {

/// `*` for everything, `-` for nothing, else the names as `schema.name` or `name`, by commas.
QString describe(const SchemaChange &change)
{
    if (change.everything)
        return u"*"_s;
    if (change.relations.isEmpty())
        return u"-"_s;
    QStringList names;
    for (const SchemaChange::Name &name : change.relations)
        names.append(name.schema.isEmpty() ? name.name : name.schema + u'.' + name.name);
    return names.join(u',');
}

} // namespace

class TestSchemaChange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsTheChangedRelations_data()
    {
        QTest::addColumn<Dialect::Kind>("dialect");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        const auto pg = Dialect::Kind::Postgres;
        const auto lite = Dialect::Kind::Sqlite;
        const auto row = [](const char *name, Dialect::Kind d, const QString &sql,
                            const QString &expected) {
            QTest::newRow(name) << d << sql << expected;
        };
        row("select", pg, u"SELECT * FROM t"_s, u"-"_s);
        row("insert", lite, u"INSERT INTO t VALUES (1)"_s, u"-"_s);
        row("update named alter", pg, u"UPDATE alter SET x = 'CREATE TABLE y'"_s, u"-"_s);
        row("create table", pg, u"CREATE TABLE Shop.Orders (id int)"_s, u"shop.orders"_s);
        row("create quoted", pg, u"create table \"Shop\".\"Or.ders\" (id int)"_s,
            u"Shop.Or.ders"_s);
        row("create if not exists", lite, u"CREATE TEMP TABLE IF NOT EXISTS [My T] (a)"_s,
            u"My T"_s);
        row("sqlite keeps case", lite, u"CREATE TABLE Foo (a)"_s, u"Foo"_s);
        row("comment first", pg, u"/* x */ -- y\n CREATE VIEW v AS SELECT 1"_s, u"v"_s);
        row("create or replace view", pg, u"CREATE OR REPLACE VIEW s.v AS SELECT 1"_s, u"s.v"_s);
        row("materialized", pg, u"CREATE MATERIALIZED VIEW mv AS SELECT 1"_s, u"mv"_s);
        row("index", pg, u"CREATE UNIQUE INDEX CONCURRENTLY i ON ONLY s.t (lower(a))"_s, u"s.t"_s);
        row("index unnamed", pg, u"CREATE INDEX ON t (a)"_s, u"t"_s);
        row("trigger", lite,
            u"CREATE TRIGGER tr AFTER UPDATE OF a, b ON t BEGIN UPDATE u SET x = 1; END"_s, u"t"_s);
        row("alter add column", pg, u"ALTER TABLE IF EXISTS ONLY t ADD COLUMN c int"_s, u"t"_s);
        row("alter rename", lite, u"ALTER TABLE t RENAME TO u"_s, u"t,u"_s);
        row("alter rename qualified", pg, u"ALTER TABLE s.t RENAME TO u"_s, u"s.t,s.u"_s);
        row("alter rename column", pg, u"ALTER TABLE t RENAME COLUMN a TO b"_s, u"t"_s);
        row("drop tables", pg, u"DROP TABLE IF EXISTS a, s.b"_s, u"a,s.b"_s);
        row("drop cascade", pg, u"DROP TABLE a CASCADE"_s, u"*"_s);
        row("drop view", lite, u"DROP VIEW v"_s, u"v"_s);
        row("drop index", lite, u"DROP INDEX i"_s, u"*"_s);
        row("drop trigger pg", pg, u"DROP TRIGGER tr ON s.t"_s, u"s.t"_s);
        row("drop trigger sqlite", lite, u"DROP TRIGGER tr"_s, u"*"_s);
        row("drop schema", pg, u"DROP SCHEMA s"_s, u"*"_s);
        row("create function", pg,
            u"CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN DROP TABLE x; END $$ "
            "LANGUAGE plpgsql"_s,
            u"-"_s);
        row("alter role", pg, u"ALTER ROLE r PASSWORD 'x'"_s, u"-"_s);
        row("create sequence", pg, u"CREATE SEQUENCE seq"_s, u"*"_s);
        row("comment on table", pg, u"COMMENT ON TABLE s.t IS 'DROP TABLE x'"_s, u"s.t"_s);
        row("comment on column", pg, u"COMMENT ON COLUMN s.t.c IS 'x'"_s, u"s.t"_s);
        row("comment on column unqualified", pg, u"COMMENT ON COLUMN t.c IS 'x'"_s, u"t"_s);
        row("attach", lite, u"ATTACH DATABASE 'x.db' AS x"_s, u"*"_s);
        row("empty", pg, QString(), u"-"_s);
    }
    void findsTheChangedRelations()
    {
        QFETCH(Dialect::Kind, dialect);
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        QCOMPARE(describe(schemaChangeOf(statement, dialect)), expected);
    }

    void addsUp()
    {
        SchemaChange change = schemaChangeOf(u"CREATE TABLE a (x int)"_s, Dialect::Kind::Postgres);
        change.add(schemaChangeOf(u"ALTER TABLE a ADD y int"_s, Dialect::Kind::Postgres));
        change.add(schemaChangeOf(u"DROP TABLE b"_s, Dialect::Kind::Postgres));
        QCOMPARE(describe(change), u"a,b"_s);
        change.add(schemaChangeOf(u"DROP SCHEMA s CASCADE"_s, Dialect::Kind::Postgres));
        QVERIFY(change.everything);
    }
};

QTEST_GUILESS_MAIN(TestSchemaChange)
#include "tst_schemachange.moc"
