// SPDX-License-Identifier: MIT
// Sessions, transactions and values through the public API, on every engine.
#include "testsupport.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "database/database.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

// GCC 12 miscompiles std::initializer_list of non-trivial elements inside coroutine bodies
// (elements destroyed twice): lists and maps for coroutines are built by plain functions.
void addNamed(QVariantMap &) {}
template<typename V, typename... Rest>
void addNamed(QVariantMap &map, const QString &key, V &&value, Rest &&...rest)
{
    map.insert(key, QVariant(std::forward<V>(value)));
    addNamed(map, std::forward<Rest>(rest)...);
}
/// named(u"id"_s, 2, u"name"_s, u"x"_s): key/value pairs without a brace list.
template<typename... Pairs> QVariantMap named(Pairs &&...pairs)
{
    QVariantMap map;
    addNamed(map, std::forward<Pairs>(pairs)...);
    return map;
}

template<typename... Values> QVariantList list(Values &&...values)
{
    QVariantList out;
    (out.append(QVariant(std::forward<Values>(values))), ...);
    return out;
}

QList<Params> threeNames()
{
    return {{1, u"a"_s}, {2, u"b"_s}, {3, u"c"_s}};
}

QJsonObject jsonObject()
{
    return {{u"k"_s, u"v"_s}, {u"n"_s, 1}};
}

QString idColumn(Engine engine)
{
    return engine == Postgres ? u"id bigint PRIMARY KEY"_s : u"id INTEGER PRIMARY KEY"_s;
}

QCoro::Task<void> createPets(Database &db, Engine engine)
{
    co_await db.session().execute(u"CREATE TABLE pet ("_s + idColumn(engine) +
                                  u", name TEXT NOT NULL UNIQUE, age INTEGER)"_s);
}

QCoro::Task<qlonglong> countPets(Database &db)
{
    co_return (co_await db.session().scalar(u"SELECT count(*) FROM pet"_s)).toLongLong();
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void executesAndReportsColumns_data() { addEngineRows(); }
    void executesAndReportsColumns()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            auto s = db.session();
            const Result inserted = co_await s.execute(
                u"INSERT INTO pet (id, name, age) VALUES ($1, $2, $3)"_s, {1, u"phroge"_s, 3});
            CO_COMPARE(inserted.rowsAffected(), 1);
            co_await s.execute(u"INSERT INTO pet (id, name, age) VALUES (:id, :name, NULL)"_s,
                               named(u"id"_s, 2, u"name"_s, u"chonky"_s));
            const Result rows = co_await s.all(u"SELECT id, name, age FROM pet ORDER BY id"_s);
            CO_COMPARE(rows.rowCount(), 2);
            CO_COMPARE(rows.columnCount(), 3);
            CO_COMPARE(rows.columns()[1].name, u"name"_s);
            CO_VERIFY(!rows.columns()[1].typeName.isEmpty());
            if (e != QtSql)
                CO_COMPARE(rows.columns()[1].nullable, Nullability::NotNull);
            if (e != QtSql)
                CO_COMPARE(rows.columns()[2].nullable, Nullability::Nullable);
            CO_COMPARE(rows.value(0, 1).toString(), u"phroge"_s);
            CO_COMPARE(rows.value(1, 2).isNull(), true);
            CO_COMPARE(rows.row(1).value(u"name"), QVariant(u"chonky"_s));
        }(db, e));
        await(db.close());
    }

    void firstOneAndScalar_data() { addEngineRows(); }
    void firstOneAndScalar()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            auto s = db.session();
            co_await s.executeMany(u"INSERT INTO pet (id, name) VALUES ($1, $2)"_s, threeNames());
            auto first = co_await s.first(u"SELECT name FROM pet ORDER BY id"_s);
            CO_VERIFY(first.has_value());
            CO_COMPARE(first->value(0).toString(), u"a"_s);
            CO_VERIFY(!(co_await s.first(u"SELECT name FROM pet WHERE id > 9"_s)).has_value());
            CO_COMPARE((co_await s.one(u"SELECT name FROM pet WHERE id = $1"_s, {2}))[0],
                       QVariant(u"b"_s));
            bool threw = false;
            try {
                co_await s.one(u"SELECT name FROM pet"_s);
            } catch (const ResultError &) {
                threw = true;
            }
            CO_VERIFY(threw);
            threw = false;
            try {
                co_await s.one(u"SELECT name FROM pet WHERE id = 42"_s);
            } catch (const ResultError &) {
                threw = true;
            }
            CO_VERIFY(threw);
            CO_VERIFY(!(co_await s.oneOrNone(u"SELECT name FROM pet WHERE id = 42"_s)).has_value());
            CO_COMPARE((co_await s.scalar(u"SELECT count(*) FROM pet"_s)).toLongLong(), 3);
            CO_VERIFY((co_await s.scalar(u"SELECT name FROM pet WHERE id = 42"_s)).isNull());
        }(db, e));
        await(db.close());
    }

    void commitsOnCommit_data() { addEngineRows(); }
    void commitsOnCommit()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            {
                auto tx = co_await db.begin();
                CO_VERIFY(tx.inTransaction());
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'a')"_s);
                co_await tx.commit();
                CO_VERIFY(!tx.inTransaction());
            }
            CO_COMPARE(co_await countPets(db), 1);
        }(db, e));
        await(db.close());
    }

    void rollsBackOnException_data() { addEngineRows(); }
    void rollsBackOnException()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            bool caught = false;
            try {
                auto tx = co_await db.begin();
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'a')"_s);
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (2, 'a')"_s); // unique
                co_await tx.commit();
            } catch (const IntegrityError &) {
                caught = true;
            }
            CO_VERIFY(caught);
            CO_COMPARE(co_await countPets(db), 0);
        }(db, e));
        await(db.close());
    }

    void rollsBackOnDestruction_data() { addEngineRows(); }
    void rollsBackOnDestruction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 1});
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            {
                auto tx = co_await db.begin();
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'a')"_s);
            } // no commit
            // The same (single) pooled connection must come back clean.
            auto s = db.session();
            CO_COMPARE((co_await s.scalar(u"SELECT count(*) FROM pet"_s)).toLongLong(), 0);
            CO_VERIFY(!s.inTransaction());
        }(db, e));
        await(db.close());
    }

    // A session let go mid-transaction queues a rollback; the next session to take the
    // connection must wait for it rather than see the transaction still open.
    void nextSessionWaitsForTheRollbackOfTheLast_data() { addEngineRows(); }
    void nextSessionWaitsForTheRollbackOfTheLast()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 1});
        await(createPets(db, e));
        for (int i = 0; i < 20; ++i) {
            {
                auto tx = await(db.begin());
                QVERIFY_THROWS_EXCEPTION(SqlError, await(tx.execute(u"SELECT nope"_s)));
            }
            auto tx = await(db.begin()); // threw "a transaction is already open" before
            await(tx.execute(u"INSERT INTO pet (id, name) VALUES ($1, $2)"_s,
                             {i, u"pet %1"_s.arg(i)}));
            await(tx.commit());
        }
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM pet"_s)).toInt(), 20);
        await(db.close());
    }

    void savepointsUndoOnlyTheirWork_data() { addEngineRows(); }
    void savepointsUndoOnlyTheirWork()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            auto tx = co_await db.begin();
            co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'kept')"_s);
            {
                auto sp = co_await tx.savepoint();
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (2, 'undone')"_s);
                co_await sp.rollback();
            }
            {
                auto sp = co_await tx.savepoint();
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (3, 'released')"_s);
                co_await sp.release();
            }
            {
                auto sp = co_await tx.savepoint();
                co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (4, 'dropped')"_s);
            } // destroyed unreleased: rolled back to
            bool caught = false;
            {
                // After a failed statement inside a savepoint, rolling back to it recovers.
                auto sp = co_await tx.savepoint();
                try {
                    co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (5, 'kept')"_s);
                } catch (const IntegrityError &) {
                    caught = true;
                }
                co_await sp.rollback();
            }
            CO_VERIFY(caught);
            co_await tx.commit();
            const Result names = co_await db.session().all(u"SELECT name FROM pet ORDER BY id"_s);
            CO_COMPARE(names.rowCount(), 2);
            CO_COMPARE(names.value(0, 0).toString(), u"kept"_s);
            CO_COMPARE(names.value(1, 0).toString(), u"released"_s);
        }(db, e));
        await(db.close());
    }

    void droppedSavepointDoesNotSpoilTheCommit_data() { addEngineRows(); }
    void droppedSavepointDoesNotSpoilTheCommit()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            auto tx = co_await db.begin();
            co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'kept')"_s);
            {
                auto sp = co_await tx.savepoint();
                try {
                    co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (2, 'kept')"_s);
                } catch (const IntegrityError &) {
                }
            } // dropped: its rollback is queued, and commit() must wait for it
            co_await tx.commit();
            CO_COMPARE(co_await countPets(db), 1);
        }(db, e));
        await(db.close());
    }

    void schemaChangeRefreshesCachedColumns()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.poolSize = 1});
        await([](Database &db) -> QCoro::Task<void> {
            auto s = db.session();
            co_await s.execute(u"CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)"_s);
            CO_COMPARE((co_await s.all(u"SELECT * FROM t"_s)).columnCount(), 1);
            co_await s.execute(u"ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'"_s);
            const Result after = co_await s.all(u"SELECT * FROM t"_s);
            CO_COMPARE(after.columnCount(), 2);
            CO_COMPARE(after.value(0, 1).toString(), u"x"_s);
        }(db));
        await(db.close());
    }

    void tracksTransactionsOpenedInSql_data() { addEngineRows(Sqlite | Postgres); }
    void tracksTransactionsOpenedInSql()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            auto s = db.session();
            co_await s.execute(u"BEGIN"_s);
            CO_VERIFY(s.inTransaction());
            co_await s.execute(u"INSERT INTO pet (id, name) VALUES (1, 'a')"_s);
            co_await s.rollback();
            CO_VERIFY(!s.inTransaction());
            CO_COMPARE((co_await s.scalar(u"SELECT count(*) FROM pet"_s)).toLongLong(), 0);
        }(db, e));
        await(db.close());
    }

    void commitOfFailedTransactionThrows()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            co_await createPets(db, Postgres);
            auto tx = co_await db.begin();
            co_await tx.execute(u"INSERT INTO pet (id, name) VALUES (1, 'a')"_s);
            try {
                co_await tx.execute(u"SELECT * FROM no_such_table"_s);
            } catch (const SqlError &) {
            }
            bool threw = false;
            try {
                co_await tx.commit();
            } catch (const SqlError &e) {
                threw = true;
                CO_COMPARE(e.code(), u"25P02"_s);
            }
            CO_VERIFY(threw);
            CO_COMPARE(co_await countPets(db), 0);
        }(db));
        await(db.close());
    }

    void reportsSqlErrorsWithPosition_data() { addEngineRows(Sqlite | Postgres); }
    void reportsSqlErrorsWithPosition()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            // The error is at "FROMM"; named placeholders before it are rewritten by the
            // driver, and the position must still point into the text as written.
            const QString sql = u"SELECT :first, :second FROMM pet"_s;
            bool threw = false;
            try {
                co_await db.session().execute(sql, named(u"first"_s, 1, u"second"_s, 2));
            } catch (const SqlError &error) {
                threw = true;
                CO_VERIFY(!error.code().isEmpty());
                CO_VERIFY2(error.position() == sql.indexOf(u"FROMM"_s) ||
                               error.position() == sql.indexOf(u"pet"_s),
                           qPrintable(u"position %1"_s.arg(error.position())));
            }
            CO_VERIFY(threw);
            // And the session keeps working.
            CO_COMPARE((co_await db.session().scalar(u"SELECT 1"_s)).toLongLong(), 1);
        }(db));
        await(db.close());
    }

    void roundTripsValues_data() { addEngineRows(); }
    void roundTripsValues()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            const bool pg = e == Postgres;
            const bool typed = e != QtSql; // Qt's QSQLITE knows storage classes only
            co_await db.session().execute(
                pg ? u"CREATE TABLE v (i bigint, d double precision, t text, b bytea, "
                     "f boolean, n numeric(40,15), dt date, tm time, ts timestamp, "
                     "tz timestamptz, u uuid, j jsonb, a int[])"_s
                   : u"CREATE TABLE v (i INTEGER, d REAL, t TEXT, b BLOB, f BOOLEAN, "
                     "n NUMERIC(40,15), dt DATE, tm TIME, ts TIMESTAMP, tz TIMESTAMP, u UUID, "
                     "j JSON, a TEXT)"_s);
            const QByteArray blob("\x00\x01\xff binary\x00", 11);
            const QDateTime ts(QDate(2024, 2, 29), QTime(13, 45, 7, 123), QTimeZone::utc());
            const QDateTime tz(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone(3600));
            const QUuid uuid = QUuid::fromString(u"6f1c5e8a-3b8e-4f0e-9a57-0c6a1f0f9b2e"_s);
            const QJsonObject json = jsonObject();
            const QVariantList values =
                list(qlonglong(9'007'199'254'740'993LL), // beyond double precision
                     0.1 + 0.2, u"naïve ☃ \"quoted\" 'single' \\ back"_s, blob, true,
                     QVariant::fromValue(Numeric{u"12345678901234567890.123456789012345"_s}),
                     QDate(2024, 2, 29), QTime(13, 45, 7, 250), ts, tz, uuid, json,
                     pg ? QVariant(u"{1,2,3}"_s) : QVariant(u"x"_s));
            co_await db.session().execute(
                u"INSERT INTO v VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"_s,
                values);
            co_await db.session().execute(u"INSERT INTO v (i) VALUES (NULL)"_s);
            const Result r = co_await db.session().all(u"SELECT * FROM v ORDER BY i NULLS LAST"_s);
            CO_COMPARE(r.rowCount(), 2);
            CO_COMPARE(r.value(0, 0), QVariant(qlonglong(9'007'199'254'740'993LL)));
            CO_COMPARE(r.value(0, 1).toDouble(), 0.1 + 0.2);
            CO_COMPARE(r.value(0, 2).toString(), values[2].toString());
            CO_COMPARE(r.value(0, 3).toByteArray(), blob);
            for (int c = 0; c < r.columnCount(); ++c)
                CO_VERIFY2(r.value(1, c).isNull(), qPrintable(r.columns()[c].name));
            if (!typed)
                co_return;
            CO_COMPARE(r.value(0, 4), QVariant(true));
            if (pg) // SQLite's NUMERIC affinity keeps 15 significant digits, not more
                CO_COMPARE(r.value(0, 5).value<Numeric>().text, values[5].value<Numeric>().text);
            CO_COMPARE(r.value(0, 6), QVariant(QDate(2024, 2, 29)));
            CO_COMPARE(r.value(0, 7), QVariant(QTime(13, 45, 7, 250)));
            CO_COMPARE(r.value(0, 8).toDateTime(), ts);
            CO_COMPARE(r.value(0, 9).toDateTime().toMSecsSinceEpoch(), tz.toMSecsSinceEpoch());
            CO_COMPARE(r.value(0, 10).toUuid(), uuid);
            CO_COMPARE(r.value(0, 11).toJsonValue().toObject(), json);
            if (pg)
                CO_COMPARE(r.value(0, 12).toString(), u"{1,2,3}"_s);
        }(db, e));
        await(db.close());
    }

    void exactNumericSurvivesOnSqliteAsText()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            // Declared DECIMAL TEXT-affinity is not a thing in SQLite; a TEXT column with the
            // Numeric hint type keeps every digit.
            co_await db.session().execute(u"CREATE TABLE m (amount DECIMAL_TEXT)"_s);
            co_await db.session().execute(
                u"INSERT INTO m VALUES ($1)"_s,
                {QVariant::fromValue(Numeric{u"0.1000000000000000000001"_s})});
            const QVariant v = co_await db.session().scalar(u"SELECT amount FROM m"_s);
            CO_COMPARE(v.value<Numeric>().text, u"0.1000000000000000000001"_s);
        }(db));
        await(db.close());
    }

    void executesScripts_data() { addEngineRows(); }
    void executesScripts()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            const Result last = co_await db.session().execute(
                u"CREATE TABLE s (x INTEGER); INSERT INTO s VALUES (1); -- a comment; with ;\n"
                "INSERT INTO s VALUES (2); SELECT sum(x) AS total FROM s;"_s);
            CO_COMPARE(last.rowCount(), 1);
            CO_COMPARE(last.value(0, 0).toLongLong(), 3);
        }(db));
        await(db.close());
    }

    void concurrentSessionsFromSeveralCoroutines_data() { addEngineRows(Sqlite | Postgres); }
    void concurrentSessionsFromSeveralCoroutines()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 3, .maxOverflow = 0});
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            co_await createPets(db, e);
            constexpr int workers = 8;
            constexpr int perWorker = 25;
            std::vector<QCoro::Task<void>> tasks;
            for (int w = 0; w < workers; ++w) {
                tasks.push_back([](Database &db, int w) -> QCoro::Task<void> {
                    for (int i = 0; i < perWorker; ++i) {
                        auto tx = co_await db.begin();
                        co_await tx.execute(u"INSERT INTO pet (id, name) VALUES ($1, $2)"_s,
                                            {w * 1000 + i, u"pet %1/%2"_s.arg(w).arg(i)});
                        co_await tx.commit();
                    }
                }(db, w));
            }
            for (auto &task : tasks)
                co_await task;
            CO_COMPARE(co_await countPets(db), workers * perWorker);
        }(db, e));
        await(db.close());
    }

    void poolTimesOutWhenExhausted_data() { addEngineRows(Sqlite | Postgres); }
    void poolTimesOutWhenExhausted()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(
            scratch.url(),
            {.poolSize = 1, .maxOverflow = 1, .poolTimeout = std::chrono::milliseconds(200)});
        await([](Database &db) -> QCoro::Task<void> {
            auto a = db.session();
            auto b = db.session();
            co_await a.execute(u"SELECT 1"_s);
            co_await b.execute(u"SELECT 1"_s); // overflow
            QElapsedTimer timer;
            timer.start();
            bool timedOut = false;
            try {
                co_await db.session().execute(u"SELECT 1"_s);
            } catch (const PoolTimeoutError &) {
                timedOut = true;
            }
            CO_VERIFY(timedOut);
            CO_VERIFY(timer.elapsed() >= 150);
            // A waiter gets the connection a session gives back.
            auto waiting = db.session().scalar(u"SELECT 42"_s);
            a = db.session(); // releases a's connection
            CO_COMPARE((co_await waiting).toInt(), 42);
        }(db));
        await(db.close());
    }

    void cancelStopsLongStatement_data() { addEngineRows(); }
    void cancelStopsLongStatement()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            auto s = db.session();
            co_await s.execute(u"SELECT 1"_s);
            QTimer::singleShot(300, [s]() mutable { s.cancel(); });
            QElapsedTimer timer;
            timer.start();
            bool cancelled = false;
            try {
                co_await s.scalar(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                  "FROM c WHERE x < 2000000000) SELECT count(*) FROM c"_s);
            } catch (const Cancelled &) {
                cancelled = true;
            }
            CO_VERIFY(cancelled);
            CO_VERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
            // The connection is usable afterwards.
            CO_COMPARE((co_await s.scalar(u"SELECT 7"_s)).toInt(), 7);
        }(db));
        await(db.close());
    }

    // A cancel that arrives when nothing runs stops nothing (tst_sessioncancel); it never
    // reaches work that runs on the connection later (another session's, after the pool
    // handed it on).
    void lateCancelNeverReachesTheNextSession_data() { addEngineRows(); }
    void lateCancelNeverReachesTheNextSession()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url(), {.poolSize = 1});
        await([](Database &db, Engine e) -> QCoro::Task<void> {
            {
                auto s = db.session();
                co_await s.execute(u"SELECT 1"_s);
                s.cancel();
                CO_COMPARE((co_await s.scalar(u"SELECT 3"_s)).toInt(), 3);
                s.cancel(); // aimed at the finished SELECT 3: must not reach the next session
            }
            // The pool's one connection, now another session's: a statement long enough for
            // the helper thread's cancel to land in it, were it not for the ticket.
            auto other = db.session();
            const QString slow =
                e == Postgres ? u"SELECT count(*) FROM (SELECT pg_sleep(0.3)) s"_s
                              : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                "WHERE x < 3000000) SELECT count(*) FROM c"_s;
            CO_COMPARE((co_await other.scalar(slow)).toInt() > 0, true);
        }(db, e));
        await(db.close());
    }
    void eventLoopNeverStallsDuringLongQuery_data() { addEngineRows(); }
    void eventLoopNeverStallsDuringLongQuery()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        StallProbe probe;
        await([](Database &db, StallProbe &probe) -> QCoro::Task<void> {
            auto s = db.session();
            co_await s.execute(u"SELECT 1"_s);
            probe.start();
            // Runs for seconds; stopped by a cancel so the test's length is bounded.
            QTimer::singleShot(2000, [s]() mutable { s.cancel(); });
            try {
                co_await s.scalar(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                  "FROM c WHERE x < 2000000000) SELECT count(*) FROM c"_s);
            } catch (const Cancelled &) {
            }
            probe.stop();
        }(db, probe));
        QVERIFY2(probe.ticks() > 100, qPrintable(QString::number(probe.ticks())));
        QVERIFY2(!probe.froze(), qPrintable(u"max gap %1 ms"_s.arg(probe.maxGapMs())));
        await(db.close());
    }

    void streamsInBatches_data() { addEngineRows(); }
    void streamsInBatches()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            auto s = db.session();
            qint64 rows = 0, sum = 0;
            int batches = 0;
            auto stream = s.stream(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                                   "c WHERE x < 50000) SELECT x, 'row ' || x AS label FROM c"_s,
                                   {}, 1000);
            QCORO_FOREACH(const Result &batch, stream)
            {
                CO_VERIFY(batch.rowCount() <= 1000);
                CO_COMPARE(batch.columnCount(), 2);
                ++batches;
                rows += batch.rowCount();
                for (qsizetype i = 0; i < batch.rowCount(); ++i)
                    sum += batch.value(i, 0).toLongLong();
            }
            CO_COMPARE(rows, 50000);
            CO_COMPARE(sum, 50000LL * 50001 / 2);
            CO_VERIFY(batches >= 50);
            // Dropping a stream part-way leaves the session usable.
            {
                auto partial = s.stream(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                        "FROM c WHERE x < 100000) SELECT x FROM c"_s,
                                        {}, 100);
                auto it = co_await partial.begin();
                CO_COMPARE((*it).rowCount(), 100);
            }
            CO_COMPARE((co_await s.scalar(u"SELECT 5"_s)).toInt(), 5);
            // No rows: one empty batch still names the columns.
            int empty = 0;
            auto none = s.stream(u"SELECT 1 AS a, 'x' AS b WHERE 1 = 0"_s);
            QCORO_FOREACH(const Result &batch, none)
            {
                ++empty;
                CO_COMPARE(batch.rowCount(), 0);
                CO_COMPARE(batch.columnCount(), 2);
                CO_COMPARE(batch.columns().at(1).name, u"b"_s);
            }
            CO_COMPARE(empty, 1);
        }(db));
        await(db.close());
    }

    void closeWaitsForWorkInFlight_data() { addEngineRows(Sqlite | Postgres); }
    void closeWaitsForWorkInFlight()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            auto running = db.session().scalar(
                u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
                "SELECT count(*) FROM c"_s);
            co_await db.close();
            CO_COMPARE((co_await running).toLongLong(), 300000);
            bool refused = false;
            try {
                co_await db.session().execute(u"SELECT 1"_s);
            } catch (const ConnectionError &) {
                refused = true;
            }
            CO_VERIFY(refused);
        }(db));
    }

    void echoLogsStatementsWithoutPassword_data() { addEngineRows(Sqlite | Postgres); }
    void echoLogsStatementsWithoutPassword()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        static QStringList messages;
        messages.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "quarry.sql") == 0 ||
                    qstrcmp(context.category, "quarry.connection") == 0)
                    messages << message;
            });
        QLoggingCategory::setFilterRules(u"quarry.*.debug=true"_s);
        {
            Database db(scratch.url(), {.echo = true});
            await([](Database &db) -> QCoro::Task<void> {
                co_await db.session().execute(u"SELECT $1 AS greeting"_s,
                                              {u"hello, a rather long value that will be cut"_s});
            }(db));
            await(db.close());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"SELECT $1 AS greeting"_s), qPrintable(all));
        QVERIFY2(all.contains(u"ms"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"will be cut"_s), qPrintable(all)); // truncated
        const QString password = DatabaseUrl::parse(scratch.url()).password();
        if (!password.isEmpty()) {
            QVERIFY2(!all.contains(u':' + password + u'@'), "the password leaked into the log");
            // The test command's password is long and random; a short dev one may occur in
            // ordinary words ("quarry.sql").
            if (password.size() >= 12)
                QVERIFY2(!all.contains(password), "the password leaked into the log");
        }
    }

    // %1 in the user's SQL is text: the echo shows it as typed, not a number put in its place.
    void echoShowsPercentPlaceholdersVerbatim()
    {
        ScratchDatabase scratch(Sqlite);
        static QStringList messages;
        messages.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "quarry.sql") == 0)
                    messages << message;
            });
        QLoggingCategory::setFilterRules(u"quarry.*.debug=true"_s);
        {
            Database db(scratch.url(), {.echo = true});
            await(db.session().execute(u"SELECT '%1 %2 %L3' AS x"_s));
            bool failed = false;
            try {
                await(db.session().execute(u"SELECT * FROM \"%1 %2\""_s));
            } catch (const SqlError &) {
                failed = true;
            }
            QVERIFY(failed);
            await(db.close());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"SELECT '%1 %2 %L3' AS x [] --"_s), qPrintable(all));
        QVERIFY2(all.contains(u"SELECT * FROM \"%1 %2\" [] --"_s), qPrintable(all));
        QVERIFY2(all.contains(u"no such table: %1 %2"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
