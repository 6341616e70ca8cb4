// SPDX-License-Identifier: MIT
#include "driver/postgres/pgtypes.h"

#include "connection/numeric.h"
#include "driver/valuetext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Quarry::PgTypes {

namespace {

QVariant decodeText(const char *data, int length)
{
    return ValueText::decodeText(QByteArrayView(data, length));
}

// Kept as text when PostgreSQL prints something we cannot represent (infinity, 24:00:00,
// microseconds, years past 9999 or BC …), so it prints and binds back as the server holds it.
QVariant asLatin1(const char *data, int length)
{
    return QString::fromLatin1(data, length);
}

QVariant decodeInt(const char *data, int length)
{
    qlonglong value = 0;
    const auto [end, error] = std::from_chars(data, data + length, value);
    if (error != std::errc() || end != data + length)
        return asLatin1(data, length);
    return QVariant(value);
}

QVariant decodeFloat(const char *data, int length)
{
    // from_chars spells the specials differently; PostgreSQL prints exactly these three.
    const std::string_view text(data, size_t(length));
    if (text == "NaN")
        return QVariant(std::numeric_limits<double>::quiet_NaN());
    if (text == "Infinity")
        return QVariant(std::numeric_limits<double>::infinity());
    if (text == "-Infinity")
        return QVariant(-std::numeric_limits<double>::infinity());
    double value = 0;
    const auto [end, error] = std::from_chars(data, data + length, value);
    if (error != std::errc() || end != data + length)
        return asLatin1(data, length);
    return QVariant(value);
}

QVariant decodeNumeric(const char *data, int length)
{
    return QVariant::fromValue(Numeric{QString::fromLatin1(data, length)});
}

QVariant decodeBool(const char *data, int length)
{
    return QVariant(length > 0 && data[0] == 't');
}

QVariant decodeBytea(const char *data, int length)
{
    if (length >= 2 && data[0] == '\\' && data[1] == 'x')
        return QByteArray::fromHex(QByteArray::fromRawData(data + 2, length - 2));
    // bytea_output = escape; the server's default is hex.
    const QByteArray text(data, length);
    size_t size = 0;
    unsigned char *raw =
        PQunescapeBytea(reinterpret_cast<const unsigned char *>(text.constData()), &size);
    if (!raw)
        return asLatin1(data, length);
    QByteArray bytes(reinterpret_cast<const char *>(raw), qsizetype(size));
    PQfreemem(raw);
    return bytes;
}

// Fixed-width digit run; returns -1 unless all \a count characters are digits.
int digits(const char *&p, const char *end, int count)
{
    if (end - p < count)
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    p += count;
    return value;
}

bool expect(const char *&p, const char *end, char c)
{
    if (p == end || *p != c)
        return false;
    ++p;
    return true;
}

// "YYYY-MM-DD" (four or more year digits); \a bc flips the year into Qt's numbering, where
// 1 BC is year -1 just as in PostgreSQL.
QDate parseDate(const char *&p, const char *end, bool bc)
{
    int year = 0;
    int yearDigits = 0;
    while (p != end && *p >= '0' && *p <= '9' && yearDigits < 9) {
        year = year * 10 + (*p++ - '0');
        ++yearDigits;
    }
    if (yearDigits < 4 || !expect(p, end, '-'))
        return {};
    const int month = digits(p, end, 2);
    if (month < 0 || !expect(p, end, '-'))
        return {};
    const int day = digits(p, end, 2);
    if (day < 0)
        return {};
    return QDate(bc ? -year : year, month, day);
}

// "HH:MM:SS[.ffffff]"; Qt keeps milliseconds: more digits (PostgreSQL prints no trailing
// zeros) leave \a exact false.
QTime parseTime(const char *&p, const char *end, bool &exact)
{
    const int hour = digits(p, end, 2);
    if (hour < 0 || !expect(p, end, ':'))
        return {};
    const int minute = digits(p, end, 2);
    if (minute < 0 || !expect(p, end, ':'))
        return {};
    const int second = digits(p, end, 2);
    if (second < 0)
        return {};
    int msec = 0;
    if (p != end && *p == '.') {
        ++p;
        int scale = 100;
        const char *start = p;
        while (p != end && *p >= '0' && *p <= '9') {
            msec += (*p - '0') * scale;
            scale /= 10;
            ++p;
        }
        if (p == start)
            return {};
        exact = p - start <= 3;
    }
    return QTime(hour, minute, second, msec);
}

// Years Qt's date text covers (0–9999, and PostgreSQL has no year 0): outside them a QDate
// would print as nothing, so such values stay text.
bool inQtRange(QDate date)
{
    return date.year() >= 1 && date.year() <= 9999;
}

// Strips a trailing " BC" era marker.
bool stripEra(const char *data, const char *&end)
{
    if (end - data > 3 && std::memcmp(end - 3, " BC", 3) == 0) {
        end -= 3;
        return true;
    }
    return false;
}

QVariant decodeDate(const char *data, int length)
{
    const char *p = data;
    const char *end = data + length;
    const bool bc = stripEra(data, end);
    const QDate date = parseDate(p, end, bc);
    if (!date.isValid() || p != end || !inQtRange(date))
        return asLatin1(data, length);
    return date;
}

QVariant decodeTime(const char *data, int length)
{
    const char *p = data;
    const char *end = data + length;
    bool exact = true;
    const QTime time = parseTime(p, end, exact);
    if (!time.isValid() || p != end || !exact)
        return asLatin1(data, length);
    return time;
}

// "YYYY-MM-DD HH:MM:SS[.ffffff][±HH[:MM[:SS]]][ BC]"; a zone-less value is read as UTC.
QVariant decodeTimestamp(const char *data, int length)
{
    const char *p = data;
    const char *end = data + length;
    const bool bc = stripEra(data, end);
    const QDate date = parseDate(p, end, bc);
    QTime time;
    bool exact = true;
    if (date.isValid() && inQtRange(date) && expect(p, end, ' '))
        time = parseTime(p, end, exact);
    int offset = 0;
    bool ok = time.isValid() && exact;
    if (ok && p != end && (*p == '+' || *p == '-')) {
        const int sign = *p++ == '-' ? -1 : 1;
        const int hours = digits(p, end, 2);
        int minutes = 0;
        int seconds = 0;
        if (p != end && *p == ':') {
            ++p;
            minutes = digits(p, end, 2);
        }
        if (p != end && *p == ':') {
            ++p;
            seconds = digits(p, end, 2);
        }
        ok = hours >= 0 && minutes >= 0 && seconds >= 0;
        offset = sign * (hours * 3600 + minutes * 60 + seconds);
    }
    if (ok && p == end) {
        QDateTime dateTime(date, time, Qt::UTC);
        if (offset)
            dateTime = dateTime.addSecs(-offset);
        if (inQtRange(dateTime.date()))
            return dateTime;
    }
    return asLatin1(data, length);
}

QVariant decodeUuid(const char *data, int length)
{
    const QUuid uuid = QUuid::fromString(QLatin1StringView(data, length));
    return uuid.isNull() && length != 36 ? asLatin1(data, length) : QVariant(uuid);
}

QVariant decodeJson(const char *data, int length)
{
    const QJsonValue json = ValueText::parseJson(QByteArrayView(data, length));
    return json.isUndefined() ? decodeText(data, length) : QVariant(json);
}

} // namespace

Decoder decoderFor(Oid type)
{
    switch (type) {
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return decodeInt;
    case Float4Oid:
    case Float8Oid:
        return decodeFloat;
    case NumericOid:
        return decodeNumeric;
    case BoolOid:
        return decodeBool;
    case ByteaOid:
        return decodeBytea;
    case DateOid:
        return decodeDate;
    case TimeOid:
        return decodeTime;
    case TimestampOid:
    case TimestampTzOid:
        return decodeTimestamp;
    case UuidOid:
        return decodeUuid;
    case JsonOid:
    case JsonbOid:
        return decodeJson;
    default:
        return decodeText;
    }
}

QVariant decodeBinary(const char *data, int length)
{
    return QByteArray(data, length);
}

QString typeNameWithModifier(Oid type, const QString &baseName, int typmod)
{
    if (typmod < 0)
        return baseName;
    switch (type) {
    case VarcharOid:
    case BpcharOid:
        // The modifier includes the 4-byte varlena header.
        return typmod >= 4 ? baseName + u'(' + QString::number(typmod - 4) + u')' : baseName;
    case NumericOid: {
        if (typmod < 4)
            return baseName;
        const int packed = typmod - 4;
        const int precision = (packed >> 16) & 0xffff;
        // An 11-bit signed scale since PostgreSQL 15.
        const int scale = ((packed & 0x7ff) ^ 1024) - 1024;
        return baseName + u'(' + QString::number(precision) + u',' + QString::number(scale) + u')';
    }
    case TimeOid:
    case TimeTzOid:
    case TimestampOid:
    case TimestampTzOid:
    case BitOid:
    case VarbitOid:
        return baseName + u'(' + QString::number(typmod) + u')';
    default:
        return baseName;
    }
}

} // namespace Quarry::PgTypes
