// SPDX-License-Identifier: MIT
// Opening SQLite files, good and bad, and the options that shape a connection.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "url/databaseurl.h"

#include <QFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString fileOf(const ScratchDatabase &scratch)
{
    return DatabaseUrl::parse(scratch.url()).database();
}

} // namespace

class TestSqliteConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingFileInReadOnlyModeNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nope.db"_s);
        Database db(u"sqlite:///"_s + path, {.readOnly = true});
        bool failed = false;
        try {
            await(db.connect());
        } catch (const ConnectionError &e) {
            failed = true;
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QVERIFY(failed);
        QVERIFY(!QFile::exists(path)); // nothing created behind the user's back
    }

    void notADatabaseFailsAtConnect_data() { addEngineRows(Sqlite | QtSql); }
    void notADatabaseFailsAtConnect()
    {
        QUARRY_FETCH_ENGINE(e);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database db((e == QtSql ? u"qt+QSQLITE:///"_s : u"sqlite:///"_s) + path);
        bool failed = false;
        try {
            await(db.connect());
        } catch (const ConnectionError &error) {
            failed = true;
            QVERIFY2(error.message().contains(u"not a database"_s), qPrintable(error.message()));
        }
        QVERIFY(failed);
    }

    void uriParametersPassThrough()
    {
        ScratchDatabase scratch(Sqlite);
        {
            Database db(scratch.url());
            await(db.session().execute(u"CREATE TABLE t (x INTEGER)"_s));
            await(db.close());
        }
        Database db(scratch.url() + u"?mode=ro"_s);
        bool refused = false;
        try {
            await(db.session().execute(u"INSERT INTO t VALUES (1)"_s));
        } catch (const SqlError &e) {
            refused = true;
            QVERIFY2(e.message().contains(u"readonly"_s) || e.message().contains(u"read-only"_s),
                     qPrintable(e.message()));
            // Which file: a session may have several databases open.
            QVERIFY2(e.message().contains(fileOf(scratch)), qPrintable(e.message()));
        }
        QVERIFY(refused);
        await(db.close());
    }

    void foreignKeysAreOnByDefault()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await([](Database &db) -> QCoro::Task<void> {
            auto s = db.session();
            co_await s.execute(u"CREATE TABLE owner (id INTEGER PRIMARY KEY);"
                               "CREATE TABLE pet (id INTEGER PRIMARY KEY, "
                               "owner INTEGER REFERENCES owner(id))"_s);
            bool refused = false;
            try {
                co_await s.execute(u"INSERT INTO pet VALUES (1, 99)"_s);
            } catch (const IntegrityError &e) {
                refused = true;
                CO_COMPARE(e.code(), u"787"_s); // SQLITE_CONSTRAINT_FOREIGNKEY
            }
            CO_VERIFY(refused);
        }(db));
        await(db.close());

        Database off(scratch.url(), {.foreignKeys = false});
        await(off.session().execute(u"INSERT INTO pet VALUES (1, 99)"_s));
        await(off.close());
    }

    void inMemoryDatabaseIsSharedThroughOneConnection()
    {
        Database db(u"sqlite://"_s, {.poolSize = 4});
        QCOMPARE(db.options().poolSize, 1);
        await([](Database &db) -> QCoro::Task<void> {
            co_await db.session().execute(u"CREATE TABLE t (x INTEGER)"_s);
            co_await db.session().execute(u"INSERT INTO t VALUES (1)"_s);
            CO_COMPARE((co_await db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 1);
        }(db));
        await(db.close());
    }

    void statementTimeoutStopsLongStatements()
    {
        Database db(u"sqlite://"_s, {.statementTimeout = std::chrono::milliseconds(200)});
        bool timedOut = false;
        try {
            await(db.session().scalar(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                      "FROM c WHERE x < 2000000000) SELECT count(*) FROM c"_s));
        } catch (const Cancelled &) {
            QFAIL("a statement timeout is not a user cancel");
        } catch (const SqlError &e) {
            timedOut = true;
            QVERIFY2(e.message().contains(u"timeout"_s), qPrintable(e.message()));
        }
        QVERIFY(timedOut);
        await(db.close());
    }

    void busyTimeoutWaitsForALock()
    {
        ScratchDatabase scratch(Sqlite);
        Database writer(scratch.url());
        Database other(scratch.url(), {.busyTimeout = std::chrono::milliseconds(100)});
        await([](Database &writer, Database &other) -> QCoro::Task<void> {
            co_await writer.session().execute(u"CREATE TABLE t (x INTEGER)"_s);
            auto tx = co_await writer.begin();
            co_await tx.execute(u"INSERT INTO t VALUES (1)"_s);
            bool busy = false;
            try {
                co_await other.session().execute(u"INSERT INTO t VALUES (2)"_s);
            } catch (const SqlError &e) {
                busy = true;
                CO_COMPARE(e.code().toInt() & 0xff, 5); // SQLITE_BUSY
                // The wait is named, and how to make it longer.
                CO_VERIFY2(e.message().contains(u"locked"_s) && e.message().contains(u"100 ms"_s) &&
                               e.message().contains(u"busy_timeout"_s),
                           qPrintable(e.message()));
            }
            CO_VERIFY(busy);
            co_await tx.commit();
            co_await other.session().execute(u"INSERT INTO t VALUES (2)"_s);
        }(writer, other));
        await(writer.close());
        await(other.close());
    }

    // A file locked by another process is not "cannot open": the message says it is locked
    // and how long Quarry waited.
    void aLockedFileNamesTheWait()
    {
        ScratchDatabase scratch(Sqlite);
        Database writer(scratch.url());
        await(writer.session().execute(u"CREATE TABLE t (x INTEGER)"_s));
        // Exclusive locking mode: the first write takes the file's lock and keeps it.
        await(writer.session().execute(
            u"PRAGMA locking_mode = EXCLUSIVE; INSERT INTO t VALUES (1)"_s));
        Database other(scratch.url(), {.busyTimeout = std::chrono::milliseconds(100)});
        bool refused = false;
        try {
            await(other.connect());
        } catch (const ConnectionError &e) {
            refused = true;
            QVERIFY2(e.message().contains(u"locked"_s) && e.message().contains(u"100 ms"_s) &&
                         e.message().contains(fileOf(scratch)) &&
                         !e.message().contains(u"cannot open"_s),
                     qPrintable(e.message()));
        }
        QVERIFY(refused);
        await(writer.close());
        await(other.close());
    }

#ifdef Q_OS_UNIX
    // A FIFO (or a device, a folder) named as the database is refused at once: SQLite would
    // wait forever for a writer on the FIFO.
    void aFileThatIsNotARegularFileIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"a-fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &url :
             QStringList{u"sqlite:///"_s + fifo + u"?mode=ro"_s, u"sqlite:///"_s + fifo,
                         u"sqlite:///"_s + dir.path()}) {
            Database db(url);
            bool refused = false;
            try {
                await(db.connect());
            } catch (const ConnectionError &e) {
                refused = true;
                QVERIFY2(e.message().contains(u"not a regular file"_s), qPrintable(e.message()));
            }
            QVERIFY2(refused, qPrintable(url));
            await(db.close());
        }
    }
#endif

    void malformedUrlIsAConfigurationError()
    {
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, Database(u"mysql://x/y"_s));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError,
                                 Database(u"sqlite:///x.db"_s, {.poolSize = 0}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteConnection)
#include "tst_sqliteconnection.moc"
