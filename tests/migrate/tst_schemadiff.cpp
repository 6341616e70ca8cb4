// SPDX-License-Identifier: MIT
// diffDatabase on both engines for tables, columns, keys, constraints, indexes and renames: each
// change is made live, the database diffed against the target, the plan applied, and the diff
// must then be empty, with the rows still there.
#include "difftestsupport.h"

#include "connection/errors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::DiffTest;
using namespace Quarry::Test;

class TestSchemaDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addsAndDropsTablesInForeignKeyOrder_data() { addEngineRows(Sqlite | Postgres); }
    void addsAndDropsTablesInForeignKeyOrder()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        // from: owner <- pet <- vet_visit (to drop, child first); to: owner <- pet, plus
        // new tables toy -> shop, listed child first so the order must come from the keys
        Table visit{.name = u"vet_visit"_s};
        visit.columns = {col(u"pet_id"_s, TypeKind::Integer), col(u"day"_s, TypeKind::Date)};
        visit.foreignKeys = {fkTo(u"pet_id"_s, u"pet"_s, u"id"_s)};
        Table clinic{.name = u"clinic"_s};
        clinic.columns = {col(u"id"_s, TypeKind::Integer, false)};
        clinic.primaryKey.columns = {u"id"_s};
        visit.columns.append(col(u"clinic_id"_s, TypeKind::Integer));
        visit.foreignKeys.append(fkTo(u"clinic_id"_s, u"clinic"_s, u"id"_s));
        await(db.createAll(metadataOf({owner(), pet(), clinic, visit})));
        seed(db);

        Table shop{.name = u"shop"_s};
        shop.columns = {col(u"id"_s, TypeKind::Integer, false)};
        shop.primaryKey.columns = {u"id"_s};
        Table toy{.name = u"toy"_s};
        toy.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"shop_id"_s, TypeKind::Integer),
                       col(u"pet_id"_s, TypeKind::Integer)};
        toy.primaryKey.columns = {u"id"_s};
        toy.foreignKeys = {fkTo(u"shop_id"_s, u"shop"_s, u"id"_s),
                           fkTo(u"pet_id"_s, u"pet"_s, u"id"_s)};
        const Metadata target = metadataOf({toy, shop, owner(), pet()});
        MIGRATE(db, target, DiffOptions(), plan);

        QCOMPARE(await(db.tableNames()), QStringList({u"owner"_s, u"pet"_s, u"shop"_s, u"toy"_s}));
        QStringList order;
        for (const MigrationStep &step : plan.steps)
            order.append(step.table);
        QVERIFY2(order.indexOf(u"vet_visit"_s) < order.indexOf(u"clinic"_s),
                 qPrintable(describe(plan)));
        QVERIFY2(order.indexOf(u"shop"_s) < order.indexOf(u"toy"_s), qPrintable(describe(plan)));
        const MigrationStep *drop = stepOf(plan, MigrationStep::Kind::DropTable);
        QVERIFY(drop && drop->destructive);
        QVERIFY(!stepOf(plan, MigrationStep::Kind::CreateTable)->destructive);
        QVERIFY(plan.isDestructive());
        QCOMPARE(petRows(db), u"1:1:rex,2:2:tom,3:1:kit"_s);
        await(db.close());
    }

    void altersColumnsKeepingData_data() { addEngineRows(Sqlite | Postgres); }
    void altersColumnsKeepingData()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner(), pet()})));
        seed(db);

        Table changed = pet();
        changed.columns[2].type.length = 80;                      // widen name
        changed.columns[3].type.kind = TypeKind::BigInt;          // widen age
        changed.columns[3].defaultSql = u"0"_s;                   // new default
        changed.columns.removeAt(4);                              // drop note
        changed.columns.append(col(u"weight"_s, TypeKind::Real)); // add
        changed.columns.last().defaultSql = u"1.5"_s;
        changed.columns.append(col(u"born"_s, TypeKind::Date)); // add, nullable
        const Metadata target = metadataOf({owner(), changed});
        MIGRATE(db, target, DiffOptions(), plan);

        QCOMPARE(petRows(db), u"1:1:rex,2:2:tom,3:1:kit"_s);
        const Result r = await(db.session().all(u"SELECT age, weight FROM pet ORDER BY id"_s));
        QCOMPARE(r.value(0, 0).toInt(), 3);
        QCOMPARE(r.value(2, 0).toInt(), 7);
        QCOMPARE(r.value(0, 1).toDouble(), 1.5);
        QVERIFY(!await(db.hasColumn(u"pet"_s, u"note"_s)));
        if (e == Postgres) {
            const MigrationStep *drop = stepOf(plan, MigrationStep::Kind::DropColumn, u"note"_s);
            QVERIFY(drop && drop->destructive);
            const MigrationStep *name = stepOf(plan, MigrationStep::Kind::AlterColumn, u"name"_s);
            QVERIFY2(name && !name->destructive, qPrintable(describe(plan)));
            QVERIFY(!stepOf(plan, MigrationStep::Kind::AddColumn, u"weight"_s)->destructive);
        } else {
            // a type change is a rebuild, which drops a column: destructive
            const MigrationStep *rebuild = stepOf(plan, MigrationStep::Kind::RebuildTable);
            QVERIFY2(rebuild && rebuild->destructive && rebuild->table == u"pet"_s,
                     qPrintable(describe(plan)));
        }
        await(db.close());
    }

    void changesNullabilityAndDefaults_data() { addEngineRows(Sqlite | Postgres); }
    void changesNullabilityAndDefaults()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner(), pet()})));
        seed(db);
        Table changed = pet();
        changed.columns[1].nullable = false;   // owner_id NOT NULL (no NULLs there)
        changed.columns[2].nullable = true;    // name NULL
        changed.columns[3].defaultSql.clear(); // age: no default
        changed.columns[4].defaultSql = u"'none'"_s;
        const Metadata target = metadataOf({owner(), changed});
        MIGRATE(db, target, DiffOptions(), plan);
        QVERIFY(plan.isDestructive()); // NOT NULL added
        QCOMPARE(petRows(db), u"1:1:rex,2:2:tom,3:1:kit"_s);
        await(db.session().execute(u"INSERT INTO pet (id, owner_id) VALUES (4, 1)"_s));
        const Row row = await(db.session().one(u"SELECT age, note FROM pet WHERE id = 4"_s));
        QVERIFY(row.value(0).isNull());
        QCOMPARE(row.value(1).toString(), u"none"_s);
        QVERIFY_THROWS_EXCEPTION(
            IntegrityError,
            await(db.session().execute(u"INSERT INTO pet (id, name) VALUES (5, 'x')"_s)));
        await(db.close());
    }

    void narrowingTypeIsDestructive()
    {
        Table narrow = pet();
        narrow.columns[2].type.length = 10;
        narrow.columns[3].type.kind = TypeKind::SmallInt;
        for (const auto kind : {Dialect::Kind::Sqlite, Dialect::Kind::Postgres}) {
            const MigrationPlan plan =
                diffMetadata(metadataOf({owner(), pet()}), metadataOf({owner(), narrow}),
                             Dialect::forKind(kind));
            QVERIFY2(plan.isDestructive(), qPrintable(describe(plan)));
            const MigrationPlan back =
                diffMetadata(metadataOf({owner(), narrow}), metadataOf({owner(), pet()}),
                             Dialect::forKind(kind));
            // widening back: only SQLite's rebuild (no column dropped) — not destructive
            QVERIFY2(!back.isDestructive(), qPrintable(describe(back)));
        }
    }

    void addsAndDropsIndexesAndConstraints_data() { addEngineRows(Sqlite | Postgres); }
    void addsAndDropsIndexesAndConstraints()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Table start = pet();
        start.uniques = {UniqueConstraint{.columns = {u"owner_id"_s, u"name"_s}}};
        start.checks = {CheckConstraint{.sql = u"age >= 0"_s}};
        await(db.createAll(metadataOf({owner(), start})));
        seed(db);

        Table changed = pet();
        changed.indexes = {
            Index{.parts = {IndexPart{.column = u"age"_s, .descending = true}},
                  .where = u"age IS NOT NULL"_s},
            Index{.name = u"ix_pet_lower"_s, .parts = {IndexPart{.expression = u"lower(name)"_s}}}};
        changed.uniques = {UniqueConstraint{.name = u"uq_pet_name"_s, .columns = {u"name"_s}}};
        changed.checks = {CheckConstraint{.name = u"ck_age"_s, .sql = u"age < 100"_s},
                          CheckConstraint{.sql = u"length(name) > 1 AND age > 0"_s}};
        changed.foreignKeys[0].onDelete = ReferentialAction::Cascade;
        const Metadata target = metadataOf({owner(), changed});
        MIGRATE(db, target, DiffOptions(), plan);
        if (e == Postgres) {
            for (const auto kind :
                 {MigrationStep::Kind::DropIndex, MigrationStep::Kind::AddIndex,
                  MigrationStep::Kind::DropUnique, MigrationStep::Kind::AddUnique,
                  MigrationStep::Kind::DropCheck, MigrationStep::Kind::AddCheck,
                  MigrationStep::Kind::DropForeignKey, MigrationStep::Kind::AddForeignKey})
                QVERIFY2(stepOf(plan, kind), qPrintable(describe(plan)));
            QVERIFY(!plan.isDestructive());
        }
        QCOMPARE(petRows(db), u"1:1:rex,2:2:tom,3:1:kit"_s);
        // the new cascade works
        await(db.session().execute(u"DELETE FROM owner WHERE id = 2"_s));
        QCOMPARE(petRows(db), u"1:1:rex,3:1:kit"_s);
        QVERIFY_THROWS_EXCEPTION(IntegrityError, await(db.session().execute(
                                                     u"UPDATE pet SET age = 200 WHERE id = 1"_s)));

        // and back to the start, with unnamed constraints to drop by their engine names
        const Metadata original = metadataOf({owner(), start});
        await(db.session().execute(u"UPDATE pet SET name = 'kitty' WHERE id = 3"_s));
        MIGRATE(db, original, DiffOptions(), back);
        QVERIFY(!back.isEmpty());
        await(db.close());
    }

    void retypesAReferencedKey_data() { addEngineRows(Sqlite | Postgres); }
    void retypesAReferencedKey()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner(), pet()})));
        seed(db);
        Table bigOwner = owner();
        bigOwner.columns[0].type.kind = TypeKind::BigInt;
        Table bigPet = pet();
        bigPet.columns[1].type.kind = TypeKind::BigInt;
        const Metadata target = metadataOf({bigOwner, bigPet});
        MIGRATE(db, target, DiffOptions(), plan);
        if (e == Postgres) {
            // the key is dropped around the change and added again
            QVERIFY2(stepOf(plan, MigrationStep::Kind::DropForeignKey) &&
                         stepOf(plan, MigrationStep::Kind::AddForeignKey),
                     qPrintable(describe(plan)));
        }
        QVERIFY(!plan.isDestructive());
        QCOMPARE(petRows(db), u"1:1:rex,2:2:tom,3:1:kit"_s);
        QVERIFY_THROWS_EXCEPTION(
            IntegrityError, await(db.session().execute(
                                u"INSERT INTO pet (id, owner_id, name) VALUES (9, 99, 'x')"_s)));
        await(db.close());
    }

    void createsSchemasAndReferencesAcrossThem()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner()})));
        Metadata target = metadataOf({owner()});
        Table log{.schema = u"audit"_s, .name = u"log"_s};
        log.columns = {col(u"owner_id"_s, TypeKind::Integer), col(u"what"_s, TypeKind::Text)};
        log.foreignKeys = {fkTo(u"owner_id"_s, u"owner"_s, u"id"_s)};
        log.foreignKeys[0].referredSchema = u"public"_s;
        log.checks = {CheckConstraint{.sql = u"what <> ''"_s}};
        target.schema(u"audit"_s, true)->tables = {log};
        MIGRATE(db, target, DiffOptions(), plan);
        QVERIFY(plan.statements().first().startsWith(u"CREATE SCHEMA IF NOT EXISTS \"audit\""_s));
        await(db.session().execute(u"INSERT INTO owner VALUES (1, 'ann')"_s));
        await(db.session().execute(u"INSERT INTO audit.log VALUES (1, 'x')"_s));
        // only the schemas asked for are compared: the model without audit leaves it alone
        DiffOptions onlyPublic;
        onlyPublic.schemas = {u"public"_s};
        QVERIFY(await(diffDatabase(db.session(), metadataOf({owner()}), onlyPublic)).isEmpty());
        await(db.close());
    }

    void altersKeysGeneratedColumnsAndIdentity_data() { addEngineRows(Sqlite | Postgres); }
    void altersKeysGeneratedColumnsAndIdentity()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Table start{.name = u"item"_s};
        start.columns = {col(u"code"_s, TypeKind::Varchar, false, 10),
                         col(u"n"_s, TypeKind::Integer, false), col(u"m"_s, TypeKind::Integer),
                         col(u"twice"_s, TypeKind::Integer), col(u"seq"_s, TypeKind::Integer)};
        start.columns[3].generatedSql = u"n * 2"_s;
        start.primaryKey.columns = {u"code"_s};
        start.comment = u"things"_s;
        await(db.createAll(metadataOf({start})));
        await(db.session().execute(
            u"INSERT INTO item (code, n, m, seq) VALUES ('a', 1, 10, 1), ('b', 2, 20, 2)"_s));

        Table changed = start;
        changed.primaryKey.columns = {u"code"_s, u"n"_s}; // unnamed key, other columns
        changed.columns[3].generatedSql = u"n * 3"_s;
        changed.columns[1].comment = u"how many"_s;
        changed.comment = u"items"_s;
        if (e == Postgres) {
            changed.columns[4].identity = Identity::ByDefault;
            changed.columns[4].nullable = false;
        }
        const Metadata target = metadataOf({changed});
        MIGRATE(db, target, DiffOptions(), plan);
        const Result r =
            await(db.session().all(u"SELECT code, twice, m FROM item ORDER BY code"_s));
        QCOMPARE(r.rowCount(), 2);
        QCOMPARE(r.value(1, 1).toInt(), 6);
        QCOMPARE(r.value(1, 2).toInt(), 20);
        if (e == Postgres) {
            QVERIFY(stepOf(plan, MigrationStep::Kind::AlterPrimaryKey));
            // the identity continues from where the rows are
            await(
                db.session().execute(u"SELECT setval(pg_get_serial_sequence('item', 'seq'), 2)"_s));
            await(db.session().execute(u"INSERT INTO item (code, n) VALUES ('c', 3)"_s));
            QCOMPARE(await(db.session().scalar(u"SELECT seq FROM item WHERE code = 'c'"_s)).toInt(),
                     3);
        }
        // and back
        MIGRATE(db, metadataOf({start}), DiffOptions(), back);
        QVERIFY(!back.isEmpty());
        await(db.close());
    }

    void addsAndDropsSerialColumns()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        Database db(scratch.url());
        Table t{.name = u"t"_s};
        t.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"v"_s, TypeKind::Text)};
        t.primaryKey.columns = {u"id"_s};
        await(db.createAll(metadataOf({t})));
        await(db.session().execute(u"INSERT INTO t VALUES (5, 'a'), (7, 'b')"_s));
        Table serial = t;
        serial.columns[0].autoincrement = true;
        MIGRATE(db, metadataOf({serial}), DiffOptions(), plan);
        await(db.session().execute(u"INSERT INTO t (v) VALUES ('c')"_s));
        QCOMPARE(await(db.session().scalar(u"SELECT id FROM t WHERE v = 'c'"_s)).toInt(), 8);
        MIGRATE(db, metadataOf({t}), DiffOptions(), back);
        QVERIFY_THROWS_EXCEPTION(IntegrityError,
                                 await(db.session().execute(u"INSERT INTO t (v) VALUES ('d')"_s)));
        await(db.close());
    }

    void renamesOnlyWhenTold_data() { addEngineRows(Sqlite | Postgres); }
    void renamesOnlyWhenTold()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf(
            {owner(), pet()}, {View{.name = u"names"_s, .sql = u"SELECT name FROM pet"_s}})));
        seed(db);
        Table animal = pet();
        animal.name = u"animal"_s;
        animal.columns[2].name = u"title"_s;
        animal.indexes[0].parts[0].column = u"title"_s;
        const View names{.name = u"names"_s, .sql = u"SELECT title FROM animal"_s};
        const Metadata target = metadataOf({owner(), animal}, {names});

        // not told: a drop and a create, destructive
        const MigrationPlan guess = await(diffDatabase(db.session(), target));
        QVERIFY(stepOf(guess, MigrationStep::Kind::DropTable));
        QVERIFY(guess.isDestructive());

        DiffOptions options;
        options.renameTables.insert(u"pet"_s, u"animal"_s);
        options.renameColumns.insert(u"animal.name"_s, u"title"_s);
        MIGRATE(db, target, options, plan);
        QVERIFY2(!plan.isDestructive(), qPrintable(describe(plan)));
        QVERIFY(stepOf(plan, MigrationStep::Kind::RenameTable));
        QVERIFY(stepOf(plan, MigrationStep::Kind::RenameColumn, u"title"_s));
        const Result r = await(db.session().all(u"SELECT title FROM names ORDER BY title"_s));
        QCOMPARE(r.rowCount(), 3);
        QCOMPARE(r.value(0, 0).toString(), u"kit"_s);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiff)
#include "tst_schemadiff.moc"
