// SPDX-License-Identifier: MIT
// Session::cancel() is exact: it stops the calls under way when it is pressed, wherever they
// wait (a pooled connection, the engine), and never one that starts afterwards.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

// Awaits \a statement and notes when it has ended, however it ended.
QCoro::Task<void> noteEnd(QCoro::Task<QVariant> statement, bool *ended)
{
    try {
        co_await std::move(statement);
    } catch (const DatabaseError &) {
    }
    *ended = true;
}

} // namespace

class TestSessionCancel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every connection is taken: the statement waits in the pool, and a cancel stops it there
    // at once rather than when a connection comes (or the pool times out).
    void cancelWhileWaitingForPooledConnection_data() { addEngineRows(Sqlite | Postgres); }
    void cancelWhileWaitingForPooledConnection()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Options options;
        options.poolSize = 1;
        options.maxOverflow = 0;
        options.poolTimeout = std::chrono::milliseconds(5'000);
        Database db(scratch.url(), options);
        Session holder = db.session();
        QCOMPARE(await(holder.scalar(u"SELECT 1"_s)).toInt(), 1);

        Session waiting = db.session();
        QCoro::Task<QVariant> statement = waiting.scalar(u"SELECT 42"_s);
        QTest::qWait(50);
        QElapsedTimer clock;
        clock.start();
        waiting.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, await(std::move(statement)));
        QVERIFY2(clock.elapsed() < 1'000, qPrintable(QString::number(clock.elapsed())));

        // The cancel is used up: the session's next statement runs once a connection is free.
        holder = db.session();
        QCOMPARE(await(waiting.scalar(u"SELECT 7"_s)).toInt(), 7);
        await(db.close());
    }

    // A cancel pressed when nothing runs has nothing to stop: the next statement runs.
    // The stopped call ends from the event loop, never inside cancel(): its caller's error
    // handling must not run in the middle of whatever called cancel() (a grid resetting).
    void cancelNeverEndsACallInsideIt_data() { addEngineRows(Sqlite | Postgres); }
    void cancelNeverEndsACallInsideIt()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Options options;
        options.poolSize = 1;
        options.maxOverflow = 0;
        Database db(scratch.url(), options);
        Session holder = db.session();
        QCOMPARE(await(holder.scalar(u"SELECT 1"_s)).toInt(), 1);

        Session waiting = db.session();
        bool ended = false;
        QCoro::Task<void> watch = noteEnd(waiting.scalar(u"SELECT 42"_s), &ended);
        QTest::qWait(50);
        QVERIFY(!ended);
        waiting.cancel();
        QVERIFY(!ended);
        QTRY_VERIFY(ended);
        await(std::move(watch));
    }

    void cancelBetweenStatementsDoesNotStopTheNext_data() { addEngineRows(Sqlite | Postgres); }
    void cancelBetweenStatementsDoesNotStopTheNext()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Session session = db.session();
        QCOMPARE(await(session.scalar(u"SELECT 1"_s)).toInt(), 1);
        session.cancel();
        QCOMPARE(await(session.scalar(u"SELECT 2"_s)).toInt(), 2);
        await(db.close());
    }

    // Nor the COMMIT after it: the transaction's work is kept.
    void cancelBetweenStatementsDoesNotStopCommit_data() { addEngineRows(Sqlite | Postgres); }
    void cancelBetweenStatementsDoesNotStopCommit()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE t (id integer PRIMARY KEY)"_s));
        Session session = db.session();
        Transaction tx = await(session.begin());
        await(tx.execute(u"INSERT INTO t (id) VALUES (1)"_s));
        tx.cancel();
        await(tx.commit());
        QVERIFY(!session.inTransaction());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 1);
        await(db.close());
    }

    // A statement queued behind a dropped transaction's rollback: the cancel stops it; the
    // rollback still runs.
    void cancelWhileWaitingForQueuedRollback_data() { addEngineRows(Sqlite | Postgres); }
    void cancelWhileWaitingForQueuedRollback()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE t (id integer PRIMARY KEY)"_s));
        Session session = db.session();
        const QString slow =
            e == Postgres ? u"SELECT count(*) FROM (SELECT pg_sleep(0.5)) s"_s
                          : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 3000000) SELECT count(*) FROM c"_s;
        QCoro::Task<QVariant> running;
        {
            Transaction tx = await(session.begin());
            await(tx.execute(u"INSERT INTO t (id) VALUES (1)"_s));
            running = tx.scalar(slow); // the rollback queues behind it
        }
        QCoro::Task<QVariant> next = session.scalar(u"SELECT count(*) FROM t"_s);
        session.cancel();
        bool stopped = false;
        try {
            await(std::move(next));
        } catch (const Cancelled &) {
            stopped = true;
        }
        QVERIFY(stopped);
        try {
            await(std::move(running));
        } catch (const Cancelled &) {
        }
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0);
        QVERIFY(!session.inTransaction());
        await(db.close());
    }

    // A copy with its own cancel (the grid's count beside its page reads on one session):
    // cancelling it stops its statement only, not the one queued behind it on the connection.
    void ownCancelReachesOnlyItsCalls_data() { addEngineRows(Sqlite | Postgres); }
    void ownCancelReachesOnlyItsCalls()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Session session = db.session();
        QCOMPARE(await(session.scalar(u"SELECT 1"_s)).toInt(), 1);
        Session counting = session.withOwnCancel();
        const QString slow =
            e == Postgres ? u"SELECT count(*) FROM (SELECT pg_sleep(5)) s"_s
                          : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 2000000000) SELECT count(*) FROM c"_s;
        QCoro::Task<QVariant> count = counting.scalar(slow);
        QCoro::Task<QVariant> read = session.scalar(u"SELECT 5"_s); // queued behind the count
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        counting.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, await(std::move(count)));
        QCOMPARE(await(std::move(read)).toInt(), 5);
        QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
        // And the other way round: the session's cancel leaves the copy's calls alone.
        QCoro::Task<QVariant> mine = counting.scalar(u"SELECT 6"_s);
        session.cancel();
        QCOMPARE(await(std::move(mine)).toInt(), 6);
        await(db.close());
    }

    // stop() ends a one-job session as a whole: later calls throw Cancelled too, and the
    // transaction it leaves still rolls back.
    void stopEndsTheWholeJob_data() { addEngineRows(Sqlite | Postgres); }
    void stopEndsTheWholeJob()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE t (id integer PRIMARY KEY)"_s));
        Session session = db.session();
        {
            Transaction tx = await(session.begin());
            await(tx.execute(u"INSERT INTO t (id) VALUES (1)"_s));
            session.stop();
            QVERIFY_THROWS_EXCEPTION(Cancelled, await(tx.execute(u"SELECT 2"_s)));
        }
        QVERIFY_THROWS_EXCEPTION(Cancelled, await(session.scalar(u"SELECT 3"_s)));
        await(session.rollback());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestSessionCancel)
#include "tst_sessioncancel.moc"
