// SPDX-License-Identifier: MIT
// runMigration / applyPlan: all or nothing on both engines, SQLite's foreign-key enforcement
// restored on every path, the caller's transaction respected.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "migrate/migrationrun.h"

#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

class TestMigrationRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void migrationIsAllOrNothing_data() { addEngineRows(Sqlite | Postgres); }
    void migrationIsAllOrNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE owner (id integer PRIMARY KEY, name text)"_s));
        Session session = db.session();
        QList<MigrationStatement> statements;
        statements.append({u"CREATE TABLE extra (id integer)"_s, {}});
        statements.append({u"INSERT INTO owner (id, name) VALUES ($1, $2)"_s, Params(7, u"x"_s)});
        statements.append({u"ALTER TABLE owner ADD COLUMN age integer"_s, {}});
        statements.append({u"INSERT INTO no_such_table VALUES (1)"_s, {}});
        QVERIFY_THROWS_EXCEPTION(SqlError, await(runMigration(session, statements)));
        QVERIFY(!await(db.hasTable(u"extra"_s)));
        QVERIFY(!await(db.hasColumn(u"owner"_s, u"age"_s)));
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM owner"_s)).toInt(), 0);
        if (e == Sqlite)
            QCOMPARE(await(session.scalar(u"PRAGMA foreign_keys"_s)).toInt(), 1);
        // inside an open transaction: runs there, the caller decides
        {
            Transaction tx = await(db.begin());
            QList<MigrationStatement> one;
            one.append({u"CREATE TABLE inside (id integer)"_s, {}});
            await(runMigration(tx, one));
            await(tx.rollback());
        }
        QVERIFY(!await(db.hasTable(u"inside"_s)));
        await(db.close());
    }

    void cancelledMigrationRestoresEnforcement()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        Session session = db.session();
        QList<MigrationStatement> statements;
        statements.append({u"CREATE TABLE t (id INTEGER PRIMARY KEY)"_s, {}});
        statements.append({u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                           "WHERE x < 2000000000) SELECT count(*) FROM c"_s,
                           {}});
        QTimer::singleShot(200, this, [session]() mutable { session.cancel(); });
        QVERIFY_THROWS_EXCEPTION(Cancelled, await(runMigration(session, statements)));
        QCOMPARE(await(session.scalar(u"PRAGMA foreign_keys"_s)).toInt(), 1);
        QVERIFY(!await(db.hasTable(u"t"_s)));
        await(db.close());
    }

    // COMMIT fails (another connection's read lock: SQLITE_BUSY) and leaves the transaction
    // open: it is rolled back before foreign_keys is switched on again (inside a transaction
    // the pragma does nothing), so the connection goes back to the pool enforcing them.
    void failedCommitRestoresEnforcement()
    {
        ScratchDatabase scratch(Sqlite);
        Options options;
        options.busyTimeout = std::chrono::milliseconds(100);
        Database db(scratch.url(), options);
        await(db.session().execute(u"CREATE TABLE owner (id integer PRIMARY KEY)"_s));
        Database other(scratch.url());
        Session readerSession = other.session();
        std::optional<Transaction> reader = await(readerSession.begin());
        QCOMPARE(await(reader->scalar(u"SELECT count(*) FROM owner"_s)).toInt(), 0);

        Session session = db.session();
        QList<MigrationStatement> statements;
        statements.append({u"CREATE TABLE pet (id integer PRIMARY KEY, owner integer "
                           "REFERENCES owner (id))"_s,
                           {}});
        QVERIFY_THROWS_EXCEPTION(SqlError, await(runMigration(session, statements)));
        QVERIFY(!session.inTransaction());
        QCOMPARE(await(session.scalar(u"PRAGMA foreign_keys"_s)).toInt(), 1);
        await(reader->rollback());
        reader.reset();
        QVERIFY(!await(db.hasTable(u"pet"_s)));
        await(other.close());
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestMigrationRun)
#include "tst_migrationrun.moc"
