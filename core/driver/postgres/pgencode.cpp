// SPDX-License-Identifier: MIT
#include "driver/postgres/pgtypes.h"

#include "connection/numeric.h"
#include "connection/rawtext.h"
#include "driver/valuetext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

namespace Quarry::PgTypes {

namespace {

template<typename T> const T &stored(const QVariant &value)
{
    return *static_cast<const T *>(value.constData());
}

// QByteArray::append(const char *, n) goes through the general insert(); this is the hot path.
void appendRaw(QByteArray &out, const char *data, qsizetype size)
{
    const qsizetype start = out.size();
    out.resize(start + size);
    std::memcpy(out.data() + start, data, size_t(size));
}

template<typename Int> void appendInt(QByteArray &out, Int value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    appendRaw(out, buffer, result.ptr - buffer);
}

template<typename Float> void appendFloat(QByteArray &out, Float value)
{
    if (std::isnan(value)) {
        out += "NaN";
    } else if (std::isinf(value)) {
        out += value > 0 ? "Infinity" : "-Infinity";
    } else {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        appendRaw(out, buffer, result.ptr - buffer);
    }
}

// Typed as PostgreSQL types an integer literal: int4 when it fits, else int8. An int8 parameter
// would not match functions taking int4 (substr, pg_terminate_backend …): no implicit downcast.
Oid appendInteger(QByteArray &out, qint64 value)
{
    appendInt(out, value);
    const bool fitsInt4 =
        value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max();
    return fitsInt4 ? Int4Oid : Int8Oid;
}

// Dates and times are formatted into a stack buffer by these and appended in one go.
char *putPadded(char *p, int value, int width)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n < width)
        digits[n++] = '0';
    while (n)
        *p++ = digits[--n];
    return p;
}

// Sets \a bc for dates before year 1; " BC" then goes after the whole value.
char *putDate(char *p, QDate date, bool &bc)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day); // one calendar computation, not three
    bc = year < 0;
    p = putPadded(p, bc ? -year : year, 4);
    *p++ = '-';
    p = putPadded(p, month, 2);
    *p++ = '-';
    return putPadded(p, day, 2);
}

char *putTime(char *p, QTime time)
{
    p = putPadded(p, time.hour(), 2);
    *p++ = ':';
    p = putPadded(p, time.minute(), 2);
    *p++ = ':';
    p = putPadded(p, time.second(), 2);
    if (const int msec = time.msec()) {
        *p++ = '.';
        p = putPadded(p, msec, 3);
    }
    return p;
}

char *putText(char *p, std::string_view text)
{
    return std::copy(text.begin(), text.end(), p);
}

// One pass from UTF-16 to UTF-8 with the COPY escapes folded in, so strings need no temporary.
void appendUtf8(QByteArray &out, QStringView text, TextEscape escape)
{
    const qsizetype start = out.size();
    // Worst case: three bytes per UTF-16 unit (a surrogate pair needs four for two units).
    out.resize(start + text.size() * 3);
    char *p = out.data() + start;
    const char16_t *u = text.utf16();
    const char16_t *end = u + text.size();
    while (u != end) {
        char32_t c = *u++;
        if (c < 0x80) {
            if (escape == TextEscape::Copy && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
                *p++ = '\\';
                c = c == '\t' ? U't' : c == '\n' ? U'n' : c == '\r' ? U'r' : c;
            }
            *p++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isHighSurrogate(c) && u != end && QChar::isLowSurrogate(*u)) {
            c = QChar::surrogateToUcs4(char16_t(c), *u++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isSurrogate(c))
            c = 0xfffd; // a lone surrogate is not valid UTF-8
        *p++ = char(0xe0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
        *p++ = char(0x80 | (c & 0x3f));
    }
    out.resize(p - out.constData());
}

// Appends bytes that are already text, adding the COPY escapes.
void appendEscaped(QByteArray &out, const QByteArray &text, TextEscape escape)
{
    if (escape == TextEscape::None) {
        out += text;
        return;
    }
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendHex(QByteArray &out, const QByteArray &bytes, TextEscape escape)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += escape == TextEscape::Copy ? "\\\\x" : "\\x";
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 2);
    char *p = out.data() + start;
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *p++ = hex[b >> 4];
        *p++ = hex[b & 0xf];
    }
}

QByteArray jsonText(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QJsonDocument: {
        const auto &doc = stored<QJsonDocument>(value);
        return doc.isNull() ? QByteArray("null") : doc.toJson(QJsonDocument::Compact);
    }
    case QMetaType::QJsonObject:
        return QJsonDocument(stored<QJsonObject>(value)).toJson(QJsonDocument::Compact);
    case QMetaType::QJsonArray:
        return QJsonDocument(stored<QJsonArray>(value)).toJson(QJsonDocument::Compact);
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QJsonDocument(QJsonObject::fromVariantMap(value.toMap()))
            .toJson(QJsonDocument::Compact);
    default:
        return ValueText::formatJson(value.toJsonValue());
    }
}

void appendArrayElement(QByteArray &out, const QVariant &value);

// A PostgreSQL array literal: {"a","b",NULL,{"nested"}}; elements quoted, so the server casts
// them to whatever element type the context needs.
template<typename List> void appendArray(QByteArray &out, const List &list)
{
    out += '{';
    bool first = true;
    for (const auto &element : list) {
        if (!first)
            out += ',';
        first = false;
        appendArrayElement(out, QVariant(element));
    }
    out += '}';
}

void appendArrayElement(QByteArray &out, const QVariant &value)
{
    if (isNullValue(value)) {
        out += "NULL";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QVariantList:
        appendArray(out, stored<QVariantList>(value));
        return;
    case QMetaType::QStringList:
        appendArray(out, stored<QStringList>(value));
        return;
    default:
        break;
    }
    QByteArray text;
    appendText(text, value, TextEscape::None);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace

bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return !stored<QDate>(value).isValid();
    case QMetaType::QTime:
        return !stored<QTime>(value).isValid();
    case QMetaType::QDateTime:
        return !stored<QDateTime>(value).isValid();
    case QMetaType::QJsonValue:
        return stored<QJsonValue>(value).isUndefined();
    default:
        return false;
    }
}

Oid appendText(QByteArray &out, const QVariant &value, TextEscape escape)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out += stored<bool>(value) ? 't' : 'f';
        return BoolOid;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
        appendInt(out, value.toInt());
        return Int4Oid;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return appendInteger(out, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong n = value.toULongLong();
        if (n <= qulonglong(std::numeric_limits<qint64>::max()))
            return appendInteger(out, qint64(n));
        appendInt(out, n);
        return NumericOid; // beyond int8 only numeric holds it
    }
    case QMetaType::Double:
        appendFloat(out, stored<double>(value));
        return Float8Oid;
    case QMetaType::Float:
        // Shortest float text, so 1.1f is sent as 1.1 and not 1.100000023841858.
        appendFloat(out, stored<float>(value));
        return Float8Oid;
    case QMetaType::QString:
        appendUtf8(out, stored<QString>(value), escape);
        return 0;
    case QMetaType::QChar: {
        const QChar c = stored<QChar>(value);
        appendUtf8(out, QStringView(&c, 1), escape);
        return 0;
    }
    case QMetaType::QByteArray:
        appendHex(out, stored<QByteArray>(value), escape);
        return ByteaOid;
    case QMetaType::QDate: {
        char text[32];
        bool bc = false;
        char *p = putDate(text, stored<QDate>(value), bc);
        if (bc)
            p = putText(p, " BC");
        appendRaw(out, text, p - text);
        return DateOid;
    }
    case QMetaType::QTime: {
        char text[16];
        appendRaw(out, text, putTime(text, stored<QTime>(value)) - text);
        return TimeOid;
    }
    case QMetaType::QDateTime: {
        const auto &dateTime = stored<QDateTime>(value);
        const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
        char text[48];
        bool bc = false;
        char *p = putDate(text, utc.date(), bc);
        *p++ = ' ';
        p = putTime(p, utc.time());
        p = putText(p, bc ? "+00 BC" : "+00");
        appendRaw(out, text, p - text);
        return TimestampTzOid;
    }
    case QMetaType::QUuid:
        out += stored<QUuid>(value).toByteArray(QUuid::WithoutBraces);
        return UuidOid;
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonDocument:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        appendEscaped(out, jsonText(value), escape);
        return 0;
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QByteArray literal;
        appendArrayElement(literal, value);
        appendEscaped(out, literal, escape);
        return 0;
    }
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Numeric>()) {
        out += stored<Numeric>(value).text.toLatin1();
        return NumericOid;
    }
    if (value.metaType() == QMetaType::fromType<RawText>()) {
        appendEscaped(out, stored<RawText>(value).bytes, escape); // the server judges the bytes
        return 0;
    }
    appendUtf8(out, value.toString(), escape);
    return 0;
}

void appendCopyField(QByteArray &out, const QVariant &value)
{
    if (isNullValue(value))
        out += "\\N";
    else
        appendText(out, value, TextEscape::Copy);
}

void ParamEncoder::encode(const QVariantList &values)
{
    const size_t n = size_t(values.size());
    m_buffer.resize(0);
    m_binary.resize(0);
    m_types.assign(n, 0);
    m_offsets.assign(n, -1);
    m_values.assign(n, nullptr);
    m_lengths.assign(n, 0);
    m_formats.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const QVariant &value = values[qsizetype(i)];
        if (isNullValue(value))
            continue;
        if (value.metaType().id() == QMetaType::QByteArray) {
            // Binary format spares the hex round trip; the list keeps the bytes alive.
            m_binary.append(stored<QByteArray>(value));
            m_types[i] = ByteaOid;
            m_formats[i] = 1;
            m_lengths[i] = int(m_binary.last().size());
            m_values[i] = m_binary.last().constData();
            continue;
        }
        m_offsets[i] = m_buffer.size();
        m_types[i] = appendText(m_buffer, value, TextEscape::None);
        m_lengths[i] = int(m_buffer.size() - m_offsets[i]);
        m_buffer += '\0';
    }
    // Pointers only now: the buffer may have moved while it grew.
    for (size_t i = 0; i < n; ++i) {
        if (m_offsets[i] >= 0)
            m_values[i] = m_buffer.constData() + m_offsets[i];
    }
}

} // namespace Quarry::PgTypes
