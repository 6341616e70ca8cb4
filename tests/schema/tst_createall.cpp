// SPDX-License-Identifier: MIT
// createAll / dropAll / createTable / dropTable on both engines, and the DDL they run.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "model/modelfile.h"
#include "schema/ddlcompiler.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

Column col(const QString &name, TypeKind kind, bool nullable = true)
{
    return Column{.name = name, .type = Type{.kind = kind}, .nullable = nullable};
}

ForeignKey fkTo(const QString &column, const QString &table, const QString &refColumn)
{
    return ForeignKey{.columns = {column}, .referredTable = table, .referredColumns = {refColumn}};
}

// owner <- pet, and a cycle: team.captain -> player, player.team -> team. Listed children
// first so the order has to come from the foreign keys.
Metadata petsWithCycle()
{
    Table pet{.name = u"pet"_s};
    pet.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"owner_id"_s, TypeKind::Integer),
                   col(u"name"_s, TypeKind::Text, false)};
    pet.columns[0].autoincrement = true;
    pet.primaryKey.columns = {u"id"_s};
    pet.foreignKeys = {fkTo(u"owner_id"_s, u"owner"_s, u"id"_s)};
    pet.foreignKeys[0].onDelete = ReferentialAction::Cascade;
    pet.indexes = {Index{.name = u"ix_pet_name"_s, .parts = {IndexPart{.column = u"name"_s}}}};

    Table owner{.name = u"owner"_s};
    owner.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"name"_s, TypeKind::Text)};
    owner.primaryKey.columns = {u"id"_s};

    Table player{.name = u"player"_s};
    player.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"team_id"_s, TypeKind::Integer)};
    player.primaryKey.columns = {u"id"_s};
    player.foreignKeys = {fkTo(u"team_id"_s, u"team"_s, u"id"_s)};

    Table team{.name = u"team"_s};
    team.columns = {col(u"id"_s, TypeKind::Integer, false),
                    col(u"captain_id"_s, TypeKind::Integer)};
    team.primaryKey.columns = {u"id"_s};
    team.foreignKeys = {fkTo(u"captain_id"_s, u"player"_s, u"id"_s)};
    team.foreignKeys[0].deferrable = true;
    team.foreignKeys[0].initiallyDeferred = true;

    Metadata metadata;
    metadata.schema({}, true)->tables = {pet, owner, player, team};
    View names{.name = u"pet_names"_s, .sql = u"SELECT name FROM pet"_s};
    metadata.schema({})->views = {names};
    return metadata;
}

// Names that break naive SQL building: quotes, keywords, case, spaces, dots, non-ASCII.
Metadata adversarial()
{
    Table parent{.name = u"a\"b"_s};
    parent.columns = {col(u"select"_s, TypeKind::Integer, false),
                      col(u"Mixed Case"_s, TypeKind::Text), col(u"名前"_s, TypeKind::Varchar)};
    parent.columns[2].type.length = 20;
    parent.primaryKey.columns = {u"select"_s};
    parent.uniques = {UniqueConstraint{.name = u"uq \"odd\""_s, .columns = {u"名前"_s}}};

    Table child{.name = u"with space.dot"_s};
    child.columns = {col(u"from"_s, TypeKind::Integer), col(u"\"q\""_s, TypeKind::Text)};
    child.foreignKeys = {fkTo(u"from"_s, u"a\"b"_s, u"select"_s)};
    child.checks = {CheckConstraint{.name = u"ck.名前"_s, .sql = u"\"from\" > 0"_s}};
    child.indexes = {Index{.name = u"ix \"q\""_s, .parts = {IndexPart{.column = u"\"q\""_s}}}};

    Metadata metadata;
    metadata.schema({}, true)->tables = {child, parent};
    return metadata;
}

QStringList names(const QList<const Table *> &tables)
{
    QStringList out;
    for (const Table *t : tables)
        out.append(t->name);
    return out;
}

} // namespace

class TestCreateAll : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ordersTablesByForeignKeysAndGroupsCycles()
    {
        const Metadata metadata = petsWithCycle();
        const auto groups = dependencyGroups(metadata);
        QStringList order;
        for (const auto &group : groups)
            order.append(names(group).join(u'+'));
        QCOMPARE(order, QStringList({u"owner"_s, u"pet"_s, u"player+team"_s}));
    }

    void postgresAddsCycleForeignKeysAfterTheTables()
    {
        const QStringList sql =
            createAllStatements(petsWithCycle(), Dialect::forKind(Dialect::Kind::Postgres));
        const qsizetype player = sql.indexOf(sql.filter(u"CREATE TABLE \"player\""_s).value(0));
        const qsizetype team = sql.indexOf(sql.filter(u"CREATE TABLE \"team\""_s).value(0));
        const qsizetype alter = sql.indexOf(sql.filter(u"ALTER TABLE"_s).value(0));
        QVERIFY(player >= 0 && team > player && alter > team);
        QVERIFY2(sql[alter].startsWith(u"ALTER TABLE \"player\" ADD FOREIGN KEY (\"team_id\")"_s),
                 qPrintable(sql[alter]));
        QVERIFY(!sql[player].contains(u"REFERENCES"_s));
        QVERIFY(sql[team].contains(u"DEFERRABLE INITIALLY DEFERRED"_s));
        QVERIFY(sql.filter(u"serial"_s).size() == 1);
    }

    void sqliteKeepsCycleForeignKeysInline()
    {
        const QStringList sql =
            createAllStatements(petsWithCycle(), Dialect::forKind(Dialect::Kind::Sqlite));
        QVERIFY(sql.filter(u"ALTER TABLE"_s).isEmpty());
        QVERIFY(!sql.filter(u"\"id\" INTEGER PRIMARY KEY AUTOINCREMENT"_s).isEmpty());
        QCOMPARE(sql.filter(u"REFERENCES"_s).size(), 3);
    }

    void quotesEveryIdentifier()
    {
        const Dialect &pg = Dialect::forKind(Dialect::Kind::Postgres);
        const DdlCompiler ddl(pg);
        const Metadata metadata = adversarial();
        const QStringList sql = ddl.createTable(*metadata.table(u"with space.dot"_s));
        QVERIFY2(sql[0].contains(u"CREATE TABLE \"with space.dot\""_s), qPrintable(sql[0]));
        QVERIFY(sql[0].contains(u"\"\"\"q\"\"\" text"_s));
        QVERIFY(sql[0].contains(u"REFERENCES \"a\"\"b\" (\"select\")"_s));
        QVERIFY(sql[0].contains(u"CONSTRAINT \"ck.名前\" CHECK"_s));
        QCOMPARE(sql[1], u"CREATE INDEX \"ix \"\"q\"\"\" ON \"with space.dot\" (\"\"\"q\"\"\")"_s);
        QCOMPARE(pg.qualified(u"Odd Schema"_s, u"t"_s), u"\"Odd Schema\".\"t\""_s);
        QCOMPARE(pg.qualified(u"public"_s, u"t"_s), u"\"public\".\"t\""_s);
        QCOMPARE(pg.qualified({}, u"t"_s), u"\"t\""_s);
        QCOMPARE(pg.literal(u"it's"_s), u"'it''s'"_s);
    }

    void mapsPortableTypesPerDialect_data()
    {
        QTest::addColumn<QString>("portable");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("varchar") << u"varchar(20)"_s << u"VARCHAR(20)"_s << u"varchar(20)"_s;
        QTest::newRow("numeric") << u"numeric(10,2)"_s << u"NUMERIC(10,2)"_s << u"numeric(10,2)"_s;
        QTest::newRow("double") << u"double"_s << u"DOUBLE"_s << u"double precision"_s;
        QTest::newRow("tstz") << u"timestamptz"_s << u"TIMESTAMPTZ"_s << u"timestamptz"_s;
        QTest::newRow("blob") << u"blob"_s << u"BLOB"_s << u"bytea"_s;
        QTest::newRow("json") << u"json"_s << u"JSON"_s << u"jsonb"_s;
        QTest::newRow("uuid") << u"uuid"_s << u"UUID"_s << u"uuid"_s;
        QTest::newRow("boolean") << u"boolean"_s << u"BOOLEAN"_s << u"boolean"_s;
    }
    void mapsPortableTypesPerDialect()
    {
        QFETCH(QString, portable);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        const auto type = Type::parse(portable);
        QVERIFY(type);
        const Column column{.name = u"c"_s, .type = *type};
        const Dialect &lite = Dialect::forKind(Dialect::Kind::Sqlite);
        const Dialect &pg = Dialect::forKind(Dialect::Kind::Postgres);
        QCOMPARE(lite.columnType(column, {}), sqlite);
        QCOMPARE(pg.columnType(column, {}), postgres);
        // and back: both native spellings mean the same portable type
        QCOMPARE(lite.portableType(sqlite), *type);
        QCOMPARE(pg.portableType(postgres), *type);
        QCOMPARE(type->name(), portable);
    }

    void readsNativeTypeSpellings()
    {
        const Dialect &pg = Dialect::forKind(Dialect::Kind::Postgres);
        QCOMPARE(pg.portableType(u"character varying(255)"_s).name(), u"varchar(255)"_s);
        QCOMPARE(pg.portableType(u"timestamp(3) with time zone"_s).name(), u"timestamptz(3)"_s);
        QCOMPARE(pg.portableType(u"integer[]"_s).kind, TypeKind::Other);
        QCOMPARE(pg.portableType(u"tsvector"_s).kind, TypeKind::Other);
        const Dialect &lite = Dialect::forKind(Dialect::Kind::Sqlite);
        QCOMPARE(lite.portableType(u"INT(11)"_s).kind, TypeKind::Integer);
        QCOMPARE(lite.portableType(u"DATETIME"_s).kind, TypeKind::Timestamp);
        QCOMPARE(lite.portableType(u"DECIMAL(10, 2)"_s).name(), u"numeric(10,2)"_s);
        QCOMPARE(lite.portableType(u""_s).kind, TypeKind::Other);
    }

    void createAllThenDropAllLeavesAnEmptySchema_data() { addEngineRows(Sqlite | Postgres); }
    void createAllThenDropAllLeavesAnEmptySchema()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Metadata metadata = petsWithCycle();
        await(db.createAll(metadata));
        QCOMPARE(await(db.tableNames()),
                 QStringList({u"owner"_s, u"pet"_s, u"player"_s, u"team"_s}));
        QVERIFY(await(db.hasTable(u"pet_names"_s)));
        // The tables work: the cycle accepts a team and its captain in one transaction.
        {
            auto tx = await(db.begin());
            await(tx.execute(u"INSERT INTO team(id, captain_id) VALUES (1, 10)"_s));
            await(tx.execute(u"INSERT INTO player(id, team_id) VALUES (10, 1)"_s));
            await(tx.execute(u"INSERT INTO owner(id, name) VALUES (1, 'ann')"_s));
            await(tx.execute(u"INSERT INTO pet(owner_id, name) VALUES (1, 'rex')"_s));
            await(tx.commit());
        }
        // Again with checkFirst: nothing to do, no error.
        await(db.createAll(metadata));
        await(db.dropAll(metadata));
        QCOMPARE(await(db.tableNames()), QStringList());
        QVERIFY(!await(db.hasTable(u"pet_names"_s)));
        await(db.close());
    }

    void adversarialNamesSurviveCreateReflectAndDrop_data() { addEngineRows(Sqlite | Postgres); }
    void adversarialNamesSurviveCreateReflectAndDrop()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Metadata metadata = adversarial();
        await(db.createAll(metadata));
        QCOMPARE(await(db.tableNames()), QStringList({u"a\"b"_s, u"with space.dot"_s}));
        QVERIFY(await(db.hasColumn(u"a\"b"_s, u"名前"_s)));
        QVERIFY(await(db.hasColumn(u"with space.dot"_s, u"\"q\""_s)));
        QCOMPARE(await(db.primaryKey(u"a\"b"_s)).columns, QStringList(u"select"_s));
        const QList<Column> columns = await(db.columns(u"a\"b"_s));
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns[1].name, u"Mixed Case"_s);
        QCOMPARE(columns[2].type.name(), u"varchar(20)"_s);
        QVERIFY(await(db.columns(u"nope"_s)).isEmpty());
        const Metadata live = await(db.reflect());
        const Table *child = live.table(u"with space.dot"_s);
        QVERIFY(child);
        QCOMPARE(child->foreignKeys.value(0).referredTable, u"a\"b"_s);
        QCOMPARE(child->checks.value(0).name, u"ck.名前"_s);
        QCOMPARE(child->indexes.value(0).name, u"ix \"q\""_s);
        QCOMPARE(live.table(u"a\"b"_s)->uniques.value(0).name, u"uq \"odd\""_s);
        await(db.dropAll(metadata));
        QCOMPARE(await(db.tableNames()), QStringList());
        await(db.close());
    }

    void createAllIsAllOrNothing_data() { addEngineRows(Sqlite | Postgres); }
    void createAllIsAllOrNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Metadata metadata = petsWithCycle();
        // the last table's check does not compile: the tables before it must not remain
        metadata.schemas[0].tables[3].checks = {CheckConstraint{.sql = u"no_such_column > 0"_s}};
        bool failed = false;
        try {
            await(db.createAll(metadata));
        } catch (const SqlError &e) {
            failed = true;
            QVERIFY2(e.message().contains(u"no_such_column"_s), qPrintable(e.message()));
        }
        QVERIFY(failed);
        QCOMPARE(await(db.tableNames()), QStringList());
        await(db.close());
    }

    void createAllWithoutCheckFirstFailsOnExistingTables_data()
    {
        addEngineRows(Sqlite | Postgres);
    }
    void createAllWithoutCheckFirstFailsOnExistingTables()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(petsWithCycle()));
        QVERIFY_THROWS_EXCEPTION(SqlError,
                                 await(db.createAll(petsWithCycle(), {.checkFirst = false})));
        await(db.close());
    }

    void dropTableHonoursIfExistsAndCascade_data() { addEngineRows(Sqlite | Postgres); }
    void dropTableHonoursIfExistsAndCascade()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QVERIFY_THROWS_EXCEPTION(SqlError, await(db.dropTable(u"nope"_s)));
        await(db.dropTable(u"nope"_s, {.ifExists = true}));
        Table t{.name = u"Mixed Case"_s, .columns = {col(u"x"_s, TypeKind::Integer)}};
        await(db.createTable(t));
        QVERIFY(await(db.hasTable(u"Mixed Case"_s)));
        if (e == Postgres) {
            await(db.session().execute(u"CREATE VIEW v AS SELECT x FROM \"Mixed Case\""_s));
            QVERIFY_THROWS_EXCEPTION(SqlError, await(db.dropTable(u"Mixed Case"_s)));
            await(db.dropTable(u"Mixed Case"_s, {.cascade = true}));
            QVERIFY(!await(db.hasTable(u"v"_s)));
        } else {
            await(db.dropTable(u"Mixed Case"_s));
        }
        QVERIFY(!await(db.hasTable(u"Mixed Case"_s)));
        await(db.close());
    }

    // Metadata reflected from one engine creates on the other: default schema, types,
    // defaults and identity are translated; what cannot be is refused by name.
    void createsMetadataOfOneEngineOnTheOther()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase lite(Sqlite);
        Database sqlite(lite.url());
        await(sqlite.session().execute(
            u"CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "title TEXT NOT NULL COLLATE NOCASE DEFAULT 'untitled', "
            "added DATETIME DEFAULT (datetime('now')), score REAL DEFAULT 0.5)"_s));
        const Metadata fromSqlite = await(sqlite.reflect());

        ScratchDatabase server(Postgres);
        Database pg(server.url());
        await(pg.createAll(fromSqlite));
        const Metadata onPg = await(pg.reflect());
        const Table *note = onPg.table(u"note"_s, u"public"_s);
        QVERIFY(note);
        QVERIFY(note->column(u"id")->autoincrement);
        QCOMPARE(note->column(u"title")->defaultSql, u"'untitled'::text"_s);
        QCOMPARE(note->column(u"added")->defaultSql, u"CURRENT_TIMESTAMP"_s);
        QCOMPARE(note->column(u"added")->type.kind, TypeKind::Timestamp);

        // and back: PostgreSQL's casts and now() become SQLite forms
        await(
            pg.session().execute(u"ALTER TABLE note ADD COLUMN seen timestamptz DEFAULT now()"_s));
        const Metadata fromPg = await(pg.reflect());
        ScratchDatabase back(Sqlite);
        Database sqlite2(back.url());
        await(sqlite2.createAll(fromPg));
        await(sqlite2.session().execute(u"INSERT INTO note DEFAULT VALUES"_s));
        const Row row = await(sqlite2.session().one(u"SELECT id, title, seen FROM note"_s));
        QCOMPARE(row.value(0).toInt(), 1);
        QCOMPARE(row.value(1).toString(), u"untitled"_s);
        QVERIFY(!row.value(2).isNull());

        // a trigger is engine SQL: refused, naming it and both engines
        await(sqlite.session().execute(u"CREATE TRIGGER stamp AFTER UPDATE ON note BEGIN "
                                       "UPDATE note SET added = datetime('now'); END"_s));
        const Metadata withTrigger = await(sqlite.reflect());
        ScratchDatabase other(Postgres);
        Database pg2(other.url());
        try {
            await(pg2.createAll(withTrigger));
            QFAIL("a SQLite trigger was created on PostgreSQL");
        } catch (const ModelError &e) {
            QVERIFY2(e.message().contains(u"trigger \"stamp\""_s) &&
                         e.message().contains(u"sqlite"_s) && e.message().contains(u"postgresql"_s),
                     qPrintable(e.message()));
        }
        for (Database *db : {&sqlite, &pg, &sqlite2, &pg2})
            await(db->close());
    }

    // SQLite allows a column without a type (no affinity): it must not come back as TEXT,
    // through a model file too.
    void sqliteColumnWithoutTypeKeepsNoType()
    {
        ScratchDatabase original(Sqlite);
        Database source(original.url());
        await(source.session().execute(u"CREATE TABLE t (a, b INTEGER)"_s));
        const Metadata reflected = await(source.reflect());
        QCOMPARE(reflected.table(u"t"_s)->columns[0].type.kind, TypeKind::Other);
        const Metadata model = parseModel(saveModel(reflected));
        QCOMPARE(model, reflected);
        ScratchDatabase copy(Sqlite);
        Database target(copy.url());
        await(target.createAll(model));
        await(target.session().execute(u"INSERT INTO t VALUES (1, 2)"_s));
        QCOMPARE(await(target.session().scalar(u"SELECT typeof(a) FROM t"_s)).toString(),
                 u"integer"_s); // TEXT affinity would have stored '1'
        QCOMPARE(await(target.reflect()), reflected);
        await(source.close());
        await(target.close());
    }
};

QTEST_GUILESS_MAIN(TestCreateAll)
#include "tst_createall.moc"
