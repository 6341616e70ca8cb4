// SPDX-License-Identifier: MIT
// Versioned migrations on both engines: a three-step history up and down, relative targets,
// stamp, a failing migration, sync from a model, autogenerate, --sql; and folder validation.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "migrate/migrator.h"
#include "model/modelfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString migrationText(const QString &id, const QString &parent, const QString &message,
                      const QString &up, const QString &down)
{
    MigrationFile file;
    file.id = id;
    file.parent = parent;
    file.message = message;
    file.created = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    file.upSql = up;
    file.downSql = down;
    return file.render();
}

void writeFile(const QString &dir, const QString &name, const QString &text)
{
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

/// owner + pet (with a row) → pet.age → an index and a view. \a third replaces step 3's up SQL.
void writeThreeSteps(const QString &dir, const QString &third = {})
{
    writeFile(dir, u"m1create_tables.sql"_s,
              migrationText(u"m1create"_s, {}, u"create tables"_s,
                            u"CREATE TABLE owner (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT "
                            "NULL);\nCREATE TABLE pet (id INTEGER PRIMARY KEY, owner_id INTEGER "
                            "REFERENCES owner (id), name TEXT NOT NULL);\n"
                            "INSERT INTO owner (id, name) VALUES (1, 'ann; of -- green');"_s,
                            u"DROP TABLE pet;\nDROP TABLE owner;"_s));
    writeFile(dir, u"m2age.sql"_s,
              migrationText(u"m2age"_s, u"m1create"_s, u"add pet age"_s,
                            u"ALTER TABLE pet ADD COLUMN age INTEGER;"_s,
                            u"ALTER TABLE pet DROP COLUMN age;"_s));
    writeFile(dir, u"m3index.sql"_s,
              migrationText(u"m3index"_s, u"m2age"_s, u"index and view"_s,
                            third.isEmpty() ? u"CREATE INDEX ix_pet_name ON pet (name);\n"
                                              "CREATE VIEW pet_names AS SELECT name FROM pet;"_s
                                            : third,
                            u"DROP VIEW pet_names;\nDROP INDEX ix_pet_name;"_s));
}

MigrationFile inMemory(const QString &id, const QString &parent, const QString &up)
{
    MigrationFile file;
    file.id = id;
    file.parent = parent;
    file.message = id;
    file.upSql = up;
    return file;
}

QStringList tableNamesOf(const Metadata &metadata)
{
    QStringList names;
    for (const Table *table : metadata.tables())
        names.append(table->name);
    names.sort();
    return names;
}

bool hasIndex(const Metadata &metadata, const QString &table, const QString &index)
{
    const Table *t = metadata.table(table);
    return t && std::any_of(t->indexes.cbegin(), t->indexes.cend(),
                            [&](const Index &i) { return i.name == index; });
}

bool hasView(const Metadata &metadata, const QString &view)
{
    return std::any_of(metadata.schemas.cbegin(), metadata.schemas.cend(),
                       [&](const Schema &s) { return s.view(view) != nullptr; });
}

QString petsModelPath()
{
    return QStringLiteral(QUARRY_SOURCE_DIR "/resources/models/pets.json");
}

/// pets.json plus pet.age, a table vet and an index on pet.species.
Metadata petsV2()
{
    QFile file(petsModelPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray tables = root[u"tables"_s].toArray();
    QJsonObject pet = tables[1].toObject();
    QJsonArray columns = pet[u"columns"_s].toArray();
    columns.append(QJsonObject{{u"name"_s, u"age"_s}, {u"type"_s, u"integer"_s}});
    pet[u"columns"_s] = columns;
    pet[u"indexes"_s] = QJsonArray{QJsonObject{{u"columns"_s, QJsonArray{u"species"_s}}}};
    tables[1] = pet;
    tables.append(QJsonObject{
        {u"name"_s, u"vet"_s},
        {u"primaryKey"_s, u"integer"_s},
        {u"columns"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"name"_s}, {u"type"_s, u"varchar(80)"_s}}}}});
    root[u"tables"_s] = tables;
    return parseModel(QJsonDocument(root).toJson(), u"pets-v2"_s);
}

QStringList ids(const QList<HistoryEntry> &entries)
{
    QStringList out;
    for (const HistoryEntry &entry : entries)
        out.append(entry.migration.id);
    return out;
}

void expectMigrationError(const std::function<void()> &action, const QString &fragment)
{
    try {
        action();
    } catch (const MigrationError &e) {
        QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        return;
    }
    QFAIL(qPrintable(u"no MigrationError containing "_s + fragment));
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upgradesAndDowngradesAThreeStepHistory_data() { addEngineRows(Sqlite | Postgres); }
    void upgradesAndDowngradesAThreeStepHistory()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path());
        const Migrator migrator(db, dir.path());
        QCOMPARE(migrator.history().headId(), u"m3index"_s);

        MigrationStatus status = await(migrator.status());
        QCOMPARE(status.state, MigrationStatus::State::NoVersion);
        QCOMPARE(status.pending, 3);
        QCOMPARE(status.head, u"m3index"_s);

        for (int round = 0; round < 2; ++round) {
            const MigrationRun up = await(migrator.upgrade());
            QVERIFY(up.executed);
            QCOMPARE(up.migrations, QStringList({u"m1create"_s, u"m2age"_s, u"m3index"_s}));
            status = await(migrator.status());
            QCOMPARE(status.state, MigrationStatus::State::UpToDate);
            QCOMPARE(status.current, u"m3index"_s);
            QCOMPARE(status.pending, 0);
            const QList<HistoryEntry> log = await(migrator.log());
            QCOMPARE(ids(log), QStringList({u"m1create"_s, u"m2age"_s, u"m3index"_s}));
            QVERIFY(log[0].applied && log[2].applied && log[2].current && log[2].head);
            QVERIFY(!log[1].current && !log[1].head);
            QVERIFY(log[0].appliedAt.isValid());
            QVERIFY(qAbs(log[0].appliedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            QCOMPARE(await(migrator.applied()).size(), 3);

            Metadata live = await(db.reflect());
            QCOMPARE(tableNamesOf(live),
                     QStringList({u"owner"_s, u"pet"_s, u"quarry_migrations"_s}));
            QVERIFY(live.table(u"pet"_s)->hasColumn(u"age"));
            QVERIFY(hasIndex(live, u"pet"_s, u"ix_pet_name"_s));
            QVERIFY(hasView(live, u"pet_names"_s));
            QCOMPARE(await(db.session().scalar(u"SELECT name FROM owner"_s)).toString(),
                     u"ann; of -- green"_s);

            const MigrationRun again = await(migrator.upgrade());
            QVERIFY(again.statements.isEmpty() && !again.executed);

            const MigrationRun down = await(migrator.downgrade(u"base"_s));
            QCOMPARE(down.migrations, QStringList({u"m3index"_s, u"m2age"_s, u"m1create"_s}));
            status = await(migrator.status());
            QCOMPARE(status.state, MigrationStatus::State::NoVersion);
            QCOMPARE(status.current, QString());
            QCOMPARE(status.pending, 3);
            live = await(db.reflect());
            QCOMPARE(tableNamesOf(live), QStringList({u"quarry_migrations"_s}));
            QVERIFY(!hasView(live, u"pet_names"_s));
            const QList<HistoryEntry> none = await(migrator.log());
            QVERIFY(!none[0].applied && !none[2].current && none[2].head);
        }
        await(db.close());
    }

    void movesByRelativeAndPartialTargets_data() { addEngineRows(Sqlite | Postgres); }
    void movesByRelativeAndPartialTargets()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path());
        const Migrator migrator(db, dir.path());
        QCOMPARE(await(migrator.upgrade(u"+1"_s)).to, u"m1create"_s);
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::UpgradeAvailable);
        QCOMPARE(await(migrator.status()).pending, 2);
        QCOMPARE(await(migrator.upgrade(u"+1"_s)).to, u"m2age"_s);
        QVERIFY_THROWS_EXCEPTION(MigrationError, await(migrator.upgrade(u"+2"_s)));
        QCOMPARE(await(migrator.downgrade(u"-1"_s)).to, u"m1create"_s);
        QVERIFY(!await(db.reflect()).table(u"pet"_s)->hasColumn(u"age"));
        QCOMPARE(await(migrator.upgrade(u"m3in"_s)).to, u"m3index"_s); // a unique prefix
        QCOMPARE(await(migrator.downgrade(u"m1create"_s)).migrations,
                 QStringList({u"m3index"_s, u"m2age"_s}));
        expectMigrationError([&] { await(migrator.downgrade(u"m2age"_s)); }, u"use upgrade"_s);
        expectMigrationError([&] { await(migrator.upgrade(u"base"_s)); }, u"use downgrade"_s);
        expectMigrationError([&] { await(migrator.downgrade(u"-2"_s)); }, u"past base"_s);
        expectMigrationError([&] { await(migrator.upgrade(u"nope"_s)); }, u"unknown revision"_s);
        expectMigrationError([&] { await(migrator.upgrade(u"m"_s)); }, u"unknown revision"_s);
        QCOMPARE(await(migrator.status()).current, u"m1create"_s);
        await(db.close());
    }

    void stampsWithoutRunningAndNamesUnknownRevisions_data() { addEngineRows(Sqlite | Postgres); }
    void stampsWithoutRunningAndNamesUnknownRevisions()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path());
        const Migrator migrator(db, dir.path());
        QVERIFY(await(migrator.stamp(u"head"_s)).executed);
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::UpToDate);
        QCOMPARE(tableNamesOf(await(db.reflect())), QStringList({u"quarry_migrations"_s}));
        QCOMPARE(await(migrator.applied()).size(), 3);
        QVERIFY(!await(migrator.stamp(u"head"_s)).executed); // already there
        await(migrator.stamp(u"m2age"_s));
        QCOMPARE(await(migrator.status()).current, u"m2age"_s);
        await(migrator.stamp(u"base"_s));
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::NoVersion);
        QVERIFY(await(migrator.applied()).isEmpty());

        // The folder loses its last migration: the database is at a revision it does not know.
        await(migrator.stamp(u"m3index"_s));
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(u"m3index.sql"_s)));
        const Migrator shorter(db, dir.path());
        expectMigrationError([&] { await(shorter.status()); }, u"m3index"_s);
        expectMigrationError([&] { await(shorter.upgrade()); }, u"not in"_s);
        expectMigrationError([&] { await(shorter.stamp(u"-1"_s)); }, u"relative"_s);
        await(shorter.stamp(u"m2age"_s)); // the repair
        QCOMPARE(await(shorter.status()).state, MigrationStatus::State::UpToDate);
        await(db.close());
    }

    void failingMigrationLeavesSchemaAndVersionAlone_data() { addEngineRows(Sqlite | Postgres); }
    void failingMigrationLeavesSchemaAndVersionAlone()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path(), u"CREATE INDEX ix_pet_name ON pet (name);\n"
                                    "CREATE TABLE later (id INTEGER);\n"
                                    "INSERT INTO no_such_table VALUES (1);"_s);
        const Migrator migrator(db, dir.path());
        // From base: even the version table's creation is undone.
        QVERIFY_THROWS_EXCEPTION(SqlError, await(migrator.upgrade()));
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::NoVersion);
        QVERIFY(tableNamesOf(await(db.reflect())).isEmpty());

        await(migrator.upgrade(u"m2age"_s));
        QVERIFY_THROWS_EXCEPTION(SqlError, await(migrator.upgrade()));
        QCOMPARE(await(migrator.status()).current, u"m2age"_s);
        QCOMPARE(await(migrator.applied()).size(), 2);
        const Metadata live = await(db.reflect());
        QCOMPARE(tableNamesOf(live), QStringList({u"owner"_s, u"pet"_s, u"quarry_migrations"_s}));
        QVERIFY(live.table(u"pet"_s)->hasColumn(u"age"));
        QVERIFY(!hasIndex(live, u"pet"_s, u"ix_pet_name"_s));
        await(db.close());
    }

    void sqlModeRunsNothing_data() { addEngineRows(Sqlite | Postgres); }
    void sqlModeRunsNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path());
        const Migrator planner(db.session(), MigrationHistory::load(dir.path()),
                               {.versionTable = u"quarry_migrations"_s, .sqlOnly = true});
        const MigrationRun up = await(planner.upgrade());
        QVERIFY(!up.executed);
        QCOMPARE(up.migrations.size(), 3);
        const QString script = up.script();
        QVERIFY2(script.contains(u"CREATE TABLE IF NOT EXISTS \"quarry_migrations\""_s),
                 qPrintable(script));
        QVERIFY2(script.contains(u"ALTER TABLE pet ADD COLUMN age INTEGER;"_s), qPrintable(script));
        QVERIFY2(script.contains(u"-- $1 = 'm2age', $2 = 'm1create', $3 = 'add pet age'"_s),
                 qPrintable(script));
        QVERIFY2(script.contains(u"-- upgrade m3index: index and view"_s), qPrintable(script));
        QVERIFY(tableNamesOf(await(db.reflect())).isEmpty());
        QVERIFY(!await(planner.stamp(u"head"_s)).executed);
        QVERIFY(!await(planner.sync(loadModel(petsModelPath()))).executed);
        QVERIFY(tableNamesOf(await(db.reflect())).isEmpty());

        await(Migrator(db, dir.path()).upgrade());
        const MigrationRun down = await(planner.downgrade(u"-1"_s));
        QVERIFY(!down.executed);
        QVERIFY(down.script().contains(u"DROP VIEW pet_names;"_s));
        QVERIFY(down.script().contains(u"DELETE FROM \"quarry_migrations\" WHERE \"id\" = $1;\n"
                                       "-- $1 = 'm3index'"_s));
        QCOMPARE(await(planner.status()).current, u"m3index"_s);
        QVERIFY(hasView(await(db.reflect()), u"pet_names"_s));
        await(db.close());
    }

    void syncCreatesAnEmptyDatabaseFromTheModel_data() { addEngineRows(Sqlite | Postgres); }
    void syncCreatesAnEmptyDatabaseFromTheModel()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        writeThreeSteps(dir.path());
        const Migrator migrator(db, dir.path());
        const Metadata model = loadModel(petsModelPath());
        const MigrationRun run = await(migrator.sync(model));
        QVERIFY(run.createdAll && run.executed);
        QVERIFY(run.migrations.isEmpty()); // created, not migrated
        const MigrationStatus status = await(migrator.status());
        QCOMPARE(status.state, MigrationStatus::State::UpToDate);
        QCOMPARE(status.current, u"m3index"_s);
        QCOMPARE(tableNamesOf(await(db.reflect())),
                 QStringList({u"pet"_s, u"quarry_migrations"_s, u"user"_s}));
        QVERIFY(!await(migrator.sync(model)).executed); // at head: nothing to do

        // A database with version information is upgraded instead.
        ScratchDatabase other(e);
        Database db2(other.url());
        const Migrator second(db2, dir.path());
        await(second.upgrade(u"+1"_s));
        const MigrationRun upgraded = await(second.sync(model));
        QVERIFY(!upgraded.createdAll);
        QCOMPARE(upgraded.migrations, QStringList({u"m2age"_s, u"m3index"_s}));
        QCOMPARE(await(second.status()).state, MigrationStatus::State::UpToDate);
        await(db2.close());
        await(db.close());
    }

    void autogeneratedMigrationMakesTheDiffEmpty_data() { addEngineRows(Sqlite | Postgres); }
    void autogeneratedMigrationMakesTheDiffEmpty()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QTemporaryDir dir;
        const Metadata v1 = loadModel(petsModelPath());
        const Metadata v2 = petsV2();
        QVERIFY(v2.table(u"vet"_s));
        const Migrator migrator(db, dir.path());
        QVERIFY(await(migrator.sync(v1)).createdAll);
        const auto diff = [&](const Metadata &model) {
            return withoutVersionTable(await(diffDatabase(db.session(), model)),
                                       u"quarry_migrations"_s);
        };
        QVERIFY2(diff(v1).isEmpty(), qPrintable(planScript(diff(v1))));
        QVERIFY(!await(migrator.autogenerate(u"nothing"_s, v1))); // no changes, no file

        const std::optional<MigrationFile> file = await(migrator.autogenerate(u"v2"_s, v2));
        QVERIFY(file);
        QVERIFY(QFile::exists(file->path));
        QCOMPARE(file->parent, QString());
        QCOMPARE(MigrationFile::read(file->path), *file);
        QVERIFY2(file->upSql.contains(u"vet"_s), qPrintable(file->upSql));
        QVERIFY2(file->downSql.contains(u"-- ! "_s), qPrintable(file->downSql)); // drops
        QCOMPARE(migrator.history().headId(), file->id);
        QCOMPARE(await(migrator.status()).pending, 1); // syncing an empty folder recorded no id
        // Not at head: autogenerate refuses.
        expectMigrationError([&] { await(migrator.autogenerate(u"x"_s, v2)); },
                             u"upgrade it first"_s);

        await(Migrator(db, dir.path()).upgrade()); // a fresh read of the folder
        QVERIFY2(diff(v2).isEmpty(), qPrintable(planScript(diff(v2))));
        await(migrator.downgrade(u"-1"_s));
        QVERIFY2(diff(v1).isEmpty(), qPrintable(planScript(diff(v1))));
        await(migrator.upgrade());
        QVERIFY(diff(v2).isEmpty());
        await(db.close());
    }

    void detectsAMigrationAddedBelowTheCurrentOne_data() { addEngineRows(Sqlite | Postgres); }
    void detectsAMigrationAddedBelowTheCurrentOne()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const MigrationFile first = inMemory(u"first"_s, {}, u"CREATE TABLE a (x INTEGER)"_s);
        const MigrationFile last = inMemory(u"last"_s, u"first"_s, u"CREATE TABLE c (x INTEGER)"_s);
        await(Migrator(db.session(), MigrationHistory::fromFiles({first, last})).upgrade());
        // Someone slips a migration in below the applied head: it would never run.
        const MigrationFile middle = inMemory(u"middle"_s, u"first"_s, u"SELECT 1"_s);
        MigrationFile moved = last;
        moved.parent = u"middle"_s;
        const Migrator migrator(db.session(), MigrationHistory::fromFiles({first, middle, moved}));
        expectMigrationError([&] { await(migrator.status()); }, u"middle comes before"_s);
        expectMigrationError([&] { await(migrator.upgrade()); }, u"never applied"_s);
        QVERIFY(await(migrator.stamp(u"head"_s)).executed); // stamp records the state as it is
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::UpToDate);
        QCOMPARE(await(migrator.applied()).size(), 3);
        await(db.close());
    }

    void writesEmptyMigrationsAndChecksDialects()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        QTemporaryDir dir;
        const Migrator migrator(db, dir.path());
        const MigrationFile empty = migrator.create(u"nothing yet"_s);
        QVERIFY(QFile::exists(empty.path));
        QCOMPARE(migrator.history().headId(), empty.id);
        QCOMPARE(await(migrator.upgrade()).to, empty.id); // only the version moves
        QCOMPARE(await(migrator.status()).state, MigrationStatus::State::UpToDate);

        MigrationFile file = inMemory(u"pgonly"_s, empty.id, u"CREATE TABLE t (id serial)"_s);
        file.dialect = u"postgresql"_s;
        file.path = QDir(dir.path()).filePath(u"pgonly.sql"_s);
        file.write();
        expectMigrationError([&] { await(Migrator(db, dir.path()).upgrade()); },
                             u"written for postgresql"_s);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
