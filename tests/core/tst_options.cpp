// SPDX-License-Identifier: MIT
#include "connection/errors.h"
#include "connection/options.h"

#include <QDate>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Quarry::ConfigurationError;
using Quarry::Options;

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const ConfigurationError &error) {
        return error.message();
    }
    return {};
}

// Each member as a comparable QVariant (durations as milliseconds), keyed by camelCase name.
QVariantMap members(const Options &o)
{
    return {
        {u"poolSize"_s, o.poolSize},
        {u"maxOverflow"_s, o.maxOverflow},
        {u"poolTimeout"_s, qint64(o.poolTimeout.count())},
        {u"poolRecycle"_s, qint64(o.poolRecycle.count())},
        {u"prePing"_s, o.prePing},
        {u"echo"_s, o.echo},
        {u"connectTimeout"_s, qint64(o.connectTimeout.count())},
        {u"statementTimeout"_s, qint64(o.statementTimeout.count())},
        {u"readOnly"_s, o.readOnly},
        {u"isolationLevel"_s, o.isolationLevel},
        {u"busyTimeout"_s, qint64(o.busyTimeout.count())},
        {u"foreignKeys"_s, o.foreignKeys},
    };
}

} // namespace

class TestOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hasDocumentedDefaults();
    void acceptsDesignatedInitializers();
    void emptyMapGivesDefaults();
    void readsEveryKeyInBothSpellings_data();
    void readsEveryKeyInBothSpellings();
    void readsDurations_data();
    void readsDurations();
    void rejectsBadDurations_data();
    void rejectsBadDurations();
    void readsBooleans_data();
    void readsBooleans();
    void rejectsBadBooleans_data();
    void rejectsBadBooleans();
    void readsIntegers_data();
    void readsIntegers();
    void rejectsNonIntegralIntegers_data();
    void rejectsNonIntegralIntegers();
    void normalisesIsolationLevel_data();
    void normalisesIsolationLevel();
    void rejectsUnknownIsolationLevel();
    void namesUnknownKey();
    void suggestsCloseOptionName_data();
    void suggestsCloseOptionName();
    void rejectsBothSpellingsOfOneKey();
    void fromMapValidates();
    void validateRejectsOutOfRange_data();
    void validateRejectsOutOfRange();
    void validateAcceptsBoundaries();
    void toMapUsesCamelCaseAndUnitStrings();
    void roundTripsThroughMap_data();
    void roundTripsThroughMap();
    void readsJsonConfig();
};

void TestOptions::hasDocumentedDefaults()
{
    const Options o;
    QCOMPARE(o.poolSize, 5);
    QCOMPARE(o.maxOverflow, 10);
    QCOMPARE(o.poolTimeout, 30s);
    QCOMPARE(o.poolRecycle, 0ms);
    QCOMPARE(o.prePing, false);
    QCOMPARE(o.echo, false);
    QCOMPARE(o.connectTimeout, 10s);
    QCOMPARE(o.statementTimeout, 0ms);
    QCOMPARE(o.readOnly, false);
    QCOMPARE(o.isolationLevel, QString());
    QCOMPARE(o.busyTimeout, 5s);
    QCOMPARE(o.foreignKeys, true);
    o.validate();
}

void TestOptions::acceptsDesignatedInitializers()
{
    const Options o{.poolSize = 2,
                    .poolTimeout = 250ms,
                    .echo = true,
                    .isolationLevel = u"serializable"_s,
                    .foreignKeys = false};
    QCOMPARE(o.poolSize, 2);
    QCOMPARE(o.maxOverflow, 10);
    QCOMPARE(o.poolTimeout, 250ms);
    QCOMPARE(o.echo, true);
    QCOMPARE(o.foreignKeys, false);
    o.validate(); // any spelling of a level is valid; fromMap normalises it
}

void TestOptions::emptyMapGivesDefaults()
{
    QCOMPARE(members(Options::fromMap({})), members(Options{}));
}

void TestOptions::readsEveryKeyInBothSpellings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QVariant>("expected");

    struct Row {
        const char16_t *camel;
        const char16_t *snake;
        QVariant value;
        QVariant expected;
    };
    const Row rows[] = {
        {u"poolSize", u"pool_size", 7, 7},
        {u"maxOverflow", u"max_overflow", 0, 0},
        {u"poolTimeout", u"pool_timeout", u"2s"_s, qint64(2000)},
        {u"poolRecycle", u"pool_recycle", 3600, qint64(3'600'000)},
        {u"prePing", u"pre_ping", true, true},
        {u"echo", u"echo", u"yes"_s, true},
        {u"connectTimeout", u"connect_timeout", 1.5, qint64(1500)},
        {u"statementTimeout", u"statement_timeout", u"250ms"_s, qint64(250)},
        {u"readOnly", u"read_only", u"on"_s, true},
        {u"isolationLevel", u"isolation_level", u"read committed"_s, u"READ COMMITTED"_s},
        {u"busyTimeout", u"busy_timeout", u"2min"_s, qint64(120'000)},
        {u"foreignKeys", u"foreign_keys", u"off"_s, false},
    };
    for (const Row &row : rows) {
        const QString camel = QString::fromUtf16(row.camel);
        const QString snake = QString::fromUtf16(row.snake);
        QTest::addRow("%s", qPrintable(camel)) << camel << row.value << camel << row.expected;
        if (snake != camel)
            QTest::addRow("%s", qPrintable(snake)) << snake << row.value << camel << row.expected;
    }
}

void TestOptions::readsEveryKeyInBothSpellings()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, member);
    QFETCH(QVariant, expected);

    const QVariantMap got = members(Options::fromMap({{key, value}}));
    QCOMPARE(got.value(member), expected);
    // Nothing else changed.
    QVariantMap others = got;
    QVariantMap defaults = members(Options{});
    others.remove(member);
    defaults.remove(member);
    QCOMPARE(others, defaults);
}

void TestOptions::readsDurations_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<qint64>("milliseconds");

    QTest::newRow("int seconds") << QVariant(30) << qint64(30'000);
    QTest::newRow("int64 seconds") << QVariant(qint64(2)) << qint64(2000);
    QTest::newRow("fractional seconds") << QVariant(0.5) << qint64(500);
    QTest::newRow("tiny fraction rounds") << QVariant(0.0004) << qint64(0);
    QTest::newRow("zero") << QVariant(0) << qint64(0);
    QTest::newRow("numeric string") << QVariant(u"12"_s) << qint64(12'000);
    QTest::newRow("fractional string") << QVariant(u"1.5"_s) << qint64(1500);
    QTest::newRow("milliseconds") << QVariant(u"250ms"_s) << qint64(250);
    QTest::newRow("seconds") << QVariant(u"30s"_s) << qint64(30'000);
    QTest::newRow("fractional seconds unit") << QVariant(u"0.25s"_s) << qint64(250);
    QTest::newRow("minutes") << QVariant(u"2min"_s) << qint64(120'000);
    QTest::newRow("fractional minutes") << QVariant(u"1.5min"_s) << qint64(90'000);
    QTest::newRow("hours") << QVariant(u"1h"_s) << qint64(3'600'000);
    QTest::newRow("space before unit") << QVariant(u" 45 s "_s) << qint64(45'000);
    QTest::newRow("upper-case unit") << QVariant(u"100MS"_s) << qint64(100);
    QTest::newRow("leading dot") << QVariant(u".5s"_s) << qint64(500);
    QTest::newRow("chrono value") << QVariant::fromValue(std::chrono::milliseconds(1234))
                                  << qint64(1234);
    QTest::newRow("byte array") << QVariant(QByteArray("3s")) << qint64(3000);
}

void TestOptions::readsDurations()
{
    QFETCH(QVariant, value);
    QFETCH(qint64, milliseconds);
    QCOMPARE(Options::fromMap({{u"pool_timeout"_s, value}}).poolTimeout.count(), milliseconds);
    QCOMPARE(Options::fromMap({{u"busyTimeout"_s, value}}).busyTimeout.count(), milliseconds);
}

void TestOptions::rejectsBadDurations_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("word") << QVariant(u"soon"_s) << u"\"soon\""_s;
    QTest::newRow("unknown unit") << QVariant(u"30x"_s) << u"\"30x\""_s;
    QTest::newRow("minutes as m") << QVariant(u"2m"_s) << u"\"2m\""_s;
    QTest::newRow("unit only") << QVariant(u"ms"_s) << u"\"ms\""_s;
    QTest::newRow("empty") << QVariant(u""_s) << u"\"\""_s;
    QTest::newRow("two dots") << QVariant(u"1.2.3"_s) << u"\"1.2.3\""_s;
    QTest::newRow("exponent") << QVariant(u"1e3"_s) << u"\"1e3\""_s;
    QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity()) << u"inf"_s;
    QTest::newRow("nan") << QVariant(std::numeric_limits<double>::quiet_NaN()) << u"nan"_s;
    QTest::newRow("absurdly large") << QVariant(1e300) << u"1e+300"_s;
    QTest::newRow("bool") << QVariant(true) << u"\"true\""_s;
    QTest::newRow("list") << QVariant(QStringList{u"1"_s}) << u"<QStringList>"_s;
    QTest::newRow("null") << QVariant() << u"null"_s;
}

void TestOptions::rejectsBadDurations()
{
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    const QString message = errorOf([&] { Options::fromMap({{u"connect_timeout"_s, value}}); });
    QVERIFY2(message.contains(u"\"connect_timeout\""), qPrintable(message));
    QVERIFY2(message.contains(shown), qPrintable(message));
    QVERIFY2(message.contains(u"250ms"), qPrintable(message)); // says what would do
}

void TestOptions::readsBooleans_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("expected");

    QTest::newRow("true") << QVariant(u"true"_s) << true;
    QTest::newRow("false") << QVariant(u"false"_s) << false;
    QTest::newRow("1") << QVariant(u"1"_s) << true;
    QTest::newRow("0") << QVariant(u"0"_s) << false;
    QTest::newRow("yes") << QVariant(u"yes"_s) << true;
    QTest::newRow("no") << QVariant(u"no"_s) << false;
    QTest::newRow("on") << QVariant(u"on"_s) << true;
    QTest::newRow("off") << QVariant(u"off"_s) << false;
    QTest::newRow("TRUE") << QVariant(u"TRUE"_s) << true;
    QTest::newRow("padded Yes") << QVariant(u" Yes "_s) << true;
    QTest::newRow("bool true") << QVariant(true) << true;
    QTest::newRow("bool false") << QVariant(false) << false;
    QTest::newRow("int 1") << QVariant(1) << true;
    QTest::newRow("int 0") << QVariant(0) << false;
    QTest::newRow("int64 1") << QVariant(qint64(1)) << true;
    QTest::newRow("double 0") << QVariant(0.0) << false;
}

void TestOptions::readsBooleans()
{
    QFETCH(QVariant, value);
    QFETCH(bool, expected);
    QCOMPARE(Options::fromMap({{u"echo"_s, value}}).echo, expected);
    QCOMPARE(Options::fromMap({{u"foreign_keys"_s, value}}).foreignKeys, expected);
}

void TestOptions::rejectsBadBooleans_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("maybe") << QVariant(u"maybe"_s) << u"\"maybe\""_s;
    QTest::newRow("2 as text") << QVariant(u"2"_s) << u"\"2\""_s;
    QTest::newRow("2") << QVariant(2) << u"\"2\""_s;
    QTest::newRow("0.5") << QVariant(0.5) << u"\"0.5\""_s;
    QTest::newRow("empty") << QVariant(u""_s) << u"\"\""_s;
    QTest::newRow("date") << QVariant(QDate(2024, 1, 1)) << u"<QDate>"_s;
    QTest::newRow("null") << QVariant() << u"null"_s;
}

void TestOptions::rejectsBadBooleans()
{
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    const QString message = errorOf([&] { Options::fromMap({{u"readOnly"_s, value}}); });
    QVERIFY2(message.contains(u"\"readOnly\""), qPrintable(message));
    QVERIFY2(message.contains(shown), qPrintable(message));
}

void TestOptions::readsIntegers_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("int") << QVariant(5) << 5;
    QTest::newRow("int64") << QVariant(qint64(3)) << 3;
    QTest::newRow("uint64") << QVariant(quint64(4)) << 4;
    QTest::newRow("integral double") << QVariant(6.0) << 6;
    QTest::newRow("text") << QVariant(u"8"_s) << 8;
    QTest::newRow("padded text") << QVariant(u" 9 "_s) << 9;
}

void TestOptions::readsIntegers()
{
    QFETCH(QVariant, value);
    QFETCH(int, expected);
    QCOMPARE(Options::fromMap({{u"pool_size"_s, value}}).poolSize, expected);
    QCOMPARE(Options::fromMap({{u"maxOverflow"_s, value}}).maxOverflow, expected);
}

void TestOptions::rejectsNonIntegralIntegers_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("fraction as text") << QVariant(u"5.5"_s) << u"\"5.5\""_s;
    QTest::newRow("fraction") << QVariant(5.5) << u"\"5.5\""_s;
    QTest::newRow("word") << QVariant(u"lots"_s) << u"\"lots\""_s;
    QTest::newRow("empty") << QVariant(u""_s) << u"\"\""_s;
    QTest::newRow("hex") << QVariant(u"0x10"_s) << u"\"0x10\""_s;
    QTest::newRow("trailing junk") << QVariant(u"5 connections"_s) << u"\"5 connections\""_s;
    QTest::newRow("too large") << QVariant(qint64(1) << 40) << u"\"1099511627776\""_s;
    QTest::newRow("too large unsigned")
        << QVariant(quint64(1) << 63) << u"\"9223372036854775808\""_s;
    QTest::newRow("bool") << QVariant(true) << u"\"true\""_s;
}

void TestOptions::rejectsNonIntegralIntegers()
{
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    const QString message = errorOf([&] { Options::fromMap({{u"pool_size"_s, value}}); });
    QVERIFY2(message.contains(u"\"pool_size\""), qPrintable(message));
    QVERIFY2(message.contains(shown), qPrintable(message));
    QVERIFY2(message.contains(u"integer"), qPrintable(message));
}

void TestOptions::normalisesIsolationLevel_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("upper") << u"SERIALIZABLE"_s << u"SERIALIZABLE"_s;
    QTest::newRow("lower") << u"read committed"_s << u"READ COMMITTED"_s;
    QTest::newRow("mixed") << u"Repeatable Read"_s << u"REPEATABLE READ"_s;
    QTest::newRow("underscores") << u"repeatable_read"_s << u"REPEATABLE READ"_s;
    QTest::newRow("upper underscores") << u"READ_UNCOMMITTED"_s << u"READ UNCOMMITTED"_s;
    QTest::newRow("hyphen and spaces") << u"  read-uncommitted "_s << u"READ UNCOMMITTED"_s;
    QTest::newRow("extra inner spaces") << u"read    committed"_s << u"READ COMMITTED"_s;
}

void TestOptions::normalisesIsolationLevel()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Options::fromMap({{u"isolation_level"_s, value}}).isolationLevel, expected);
    Options{.isolationLevel = value}.validate();
}

void TestOptions::rejectsUnknownIsolationLevel()
{
    QString message = errorOf([] { Options::fromMap({{u"isolationLevel"_s, u"dirty"_s}}); });
    QVERIFY2(message.contains(u"\"isolationLevel\""), qPrintable(message));
    QVERIFY2(message.contains(u"\"dirty\""), qPrintable(message));
    QVERIFY2(message.contains(u"SERIALIZABLE"), qPrintable(message));

    message = errorOf([] { Options::fromMap({{u"isolation_level"_s, 3}}); });
    QVERIFY2(message.contains(u"\"isolation_level\"") && message.contains(u"\"3\""),
             qPrintable(message));

    message = errorOf([] { Options{.isolationLevel = u"snapshot"_s}.validate(); });
    QVERIFY2(message.contains(u"isolationLevel") && message.contains(u"\"snapshot\""),
             qPrintable(message));
}

void TestOptions::namesUnknownKey()
{
    const QString message = errorOf([] { Options::fromMap({{u"foo"_s, 1}}); });
    QCOMPARE(message, u"unknown option \"foo\""_s);
}

void TestOptions::suggestsCloseOptionName_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("suggested");

    QTest::newRow("wrong case") << u"poolsize"_s << u"poolSize"_s;
    QTest::newRow("typo in snake_case") << u"pool_sise"_s << u"pool_size"_s;
    QTest::newRow("typo in camelCase") << u"conectTimeout"_s << u"connectTimeout"_s;
    QTest::newRow("other library's name") << u"pool_pre_ping"_s << u"pre_ping"_s;
    QTest::newRow("plural") << u"foreign_key"_s << u"foreign_keys"_s;
}

void TestOptions::suggestsCloseOptionName()
{
    QFETCH(QString, key);
    QFETCH(QString, suggested);
    const QString message = errorOf([&] { Options::fromMap({{key, 1}}); });
    QVERIFY2(message.startsWith(u"unknown option \"" + key + u'"'), qPrintable(message));
    QVERIFY2(message.contains(u"did you mean \"" + suggested + u"\"?"), qPrintable(message));
}

void TestOptions::rejectsBothSpellingsOfOneKey()
{
    const QString message = errorOf([] {
        Options::fromMap({{u"poolSize"_s, 1}, {u"pool_size"_s, 2}});
    });
    QVERIFY2(message.contains(u"\"poolSize\"") && message.contains(u"\"pool_size\"") &&
                 message.contains(u"twice"),
             qPrintable(message));
}

void TestOptions::fromMapValidates()
{
    QString message = errorOf([] { Options::fromMap({{u"pool_size"_s, 0}}); });
    QVERIFY2(message.contains(u"poolSize") && message.contains(u"at least 1"), qPrintable(message));
    message = errorOf([] { Options::fromMap({{u"busy_timeout"_s, u"-5s"_s}}); });
    QVERIFY2(message.contains(u"busyTimeout") && message.contains(u"-5s"), qPrintable(message));
}

void TestOptions::validateRejectsOutOfRange_data()
{
    QTest::addColumn<QVariantMap>("map");
    QTest::addColumn<QString>("named");

    QTest::newRow("poolSize 0") << QVariantMap{{u"poolSize"_s, 0}} << u"poolSize"_s;
    QTest::newRow("poolSize negative") << QVariantMap{{u"poolSize"_s, -3}} << u"poolSize"_s;
    QTest::newRow("maxOverflow negative")
        << QVariantMap{{u"maxOverflow"_s, -1}} << u"maxOverflow"_s;
    QTest::newRow("poolTimeout negative")
        << QVariantMap{{u"poolTimeout"_s, u"-1ms"_s}} << u"poolTimeout"_s;
    QTest::newRow("connectTimeout negative")
        << QVariantMap{{u"connectTimeout"_s, -1}} << u"connectTimeout"_s;
    QTest::newRow("statementTimeout negative")
        << QVariantMap{{u"statementTimeout"_s, -0.5}} << u"statementTimeout"_s;
    QTest::newRow("busyTimeout negative")
        << QVariantMap{{u"busyTimeout"_s, u"-2min"_s}} << u"busyTimeout"_s;
}

void TestOptions::validateRejectsOutOfRange()
{
    QFETCH(QVariantMap, map);
    QFETCH(QString, named);

    // Set the bad value directly, so that validate() itself is what rejects it.
    Options o;
    const QString key = map.firstKey();
    const int number = map.first().toInt();
    if (key == u"poolSize")
        o.poolSize = number;
    else if (key == u"maxOverflow")
        o.maxOverflow = number;
    else if (key == u"poolTimeout")
        o.poolTimeout = -1ms;
    else if (key == u"connectTimeout")
        o.connectTimeout = -1000ms;
    else if (key == u"statementTimeout")
        o.statementTimeout = -500ms;
    else if (key == u"busyTimeout")
        o.busyTimeout = -120'000ms;
    QString message = errorOf([&] { o.validate(); });
    QVERIFY2(message.contains(u'"' + named + u'"'), qPrintable(message));

    // fromMap reaches the same verdict.
    message = errorOf([&] { Options::fromMap(map); });
    QVERIFY2(message.contains(u'"' + named + u'"'), qPrintable(message));
}

void TestOptions::validateAcceptsBoundaries()
{
    const Options o{.poolSize = 1,
                    .maxOverflow = 0,
                    .poolTimeout = 0ms,
                    .poolRecycle = -1ms, // "never"
                    .connectTimeout = 0ms,
                    .statementTimeout = 0ms,
                    .busyTimeout = 0ms};
    o.validate();
    QCOMPARE(Options::fromMap({{u"pool_recycle"_s, -1}}).poolRecycle, -1s);
}

void TestOptions::toMapUsesCamelCaseAndUnitStrings()
{
    const Options o{.poolSize = 3,
                    .poolTimeout = 250ms,
                    .poolRecycle = 2h,
                    .connectTimeout = 90s,
                    .statementTimeout = 3min,
                    .isolationLevel = u"SERIALIZABLE"_s};
    const QVariantMap map = o.toMap();
    QCOMPARE(map.size(), 12);
    QCOMPARE(map.value(u"poolSize"_s), QVariant(3));
    QCOMPARE(map.value(u"maxOverflow"_s), QVariant(10));
    QCOMPARE(map.value(u"poolTimeout"_s), QVariant(u"250ms"_s));
    QCOMPARE(map.value(u"poolRecycle"_s), QVariant(u"2h"_s));
    QCOMPARE(map.value(u"connectTimeout"_s), QVariant(u"90s"_s));
    QCOMPARE(map.value(u"statementTimeout"_s), QVariant(u"3min"_s));
    QCOMPARE(map.value(u"busyTimeout"_s), QVariant(u"5s"_s));
    QCOMPARE(map.value(u"prePing"_s), QVariant(false));
    QCOMPARE(map.value(u"foreignKeys"_s), QVariant(true));
    QCOMPARE(map.value(u"isolationLevel"_s), QVariant(u"SERIALIZABLE"_s));
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        QVERIFY2(!it.key().contains(u'_'), qPrintable(it.key()));
}

void TestOptions::roundTripsThroughMap_data()
{
    QTest::addColumn<QVariantMap>("map");

    QTest::newRow("defaults") << QVariantMap{};
    QTest::newRow("everything") << QVariantMap{
        {u"pool_size"_s, 1},        {u"max_overflow"_s, 0},
        {u"pool_timeout"_s, 0.001}, {u"pool_recycle"_s, u"-1s"_s},
        {u"pre_ping"_s, true},      {u"echo"_s, u"on"_s},
        {u"connect_timeout"_s, 61}, {u"statement_timeout"_s, u"1.5h"_s},
        {u"read_only"_s, 1},        {u"isolation_level"_s, u"repeatable_read"_s},
        {u"busy_timeout"_s, 0},     {u"foreign_keys"_s, u"no"_s},
    };
    QTest::newRow("odd milliseconds")
        << QVariantMap{{u"busyTimeout"_s, u"1001ms"_s}, {u"poolTimeout"_s, u"61min"_s}};
}

void TestOptions::roundTripsThroughMap()
{
    QFETCH(QVariantMap, map);
    const Options o = Options::fromMap(map);
    QCOMPARE(members(Options::fromMap(o.toMap())), members(o));
}

void TestOptions::readsJsonConfig()
{
    // Config files arrive as JSON: numbers are doubles or 64-bit integers.
    const QByteArray json = R"({"pool_size": 4, "pool_timeout": 2.5, "echo": true,
                                "busy_timeout": "100ms", "isolation_level": "serializable"})";
    const Options o = Options::fromMap(QJsonDocument::fromJson(json).toVariant().toMap());
    QCOMPARE(o.poolSize, 4);
    QCOMPARE(o.poolTimeout, 2500ms);
    QCOMPARE(o.echo, true);
    QCOMPARE(o.busyTimeout, 100ms);
    QCOMPARE(o.isolationLevel, u"SERIALIZABLE"_s);
}

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
