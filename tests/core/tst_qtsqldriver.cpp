// SPDX-License-Identifier: MIT
// QtSqlDriver driven directly on the test thread against Qt's QSQLITE plugin.
#include "connection/errors.h"
#include "connection/numeric.h"
#include "driver/qtsql/qtsqldriver.h"
#include "sql/splitstatements.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <chrono>
#include <functional>
#include <limits>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

QString errorKind(const std::function<void()> &f)
{
    try {
        f();
    } catch (const IntegrityError &) {
        return u"IntegrityError"_s;
    } catch (const SqlError &) {
        return u"SqlError"_s;
    } catch (const ConnectionError &) {
        return u"ConnectionError"_s;
    } catch (const Cancelled &) {
        return u"Cancelled"_s;
    } catch (const ConfigurationError &) {
        return u"ConfigurationError"_s;
    } catch (const DatabaseError &) {
        return u"DatabaseError"_s;
    }
    return u"none"_s;
}

qlonglong scalar(QtSqlDriver &driver, const QString &sql)
{
    return driver.execute(sql, {}).value(0, 0).toLongLong();
}

} // namespace

class TestQtSqlDriver : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QtSqlDriver> makeDriver(const QString &file = u"test.db"_s,
                                            Options options = {})
    {
        const QString path = m_dir->filePath(file);
        return std::make_unique<QtSqlDriver>(
            DatabaseUrl::parse(QString(u"qt+QSQLITE:///"_s + path)), options);
    }
    std::unique_ptr<QtSqlDriver> openDriver(const QString &file = u"test.db"_s,
                                            Options options = {})
    {
        auto driver = makeDriver(file, options);
        driver->open();
        return driver;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void opensPingsAndClosesTwice()
    {
        auto driver = openDriver();
        driver->ping();
        QCOMPARE(scalar(*driver, u"SELECT 41 + 1"_s), 42);
        QCOMPARE(scalar(*driver, u"PRAGMA foreign_keys"_s), 1);
        const QStringList before = QSqlDatabase::connectionNames();
        QCOMPARE(before.size(), 1);
        driver->close();
        driver->close();
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
        QCOMPARE(errorKind([&] { driver->ping(); }), u"ConnectionError"_s);
    }

    void appliesForeignKeysOffAndReadOnly()
    {
        openDriver()->execute(u"CREATE TABLE t(x)"_s, {});
        auto driver = openDriver(u"test.db"_s, {.readOnly = true, .foreignKeys = false});
        QCOMPARE(scalar(*driver, u"PRAGMA foreign_keys"_s), 0);
        QCOMPARE(errorKind([&] { driver->execute(u"INSERT INTO t VALUES (1)"_s, {}); }),
                 u"SqlError"_s);
    }

    void reportsMissingDriverWithTheAvailableOnes()
    {
        QtSqlDriver driver(DatabaseUrl::parse(u"qt+QNOSUCHDRIVER://host/db"_s), {});
        try {
            driver.open();
            QFAIL("open() succeeded");
        } catch (const ConnectionError &e) {
            QVERIFY2(e.message().contains(u"QNOSUCHDRIVER"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"QSQLITE"_s), qPrintable(e.message()));
        }
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }

    void rejectsAFileThatIsNotADatabase()
    {
        QFile junk(m_dir->filePath(u"junk.db"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto driver = makeDriver(u"junk.db"_s);
        QCOMPARE(errorKind([&] { driver->open(); }), u"ConnectionError"_s);
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }

    void roundTripsValues_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("expected");
        const auto same = [](const char *name, const QString &declared, const QVariant &v) {
            QTest::newRow(name) << declared << v << v;
        };
        QTest::newRow("null") << u"TEXT"_s << QVariant() << QVariant();
        same("int64 max", u"INTEGER"_s, QVariant(std::numeric_limits<qlonglong>::max()));
        same("int64 min", u"INTEGER"_s, QVariant(std::numeric_limits<qlonglong>::min()));
        QTest::newRow("int") << u"INTEGER"_s << QVariant(42) << QVariant(qlonglong(42));
        same("double", u"REAL"_s, QVariant(-3.25e-7));
        same("unicode text", u"TEXT"_s, QVariant(u"grüße 🐸 中文 ' \" ;"_s));
        same("empty text", u"TEXT"_s, QVariant(QString(u""_s)));
        same("blob with zero bytes", u"BLOB"_s, QVariant(QByteArray("\0a\0\xff", 4)));
        same("bool true", u"BOOLEAN"_s, QVariant(true));
        same("bool false", u"BOOLEAN"_s, QVariant(false));
        QTest::newRow("numeric as text")
            << u"TEXT"_s << QVariant::fromValue(Numeric{u"12345678901234567890.123456789"_s})
            << QVariant(u"12345678901234567890.123456789"_s);
        QTest::newRow("numeric column, not a number")
            << u"NUMERIC"_s << QVariant::fromValue(Numeric{u"NaN"_s})
            << QVariant::fromValue(Numeric{u"NaN"_s});
        same("date", u"DATE"_s, QVariant(QDate(2024, 2, 29)));
        same("time", u"TIME"_s, QVariant(QTime(13, 45, 7, 123)));
        same("timestamp", u"TIMESTAMP"_s,
             QVariant(QDateTime(QDate(2024, 2, 29), QTime(13, 45, 7, 123), QTimeZone::utc())));
        QTest::newRow("timestamp with offset")
            << u"DATETIME"_s
            << QVariant(QDateTime(QDate(2024, 1, 1), QTime(1, 0), QTimeZone(2 * 3600)))
            << QVariant(QDateTime(QDate(2023, 12, 31), QTime(23, 0), QTimeZone::utc()));
        const QUuid uuid = QUuid::fromString(u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s);
        same("uuid", u"UUID"_s, QVariant(uuid));
        QTest::newRow("uuid as text")
            << u"TEXT"_s << QVariant(uuid) << QVariant(u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s);
        const QJsonObject json{{u"a"_s, 1}, {u"b"_s, u"x"_s}};
        QTest::newRow("json") << u"JSON"_s << QVariant(json) << QVariant(QJsonValue(json));
    }

    void roundTripsValues()
    {
        QFETCH(QString, declared);
        QFETCH(QVariant, value);
        QFETCH(QVariant, expected);
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE v (x "_s + declared + u')', {});
        const Result inserted = driver->execute(u"INSERT INTO v VALUES ($1)"_s, {value});
        QCOMPARE(inserted.rowsAffected(), 1);
        QCOMPARE(inserted.lastInsertId(), QVariant(qlonglong(1)));
        const QVariant actual = driver->execute(u"SELECT x FROM v"_s, {}).value(0, 0);
        if (!expected.isValid()) {
            QVERIFY2(!actual.isValid(), qPrintable(actual.toString()));
            return;
        }
        QCOMPARE(actual.metaType(), expected.metaType());
        QCOMPARE(actual, expected);
        if (expected.typeId() == QMetaType::QDateTime)
            QCOMPARE(actual.toDateTime().offsetFromUtc(), 0);
    }

    void bindsDollarAndNamedPlaceholders()
    {
        auto driver = openDriver();
        Result r = driver->execute(u"SELECT $2, $1, $1 || '$1'"_s, {1, u"a"_s});
        QCOMPARE(r.values(), (QVariantList{u"a"_s, qlonglong(1), u"1$1"_s}));
        r = driver->execute(u"SELECT :x, :y, :x + 1 -- :z"_s,
                            QVariantMap{{u"x"_s, 10}, {u"y"_s, u"why"_s}});
        QCOMPARE(r.values(), (QVariantList{qlonglong(10), u"why"_s, qlonglong(11)}));
        QCOMPARE(errorKind([&] { driver->execute(u"SELECT $3"_s, {1}); }), u"ConfigurationError"_s);
    }

    void describesColumns()
    {
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE c (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, "
                        "note TEXT)"_s,
                        {});
        const Result r = driver->execute(u"SELECT id, name, note, 1 + 1 AS two FROM c"_s, {});
        QCOMPARE(r.columnCount(), 4);
        QCOMPARE(r.rowCount(), 0);
        const ResultColumns &c = r.columns();
        QCOMPARE(c[0].name, u"id"_s);
        QCOMPARE(c[0].typeName, u"INTEGER"_s);
        QCOMPARE(c[0].typeId, QMetaType::Int);
        QCOMPARE(c[1].name, u"name"_s);
        QCOMPARE(c[1].typeName, u"VARCHAR(20)"_s);
        QCOMPARE(c[1].typeId, QMetaType::QString);
        QCOMPARE(c[3].name, u"two"_s);
        QVERIFY(c[3].typeName.isEmpty());
        QCOMPARE(c[1].nullable, Nullability::Unknown);
    }

    void reportsSqlAndIntegrityErrors()
    {
        auto driver = openDriver();
        try {
            driver->execute(u"SELEC 1"_s, {});
            QFAIL("no error");
        } catch (const IntegrityError &) {
            QFAIL("syntax error reported as IntegrityError");
        } catch (const SqlError &e) {
            QCOMPARE(e.code(), u"1"_s);
            QVERIFY2(e.message().contains(u"syntax"_s), qPrintable(e.message()));
        }
        driver->execute(u"CREATE TABLE u (k INTEGER PRIMARY KEY, v TEXT UNIQUE)"_s, {});
        driver->execute(u"INSERT INTO u(v) VALUES ('a')"_s, {});
        try {
            driver->execute(u"INSERT INTO u(v) VALUES ($1)"_s, {u"a"_s});
            QFAIL("no error");
        } catch (const IntegrityError &e) {
            QCOMPARE(e.code().toInt() & 0xff, 19);
            QVERIFY2(e.message().contains(u"UNIQUE"_s), qPrintable(e.message()));
        }
        // The connection stays usable.
        QCOMPARE(scalar(*driver, u"SELECT count(*) FROM u"_s), 1);
    }

    void runsEveryStatementOfAScript()
    {
        auto driver = openDriver();
        const Result r = driver->execute(
            u"CREATE TABLE m (x); CREATE TABLE log (x);\n"
            "CREATE TRIGGER t AFTER INSERT ON m BEGIN INSERT INTO log VALUES (new.x); "
            "INSERT INTO log VALUES (CASE WHEN new.x = 1 THEN 'one' ELSE 'other' END); END;\n"
            "INSERT INTO m VALUES (1); INSERT INTO m VALUES ('a;b'); -- a comment; with ;\n"
            "/* ; */ SELECT count(*), max(x) FROM log;  "_s,
            {});
        QCOMPARE(r.values(), (QVariantList{qlonglong(4), u"other"_s}));
        QVERIFY(driver->execute(u" ; -- nothing\n"_s, {}).columns().isEmpty());
        QCOMPARE(errorKind([&] { driver->execute(u"SELECT $1; SELECT $1"_s, {1}); }),
                 u"SqlError"_s);
    }

    void splitsScriptsAtTopLevelSemicolons()
    {
        QCOMPARE(splitStatements(u"select 1; select ';' ; -- x;\n select \"a;\" /* ; */"),
                 (QStringList{u"select 1"_s, u"select ';'"_s, u"-- x;\n select \"a;\" /* ; */"_s}));
        QCOMPARE(
            splitStatements(u"DO $$ BEGIN PERFORM 1; END $$; SELECT $1; SELECT a$b;"),
            (QStringList{u"DO $$ BEGIN PERFORM 1; END $$"_s, u"SELECT $1"_s, u"SELECT a$b"_s}));
        QCOMPARE(splitStatements(u"CREATE TABLE t (begin INT, e INT); SELECT 'it''s;'"),
                 (QStringList{u"CREATE TABLE t (begin INT, e INT)"_s, u"SELECT 'it''s;'"_s}));
        QCOMPARE(splitStatements(u"  ;; -- only\n"), QStringList());
        QCOMPARE(leadingKeyword(u" /* c */ -- d\n begin;"), u"BEGIN"_s);
    }

    void streamsRowsInBoundedBatches()
    {
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE big (n INTEGER, s TEXT)"_s, {});
        driver->execute(u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                        "WHERE n < 100000) INSERT INTO big SELECT n, 'row ' || n FROM c"_s,
                        {});
        const ResultColumns columns = driver->openCursor(u"SELECT n, s FROM big ORDER BY n"_s, {});
        QCOMPARE(columns.size(), 2);
        QVERIFY(driver->cursorOpen());
        qsizetype total = 0;
        qlonglong sum = 0;
        int batches = 0;
        while (driver->cursorOpen()) {
            const Result batch = driver->fetch(1000);
            QVERIFY(batch.rowCount() <= 1000);
            for (qsizetype i = 0; i < batch.rowCount(); ++i)
                sum += batch.value(i, 0).toLongLong();
            if (batch.rowCount())
                QCOMPARE(batch.value(0, 1).toString(), u"row "_s + QString::number(total + 1));
            total += batch.rowCount();
            ++batches;
        }
        QCOMPARE(total, 100000);
        QCOMPARE(sum, 100000LL * 100001LL / 2);
        QVERIFY(batches >= 100);
        QCOMPARE(driver->fetch(10).rowCount(), 0);
    }

    void closesACursorEarlyAndRunsOn()
    {
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE t (n)"_s, {});
        driver->executeMany(u"INSERT INTO t VALUES ($1)"_s, {{1}, {2}, {3}});
        driver->openCursor(u"SELECT n FROM t ORDER BY n"_s, {});
        QCOMPARE(driver->fetch(1).values(), QVariantList{qlonglong(1)});
        driver->closeCursor();
        QVERIFY(!driver->cursorOpen());
        driver->closeCursor();
        driver->execute(u"INSERT INTO t VALUES (4)"_s, {});
        driver->openCursor(u"SELECT n FROM t WHERE n > $1 ORDER BY n"_s, {2});
        QCOMPARE(driver->fetch(10).values(), (QVariantList{qlonglong(3), qlonglong(4)}));
        QVERIFY(!driver->cursorOpen());
        QCOMPARE(driver->transactionState(), TransactionState::Idle);
    }

    void executeManyIsAllOrNothing()
    {
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE k (id INTEGER PRIMARY KEY, v TEXT)"_s, {});
        const QString insert = u"INSERT INTO k VALUES (:id, :v)"_s;
        QCOMPARE(errorKind([&] {
                     driver->executeMany(insert, {QVariantMap{{u"id"_s, 1}, {u"v"_s, u"a"_s}},
                                                  QVariantMap{{u"id"_s, 2}, {u"v"_s, u"b"_s}},
                                                  QVariantMap{{u"id"_s, 1}, {u"v"_s, u"c"_s}},
                                                  QVariantMap{{u"id"_s, 3}, {u"v"_s, u"d"_s}}});
                 }),
                 u"IntegrityError"_s);
        QCOMPARE(scalar(*driver, u"SELECT count(*) FROM k"_s), 0);
        QCOMPARE(driver->transactionState(), TransactionState::Idle);

        QCOMPARE(
            driver->executeMany(u"INSERT INTO k VALUES ($1, $2)"_s, {{1, u"a"_s}, {2, u"b"_s}}), 2);
        // Inside an open transaction only the batch is undone.
        driver->execute(u"BEGIN"_s, {});
        driver->execute(u"INSERT INTO k VALUES (3, 'c')"_s, {});
        QCOMPARE(errorKind([&] {
                     driver->executeMany(u"INSERT INTO k VALUES ($1, $2)"_s,
                                         {{4, u"d"_s}, {1, u"dup"_s}});
                 }),
                 u"IntegrityError"_s);
        QCOMPARE(driver->transactionState(), TransactionState::Active);
        driver->execute(u"COMMIT"_s, {});
        QCOMPARE(driver->transactionState(), TransactionState::Idle);
        QCOMPARE(scalar(*driver, u"SELECT count(*) FROM k"_s), 3);
    }

    void copyInAppendsRows()
    {
        auto driver = openDriver();
        driver->execute(u"CREATE TABLE \"odd \"\"name\" (a INTEGER, \"b c\" BLOB)"_s, {});
        QCOMPARE(driver->quoteIdentifier(u"odd \"name"_s), u"\"odd \"\"name\""_s);
        QCOMPARE(driver->copyIn(u"odd \"name"_s, {u"a"_s, u"b c"_s},
                                {{1, QByteArray("\0", 1)}, {2, QVariant()}, {3, QByteArray()}}),
                 3);
        const Result r =
            driver->execute(u"SELECT a, \"b c\" FROM \"odd \"\"name\" ORDER BY a"_s, {});
        QCOMPARE(r.rowCount(), 3);
        QCOMPARE(r.value(0, 1), QVariant(QByteArray("\0", 1)));
        QVERIFY(!r.value(1, 1).isValid());
        QCOMPARE(r.value(2, 1).typeId(), QMetaType::QByteArray);
        QCOMPARE(errorKind([&] {
                     driver->copyIn(u"odd \"name"_s, {u"a"_s}, {{1, 2}});
                 }),
                 u"ConfigurationError"_s);
        QCOMPARE(scalar(*driver, u"SELECT count(*) FROM \"odd \"\"name\""_s), 3);
    }

    void cancelsALongStatementFromAnotherThread()
    {
        auto driver = openDriver();
        QtSqlDriver *raw = driver.get();
        std::thread canceller([raw] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            raw->cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const QString kind = errorKind([&] {
            driver->execute(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "LIMIT 1000000000) SELECT count(*) FROM c WHERE x < 0"_s,
                            {});
        });
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QCOMPARE(kind, u"Cancelled"_s);
        QVERIFY2(elapsed < 1200, qPrintable(QString::number(elapsed)));
        driver->clearCancel();
        QCOMPARE(scalar(*driver, u"SELECT 7"_s), 7);
    }

    void stopsAStatementAtItsTimeout()
    {
        using namespace std::chrono_literals;
        auto driver = openDriver(u"test.db"_s, {.statementTimeout = 100ms});
        try {
            driver->execute(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "LIMIT 1000000000) SELECT count(*) FROM c WHERE x < 0"_s,
                            {});
            QFAIL("no timeout");
        } catch (const SqlError &e) {
            QVERIFY2(e.message().contains(u"timeout"_s), qPrintable(e.message()));
        }
        QCOMPARE(scalar(*driver, u"SELECT 9"_s), 9);
    }

    void cancelStopsAStream()
    {
        auto driver = openDriver();
        driver->openCursor(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                           "LIMIT 100000) SELECT x FROM c"_s,
                           {});
        QCOMPARE(driver->fetch(10).rowCount(), 10);
        driver->cancel();
        QCOMPARE(errorKind([&] { driver->fetch(10); }), u"Cancelled"_s);
        QVERIFY(!driver->cursorOpen());
        driver->clearCancel();
        QCOMPARE(scalar(*driver, u"SELECT 8"_s), 8);
    }

    void keepsAtMostMaxRows()
    {
        auto driver = openDriver();
        const Result r = driver->execute(
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 50) "
            "SELECT x FROM c"_s,
            {}, 5);
        QCOMPARE(r.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestQtSqlDriver)
#include "tst_qtsqldriver.moc"
