// SPDX-License-Identifier: MIT
// A result spooled to a temporary file: every value comes back exactly (null and empty apart,
// -0.0, the largest integers, text that is not UTF-8, exact decimals and times), any page is
// read by seeking while the writer goes on, the file is owner-only and goes with the spool, and
// the statement is over once streamTo() resolves.
#include "testsupport.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "connection/rawtext.h"
#include "database/database.h"
#include "io/resultspool.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

/// Exactly the same value: the same type, doubles bit for bit, null strings and blobs apart
/// from empty ones, timestamps with the same zone.
bool same(const QVariant &a, const QVariant &b, QString *why)
{
    *why = u"%1 (%2) vs %3 (%4)"_s.arg(a.toString(), QString::fromLatin1(a.typeName()),
                                       b.toString(), QString::fromLatin1(b.typeName()));
    if (a.isValid() != b.isValid() || a.metaType() != b.metaType())
        return false;
    if (!a.isValid())
        return true;
    switch (a.metaType().id()) {
    case QMetaType::Double: {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case QMetaType::QString:
        return a.toString().isNull() == b.toString().isNull() && a == b;
    case QMetaType::QByteArray:
        return a.toByteArray().isNull() == b.toByteArray().isNull() && a == b;
    case QMetaType::QDateTime:
        return a == b && a.toDateTime().timeSpec() == b.toDateTime().timeSpec() &&
               a.toDateTime().offsetFromUtc() == b.toDateTime().offsetFromUtc();
    default:
        return a == b;
    }
}

QCoro::Task<qint64> spoolInto(Session session, QString sql, std::shared_ptr<ResultSpool> spool)
{
    co_return co_await session.streamTo(std::move(sql), {}, std::move(spool), 100);
}

/// Spools \a sql and checks that every value reads back as all() gives it.
void checkRoundTrip(Database &db, const QString &sql)
{
    const Result expected = await(db.session().all(sql));
    const auto spool = ResultSpool::create();
    QCOMPARE(await(spoolInto(db.session(), sql, spool)), expected.rowCount());
    QVERIFY(spool->isFinished());
    QCOMPARE(spool->columns(), expected.columns());
    const Result actual = spool->read(0, expected.rowCount());
    QCOMPARE(actual.rowCount(), expected.rowCount());
    for (qsizetype row = 0; row < expected.rowCount(); ++row) {
        for (qsizetype column = 0; column < expected.columnCount(); ++column) {
            QString why;
            QVERIFY2(
                same(actual.value(row, column), expected.value(row, column), &why),
                qPrintable(u"row %1, %2: %3"_s.arg(row).arg(expected.columns()[column].name, why)));
        }
    }
}

} // namespace

class TestResultSpool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Values made here, of every type a Result holds and some it might: written and read back
    // without an engine in between.
    void valuesComeBackExactly()
    {
        QVariantList values{
            QVariant(),
            QVariant(QString()),
            QVariant(u""_s),
            QVariant(u"ü 😀 \u0000 x"_s),
            QVariant(QByteArray()),
            QVariant(QByteArray("")),
            QVariant(QByteArray("\x00\xff\x01", 3)),
            QVariant(std::numeric_limits<qlonglong>::max()),
            QVariant(std::numeric_limits<qlonglong>::min()),
            QVariant(42),
            QVariant(std::numeric_limits<qulonglong>::max()),
            QVariant(-0.0),
            QVariant(std::numeric_limits<double>::quiet_NaN()),
            QVariant(-std::numeric_limits<double>::infinity()),
            QVariant(std::numeric_limits<double>::denorm_min()),
            QVariant(true),
            QVariant(false),
            QVariant::fromValue(RawText{QByteArray("a\xff"
                                                   "b")}),
            QVariant::fromValue(Numeric{u"-12345678901234567890.000000000001"_s}),
            QVariant(QDate(2024, 1, 5)),
            QVariant(QDate(-4712, 1, 1)),
            QVariant(QTime(23, 59, 59, 999)),
            QVariant(QDateTime(QDate(2024, 1, 1), QTime(12, 0, 0, 123), Qt::UTC)),
            QVariant(QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200)),
            QVariant(QDateTime(QDate(2024, 7, 1), QTime(9, 30), QTimeZone("Europe/Berlin"))),
            QVariant(QDateTime()),
            QVariant(QUuid(u"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}"_s)),
            QVariant(QJsonValue(QJsonObject{{u"a"_s, QJsonArray{1, 2.5, QJsonValue()}}})),
            QVariant(QJsonValue(u"text"_s)),
            QVariant(QStringList{u"a"_s, u"b"_s}),
        };
        ResultColumns columns;
        for (qsizetype i = 0; i < values.size(); ++i)
            columns.append(ResultColumn{u"c%1"_s.arg(i)});
        const auto spool = ResultSpool::create();
        spool->begin(columns);
        Result batch(columns);
        for (int row = 0; row < 600; ++row) // past two index entries
            batch.values().append(values);
        QVERIFY(spool->write(batch));
        spool->finish();
        QCOMPARE(spool->rowCount(), 600);
        for (const qint64 row : {qint64(0), qint64(255), qint64(256), qint64(599)}) {
            const Result back = spool->read(row, 1);
            QCOMPARE(back.rowCount(), 1);
            for (qsizetype i = 0; i < values.size(); ++i) {
                QString why;
                QVERIFY2(same(back.value(0, i), values[i], &why),
                         qPrintable(u"row %1, value %2: %3"_s.arg(row).arg(i).arg(why)));
            }
        }
    }

    void engineValuesComeBackExactly_data() { addEngineRows(Sqlite | Postgres); }
    void engineValuesComeBackExactly()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        if (e == Postgres) {
            checkRoundTrip(
                db, u"SELECT NULL::text AS n, ''::text AS empty, 'ü😀'::text AS t, "
                    "chr(65279) || 'abc' AS bom, '\\x'::bytea AS noblob, '\\x00ff'::bytea AS blob, "
                    "9223372036854775807::int8 AS big, (-9223372036854775807 - 1)::int8 AS small, "
                    "42::int4 AS i, '-0'::float8 AS negzero, 'NaN'::float8 AS nan, "
                    "'-Infinity'::float8 AS inf, 1.5::float4 AS f4, "
                    "12345678901234567890.123456789::numeric AS num, true AS yes, "
                    "'2024-01-05'::date AS d, '10000-01-01'::date AS far, "
                    "'4713-01-01 BC'::date AS bc, '12:00:00.123456'::time AS tmicro, "
                    "'2024-01-01 12:00:00.123+02'::timestamptz AS tstz, "
                    "'2024-01-01 12:00:00.123456'::timestamp AS ts, "
                    "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, "
                    "'{\"a\": [1, 2.5, null]}'::jsonb AS j, '1 day'::interval AS iv, "
                    "ARRAY[1, 2] AS arr FROM generate_series(1, 3)"_s);
            checkRoundTrip(db, u"SELECT NULL::bytea, NULL::int8, NULL::float8, NULL::numeric, "
                               "NULL::bool, NULL::date, NULL::timestamptz, NULL::uuid, "
                               "NULL::jsonb"_s);
            return;
        }
        Session s = db.session();
        await(s.execute(u"CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n NUMERIC, d DATE, "
                        "dt DATETIME, bo BOOLEAN, j JSON, u UUID)"_s));
        await(s.execute(u"INSERT INTO v VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                        "NULL, NULL)"_s));
        await(s.execute(u"INSERT INTO v VALUES (9223372036854775807, 1.5, '', -0.0, "
                        "'12345678901234567890.12345', '2024-01-05', '2024-01-01 12:00:00.123', 1, "
                        "'{\"a\": [1, 2.5, null]}', x'00112233445566778899aabbccddeeff')"_s));
        await(s.execute(
            u"INSERT INTO v VALUES (-9223372036854775808, 1e308, CAST(x'61ff62' AS TEXT), x'', "
            "'1e400', '2024-1-5', '2024-01-01T12:00:00Z', 0, '[]', 'not a uuid')"_s));
        await(s.execute(u"INSERT INTO v VALUES (0, -1.25, 'ü😀', x'00ff', 7, 'x', "
                        "'2024-01-01 12:00:00.123456', 2, 'not json', NULL)"_s));
        checkRoundTrip(db, u"SELECT * FROM v"_s);
    }

    // Any stretch of rows is read by seeking to the index entry before it.
    void readsAnyPageBySeeking_data() { addEngineRows(Sqlite | Postgres); }
    void readsAnyPageBySeeking()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const int rows = 10'000;
        const QString sql =
            e == Postgres
                ? u"SELECT g AS id, 'row ' || g AS name FROM generate_series(1, %1) g"_s.arg(rows)
                : u"WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c WHERE g < %1) "
                  "SELECT g AS id, 'row ' || g AS name FROM c"_s.arg(rows);
        const auto spool = ResultSpool::create();
        QCOMPARE(await(spoolInto(db.session(), sql, spool)), rows);
        QCOMPARE(spool->rowCount(), rows);
        const QList<QPair<int, int>> ranges{{0, 1},      {255, 2},  {256, 256}, {1000, 700},
                                            {9990, 100}, {9999, 1}, {4321, 0}};
        for (const auto &[first, count] : ranges) {
            const Result page = spool->read(first, count);
            const int expected = std::min(count, rows - first);
            QCOMPARE(page.rowCount(), expected);
            for (int i = 0; i < expected; ++i) {
                QCOMPARE(page.value(i, 0).toLongLong(), first + i + 1);
                QCOMPARE(page.value(i, 1).toString(), u"row %1"_s.arg(first + i + 1));
            }
        }
        QCOMPARE(spool->read(rows, 10).rowCount(), 0);
    }

    // Owner-only, in the temp folder, and gone with the spool.
    void fileIsOwnerOnlyAndRemoved()
    {
        auto spool = ResultSpool::create();
        const QString name = spool->fileName();
        const QFileInfo info(name);
        QVERIFY(info.exists());
        QCOMPARE(info.absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
        QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        spool->begin({ResultColumn{u"x"_s}});
        Result batch(spool->columns());
        batch.values().append(QVariant(u"secret"_s));
        QVERIFY(spool->write(batch));
        spool->finish();
        QVERIFY(QFileInfo(name).size() > 0);
        spool.reset();
        QVERIFY(!QFileInfo::exists(name));
    }

    // Once streamTo() resolves, the statement is over: no transaction, no lock; and a spool
    // that is abandoned stops the statement early.
    void statementIsOverWhenItResolves_data() { addEngineRows(Sqlite | Postgres); }
    void statementIsOverWhenItResolves()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Session s = db.session();
        await(s.execute(u"CREATE TABLE t (id integer)"_s));
        await(s.execute(e == Postgres
                            ? u"INSERT INTO t SELECT generate_series(1, 50000)"_s
                            : u"WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c "
                              "WHERE g < 50000) INSERT INTO t SELECT g FROM c"_s));
        const auto spool = ResultSpool::create();
        QCOMPARE(await(spoolInto(s, u"SELECT id FROM t"_s, spool)), 50'000);
        QVERIFY(!s.inTransaction());
        const auto abandoned = ResultSpool::create();
        abandoned->abandon();
        QVERIFY(await(spoolInto(s, u"SELECT id FROM t"_s, abandoned)) < 50'000);
        QVERIFY(!abandoned->isFinished());
        QVERIFY(!s.inTransaction());
        // Another connection changes the table at once (SQLite: no reader holds the file).
        Options quick;
        quick.busyTimeout = std::chrono::milliseconds(200);
        Database other(scratch.url(), quick);
        Session o = other.session();
        if (e == Postgres) {
            QCOMPARE(await(o.scalar(u"SELECT count(*) FROM pg_locks WHERE relation = "
                                    "'t'::regclass AND pid <> pg_backend_pid()"_s))
                         .toInt(),
                     0);
            await(o.execute(u"SET lock_timeout = '500ms'"_s));
        }
        await(o.execute(u"ALTER TABLE t ADD COLUMN x integer"_s));
        // The session is free for the next statement.
        QCOMPARE(await(s.scalar(u"SELECT count(*) FROM t"_s)).toInt(), 50'000);
    }
};

QTEST_GUILESS_MAIN(TestResultSpool)
#include "tst_resultspool.moc"
