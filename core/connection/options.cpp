// SPDX-License-Identifier: MIT
#include "connection/options.h"

#include "connection/errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

using Milliseconds = std::chrono::milliseconds;
using Member =
    std::variant<int Options::*, bool Options::*, Milliseconds Options::*, QString Options::*>;

struct Field {
    QLatin1StringView camel;
    QLatin1StringView snake;
    Member member;
};

// In declaration order, so that toMap() and messages list them as the header does.
const Field fields[] = {
    {"poolSize"_L1, "pool_size"_L1, &Options::poolSize},
    {"maxOverflow"_L1, "max_overflow"_L1, &Options::maxOverflow},
    {"poolTimeout"_L1, "pool_timeout"_L1, &Options::poolTimeout},
    {"poolRecycle"_L1, "pool_recycle"_L1, &Options::poolRecycle},
    {"prePing"_L1, "pre_ping"_L1, &Options::prePing},
    {"echo"_L1, "echo"_L1, &Options::echo},
    {"connectTimeout"_L1, "connect_timeout"_L1, &Options::connectTimeout},
    {"statementTimeout"_L1, "statement_timeout"_L1, &Options::statementTimeout},
    {"readOnly"_L1, "read_only"_L1, &Options::readOnly},
    {"isolationLevel"_L1, "isolation_level"_L1, &Options::isolationLevel},
    {"busyTimeout"_L1, "busy_timeout"_L1, &Options::busyTimeout},
    {"foreignKeys"_L1, "foreign_keys"_L1, &Options::foreignKeys},
};

// Beyond 2^53 ms a double no longer holds every millisecond; nobody needs 285,000 years.
constexpr double maxDurationMs = 9007199254740992.0;

template<class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

[[noreturn]] void fail(const QString &message)
{
    throw ConfigurationError(message);
}

bool isIntegerType(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isFloatType(int typeId)
{
    return typeId == QMetaType::Double || typeId == QMetaType::Float;
}

bool isTextType(int typeId)
{
    return typeId == QMetaType::QString || typeId == QMetaType::QByteArray;
}

QString describe(const QVariant &value)
{
    const int typeId = value.metaType().id();
    if (!value.isValid() || value.isNull())
        return u"null"_s;
    if (isTextType(typeId) || isIntegerType(typeId) || isFloatType(typeId) ||
        typeId == QMetaType::Bool)
        return u'"' + value.toString() + u'"';
    return u'<' + QString::fromLatin1(value.metaType().name()) + u'>';
}

[[noreturn]] void failValue(const QString &key, const QVariant &value, const QString &expected)
{
    fail(QCoreApplication::translate("Quarry::Options",
                                     "invalid value %1 for option \"%2\": expected %3")
             .arg(describe(value), key, expected));
}

std::optional<bool> toBool(const QVariant &value)
{
    const int typeId = value.metaType().id();
    if (typeId == QMetaType::Bool)
        return value.toBool();
    if (isIntegerType(typeId) || isFloatType(typeId)) {
        const double number = value.toDouble();
        if (number == 0 || number == 1)
            return number == 1;
        return std::nullopt;
    }
    if (isTextType(typeId)) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
            return true;
        if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
            return false;
    }
    return std::nullopt;
}

std::optional<int> toInt(const QVariant &value)
{
    const int typeId = value.metaType().id();
    if (typeId == QMetaType::ULongLong || typeId == QMetaType::ULong) {
        const qulonglong number = value.toULongLong();
        if (number > qulonglong(std::numeric_limits<int>::max()))
            return std::nullopt;
        return int(number);
    }
    if (isIntegerType(typeId)) {
        const qlonglong number = value.toLongLong();
        if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(number);
    }
    if (isFloatType(typeId)) {
        // JSON numbers arrive as doubles; 5.0 is an integer, 5.5 is not.
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::trunc(number) ||
            number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(number);
    }
    if (isTextType(typeId)) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<Milliseconds> fromSeconds(double seconds, double unitMs)
{
    const double ms = seconds * unitMs;
    if (!std::isfinite(ms) || std::abs(ms) > maxDurationMs)
        return std::nullopt;
    return Milliseconds(std::llround(ms));
}

std::optional<Milliseconds> parseDurationText(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    if (end < text.size() && (text[end] == u'-' || text[end] == u'+'))
        ++end;
    qsizetype digits = 0;
    while (end < text.size() && text[end].unicode() >= u'0' && text[end].unicode() <= u'9') {
        ++end;
        ++digits;
    }
    if (end < text.size() && text[end] == u'.') {
        ++end;
        while (end < text.size() && text[end].unicode() >= u'0' && text[end].unicode() <= u'9') {
            ++end;
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    bool ok = false;
    const double number = text.first(end).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QStringView unit = text.sliced(end).trimmed();
    double unitMs = 0;
    if (unit.isEmpty() || unit.compare(u"s", Qt::CaseInsensitive) == 0)
        unitMs = 1000;
    else if (unit.compare(u"ms", Qt::CaseInsensitive) == 0)
        unitMs = 1;
    else if (unit.compare(u"min", Qt::CaseInsensitive) == 0)
        unitMs = 60'000;
    else if (unit.compare(u"h", Qt::CaseInsensitive) == 0)
        unitMs = 3'600'000;
    else
        return std::nullopt;
    return fromSeconds(number, unitMs);
}

std::optional<Milliseconds> toDuration(const QVariant &value)
{
    const int typeId = value.metaType().id();
    if (value.metaType() == QMetaType::fromType<Milliseconds>())
        return value.value<Milliseconds>();
    if (isIntegerType(typeId) || isFloatType(typeId))
        return fromSeconds(value.toDouble(), 1000);
    if (isTextType(typeId))
        return parseDurationText(value.toString());
    return std::nullopt;
}

QString formatDuration(Milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms == 0)
        return u"0s"_s;
    if (ms % 3'600'000 == 0)
        return QString::number(ms / 3'600'000) + u"h";
    if (ms % 60'000 == 0)
        return QString::number(ms / 60'000) + u"min";
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u"s";
    return QString::number(ms) + u"ms";
}

const char *const isolationLevels[] = {"READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ",
                                       "SERIALIZABLE"};

// "repeatable_read", "Read Committed" → the SQL spelling; empty stays empty (engine default).
std::optional<QString> normalizedIsolationLevel(QStringView text)
{
    QString words = text.toString();
    words.replace(u'_', u' ').replace(u'-', u' ');
    words = words.simplified().toUpper();
    if (words.isEmpty())
        return QString();
    for (const char *level : isolationLevels) {
        if (words == QLatin1StringView(level))
            return words;
    }
    return std::nullopt;
}

QString expectedIsolationLevels()
{
    return QCoreApplication::translate("Quarry::Options",
                                       "READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or "
                                       "SERIALIZABLE");
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The closest option name in the spelling the caller seems to use, or empty.
QString suggestion(const QString &key)
{
    const bool snake = key.contains(u'_');
    const QString lower = key.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const Field &field : fields) {
        for (QLatin1StringView name : {field.camel, field.snake}) {
            const QString candidate = QString(name).toLower();
            int distance = editDistance(lower, candidate);
            // "pool_pre_ping" (another library's name) should still find "pre_ping".
            if (std::min(lower.size(), candidate.size()) >= 4 &&
                (lower.contains(candidate) || candidate.contains(lower)))
                distance = std::min(distance, 2);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = snake ? QString(field.snake) : QString(field.camel);
            }
        }
    }
    const int allowed = std::max<int>(2, int(key.size() / 3));
    return bestDistance <= allowed ? best : QString();
}

} // namespace

Options Options::fromMap(const QVariantMap &map)
{
    Options options;
    QString seen[std::size(fields)];
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        qsizetype index = -1;
        for (qsizetype i = 0; i < qsizetype(std::size(fields)); ++i) {
            if (key == fields[i].camel || key == fields[i].snake) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            const QString hint = suggestion(key);
            if (hint.isEmpty())
                fail(QCoreApplication::translate("Quarry::Options", "unknown option \"%1\"")
                         .arg(key));
            fail(QCoreApplication::translate("Quarry::Options",
                                             "unknown option \"%1\"; did you mean \"%2\"?")
                     .arg(key, hint));
        }
        if (!seen[index].isNull())
            fail(QCoreApplication::translate("Quarry::Options",
                                             "option \"%1\" is given twice, as \"%2\" and \"%3\"")
                     .arg(QString(fields[index].camel), seen[index], key));
        seen[index] = key;

        std::visit(
            Overloaded{
                [&](int Options::*member) {
                    const auto number = toInt(value);
                    if (!number)
                        failValue(key, value,
                                  QCoreApplication::translate("Quarry::Options", "an integer"));
                    options.*member = *number;
                },
                [&](bool Options::*member) {
                    const auto flag = toBool(value);
                    if (!flag)
                        failValue(key, value,
                                  QCoreApplication::translate("Quarry::Options",
                                                              "true or false (or 1/0, yes/no, "
                                                              "on/off)"));
                    options.*member = *flag;
                },
                [&](Milliseconds Options::*member) {
                    const auto duration = toDuration(value);
                    if (!duration)
                        failValue(key, value,
                                  QCoreApplication::translate("Quarry::Options",
                                                              "a duration: seconds as a number "
                                                              "(30, 0.5) or text with a unit "
                                                              "(\"250ms\", \"30s\", \"2min\", "
                                                              "\"1h\")"));
                    options.*member = *duration;
                },
                [&](QString Options::*member) {
                    // The only text option is the isolation level.
                    std::optional<QString> level;
                    if (isTextType(value.metaType().id()))
                        level = normalizedIsolationLevel(value.toString());
                    if (!level)
                        failValue(key, value, expectedIsolationLevels());
                    options.*member = *level;
                },
            },
            fields[index].member);
    }
    options.validate();
    return options;
}

QVariantMap Options::toMap() const
{
    QVariantMap map;
    for (const Field &field : fields) {
        std::visit(Overloaded{
                       [&](int Options::*member) { map.insert(field.camel, this->*member); },
                       [&](bool Options::*member) { map.insert(field.camel, this->*member); },
                       [&](Milliseconds Options::*member) {
                           map.insert(field.camel, formatDuration(this->*member));
                       },
                       [&](QString Options::*member) { map.insert(field.camel, this->*member); },
                   },
                   field.member);
    }
    return map;
}

void Options::validate() const
{
    if (poolSize < 1)
        fail(QCoreApplication::translate("Quarry::Options",
                                         "option \"poolSize\" must be at least 1, got %1")
                 .arg(poolSize));
    if (maxOverflow < 0)
        fail(QCoreApplication::translate("Quarry::Options",
                                         "option \"maxOverflow\" must not be negative, got %1")
                 .arg(maxOverflow));
    const std::pair<const char *, Milliseconds> durations[] = {
        {"poolTimeout", poolTimeout},
        {"connectTimeout", connectTimeout},
        {"statementTimeout", statementTimeout},
        {"busyTimeout", busyTimeout},
    };
    for (const auto &[name, duration] : durations) {
        if (duration.count() < 0)
            fail(QCoreApplication::translate("Quarry::Options",
                                             "option \"%1\" must not be negative, got %2")
                     .arg(QLatin1StringView(name), formatDuration(duration)));
    }
    if (!normalizedIsolationLevel(isolationLevel))
        fail(QCoreApplication::translate("Quarry::Options",
                                         "invalid value \"%1\" for option \"isolationLevel\": "
                                         "expected %2")
                 .arg(isolationLevel, expectedIsolationLevels()));
}

} // namespace Quarry
