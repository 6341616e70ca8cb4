// SPDX-License-Identifier: MIT
// PgReflector against a live PostgreSQL: a schema using every feature, built with plain SQL,
// read back field by field.
#include "pgreflectfixture.h"
#include "testsupport.h"

#include "database/database.h"
#include "schema/reflector.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using namespace PgReflectFixture;

namespace {

QAtomicInt statementCount;
QtMessageHandler previousHandler = nullptr;

void countStatements(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "quarry.sql") == 0)
        statementCount.fetchAndAddRelaxed(1);
    else
        previousHandler(type, context, message);
}

} // namespace

class TestPgReflect : public QObject {
    Q_OBJECT

    std::unique_ptr<ScratchDatabase> m_scratch;
    Metadata m_metadata;

    const Table &table(const QString &name, const QString &schema = u"public"_s)
    {
        static const Table missing;
        const Table *found = m_metadata.table(name, schema);
        if (!found)
            qWarning("no table %s.%s", qPrintable(schema), qPrintable(name));
        return found ? *found : missing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (postgresUrl().isEmpty()) {
            if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
                QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        }
        m_scratch = std::make_unique<ScratchDatabase>(Postgres);
        try {
            run(m_scratch->url(), featureSchema());
            run(m_scratch->url(), oddNamesSchema());
            m_metadata = reflectUrl(m_scratch->url());
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }
    void cleanupTestCase() { m_scratch.reset(); }

    void setsDialectAndSortsSchemas()
    {
        QCOMPARE(m_metadata.dialect, u"postgresql"_s);
        QStringList names;
        for (const Schema &schema : m_metadata.schemas)
            names << schema.name;
        QCOMPARE(names, (QStringList{u"Odd Schema"_s, u"inventory"_s, u"public"_s}));
        QStringList tables;
        for (const Table &t : m_metadata.schema(u"public")->tables)
            tables << t.name;
        QCOMPARE(tables, (QStringList{u"measurement"_s, u"owner"_s, u"pet"_s, u"visit"_s,
                                      u"visit_note"_s}));
        QCOMPARE(table(u"pet"_s).schema, u"public"_s);
    }

    void reflectsColumnTypes()
    {
        const Table &pet = table(u"pet"_s);
        QStringList names;
        for (const Column &c : pet.columns)
            names << c.name;
        QCOMPARE(names, (QStringList{u"id"_s, u"owner_id"_s, u"name"_s, u"price"_s, u"weight"_s,
                                     u"doubled"_s, u"tags"_s, u"data"_s, u"token"_s, u"photo"_s,
                                     u"seen"_s}));
        QCOMPARE(column(pet, u"owner_id"_s).nativeType, u"integer"_s);
        QCOMPARE(column(pet, u"owner_id"_s).type.kind, TypeKind::Integer);
        QCOMPARE(column(pet, u"price"_s).nativeType, u"numeric(10,2)"_s);
        QCOMPARE(column(pet, u"price"_s).type, (Type{TypeKind::Numeric, -1, 10, 2}));
        QCOMPARE(column(pet, u"tags"_s).nativeType, u"text[]"_s);
        QCOMPARE(column(pet, u"tags"_s).type.kind, TypeKind::Other);
        QCOMPARE(column(pet, u"data"_s).type.kind, TypeKind::Json);
        QCOMPARE(column(pet, u"token"_s).type.kind, TypeKind::Uuid);
        QCOMPARE(column(pet, u"photo"_s).nativeType, u"bytea"_s);
        QCOMPARE(column(pet, u"photo"_s).type.kind, TypeKind::Blob);
        QCOMPARE(column(pet, u"seen"_s).nativeType, u"timestamp with time zone"_s);
        QCOMPARE(column(pet, u"seen"_s).type.kind, TypeKind::TimestampTz);
        const Table &owner = table(u"owner"_s);
        QCOMPARE(column(owner, u"name"_s).nativeType, u"character varying(40)"_s);
        QCOMPARE(column(owner, u"name"_s).type, (Type{TypeKind::Varchar, 40, -1, -1}));
    }

    void reflectsNullabilityDefaultsAndCollation()
    {
        const Table &owner = table(u"owner"_s);
        QCOMPARE(column(owner, u"name"_s).nullable, false);
        QCOMPARE(column(owner, u"email"_s).nullable, true);
        QCOMPARE(column(owner, u"email"_s).collation, u"C"_s);
        QCOMPARE(column(owner, u"name"_s).collation, QString());
        QCOMPARE(column(owner, u"born"_s).defaultSql, u"now()"_s);
        QCOMPARE(column(owner, u"nick"_s).defaultSql, u"'anon'::text"_s);
        QCOMPARE(column(table(u"pet"_s), u"price"_s).defaultSql, u"0"_s);
    }

    void reflectsSerialAndIdentityColumns()
    {
        const Column &ownerId = column(table(u"owner"_s), u"id"_s);
        QVERIFY(ownerId.autoincrement);
        QCOMPARE(ownerId.defaultSql, QString());
        QCOMPARE(ownerId.nativeType, u"integer"_s);
        const Column &petId = column(table(u"pet"_s), u"id"_s);
        QVERIFY(petId.autoincrement);
        QCOMPARE(petId.nativeType, u"bigint"_s);
        const Table &visit = table(u"visit"_s);
        QCOMPARE(column(visit, u"n"_s).identity, Identity::Always);
        QCOMPARE(column(visit, u"m"_s).identity, Identity::ByDefault);
        QCOMPARE(column(visit, u"m"_s).autoincrement, false);
        QCOMPARE(column(visit, u"m"_s).defaultSql, QString());
        QCOMPARE(column(visit, u"note"_s).identity, Identity::None);
        // A nextval() default on a sequence the column does not own is a plain default.
        QCOMPARE(column(visit, u"ticket"_s).autoincrement, false);
        QCOMPARE(column(visit, u"ticket"_s).defaultSql, u"nextval('ticket'::regclass)"_s);
    }

    void reflectsGeneratedColumns()
    {
        const Column &doubled = column(table(u"pet"_s), u"doubled"_s);
        QCOMPARE(doubled.generatedSql, u"price * 2::numeric"_s);
        QVERIFY(doubled.generatedStored);
        QCOMPARE(doubled.defaultSql, QString());
    }

    void reflectsComments()
    {
        QCOMPARE(table(u"pet"_s).comment, u"Pets, with 'quotes'"_s);
        QCOMPARE(column(table(u"pet"_s), u"name"_s).comment, u"What it answers to"_s);
        QCOMPARE(column(table(u"pet"_s), u"price"_s).comment, QString());
        QCOMPARE(m_metadata.schema(u"public")->view(u"pet_names")->comment, u"Names"_s);
    }

    void reflectsPrimaryKeys()
    {
        QCOMPARE(table(u"visit"_s).primaryKey.columns, (QStringList{u"pet_id"_s, u"day"_s}));
        QCOMPARE(table(u"visit"_s).primaryKey.name, QString());
        QCOMPARE(table(u"pet"_s).primaryKey.name, u"pk_pet"_s);
        QCOMPARE(table(u"pet"_s).primaryKey.columns, QStringList{u"id"_s});
        QVERIFY(table(u"visit_note"_s).primaryKey.isEmpty());
    }

    void reflectsForeignKeyActions()
    {
        const QList<ForeignKey> &keys = table(u"pet"_s).foreignKeys;
        QCOMPARE(keys.size(), 2);
        // Sorted by name: the generated (empty) one first.
        QCOMPARE(keys[0].name, QString());
        QCOMPARE(keys[0].columns, QStringList{u"owner_id"_s});
        QCOMPARE(keys[0].referredSchema, QString());
        QCOMPARE(keys[0].referredTable, u"owner"_s);
        QCOMPARE(keys[0].referredColumns, QStringList{u"id"_s});
        QCOMPARE(keys[0].onDelete, ReferentialAction::Cascade);
        QCOMPARE(keys[0].onUpdate, ReferentialAction::SetNull);
        QCOMPARE(keys[0].deferrable, false);
        QCOMPARE(keys[1].name, u"fk_pet_owner"_s);
        QCOMPARE(keys[1].onDelete, ReferentialAction::Restrict);
        QCOMPARE(keys[1].onUpdate, ReferentialAction::NoAction);
        QCOMPARE(keys[1].deferrable, true);
        QCOMPARE(keys[1].initiallyDeferred, true);
    }

    void reflectsCompositeForeignKeys()
    {
        const QList<ForeignKey> &keys = table(u"visit_note"_s).foreignKeys;
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].name, QString());
        QCOMPARE(keys[0].columns, (QStringList{u"day"_s, u"pet_id"_s}));
        QCOMPARE(keys[0].referredTable, u"visit"_s);
        QCOMPARE(keys[0].referredColumns, (QStringList{u"day"_s, u"pet_id"_s}));
        QCOMPARE(keys[0].onDelete, ReferentialAction::SetDefault);
    }

    void reflectsForeignKeysAcrossSchemas()
    {
        const QList<ForeignKey> &keys = table(u"item"_s, u"inventory"_s).foreignKeys;
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].referredSchema, u"public"_s);
        QCOMPARE(keys[0].referredTable, u"pet"_s);
        QCOMPARE(keys[0].referredColumns, QStringList{u"id"_s});
    }

    void reflectsUniqueAndCheckConstraints()
    {
        const Table &owner = table(u"owner"_s);
        QCOMPARE(owner.uniques.size(), 2);
        QCOMPARE(owner.uniques[0].name, QString());
        QCOMPARE(owner.uniques[0].columns, QStringList{u"name"_s});
        QCOMPARE(owner.uniques[1].name, u"owner_email_unique"_s);
        QCOMPARE(table(u"visit"_s).uniques[0].columns, (QStringList{u"note"_s, u"day"_s}));
        const Table &pet = table(u"pet"_s);
        QCOMPARE(pet.checks.size(), 3);
        QCOMPARE(pet.checks[0].name, QString());
        QCOMPARE(pet.checks[0].sql, u"length(name) > 0"_s);
        QCOMPARE(pet.checks[1].name, QString());
        QCOMPARE(pet.checks[1].sql, u"price < weight"_s);
        QCOMPARE(pet.checks[2].name, u"price_positive"_s);
        QCOMPARE(pet.checks[2].sql, u"price >= 0::numeric"_s);
    }

    void leavesGeneratedNamesEmpty()
    {
        // Every table but these declares its keys and constraints without names; the long
        // ones have names PostgreSQL cut to 63 bytes (also in the middle of UTF-8).
        const QStringList named{u"pet"_s, u"owner"_s, u"clash"_s};
        int longTables = 0;
        for (const Table *t : m_metadata.tables()) {
            if (named.contains(t->name))
                continue;
            longTables += t->name.toUtf8().size() == 63 ? 1 : 0;
            QVERIFY2(t->primaryKey.name.isEmpty(), qPrintable(t->name));
            for (const ForeignKey &key : t->foreignKeys)
                QVERIFY2(key.name.isEmpty(), qPrintable(t->name + u' ' + key.name));
            for (const UniqueConstraint &unique : t->uniques)
                QVERIFY2(unique.name.isEmpty(), qPrintable(t->name + u' ' + unique.name));
            for (const CheckConstraint &check : t->checks)
                QVERIFY2(check.name.isEmpty(), qPrintable(t->name + u' ' + check.name));
        }
        QCOMPARE(longTables, 2);
    }

    void leavesNumberedGeneratedNamesEmpty()
    {
        // clash_a_check is taken, so PostgreSQL names the unnamed check clash_a_check1; the
        // constraint clash_a_key makes the unique one clash_a_key1. A name that looks like a
        // generated one counts as generated.
        const Table &clash = table(u"clash"_s, u"inventory"_s);
        QCOMPARE(clash.checks.size(), 3);
        QCOMPARE(clash.checks[0].name, QString());
        QCOMPARE(clash.checks[0].sql, u"a <> 5"_s);
        QCOMPARE(clash.checks[1].name, QString());
        QCOMPARE(clash.checks[1].sql, u"a > 0"_s);
        QCOMPARE(clash.checks[2].name, u"clash_a_key"_s); // a check with a unique's name
        QCOMPARE(clash.uniques.size(), 1);
        QCOMPARE(clash.uniques[0].name, QString());
        QCOMPARE(clash.foreignKeys.size(), 1);
        QCOMPARE(clash.foreignKeys[0].name, u"clash_b_fkey_2"_s);
    }

    void reflectsIndexes()
    {
        const Table &pet = table(u"pet"_s);
        QStringList names;
        for (const Index &index : pet.indexes)
            names << index.name;
        QCOMPARE(names, (QStringList{u"pet_data_gin"_s, u"pet_lower_name"_s, u"pet_name_alive"_s,
                                     u"pet_name_c"_s, u"pet_price_desc"_s}));
        const Index *partial = findIndex(pet, u"pet_name_alive"_s);
        QVERIFY(partial && partial->unique);
        QCOMPARE(partial->where, u"price > 0::numeric"_s);
        QCOMPARE(partial->parts.size(), 1);
        QCOMPARE(partial->parts[0].column, u"name"_s);
        const Index *expression = findIndex(pet, u"pet_lower_name"_s);
        QVERIFY(expression && !expression->unique);
        QCOMPARE(expression->parts[0].column, QString());
        QCOMPARE(expression->parts[0].expression, u"lower(name)"_s);
        const Index *mixed = findIndex(pet, u"pet_price_desc"_s);
        QVERIFY(mixed);
        QCOMPARE(mixed->parts.size(), 2);
        QVERIFY(mixed->parts[0].descending);
        QCOMPARE(mixed->parts[0].opclass, QString());
        QVERIFY(!mixed->parts[1].descending);
        QCOMPARE(mixed->parts[1].opclass, u"text_pattern_ops"_s);
        QCOMPARE(mixed->method, QString());
        const Index *gin = findIndex(pet, u"pet_data_gin"_s);
        QVERIFY(gin);
        QCOMPARE(gin->method, u"gin"_s);
        QCOMPARE(gin->parts[0].opclass, QString());
        QCOMPARE(findIndex(pet, u"pet_name_c"_s)->parts[0].collation, u"C"_s);
        // The indexes behind PRIMARY KEY and UNIQUE are not listed.
        QVERIFY(table(u"owner"_s).indexes.isEmpty());
    }

    void reflectsViews()
    {
        const Schema *schema = m_metadata.schema(u"public");
        QCOMPARE(schema->views.size(), 2);
        QCOMPARE(schema->views[0].name, u"pet_count"_s);
        QVERIFY(schema->views[0].materialized);
        QCOMPARE(schema->views[0].sql, u"SELECT count(*) AS n\n   FROM pet"_s);
        QCOMPARE(schema->views[1].name, u"pet_names"_s);
        QCOMPARE(schema->views[1].schema, u"public"_s);
        QVERIFY(!schema->views[1].materialized);
        QVERIFY(schema->views[1].sql.startsWith(u"SELECT pet.id,"_s));
        QVERIFY(!schema->views[1].sql.endsWith(u';'));
    }

    void reflectsFreeSequencesOnly()
    {
        const QList<Sequence> &sequences = m_metadata.schema(u"public")->sequences;
        QCOMPARE(sequences.size(), 3); // not owner_id_seq, pet_id_seq, visit_n_seq, visit_m_seq
        QCOMPARE(sequences[0].name, u"countdown"_s);
        QCOMPARE(sequences[0].increment, -1);
        QCOMPARE(sequences[0].start, 10);
        QCOMPARE(sequences[0].minValue, std::optional<qint64>(-50));
        QCOMPARE(sequences[0].maxValue, std::optional<qint64>(10));
        QVERIFY(sequences[0].cycle);
        QCOMPARE(sequences[1].name, u"stray"_s); // owned by a column, but no default uses it
        QCOMPARE(sequences[2].name, u"ticket"_s);
        QCOMPARE(sequences[2].schema, u"public"_s);
        QCOMPARE(sequences[2].start, 100);
        QCOMPARE(sequences[2].increment, 5);
        QCOMPARE(sequences[2].minValue, std::nullopt);
        QCOMPARE(sequences[2].maxValue, std::nullopt);
        QVERIFY(!sequences[2].cycle);
    }

    void reflectsTriggers()
    {
        const QList<Trigger> &triggers = m_metadata.schema(u"public")->triggers;
        QCOMPARE(triggers.size(), 1); // not the internal triggers of foreign keys
        QCOMPARE(triggers[0].name, u"pet_touch"_s);
        QCOMPARE(triggers[0].table, u"pet"_s);
        QCOMPARE(triggers[0].schema, u"public"_s);
        QCOMPARE(triggers[0].sql, u"CREATE TRIGGER pet_touch BEFORE UPDATE ON public.pet "
                                  "FOR EACH ROW EXECUTE FUNCTION touch()"_s);
    }

    void reflectsPartitionedTablesWithoutPartitions()
    {
        const Table &measurement = table(u"measurement"_s);
        QCOMPARE(measurement.columns.size(), 2);
        QVERIFY(!m_metadata.table(u"measurement_2024"_s));
    }

    void reflectsOddNames()
    {
        const Schema *odd = m_metadata.schema(u"Odd Schema");
        QVERIFY(odd);
        QStringList tables;
        for (const Table &t : odd->tables)
            tables << t.name;
        QStringList expected = oddNames();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(tables, expected);
        for (const Table &t : odd->tables) {
            QCOMPARE(t.schema, u"Odd Schema"_s);
            QStringList columns;
            for (const Column &c : t.columns)
                columns << c.name;
            QCOMPARE(columns, oddNames());
            QCOMPARE(t.primaryKey.columns, QStringList{u"a\"b"_s});
            QCOMPARE(t.uniques.size(), 1);
            QCOMPARE(t.uniques[0].columns, (QStringList{u"Mixed Case"_s, u"名前"_s}));
            QCOMPARE(t.checks.size(), 1);
            QCOMPARE(t.checks[0].sql, u"\"with space\" > 0"_s);
            QCOMPARE(t.foreignKeys.size(), 1);
            QCOMPARE(t.foreignKeys[0].columns, QStringList{u"dot.ted"_s});
            QCOMPARE(t.foreignKeys[0].referredTable, u"select"_s);
            QCOMPARE(t.foreignKeys[0].referredColumns, QStringList{u"a\"b"_s});
            QCOMPARE(t.indexes.size(), 1);
            QCOMPARE(t.indexes[0].parts[0].column, u"with space"_s);
            QVERIFY(t.indexes[0].parts[0].descending);
            QCOMPARE(column(t, u"select"_s).comment, u"odd"_s);
        }
    }

    void skipsInternalSchemas()
    {
        for (const Schema &schema : m_metadata.schemas) {
            QVERIFY(!schema.name.startsWith(u"pg_"));
            QVERIFY(schema.name != u"information_schema");
        }
        // Asked for explicitly, a system schema is read like any other.
        ReflectOptions options;
        options.schemas = QStringList{u"information_schema"_s};
        const Metadata system = reflectUrl(m_scratch->url(), options);
        QCOMPARE(system.schemas.size(), 1);
        QVERIFY(system.schemas[0].views.size() > 10);
    }

    void filtersSchemasAndTables()
    {
        ReflectOptions options;
        options.schemas = QStringList{u"inventory"_s};
        const Metadata inventory = reflectUrl(m_scratch->url(), options);
        QCOMPARE(inventory.schemas.size(), 1);
        QCOMPARE(inventory.schemas[0].name, u"inventory"_s);

        const Metadata some = reflectUrl(m_scratch->url(), onlyTables({u"pet"_s, u"item"_s}));
        QCOMPARE(some.tableCount(), 2);
        QCOMPARE(some.schemas.size(), 2); // schemas without a match are left out
        QVERIFY(some.schema(u"public")->views.isEmpty());
        QCOMPARE(some.schema(u"public")->triggers.size(), 1);
        // The referred tables are not reflected; their column names come from the server.
        QCOMPARE(some.table(u"pet")->foreignKeys[0].referredColumns, QStringList{u"id"_s});
        QCOMPARE(some.table(u"item")->foreignKeys[0].referredColumns, QStringList{u"id"_s});
        QCOMPARE(*some.table(u"pet"), table(u"pet"_s));
        QVERIFY(some.table(u"pet")->column(u"id")->autoincrement);

        const Metadata view = reflectUrl(m_scratch->url(), onlyTables({u"pet_names"_s}));
        QCOMPARE(view.tableCount(), 0);
        QCOMPARE(view.schema(u"public")->views.size(), 1);
    }

    void listsTableNames()
    {
        Database db(m_scratch->url());
        QCOMPARE(
            await(PgReflector::tableNames(db.session(), {})),
            (QStringList{u"measurement"_s, u"owner"_s, u"pet"_s, u"visit"_s, u"visit_note"_s}));
        QStringList odd = oddNames();
        std::sort(odd.begin(), odd.end());
        QCOMPARE(await(PgReflector::tableNames(db.session(), u"Odd Schema"_s)), odd);
        QCOMPARE(await(PgReflector::tableNames(db.session(), u"nowhere"_s)), QStringList());
        await(db.close());
    }

    void roundTripsCheckExpressions()
    {
        ScratchDatabase copy(Postgres);
        run(copy.url(), tableFromChecks(table(u"pet"_s)));
        const Metadata again = reflectUrl(copy.url());
        QCOMPARE(again.table(u"pet")->checks, table(u"pet"_s).checks);
    }

    void reflectsIdenticalDatabasesEqually()
    {
        ScratchDatabase twin(Postgres);
        run(twin.url(), featureSchema());
        run(twin.url(), oddNamesSchema());
        const Metadata other = reflectUrl(twin.url());
        QCOMPARE(other.schemas.size(), m_metadata.schemas.size());
        for (qsizetype i = 0; i < other.schemas.size(); ++i) {
            const Schema &a = other.schemas[i];
            const Schema &b = m_metadata.schemas[i];
            for (qsizetype t = 0; t < qMin(a.tables.size(), b.tables.size()); ++t)
                QVERIFY2(a.tables[t] == b.tables[t], qPrintable(a.tables[t].name));
            QVERIFY2(a == b, qPrintable(a.name));
        }
        QVERIFY(other == m_metadata);
    }

    void readsInsideCallersTransaction()
    {
        Database db(m_scratch->url());
        await(db.session().execute(u"SELECT 1"_s)); // warm the pool
        Transaction tx = await(db.begin());
        await(tx.execute(u"CREATE TABLE in_tx (id integer PRIMARY KEY)"_s));
        const Metadata seen = await(PgReflector::reflect(tx, onlyTables({u"in_tx"_s})));
        QCOMPARE(seen.tableCount(), 1);
        QVERIFY(tx.inTransaction());
        await(tx.rollback());
        await(db.close());
    }

    void reflectsManyTablesInFewStatements()
    {
        ScratchDatabase scratch(Postgres);
        for (int batch = 0; batch < 5; ++batch) // batches: each takes a lock per table
            run(scratch.url(), manyTables(batch * 200, 200));
        Database db(scratch.url(), {.echo = true});
        await(db.session().execute(u"SELECT 1"_s)); // connect first
        statementCount.storeRelaxed(0);
        previousHandler = qInstallMessageHandler(countStatements);
        QElapsedTimer timer;
        timer.start();
        const Metadata metadata = await(PgReflector::reflect(db.session(), {}));
        const qint64 elapsed = timer.elapsed();
        qInstallMessageHandler(previousHandler);
        await(db.close());
        qInfo("reflected 1000 tables x 5 columns in %lld ms with %d statements", elapsed,
              statementCount.loadRelaxed());
        QCOMPARE(metadata.tableCount(), 1000);
        QCOMPARE(metadata.table(u"t0999")->columns.size(), 5);
        QCOMPARE(metadata.table(u"t0999")->foreignKeys[0].referredTable, u"t0998"_s);
        QVERIFY2(statementCount.loadRelaxed() <= 8, "one round trip per table?");
        QVERIFY2(elapsed < 10'000, "far slower than a few bulk queries");
    }

    void skipsExtensionObjects()
    {
        ScratchDatabase scratch(Postgres);
        try {
            run(scratch.url(), u"CREATE EXTENSION pg_buffercache"_s);
        } catch (const std::exception &e) {
            QSKIP(qPrintable(u"contrib extension unavailable: "_s + QString::fromUtf8(e.what())));
        }
        run(scratch.url(), u"CREATE VIEW mine AS SELECT 1 AS one"_s);
        const Metadata metadata = reflectUrl(scratch.url());
        QCOMPARE(metadata.schema(u"public")->views.size(), 1);
        QCOMPARE(metadata.schema(u"public")->views[0].name, u"mine"_s);
    }

    // Every feature above, written back by the DDL compiler into an empty database, reflects
    // the same: createAll() loses nothing the reflector reads.
    void featureSchemaRoundTripsThroughCreateAll()
    {
        ScratchDatabase copy(Postgres);
        // functions are not part of the metadata: the trigger's must exist first
        run(copy.url(), u"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql "
                        "AS $$ BEGIN RETURN NEW; END $$"_s);
        Database db(copy.url());
        await(db.createAll(m_metadata, {.checkFirst = false}));
        await(db.close());
        QCOMPARE(reflectUrl(copy.url()), m_metadata);
    }
};

QTEST_GUILESS_MAIN(TestPgReflect)
#include "tst_pgreflect.moc"
