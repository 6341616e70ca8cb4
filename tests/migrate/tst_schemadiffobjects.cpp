// SPDX-License-Identifier: MIT
// diffDatabase / diffMetadata on both engines for views, triggers, model files, two live
// databases, the caller's transaction and the version table.
#include "difftestsupport.h"

#include "connection/errors.h"
#include "model/modelfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::DiffTest;
using namespace Quarry::Test;

class TestSchemaDiffObjects : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recreatesViewsOverChangedTables_data() { addEngineRows(Sqlite | Postgres); }
    void recreatesViewsOverChangedTables()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const View names{.name = u"pet_names"_s, .sql = u"SELECT id, name FROM pet"_s};
        const View upper{.name = u"upper_names"_s,
                         .sql = u"SELECT upper(name) AS name FROM pet_names"_s};
        const View adults{.name = u"adults"_s, .sql = u"SELECT id FROM pet WHERE age > 2"_s};
        await(db.createAll(metadataOf({owner(), pet()}, {names, upper, adults})));
        seed(db);
        Table changed = pet();
        changed.columns[2].type = Type{.kind = TypeKind::Text}; // the views use it
        View older = adults;
        older.sql = u"SELECT id, name FROM pet WHERE age > 5"_s;
        const View counts{.name = u"counts"_s,
                          .sql = u"SELECT owner_id, count(*) AS n FROM pet GROUP BY owner_id"_s};
        const Metadata target = metadataOf({owner(), changed}, {names, upper, older, counts});
        MIGRATE(db, target, DiffOptions(), plan);
        QVERIFY(stepOf(plan, MigrationStep::Kind::DropView, u"upper_names"_s));
        QVERIFY(stepOf(plan, MigrationStep::Kind::CreateView, u"counts"_s));
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM upper_names"_s)).toInt(), 3);
        QCOMPARE(await(db.session().scalar(u"SELECT name FROM adults"_s)).toString(), u"kit"_s);
        await(db.close());
    }

    void appliesAModelFileAndComesBackEmpty_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("model");
        for (const QString &model : {u"pets.json"_s, u"user-devices.json"_s}) {
            QTest::addRow("sqlite %s", qPrintable(model)) << int(Sqlite) << model;
            QTest::addRow("postgres %s", qPrintable(model)) << int(Postgres) << model;
        }
    }
    void appliesAModelFileAndComesBackEmpty()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(QString, model);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Metadata metadata =
            loadModel(QStringLiteral(QUARRY_SOURCE_DIR) + u"/resources/models/"_s + model);
        // applied by the diff
        MIGRATE(db, metadata, DiffOptions(), plan);
        QVERIFY(!plan.isDestructive());
        // and created by createAll: the same
        ScratchDatabase other(e);
        Database created(other.url());
        await(created.createAll(metadata));
        const MigrationPlan none = await(diffDatabase(created.session(), metadata));
        QVERIFY2(none.isEmpty(), qPrintable(describe(none)));
        // a pure diff of the model with itself and with the reflected database
        QVERIFY(diffMetadata(metadata, metadata, dialectOf(e)).isEmpty());
        if (e == Sqlite) {
            const MigrationPlan reflected =
                diffMetadata(await(created.reflect()), metadata, dialectOf(e));
            QVERIFY2(reflected.isEmpty(), qPrintable(describe(reflected)));
        }
        await(db.close());
        await(created.close());
    }

    void diffsInsideTheCallersTransaction_data() { addEngineRows(Sqlite | Postgres); }
    void diffsInsideTheCallersTransaction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner()})));
        Transaction tx = await(db.begin());
        await(tx.execute(u"INSERT INTO owner VALUES (1, 'ann')"_s));
        const QString path =
            e == Postgres ? await(tx.scalar(u"SHOW search_path"_s)).toString() : QString();
        const MigrationPlan plan = await(diffDatabase(tx, metadataOf({owner(), pet()})));
        QCOMPARE(plan.steps.size(), 1);
        QVERIFY(tx.inTransaction());
        if (e == Postgres) // the scratch schemas and their search path are gone
            QCOMPARE(await(tx.scalar(u"SHOW search_path"_s)).toString(), path);
        await(applyPlan(tx, plan));
        await(tx.commit());
        QVERIFY(await(db.hasTable(u"pet"_s)));
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM owner"_s)).toInt(), 1);
        const Result schemas = await(db.session().all(
            e == Postgres ? u"SELECT nspname FROM pg_namespace WHERE nspname LIKE 'quarry_diff%'"_s
                          : u"SELECT name FROM sqlite_schema WHERE name LIKE 'quarry%'"_s));
        QCOMPARE(schemas.rowCount(), 0);
        await(db.close());
    }

    void diffsTwoLiveDatabases_data() { addEngineRows(Sqlite | Postgres); }
    void diffsTwoLiveDatabases()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase first(e);
        ScratchDatabase second(e);
        Database a(first.url());
        Database b(second.url());
        await(a.createAll(metadataOf({owner(), pet()})));
        seed(a);
        Table changed = pet();
        changed.columns[3].nullable = false;
        changed.columns[3].defaultSql = u"0"_s;
        changed.checks = {CheckConstraint{.sql = u"age BETWEEN 0 AND 40"_s}};
        changed.columns.append(col(u"chip"_s, TypeKind::Varchar, true, 15));
        changed.uniques = {UniqueConstraint{.columns = {u"chip"_s}}};
        await(b.createAll(metadataOf({owner(), changed},
                                     {View{.name = u"v"_s, .sql = u"SELECT chip FROM pet"_s}})));
        await(a.session().execute(u"UPDATE pet SET age = 0 WHERE age IS NULL"_s));
        const Metadata target = await(b.reflect());
        const MigrationPlan plan = diffMetadata(await(a.reflect()), target, dialectOf(e));
        QVERIFY(!plan.isEmpty());
        await(applyPlan(a.session(), plan));
        const MigrationPlan again =
            diffMetadata(await(a.reflect()), await(b.reflect()), dialectOf(e));
        QVERIFY2(again.isEmpty(), qPrintable(describe(plan) + u"\n---\n"_s + describe(again)));
        QCOMPARE(petRows(a), u"1:1:rex,2:2:tom,3:1:kit"_s);
        await(a.close());
        await(b.close());
    }

    void createsTriggers_data() { addEngineRows(Sqlite | Postgres); }
    void createsTriggers()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.createAll(metadataOf({owner(), pet()})));
        Metadata target = metadataOf({owner(), pet()});
        Trigger trigger{.name = u"pet_age"_s, .table = u"pet"_s};
        if (e == Postgres) {
            await(db.session().execute(
                u"CREATE FUNCTION no_age() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN NEW.age := coalesce(NEW.age, 0); RETURN NEW; END $$"_s));
            trigger.sql = u"CREATE TRIGGER pet_age BEFORE INSERT ON pet FOR EACH ROW "
                          "EXECUTE FUNCTION no_age()"_s;
        } else {
            trigger.sql = u"CREATE TRIGGER pet_age AFTER INSERT ON pet WHEN NEW.age IS NULL "
                          "BEGIN UPDATE pet SET age = 0 WHERE id = NEW.id; END"_s;
        }
        target.schemas[0].triggers = {trigger};
        MIGRATE(db, target, DiffOptions(), plan);
        QVERIFY(stepOf(plan, MigrationStep::Kind::CreateTrigger, u"pet_age"_s));
        await(db.session().execute(u"INSERT INTO owner (id, name) VALUES (1, 'ann')"_s));
        await(db.session().execute(
            u"INSERT INTO pet (id, owner_id, name, age) VALUES (1, 1, 'a', NULL)"_s));
        QCOMPARE(await(db.session().scalar(u"SELECT age FROM pet"_s)).toInt(), 0);
        // a change of the table the trigger is on keeps the trigger
        Table changed = pet();
        changed.columns[2].type = Type{.kind = TypeKind::Text};
        target.schemas[0].tables[1] = changed;
        MIGRATE(db, target, DiffOptions(), again);
        await(db.session().execute(
            u"INSERT INTO pet (id, owner_id, name, age) VALUES (2, 1, 'b', NULL)"_s));
        QCOMPARE(await(db.session().scalar(u"SELECT age FROM pet WHERE id = 2"_s)).toInt(), 0);
        await(db.close());
    }

    void leavesTheVersionTableAlone_data() { addEngineRows(Sqlite | Postgres); }
    void leavesTheVersionTableAlone()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE quarry_migrations (version_num varchar(64))"_s));
        await(db.createAll(metadataOf({owner()})));
        const MigrationPlan plan = await(diffDatabase(db.session(), metadataOf({owner()})));
        QVERIFY2(plan.isEmpty(), qPrintable(describe(plan)));
        const MigrationPlan none = await(diffDatabase(db.session(), Metadata()));
        QCOMPARE(none.steps.size(), 1);
        QCOMPARE(none.steps[0].table, u"owner"_s);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestSchemaDiffObjects)
#include "tst_schemadiffobjects.moc"
