// SPDX-License-Identifier: MIT
// What only a server can do to a connection: drop it, refuse a password.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

class TestPgConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (postgresUrl().isEmpty()) {
            if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
                QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        }
    }

    void terminatedBackendRaisesConnectionErrorThenPingRecovers()
    {
        Database db(postgresUrl(), {.poolSize = 1, .maxOverflow = 0});
        Database admin(postgresUrl(), {.poolSize = 1});
        await([](Database &db, Database &admin) -> QCoro::Task<void> {
            const qlonglong pid =
                (co_await db.session().scalar(u"SELECT pg_backend_pid()"_s)).toLongLong();
            co_await admin.session().execute(u"SELECT pg_terminate_backend($1)"_s, {pid});
            bool lost = false;
            try {
                co_await db.session().execute(u"SELECT 1"_s);
            } catch (const ConnectionError &e) {
                lost = true;
                CO_VERIFY(!e.message().isEmpty());
            }
            CO_VERIFY(lost);
            co_await db.ping();
            const qlonglong newPid =
                (co_await db.session().scalar(u"SELECT pg_backend_pid()"_s)).toLongLong();
            CO_VERIFY(newPid != pid);
        }(db, admin));
        await(db.close());
        await(admin.close());
    }

    void pingReconnectsAnIdleDroppedConnection()
    {
        Database db(postgresUrl(), {.poolSize = 1, .maxOverflow = 0});
        Database admin(postgresUrl(), {.poolSize = 1});
        await([](Database &db, Database &admin) -> QCoro::Task<void> {
            const auto pid = (co_await db.session().scalar(u"SELECT pg_backend_pid()"_s));
            co_await admin.session().execute(u"SELECT pg_terminate_backend($1)"_s, {pid});
            co_await db.ping(); // finds the pooled connection dead, opens a new one
            CO_VERIFY((co_await db.session().scalar(u"SELECT pg_backend_pid()"_s)) != pid);
        }(db, admin));
        await(db.close());
        await(admin.close());
    }

    void prePingReplacesDeadConnections()
    {
        Database db(postgresUrl(), {.poolSize = 1, .maxOverflow = 0, .prePing = true});
        Database admin(postgresUrl(), {.poolSize = 1});
        await([](Database &db, Database &admin) -> QCoro::Task<void> {
            const auto pid = (co_await db.session().scalar(u"SELECT pg_backend_pid()"_s));
            co_await admin.session().execute(u"SELECT pg_terminate_backend($1)"_s, {pid});
            // No error reaches the caller: the checkout notices and reconnects.
            CO_COMPARE((co_await db.session().scalar(u"SELECT 1"_s)).toInt(), 1);
        }(db, admin));
        await(db.close());
        await(admin.close());
    }

    void poolRecycleReplacesOldConnections()
    {
        Database db(
            postgresUrl(),
            // wide margins: under ASan on two busy cores a round trip can take 100 ms
            {.poolSize = 1, .maxOverflow = 0, .poolRecycle = std::chrono::milliseconds(1000)});
        const auto pidQuery = u"SELECT pg_backend_pid()"_s;
        const QVariant first = await(db.session().scalar(pidQuery));
        QCOMPARE(await(db.session().scalar(pidQuery)), first); // young: reused
        QTest::qWait(1200);
        QVERIFY(await(db.session().scalar(pidQuery)) != first); // old: replaced
        await(db.close());
    }

    void wrongPasswordNamesTheProblemNotThePassword()
    {
        DatabaseUrl url = DatabaseUrl::parse(postgresUrl());
        url.setPassword(u"definitely-wrong-Secret-42"_s);
        Database db(url);
        bool failed = false;
        try {
            await(db.connect());
        } catch (const ConnectionError &e) {
            failed = true;
            QVERIFY2(e.message().contains(u"password"_s, Qt::CaseInsensitive),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u"definitely-wrong-Secret-42"_s), "password leaked");
        }
        QVERIFY(failed);
    }

    void unreachableServerFailsWithConnectionError()
    {
        // A closed loopback port: connection refused, at once.
        Database db(u"postgresql://postgres:pw@127.0.0.1:1/postgres"_s,
                    {.connectTimeout = std::chrono::seconds(2)});
        bool failed = false;
        try {
            await(db.connect());
        } catch (const ConnectionError &e) {
            failed = true;
            QVERIFY2(!e.message().contains(u":pw@"_s), qPrintable(e.message()));
        }
        QVERIFY(failed);
    }

    void statementTimeoutIsAnSqlErrorNotACancel()
    {
        Database db(postgresUrl(), {.statementTimeout = std::chrono::milliseconds(200)});
        bool timedOut = false;
        try {
            await(db.session().execute(u"SELECT pg_sleep(5)"_s));
        } catch (const Cancelled &) {
            QFAIL("a statement timeout is not a user cancel");
        } catch (const SqlError &e) {
            timedOut = true;
            QCOMPARE(e.code(), u"57014"_s);
        }
        QVERIFY(timedOut);
        await(db.close());
    }

    void readOnlyOptionRefusesWrites()
    {
        Database db(postgresUrl(), {.readOnly = true});
        bool refused = false;
        try {
            await(db.session().execute(u"CREATE TABLE ro_test (x int)"_s));
        } catch (const SqlError &e) {
            refused = true;
            QCOMPARE(e.code(), u"25006"_s);
        }
        QVERIFY(refused);
        await(db.close());
    }

    void isolationLevelApplies()
    {
        Database db(postgresUrl(), {.isolationLevel = u"REPEATABLE READ"_s});
        await([](Database &db) -> QCoro::Task<void> {
            auto tx = co_await db.begin();
            CO_COMPARE((co_await tx.scalar(u"SHOW transaction_isolation"_s)).toString(),
                       u"repeatable read"_s);
            co_await tx.rollback();
        }(db));
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
