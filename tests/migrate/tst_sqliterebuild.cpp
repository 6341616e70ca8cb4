// SPDX-License-Identifier: MIT
// SQLite's table rebuild (create new, copy, drop, rename) on a table with 100,000 rows,
// indexes, a trigger, a view and a table referring to it: every row and every object survives,
// foreign-key enforcement is on again afterwards, and a rebuild that breaks a reference rolls
// back entirely.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "migrate/migrationrun.h"
#include "migrate/schemadiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

constexpr int eventCount = 100'000;
constexpr int attendeeCount = 20'000;

QString describe(const MigrationPlan &plan)
{
    QStringList lines;
    for (const MigrationStep &step : plan.steps)
        lines.append(step.description + u"\n    "_s + step.sql.join(u"\n    "_s));
    return lines.join(u'\n');
}

const MigrationStep *stepOf(const MigrationPlan &plan, MigrationStep::Kind kind)
{
    for (const MigrationStep &step : plan.steps) {
        if (step.kind == kind)
            return &step;
    }
    return nullptr;
}

QList<Params> eventRows()
{
    QList<Params> rows;
    rows.reserve(eventCount);
    for (int i = 1; i <= eventCount; ++i) {
        rows.append(
            Params(i, u"E%1"_s.arg(i, 6, 10, QChar(u'0')), i % 1000, u"Label %1"_s.arg(i % 977)));
    }
    return rows;
}

QList<Params> attendeeRows()
{
    QList<Params> rows;
    rows.reserve(attendeeCount);
    for (int i = 1; i <= attendeeCount; ++i)
        rows.append(Params(i, (i * 7) % eventCount + 1, u"guest %1"_s.arg(i)));
    return rows;
}

// event (100k rows) with a unique and a partial expression index, an update trigger writing
// to audit, a view, and attendee rows referring to it with ON DELETE CASCADE.
void createEvents(Database &db)
{
    Session s = db.session();
    await(s.execute(u"CREATE TABLE event (id INTEGER PRIMARY KEY, code TEXT NOT NULL, "
                    "amount INTEGER, label TEXT)"_s));
    await(s.execute(u"CREATE UNIQUE INDEX ux_event_code ON event (code)"_s));
    await(s.execute(u"CREATE INDEX ix_event_label ON event (lower(label)) WHERE amount > 0"_s));
    await(s.execute(u"CREATE TABLE audit (event_id INTEGER, old INTEGER, new INTEGER)"_s));
    await(s.execute(u"CREATE TRIGGER event_audit AFTER UPDATE OF amount ON event BEGIN "
                    "INSERT INTO audit (event_id, old, new) VALUES (OLD.id, OLD.amount, "
                    "NEW.amount); END"_s));
    await(s.execute(u"CREATE VIEW big_events AS SELECT id, code, amount FROM event "
                    "WHERE amount > 500"_s));
    await(s.execute(u"CREATE TABLE attendee (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL "
                    "REFERENCES event (id) ON DELETE CASCADE, name TEXT)"_s));
    Transaction tx = await(db.begin());
    await(tx.executeMany(u"INSERT INTO event (id, code, amount, label) VALUES ($1, $2, $3, $4)"_s,
                         eventRows()));
    await(tx.executeMany(u"INSERT INTO attendee (id, event_id, name) VALUES ($1, $2, $3)"_s,
                         attendeeRows()));
    await(tx.commit());
}

// Every value of both tables, in one comparable text.
QString contents(Database &db)
{
    const Row row = await(db.session().one(
        u"SELECT (SELECT count(*) || ':' || sum(id) || ':' || group_concat(line, '|') FROM "
        "(SELECT id, id || ',' || code || ',' || ifnull(amount, '-') || ',' || ifnull(label, '-') "
        "AS line FROM event ORDER BY id)), "
        "(SELECT count(*) || ':' || group_concat(line, '|') FROM (SELECT id || ',' || event_id "
        "|| ',' || name AS line FROM attendee ORDER BY id))"_s));
    return row.value(0).toString() + u'\n' + row.value(1).toString();
}

// The target: amount becomes BIGINT, label NOT NULL, and a CHECK on amount.
Metadata changedEvents(const Metadata &reflected)
{
    Metadata live = reflected; // edits below must not reach `reflected`
    Table *event = live.table(u"event"_s);
    Column *amount = event->column(u"amount");
    amount->nativeType = u"BIGINT"_s;
    amount->type = Type{.kind = TypeKind::BigInt};
    event->column(u"label")->nullable = false;
    event->checks.append(CheckConstraint{.name = u"ck_event_amount"_s, .sql = u"amount >= 0"_s});
    sortCanonically(*event);
    return live;
}

} // namespace

class TestSqliteRebuild : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rebuildKeepsEveryRowAndObject()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        createEvents(db);
        const QString before = contents(db);
        const Metadata live = await(db.reflect());
        const Metadata target = changedEvents(live);

        Session session = db.session();
        const MigrationPlan plan = await(diffDatabase(session, target));
        const MigrationStep *rebuild = stepOf(plan, MigrationStep::Kind::RebuildTable);
        QVERIFY2(rebuild && rebuild->table == u"event"_s, qPrintable(describe(plan)));
        QVERIFY2(plan.isDestructive(), qPrintable(describe(plan))); // NOT NULL added
        await(applyPlan(session, plan));

        QCOMPARE(contents(db), before);
        QCOMPARE(await(session.scalar(u"PRAGMA foreign_keys"_s)).toInt(), 1);
        QVERIFY(await(session.all(u"PRAGMA foreign_key_check"_s)).isEmpty());
        const MigrationPlan again = await(diffDatabase(session, target));
        QVERIFY2(again.isEmpty(), qPrintable(describe(again)));

        // every object is back, as it was
        const Metadata after = await(db.reflect());
        const Table *event = after.table(u"event"_s);
        QCOMPARE(event->indexes, live.table(u"event"_s)->indexes);
        QCOMPARE(event->column(u"amount")->nativeType, u"BIGINT"_s);
        QVERIFY(!event->column(u"label")->nullable);
        QCOMPARE(event->checks.size(), 1);
        QCOMPARE(after.schemas[0].views, live.schemas[0].views);
        QCOMPARE(after.schemas[0].triggers, live.schemas[0].triggers);
        QCOMPARE(*after.table(u"attendee"_s), *live.table(u"attendee"_s));

        // they work: the trigger fires, the check and the cascade hold
        await(session.execute(u"UPDATE event SET amount = amount + 1 WHERE id = 5"_s));
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM audit"_s)).toInt(), 1);
        QVERIFY_THROWS_EXCEPTION(
            IntegrityError, await(session.execute(u"UPDATE event SET amount = -1 WHERE id = 6"_s)));
        const int attendees =
            await(session.scalar(u"SELECT count(*) FROM attendee WHERE event_id = 8"_s)).toInt();
        QVERIFY(attendees > 0);
        await(session.execute(u"DELETE FROM event WHERE id = 8"_s));
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM attendee"_s)).toInt(),
                 attendeeCount - attendees);
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM big_events"_s)).toInt(),
                 await(session.scalar(u"SELECT count(*) FROM event WHERE amount > 500"_s)).toInt());
        await(db.close());
    }

    void rebuildThatBreaksAReferenceRollsBack_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("collation") << u"collation"_s; // 'abc' no longer matches 'ABC'
        QTest::newRow("unique") << u"unique"_s;       // the referred key is no key any more
    }
    void rebuildThatBreaksAReferenceRollsBack()
    {
        QFETCH(QString, change);
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        Session session = db.session();
        await(session.execute(u"CREATE TABLE item (id INTEGER PRIMARY KEY, "
                              "code TEXT COLLATE NOCASE UNIQUE, name TEXT)"_s));
        await(session.execute(u"CREATE TABLE part (id INTEGER PRIMARY KEY, "
                              "item_code TEXT REFERENCES item (code))"_s));
        await(session.execute(u"CREATE VIEW codes AS SELECT code FROM item"_s));
        await(session.execute(u"INSERT INTO item VALUES (1, 'ABC', 'a'), (2, 'XYZ', 'x')"_s));
        await(session.execute(u"INSERT INTO part VALUES (1, 'abc'), (2, 'XYZ'), (3, 'xyz')"_s));
        const Metadata live = await(db.reflect());
        const QString query = u"SELECT (SELECT group_concat(code || name) FROM item) || "
                              "(SELECT group_concat(item_code) FROM part)"_s;
        const QString before = await(session.one(query)).value(0).toString();
        Metadata target = live;
        Table *item = target.table(u"item"_s);
        if (change == u"collation")
            item->column(u"code")->collation.clear();
        else
            item->uniques.clear();
        const MigrationPlan plan = await(diffDatabase(session, target));
        QVERIFY(stepOf(plan, MigrationStep::Kind::RebuildTable));
        try {
            await(applyPlan(session, plan));
            QFAIL("the broken reference was committed");
        } catch (const SqlError &e) {
            QVERIFY2(e.message().contains(u"\"part\""_s) && e.message().contains(u"item"_s),
                     qPrintable(e.message()));
            if (change == u"collation")
                QVERIFY2(dynamic_cast<const IntegrityError *>(&e), qPrintable(e.message()));
        }
        QCOMPARE(await(db.reflect()), live);
        QCOMPARE(await(session.one(query)).value(0).toString(), before);
        QCOMPARE(await(session.scalar(u"PRAGMA foreign_keys"_s)).toInt(), 1);
        await(db.close());
    }

    void usesAlterTableWhereSqliteCan()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        Session session = db.session();
        await(session.execute(u"CREATE TABLE owner (id INTEGER PRIMARY KEY)"_s));
        await(session.execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, gone TEXT)"_s));
        await(
            session.execute(u"INSERT INTO owner VALUES (1); INSERT INTO t VALUES (1, 'x', 'y')"_s));
        Metadata target = await(db.reflect());
        Table *t = target.table(u"t"_s);
        t->columns.removeLast();
        t->columns.append(Column{.name = u"n"_s,
                                 .type = {.kind = TypeKind::Integer},
                                 .nativeType = u"INTEGER"_s,
                                 .nullable = false,
                                 .defaultSql = u"0"_s});
        t->columns.append(Column{.name = u"owner_id"_s,
                                 .type = {.kind = TypeKind::Integer},
                                 .nativeType = u"INTEGER"_s});
        t->foreignKeys.append(ForeignKey{
            .columns = {u"owner_id"_s}, .referredTable = u"owner"_s, .referredColumns = {u"id"_s}});
        t->indexes.append(Index{.name = u"ix_t_a"_s, .parts = {IndexPart{.column = u"a"_s}}});
        const MigrationPlan plan = await(diffDatabase(session, target));
        QVERIFY2(!stepOf(plan, MigrationStep::Kind::RebuildTable), qPrintable(describe(plan)));
        QVERIFY(stepOf(plan, MigrationStep::Kind::DropColumn));
        QVERIFY(stepOf(plan, MigrationStep::Kind::AddColumn));
        QVERIFY(stepOf(plan, MigrationStep::Kind::AddIndex));
        await(applyPlan(session, plan));
        QVERIFY(await(diffDatabase(session, target)).isEmpty());

        // a clock default cannot be added in place
        t->columns.append(Column{.name = u"seen"_s,
                                 .type = {.kind = TypeKind::Timestamp},
                                 .nativeType = u"TIMESTAMP"_s,
                                 .defaultSql = u"CURRENT_TIMESTAMP"_s});
        const MigrationPlan clock = await(diffDatabase(session, target));
        QVERIFY2(stepOf(clock, MigrationStep::Kind::RebuildTable), qPrintable(describe(clock)));
        QVERIFY(!clock.isDestructive());
        await(applyPlan(session, clock));
        QVERIFY(await(diffDatabase(session, target)).isEmpty());
        QCOMPARE(await(session.scalar(u"SELECT a || n FROM t"_s)).toString(), u"x0"_s);
        await(db.close());
    }

    void keepsRowidsAndTheAutoincrementCounter()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        Session session = db.session();
        await(session.execute(
            u"CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)"_s));
        await(session.execute(u"CREATE TABLE loose (v TEXT)"_s));
        await(session.execute(u"INSERT INTO counted (v) VALUES ('a'), ('b'), ('c'); "
                              "DELETE FROM counted WHERE id = 3; "
                              "INSERT INTO loose (rowid, v) VALUES (10, 'x'), (20, 'y')"_s));
        Metadata target = await(db.reflect());
        for (Table &table : target.schemas[0].tables)
            table.checks.append(CheckConstraint{.sql = u"v <> ''"_s});
        const MigrationPlan plan = await(diffDatabase(session, target));
        await(applyPlan(session, plan));
        QVERIFY(await(diffDatabase(session, target)).isEmpty());
        await(session.execute(u"INSERT INTO counted (v) VALUES ('d')"_s));
        QCOMPARE(await(session.scalar(u"SELECT max(id) FROM counted"_s)).toInt(), 4);
        QCOMPARE(await(session.scalar(u"SELECT group_concat(rowid) FROM loose"_s)).toString(),
                 u"10,20"_s);
        await(db.close());
    }

    void refusesARebuildInsideATransactionWithEnforcementOn()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s));
        Metadata target = await(db.reflect());
        target.table(u"t"_s)->column(u"v")->nullable = false;
        Transaction tx = await(db.begin());
        const MigrationPlan plan = await(diffDatabase(tx, target));
        QVERIFY(stepOf(plan, MigrationStep::Kind::RebuildTable));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, await(applyPlan(tx, plan)));
        await(tx.rollback());
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestSqliteRebuild)
#include "tst_sqliterebuild.moc"
