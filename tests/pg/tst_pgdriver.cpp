// SPDX-License-Identifier: MIT
// PgDriver driven directly on the test thread against the server in QUARRY_TEST_PG_URL.
#include "connection/errors.h"
#include "connection/numeric.h"
#include "driver/postgres/pgdriver.h"
#include "schema/dialect.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>
#include <QUuid>

#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Quarry;

Q_DECLARE_METATYPE(Quarry::Params)

namespace {

// Same value and same type: a qlonglong 1 is not an int 1 here.
bool sameValue(const QVariant &actual, const QVariant &expected)
{
    if (actual.metaType() != expected.metaType())
        return false;
    if (actual.metaType().id() == QMetaType::Double && std::isnan(actual.toDouble()))
        return std::isnan(expected.toDouble());
    if (actual.metaType().id() == QMetaType::QDateTime && actual.toDateTime().timeSpec() != Qt::UTC)
        return false;
    return actual == expected;
}

QByteArray describe(const QVariant &value)
{
    QString text;
    if (value.metaType() == QMetaType::fromType<Numeric>())
        text = value.value<Numeric>().text;
    else if (value.metaType().id() == QMetaType::QJsonValue)
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value.toJsonValue()}).toJson());
    else if (value.metaType().id() == QMetaType::QByteArray)
        text = QString::fromLatin1(value.toByteArray().toHex());
    else
        text = value.toString();
    return (QString::fromLatin1(value.metaType().name()) + u'(' + text + u')').toUtf8();
}

#define COMPARE_VALUE(actual, expected)                                                            \
    QVERIFY2(sameValue(actual, expected),                                                          \
             QByteArray(describe(actual) + " != " + describe(expected)).constData())

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes;
}

} // namespace

class TestPgDriver : public QObject {
    Q_OBJECT

private:
    QString m_url;
    std::unique_ptr<PgDriver> m_db;

    std::unique_ptr<PgDriver> connect(Options options = {}, const QString &url = {})
    {
        auto driver =
            std::make_unique<PgDriver>(DatabaseUrl::parse(url.isEmpty() ? m_url : url), options);
        driver->open();
        return driver;
    }

    QVariant scalar(const QString &sql, const Params &params = {})
    {
        const Result result = m_db->execute(sql, params);
        return result.rowCount() > 0 ? result.value(0, 0) : QVariant();
    }

    void addTypeRows()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("expected");
        const auto row = [](const char *name, const QVariant &value, const QString &type,
                            const QVariant &expected) {
            QTest::newRow(name) << value << type << expected;
        };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        row("bool", true, u"bool"_s, true);
        row("int2", 42, u"int2"_s, qlonglong(42));
        row("int4", -7, u"int4"_s, qlonglong(-7));
        row("int8", std::numeric_limits<qlonglong>::max(), u"int8"_s,
            std::numeric_limits<qlonglong>::max());
        row("uint", 4'000'000'000u, u"int8"_s, qlonglong(4'000'000'000));
        row("ulonglong", std::numeric_limits<qulonglong>::max(), u"numeric"_s,
            QVariant::fromValue(Numeric{u"18446744073709551615"_s}));
        row("oid", 12345, u"oid"_s, qlonglong(12345));
        row("float4", 1.5f, u"float4"_s, 1.5);
        row("float8", 0.1, u"float8"_s, 0.1);
        row("float8 NaN", nan, u"float8"_s, nan);
        row("float8 Infinity", inf, u"float8"_s, inf);
        row("float8 -Infinity", -inf, u"float8"_s, -inf);
        const auto exact = QVariant::fromValue(Numeric{u"12345678901234567890.123456789"_s});
        row("numeric", exact, u"numeric"_s, exact);
        const auto numericNan = QVariant::fromValue(Numeric{u"NaN"_s});
        row("numeric NaN", numericNan, u"numeric"_s, numericNan);
        const QString text = u"h\u00e9llo\t\"w\\or'ld\"\n\r\U0001F600 {a,b}"_s;
        row("text", text, u"text"_s, text);
        row("empty text", u""_s, u"text"_s, u""_s);
        row("varchar", u"abc"_s, u"varchar(5)"_s, u"abc"_s);
        row("bpchar", u"ab"_s, u"char(4)"_s, u"ab  "_s);
        row("name", u"pg"_s, u"name"_s, u"pg"_s);
        row("bytea", allBytes(), u"bytea"_s, allBytes());
        row("empty bytea", QByteArray(""), u"bytea"_s, QByteArray(""));
        row("date", QDate(2024, 2, 29), u"date"_s, QDate(2024, 2, 29));
        // beyond the years Qt prints (1–9999) values come back as the server's text
        row("date BC", QDate(-44, 3, 15), u"date"_s, u"0044-03-15 BC"_s);
        row("date 5-digit year", QDate(12345, 6, 7), u"date"_s, u"12345-06-07"_s);
        row("time", QTime(13, 45, 7, 123), u"time"_s, QTime(13, 45, 7, 123));
        row("timestamp", utc(2024, 2, 29, 13, 45, 7, 123), u"timestamp"_s,
            utc(2024, 2, 29, 13, 45, 7, 123));
        const QDateTime local(QDate(2023, 7, 1), QTime(9, 30, 0), Qt::LocalTime);
        row("timestamptz", local, u"timestamptz"_s, local.toUTC());
        row("timestamptz BC", utc(-100, 1, 2, 3, 4, 5), u"timestamptz"_s,
            u"0100-01-02 03:04:05+00 BC"_s);
        row("timestamp µs as text", u"2024-01-01 10:00:00.123456"_s, u"timestamp"_s,
            u"2024-01-01 10:00:00.123456"_s);
        row("timestamptz infinity", u"infinity"_s, u"timestamptz"_s, u"infinity"_s);
        const QUuid uuid = QUuid::fromString(u"4f1b2e2a-8a5c-4d1e-9a7b-0c2d3e4f5a6b"_s);
        row("uuid", uuid, u"uuid"_s, uuid);
        const QJsonObject object{
            {u"a"_s, 1}, {u"b"_s, QJsonArray{true, QJsonValue()}}, {u"c"_s, u"x\ny"_s}};
        row("json object", object, u"json"_s, QJsonValue(object));
        const QJsonArray array{1, u"two"_s, 3.5};
        row("jsonb array", array, u"jsonb"_s, QJsonValue(array));
        row("json string", QJsonValue(u"x\\y"_s), u"json"_s, QJsonValue(u"x\\y"_s));
        row("jsonb number", QJsonValue(3.5), u"jsonb"_s, QJsonValue(3.5));
        row("jsonb from map", QVariantMap{{u"k"_s, 2}}, u"jsonb"_s,
            QJsonValue(QJsonObject{{u"k"_s, 2}}));
        row("text[]", QStringList{u"a"_s, u"b c"_s, u"d\"e\\f"_s, u""_s}, u"text[]"_s,
            u"{a,\"b c\",\"d\\\"e\\\\f\",\"\"}"_s);
        row("int4[]", QVariantList{1, QVariant(), 3}, u"int4[]"_s, u"{1,NULL,3}"_s);
        row("int4[][]", QVariantList{QVariantList{1, 2}, QVariantList{3, 4}}, u"int4[]"_s,
            u"{{1,2},{3,4}}"_s);
        row("interval", u"1 day 02:00:00"_s, u"interval"_s, u"1 day 02:00:00"_s);
        row("inet", u"192.168.0.1"_s, u"inet"_s, u"192.168.0.1"_s);
        row("null", QVariant(), u"int4"_s, QVariant());
        row("null date", QDate(), u"date"_s, QVariant());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = Test::postgresUrl();
        if (m_url.isEmpty()) {
            if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
                QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        }
        m_db = connect();
    }

    void init()
    {
        // A test that failed mid-transaction must not spoil the next one.
        if (m_db && m_db->transactionState() != TransactionState::Idle)
            m_db->execute(u"ROLLBACK"_s, {});
        if (m_db)
            m_db->clearCancel();
    }

    void roundTripsTypesThroughCasts_data() { addTypeRows(); }
    void roundTripsTypesThroughCasts()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, type);
        QFETCH(QVariant, expected);
        const Result result = m_db->execute(u"SELECT $1::"_s + type, {value});
        QCOMPARE(result.rowCount(), 1);
        COMPARE_VALUE(result.value(0, 0), expected);
    }

    void roundTripsTypesThroughTable_data() { addTypeRows(); }
    void roundTripsTypesThroughTable()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, type);
        QFETCH(QVariant, expected);
        m_db->execute(u"DROP TABLE IF EXISTS pg_types_rt; CREATE TEMP TABLE pg_types_rt"
                      "(n int PRIMARY KEY, v "_s +
                          type + u")"_s,
                      {});
        QCOMPARE(m_db->execute(u"INSERT INTO pg_types_rt VALUES (1, $1)"_s, {value}).rowsAffected(),
                 1);
        QCOMPARE(m_db->copyIn(u"pg_types_rt"_s, {u"n"_s, u"v"_s}, {{2, value}}), 1);
        QCOMPARE(m_db->executeMany(u"INSERT INTO pg_types_rt VALUES (:n, :v)"_s,
                                   {QVariantMap{{u"n"_s, 3}, {u"v"_s, value}}}),
                 1);
        const Result result = m_db->execute(u"SELECT v FROM pg_types_rt ORDER BY n"_s, {});
        QCOMPARE(result.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            COMPARE_VALUE(result.value(row, 0), expected);
    }

    void keepsNumericExact()
    {
        const QString digits = u"12345678901234567890.123456789"_s;
        COMPARE_VALUE(scalar(u"SELECT 12345678901234567890.123456789"_s),
                      QVariant::fromValue(Numeric{digits}));
        const QVariant sum =
            scalar(u"SELECT $1::numeric + 1"_s, {QVariant::fromValue(Numeric{digits})});
        QCOMPARE(sum.value<Numeric>().text, u"12345678901234567891.123456789"_s);
        QCOMPARE(sum.toString(), u"12345678901234567891.123456789"_s);
    }

    void decodesServerSpellings()
    {
        const Result r =
            m_db->execute(u"SELECT '2024-01-01 10:00:00.123456'::timestamp, 'infinity'::timestamp,"
                          " '-infinity'::date, '24:00:00'::time, '12:00+02'::timetz, 'NaN'::float4,"
                          " '2024-01-01 12:00:00+05:30'::timestamptz, 1::oid"_s,
                          {});
        // microseconds do not fit a QDateTime: the server's text, not a value cut short
        COMPARE_VALUE(r.value(0, 0), QVariant(u"2024-01-01 10:00:00.123456"_s));
        COMPARE_VALUE(r.value(0, 1), QVariant(u"infinity"_s));
        COMPARE_VALUE(r.value(0, 2), QVariant(u"-infinity"_s));
        COMPARE_VALUE(r.value(0, 3), QVariant(u"24:00:00"_s));
        COMPARE_VALUE(r.value(0, 4), QVariant(u"12:00:00+02"_s));
        QVERIFY(std::isnan(r.value(0, 5).toDouble()));
        COMPARE_VALUE(r.value(0, 6), QVariant(utc(2024, 1, 1, 6, 30, 0)));
        COMPARE_VALUE(r.value(0, 7), QVariant(qlonglong(1)));
    }

    void returnsNullAsInvalidVariant()
    {
        const Result result =
            m_db->execute(u"SELECT NULL::int, NULL::text, $1::bytea"_s, {QVariant()});
        for (int i = 0; i < 3; ++i)
            QVERIFY(!result.value(0, i).isValid());
    }

    void describesColumns()
    {
        m_db->execute(u"DROP TABLE IF EXISTS pg_cols; CREATE TEMP TABLE pg_cols (id int PRIMARY"
                      " KEY, \"Name\" varchar(20) NOT NULL, note text, price numeric(10,2),"
                      " at timestamp(3), tags text[])"_s,
                      {});
        const Result result = m_db->execute(
            u"SELECT id, \"Name\", note, price, at, tags, 1 + 1 AS \"sum ü\" FROM pg_cols"_s, {});
        const ResultColumns &columns = result.columns();
        QCOMPARE(columns.size(), 7);
        const QStringList names{u"id"_s, u"Name"_s, u"note"_s, u"price"_s,
                                u"at"_s, u"tags"_s, u"sum ü"_s};
        const QStringList types{u"int4"_s,         u"varchar(20)"_s, u"text"_s, u"numeric(10,2)"_s,
                                u"timestamp(3)"_s, u"text[]"_s,      u"int4"_s};
        const QList<int> ids{23, 1043, 25, 1700, 1114, 1009, 23};
        const QList<Nullability> nullable{Nullability::NotNull,  Nullability::NotNull,
                                          Nullability::Nullable, Nullability::Nullable,
                                          Nullability::Nullable, Nullability::Nullable,
                                          Nullability::Unknown};
        for (int i = 0; i < columns.size(); ++i) {
            QCOMPARE(columns[i].name, names[i]);
            QCOMPARE(columns[i].typeName, types[i]);
            QCOMPARE(columns[i].typeId, ids[i]);
            QCOMPARE(columns[i].nullable, nullable[i]);
        }
        // A type created after open() is looked up on first sight.
        m_db->execute(u"DROP TYPE IF EXISTS pg_mood CASCADE; CREATE TYPE pg_mood AS ENUM"
                      " ('ok', 'meh')"_s,
                      {});
        const Result mood = m_db->execute(u"SELECT 'meh'::pg_mood"_s, {});
        QCOMPARE(mood.columns().first().typeName, u"pg_mood"_s);
        COMPARE_VALUE(mood.value(0, 0), QVariant(u"meh"_s));
        m_db->execute(u"DROP TYPE pg_mood"_s, {});
    }

    void bindsDollarAndNamedPlaceholders()
    {
        Result r = m_db->execute(u"SELECT $2::text || $1::text, $1::int + 1"_s, {u"1"_s, u"a"_s});
        COMPARE_VALUE(r.value(0, 0), QVariant(u"a1"_s));
        COMPARE_VALUE(r.value(0, 1), QVariant(qlonglong(2)));
        r = m_db->execute(u"SELECT :b::text || :a::text, :a, substr('abcdef', :n), ':a'"_s,
                          QVariantMap{{u"a"_s, u"x"_s}, {u"b"_s, u"y"_s}, {u"n"_s, 4}});
        COMPARE_VALUE(r.value(0, 0), QVariant(u"yx"_s));
        COMPARE_VALUE(r.value(0, 1), QVariant(u"x"_s));
        COMPARE_VALUE(r.value(0, 2), QVariant(u"def"_s));
        COMPARE_VALUE(r.value(0, 3), QVariant(u":a"_s));
        // Without params the text goes as is: no placeholder rewriting of casts or times.
        COMPARE_VALUE(scalar(u"SELECT '10:30'::time::text"_s), QVariant(u"10:30:00"_s));
    }

    void reportsSyntaxErrorPosition_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Params>("params");
        QTest::newRow("plain") << u"SELECT * FROM WHERE"_s << Params();
        QTest::newRow("non-BMP text") << u"SELECT '\U0001F600\u00e4', * FROM WHERE"_s << Params();
        QTest::newRow("rewritten") << u"SELECT :longer_name::int, * FROM WHERE"_s
                                   << Params(QVariantMap{{u"longer_name"_s, 1}});
        QTest::newRow("second statement") << u"SELECT 1; SELECT * FROM WHERE"_s << Params();
    }
    void reportsSyntaxErrorPosition()
    {
        QFETCH(QString, sql);
        QFETCH(Params, params);
        try {
            m_db->execute(sql, params);
            QFAIL("no error");
        } catch (const SqlError &e) {
            QCOMPARE(e.code(), u"42601"_s);
            QCOMPARE(e.position(), sql.indexOf(u"WHERE"_s));
            QVERIFY(e.message().contains(u"WHERE"_s));
        }
        QCOMPARE(scalar(u"SELECT 1"_s), QVariant(qlonglong(1)));
    }

    void mapsUniqueViolationToIntegrityError()
    {
        m_db->execute(u"DROP TABLE IF EXISTS pg_uniq; CREATE TEMP TABLE pg_uniq (id int PRIMARY"
                      " KEY)"_s,
                      {});
        m_db->execute(u"INSERT INTO pg_uniq VALUES ($1)"_s, {1});
        try {
            m_db->execute(u"INSERT INTO pg_uniq VALUES ($1)"_s, {1});
            QFAIL("no error");
        } catch (const IntegrityError &e) {
            QCOMPARE(e.code(), u"23505"_s);
            QVERIFY(e.message().contains(u"DETAIL: Key (id)=(1) already exists."_s));
        }
        QVERIFY_THROWS_EXCEPTION(IntegrityError,
                                 m_db->execute(u"INSERT INTO pg_uniq VALUES (NULL)"_s, {}));
    }

    void reportsTerminatedConnectionAsConnectionError()
    {
        auto victim = connect();
        const QVariant pid = victim->execute(u"SELECT pg_backend_pid()"_s, {}).value(0, 0);
        QCOMPARE(scalar(u"SELECT pg_terminate_backend($1)"_s, {pid}), QVariant(true));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, victim->execute(u"SELECT 1"_s, {}));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, victim->ping());
        victim->close();
    }

    void cancelsRunningStatement()
    {
        auto driver = connect();
        std::thread canceller([&driver] {
            std::this_thread::sleep_for(300ms);
            driver->cancel();
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(Cancelled, driver->execute(u"SELECT pg_sleep(10)"_s, {}));
        canceller.join();
        QVERIFY2(timer.elapsed() < 1300, QByteArray::number(timer.elapsed()).constData());
        driver->clearCancel();
        QCOMPARE(driver->execute(u"SELECT 1"_s, {}).value(0, 0), QVariant(qlonglong(1)));
        QCOMPARE(driver->transactionState(), TransactionState::Idle);
    }

    void reportsStatementTimeoutAsSqlError()
    {
        auto driver = connect({.statementTimeout = 200ms});
        try {
            driver->execute(u"SELECT pg_sleep(5)"_s, {});
            QFAIL("no error");
        } catch (const Cancelled &) {
            QFAIL("a statement timeout is not a cancel");
        } catch (const SqlError &e) {
            QCOMPARE(e.code(), u"57014"_s);
        }
    }

    void streamsLargeResultInBatches()
    {
        const ResultColumns columns = m_db->openCursor(
            u"SELECT g, 'row ' || g AS label FROM generate_series(1, $1) g"_s, {200'000});
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns[1].name, u"label"_s);
        qsizetype total = 0;
        int batches = 0;
        while (m_db->cursorOpen()) {
            const Result batch = m_db->fetch(10'000);
            QVERIFY(batch.rowCount() <= 10'000);
            for (qsizetype i = 0; i < batch.rowCount(); ++i) {
                ++total;
                if (batch.value(i, 0).toLongLong() != total)
                    QFAIL("rows out of order");
            }
            if (batch.rowCount() > 0)
                COMPARE_VALUE(batch.value(batch.rowCount() - 1, 1),
                              QVariant(u"row "_s + QString::number(total)));
            ++batches;
        }
        QCOMPARE(total, 200'000);
        QVERIFY(batches >= 20);
        QCOMPARE(scalar(u"SELECT 2"_s), QVariant(qlonglong(2)));
    }

    void streamsEmptyResultsAndErrors()
    {
        QCOMPARE(m_db->openCursor(u"SELECT 1 AS x WHERE false"_s, {}).size(), 1);
        QVERIFY(m_db->cursorOpen());
        QCOMPARE(m_db->fetch(10).rowCount(), 0);
        QVERIFY(!m_db->cursorOpen());
        // The error comes mid-stream, after some rows.
        m_db->openCursor(u"SELECT 1 / (5000 - g) FROM generate_series(1, 10000) g"_s, {});
        QVERIFY_THROWS_EXCEPTION(SqlError, while (m_db->cursorOpen()) m_db->fetch(1000));
        QVERIFY(!m_db->cursorOpen());
        QCOMPARE(scalar(u"SELECT 3"_s), QVariant(qlonglong(3)));
    }

    void closesCursorEarlyAndStaysUsable()
    {
        QElapsedTimer timer;
        timer.start();
        // In the select list the series streams; in FROM it would be materialized first.
        m_db->openCursor(u"SELECT generate_series(1, 100000000) AS g"_s, {});
        QCOMPARE(m_db->fetch(100).rowCount(), 100);
        m_db->closeCursor();
        QVERIFY(!m_db->cursorOpen());
        QVERIFY2(timer.elapsed() < 5000, QByteArray::number(timer.elapsed()).constData());
        QCOMPARE(scalar(u"SELECT 4"_s), QVariant(qlonglong(4)));
        QCOMPARE(m_db->transactionState(), TransactionState::Idle);
        m_db->closeCursor(); // no cursor: a no-op
    }

    void closesCursorInTransactionWithoutAbortingIt()
    {
        m_db->execute(u"BEGIN"_s, {});
        m_db->openCursor(u"SELECT g FROM generate_series(1, 100000) g"_s, {});
        QCOMPARE(m_db->fetch(10).rowCount(), 10);
        m_db->closeCursor();
        QCOMPARE(m_db->transactionState(), TransactionState::Active);
        QCOMPARE(scalar(u"SELECT 5"_s), QVariant(qlonglong(5)));
        m_db->execute(u"COMMIT"_s, {});
    }

    void keepsAtMostMaxRowsButRunsToCompletion()
    {
        Result r = m_db->execute(u"SELECT generate_series(1, 100)"_s, {}, 10);
        QCOMPARE(r.rowCount(), 10);
        QCOMPARE(r.value(9, 0), QVariant(qlonglong(10)));
        m_db->execute(u"DROP TABLE IF EXISTS pg_upd; CREATE TEMP TABLE pg_upd AS SELECT g AS n,"
                      " false AS seen FROM generate_series(1, 1000) g"_s,
                      {});
        r = m_db->execute(u"UPDATE pg_upd SET seen = true RETURNING n"_s, {}, 1);
        QCOMPARE(r.rowCount(), 1);
        QCOMPARE(r.rowsAffected(), 1000);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_upd WHERE seen"_s), QVariant(qlonglong(1000)));
        QCOMPARE(m_db->execute(u"SELECT 1"_s, {}, 0).rowCount(), 0);
    }

    void returnsLastRowSetOfMultipleStatements()
    {
        const Result r = m_db->execute(
            u"DROP TABLE IF EXISTS pg_multi; CREATE TEMP TABLE pg_multi (n int);"
            " INSERT INTO pg_multi VALUES (1), (2); SELECT n FROM pg_multi ORDER BY n;"_s,
            {});
        QCOMPARE(r.rowCount(), 2);
        QCOMPARE(r.value(1, 0), QVariant(qlonglong(2)));
        const Result update = m_db->execute(u"UPDATE pg_multi SET n = n + 1"_s, {});
        QCOMPARE(update.columnCount(), 0);
        QCOMPARE(update.rowsAffected(), 2);
    }

    void executeManyIsAllOrNothing()
    {
        m_db->execute(u"DROP TABLE IF EXISTS pg_many; CREATE TEMP TABLE pg_many (id bigint"
                      " PRIMARY KEY, label text)"_s,
                      {});
        QList<Params> rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(Params{i == 500 ? 7 : i, u"row %1"_s.arg(i)});
        QVERIFY_THROWS_EXCEPTION(IntegrityError,
                                 m_db->executeMany(u"INSERT INTO pg_many VALUES ($1, $2)"_s, rows));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_many"_s), QVariant(qlonglong(0)));
        QCOMPARE(m_db->transactionState(), TransactionState::Idle);

        rows[500] = Params{5'000'000'000LL, u"wide"_s}; // wider than the first row's int
        QCOMPARE(m_db->executeMany(u"INSERT INTO pg_many VALUES ($1, $2)"_s, rows), 1000);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_many"_s), QVariant(qlonglong(1000)));

        // Inside a transaction the failure leaves it failed, with nothing inserted.
        m_db->execute(u"BEGIN"_s, {});
        QVERIFY_THROWS_EXCEPTION(
            IntegrityError,
            m_db->executeMany(u"INSERT INTO pg_many VALUES (:id, 'x')"_s,
                              {QVariantMap{{u"id"_s, -1}}, QVariantMap{{u"id"_s, 1}}}));
        QCOMPARE(m_db->transactionState(), TransactionState::Failed);
        m_db->execute(u"ROLLBACK"_s, {});
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_many"_s), QVariant(qlonglong(1000)));
        // A row that cannot be bound fails before anything is sent.
        QVERIFY_THROWS_EXCEPTION(
            ConfigurationError,
            m_db->executeMany(u"INSERT INTO pg_many VALUES (:id, 'x')"_s,
                              {QVariantMap{{u"id"_s, -2}}, QVariantMap{{u"other"_s, 1}}}));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_many"_s), QVariant(qlonglong(1000)));
    }

    void executeManyStreamsLargeBatches()
    {
        m_db->execute(u"DROP TABLE IF EXISTS pg_big; CREATE TEMP TABLE pg_big (id int, payload"
                      " text)"_s,
                      {});
        QList<Params> rows;
        const QString payload(2000, u'p');
        for (int i = 0; i < 50'000; ++i)
            rows.append(Params{i, payload});
        // RETURNING makes the server write as much as it reads: no deadlock either way.
        QCOMPARE(m_db->executeMany(u"INSERT INTO pg_big VALUES ($1, $2) RETURNING payload"_s, rows),
                 50'000);
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_big"_s), QVariant(qlonglong(50'000)));
        QCOMPARE(m_db->executeMany(u"UPDATE pg_big SET id = id WHERE id < 10"_s, {Params()}), 10);
    }

    void copyInIsAllOrNothing()
    {
        m_db->execute(u"DROP TABLE IF EXISTS pg_copy; CREATE TEMP TABLE pg_copy (id int PRIMARY"
                      " KEY, \"Label\" text NOT NULL)"_s,
                      {});
        QList<QVariantList> rows;
        for (int i = 0; i < 100'000; ++i)
            rows.append({i, u"label\t%1\\"_s.arg(i)});
        QCOMPARE(m_db->copyIn(u"pg_copy"_s, {u"id"_s, u"Label"_s}, rows), 100'000);
        COMPARE_VALUE(scalar(u"SELECT \"Label\" FROM pg_copy WHERE id = 99999"_s),
                      QVariant(u"label\t99999\\"_s));
        rows = {{100'001, u"a"_s}, {100'002, QVariant()}};
        QVERIFY_THROWS_EXCEPTION(IntegrityError,
                                 m_db->copyIn(u"pg_copy"_s, {u"id"_s, u"Label"_s}, rows));
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_copy"_s), QVariant(qlonglong(100'000)));
        QVERIFY_THROWS_EXCEPTION(SqlError, m_db->copyIn(u"pg_missing"_s, {u"id"_s}, {{1}}));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError,
                                 m_db->copyIn(u"pg_copy"_s, {u"id"_s, u"Label"_s}, {{1}}));
        QCOMPARE(scalar(u"SELECT 6"_s), QVariant(qlonglong(6)));
    }

    void rejectsWrongPasswordWithoutLeakingIt()
    {
        DatabaseUrl url = DatabaseUrl::parse(m_url);
        const QString secret = u"wrong-secret-7d1f"_s;
        url.setPassword(secret);
        PgDriver driver(url, {});
        try {
            driver.open();
            QFAIL("no error");
        } catch (const ConnectionError &e) {
            QVERIFY(!e.message().contains(secret));
            QVERIFY(!QString::fromUtf8(e.what()).contains(secret));
            QVERIFY2(e.message().contains(u"password"_s), qPrintable(e.message()));
        }
        PgDriver unreachable(DatabaseUrl::parse(u"postgresql://u:pw@127.0.0.1:1/db"_s),
                             {.connectTimeout = 1s});
        QVERIFY_THROWS_EXCEPTION(ConnectionError, unreachable.open());
    }

    void appliesSessionOptions()
    {
        auto driver = connect({.statementTimeout = 1234ms,
                               .readOnly = true,
                               .isolationLevel = u"Repeatable  Read"_s});
        const Result r = driver->execute(
            u"SELECT current_setting('TimeZone'), current_setting('statement_timeout'),"
            " current_setting('default_transaction_read_only'),"
            " current_setting('default_transaction_isolation'), current_setting('application_name')"_s,
            {});
        QCOMPARE(r.value(0, 0).toString(), u"UTC"_s);
        QCOMPARE(r.value(0, 1).toString(), u"1234ms"_s);
        QCOMPARE(r.value(0, 2).toString(), u"on"_s);
        QCOMPARE(r.value(0, 3).toString(), u"repeatable read"_s);
        QCOMPARE(r.value(0, 4).toString(), u"Quarry"_s);

        auto named =
            connect({}, m_url + (m_url.contains(u'?') ? u"&"_s : u"?"_s) +
                            u"application_name=quarry%20test&options=-c%20work_mem%3D8MB"_s);
        const Result n = named->execute(
            u"SELECT current_setting('application_name'), current_setting('work_mem')"_s, {});
        QCOMPARE(n.value(0, 0).toString(), u"quarry test"_s);
        QCOMPARE(n.value(0, 1).toString(), u"8MB"_s);
    }

    void forcesStandardConformingStrings()
    {
        // A database (or role) default of off would make backslashes in literals escapes.
        Test::ScratchDatabase scratch(Test::Postgres);
        const QString name = DatabaseUrl::parse(scratch.url()).database();
        m_db->execute(u"ALTER DATABASE \"%1\" SET standard_conforming_strings = off"_s.arg(name),
                      {});
        auto driver = connect({}, scratch.url());
        QCOMPARE(driver->execute(u"SHOW standard_conforming_strings"_s, {}).value(0, 0).toString(),
                 u"on"_s);
        // text from a model file (a comment) written as a literal stays data
        const QString text = u"a\\'; SELECT 1; --\\"_s;
        const QString literal = Dialect::forKind(Dialect::Kind::Postgres).literal(text);
        QCOMPARE(driver->execute(u"SELECT "_s + literal, {}).value(0, 0).toString(), text);
    }

    void triesEachHostOfAList()
    {
        const DatabaseUrl server = DatabaseUrl::parse(m_url);
        if (server.host().isEmpty() || server.host().contains(u',') || server.port() < 0)
            QSKIP("needs a URL with one host and a port");
        // Nothing listens on port 1; libpq moves on to the next host.
        const QString list = u"postgresql://%1:%2@127.0.0.1:1,%3:%4/%5"_s.arg(
            server.user(), server.password(), server.host(), QString::number(server.port()),
            server.database());
        auto driver = connect({}, list);
        QCOMPARE(driver->execute(u"SELECT 7"_s, {}).value(0, 0), QVariant(qlonglong(7)));
    }

    void rejectsUnknownIsolationLevel()
    {
        PgDriver driver(DatabaseUrl::parse(m_url), {.isolationLevel = u"chaotic"_s});
        try {
            driver.open();
            QFAIL("no error");
        } catch (const ConfigurationError &e) {
            QVERIFY(e.message().contains(u"chaotic"_s));
        }
    }

    void tracksTransactionState()
    {
        QCOMPARE(m_db->transactionState(), TransactionState::Idle);
        m_db->execute(u"BEGIN"_s, {});
        QCOMPARE(m_db->transactionState(), TransactionState::Active);
        QVERIFY_THROWS_EXCEPTION(SqlError, m_db->execute(u"SELECT 1/0"_s, {}));
        QCOMPARE(m_db->transactionState(), TransactionState::Failed);
        m_db->execute(u"ROLLBACK"_s, {});
        QCOMPARE(m_db->transactionState(), TransactionState::Idle);
    }

    void quotesIdentifiers()
    {
        QCOMPARE(m_db->quoteIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
        QCOMPARE(m_db->quoteIdentifier(u"select"_s), u"\"select\""_s);
    }

    void closeIsIdempotent()
    {
        auto driver = connect();
        driver->ping();
        driver->close();
        driver->close();
        QVERIFY_THROWS_EXCEPTION(ConnectionError, driver->execute(u"SELECT 1"_s, {}));
        driver->cancel(); // closed: nothing to cancel, must not crash
    }
};

QTEST_GUILESS_MAIN(TestPgDriver)
#include "tst_pgdriver.moc"
