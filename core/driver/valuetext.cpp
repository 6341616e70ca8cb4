// SPDX-License-Identifier: MIT
#include "driver/valuetext.h"

#include "connection/numeric.h"
#include "connection/rawtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Quarry::ValueText {

namespace {

// The date without its era; \a bc tells whether " BC" belongs after the whole value. Qt's ISO
// form covers years 0–9999 only (and prints nothing else).
QString datePart(QDate date, bool &bc)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    bc = year < 0;
    if (year >= 1 && year <= 9999)
        return date.toString(Qt::ISODate);
    return u"%1-%2-%3"_s.arg(std::abs(year), 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence at \a p, or 0 when it is not one.
int sequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    if (lead < 0x80)
        return 1;
    int length = 0;
    char32_t code = 0;
    char32_t least = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2;
        code = lead & 0x1f;
        least = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3;
        code = lead & 0x0f;
        least = 0x800;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4;
        code = lead & 0x07;
        least = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3f);
    }
    if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return 0;
    return length;
}

// Valid UTF-8 to QString, a leading U+FEFF included.
QString fromUtf8KeepingBom(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    return decoder(utf8);
}

} // namespace

QString formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    bool bc = false;
    QString text = datePart(date, bc);
    return bc ? text + u" BC"_s : text;
}

QString formatTime(QTime time)
{
    return time.msec() ? time.toString(u"HH:mm:ss.zzz"_s) : time.toString(u"HH:mm:ss"_s);
}

QString formatTimestamp(const QDateTime &dateTime, bool withZone)
{
    const QDateTime utc = dateTime.toUTC();
    bool bc = false;
    QString text = datePart(utc.date(), bc) + u' ' + formatTime(utc.time());
    if (withZone)
        text += u"+00"_s;
    if (bc)
        text += u" BC"_s;
    return text;
}

QDate parseDate(QStringView text)
{
    return QDate::fromString(text.left(10).toString(), Qt::ISODate);
}

QTime parseTime(QStringView text)
{
    // Qt reads at most milliseconds; longer fractions are cut, not rounded.
    const qsizetype dot = text.indexOf(u'.');
    if (dot >= 0 && text.size() > dot + 4)
        text = text.left(dot + 4);
    return QTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QDateTime parseTimestamp(QStringView text)
{
    if (text.size() < 16 || (text[10] != u' ' && text[10] != u'T'))
        return {};
    const QDate date = parseDate(text.left(10));
    if (!date.isValid())
        return {};
    QStringView rest = text.mid(11);
    // Split off a zone suffix: Z, +HH, +HH:MM, -HH…
    int offsetSeconds = 0;
    qsizetype zoneAt = -1;
    for (qsizetype i = 5; i < rest.size(); ++i) {
        if (rest[i] == u'Z' || rest[i] == u'+' || rest[i] == u'-') {
            zoneAt = i;
            break;
        }
    }
    if (zoneAt >= 0) {
        QStringView zone = rest.mid(zoneAt);
        rest = rest.left(zoneAt);
        if (zone != u"Z") {
            const int sign = zone[0] == u'-' ? -1 : 1;
            const QString digits = zone.mid(1).toString().remove(u':');
            if (digits.size() < 2)
                return {};
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
            const int seconds = digits.size() >= 6 ? digits.mid(4, 2).toInt() : 0;
            offsetSeconds = sign * (hours * 3600 + minutes * 60 + seconds);
        }
    }
    const QTime time = parseTime(rest);
    if (!time.isValid())
        return {};
    QDateTime result(date, time, QTimeZone::utc());
    return result.addSecs(-offsetSeconds);
}

QVariant exactDate(const QString &text)
{
    const QDate date = parseDate(text);
    return date.isValid() && formatDate(date) == text ? QVariant(date) : QVariant(text);
}

QVariant exactTime(const QString &text)
{
    const QTime time = parseTime(text);
    return time.isValid() && formatTime(time) == text ? QVariant(time) : QVariant(text);
}

QVariant exactTimestamp(const QString &text)
{
    const QDateTime dateTime = parseTimestamp(text);
    return dateTime.isValid() && formatTimestamp(dateTime, false) == text ? QVariant(dateTime)
                                                                          : QVariant(text);
}

QVariant decodeText(QByteArrayView utf8)
{
    QString text = QString::fromUtf8(utf8);
    // fromUtf8 drops a leading BOM and turns invalid bytes into U+FFFD: look closer only then
    if (!utf8.startsWith("\xef\xbb\xbf") && !text.contains(QChar::ReplacementCharacter))
        return text;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    text = decoder(utf8);
    if (decoder.hasError())
        return QVariant::fromValue(RawText{utf8.toByteArray()});
    return text;
}

QString escapedText(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = p + bytes.size();
    const uchar *run = p;
    while (p < end) {
        if (const int length = sequenceLength(p, end)) {
            p += length;
            continue;
        }
        out += fromUtf8KeepingBom(QByteArrayView(run, p - run));
        out += u"\\x%1"_s.arg(uint(*p), 2, 16, QLatin1Char('0'));
        run = ++p;
    }
    out += fromUtf8KeepingBom(QByteArrayView(run, p - run));
    return out;
}

QString formatDouble(double value)
{
    if (value == 0 && std::signbit(value))
        return u"-0"_s;
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendJsonString(QByteArray &out, QStringView text)
{
    // `\u` and four hex digits: control characters; U+FEFF, which JSON readers (Qt's too)
    // drop at a string's start; a lone surrogate, which has no UTF-8.
    const auto escape = [&out](char16_t u) {
        constexpr char hex[] = "0123456789abcdef";
        const char digits[] = {
            '\\',        'u', hex[(u >> 12) & 0xf], hex[(u >> 8) & 0xf], hex[(u >> 4) & 0xf],
            hex[u & 0xf]};
        out.append(digits, sizeof digits);
    };
    // A large text in one allocation: its length (all ASCII) with room for some escapes and
    // wider characters; growing by doubling would hold up to twice the output at once.
    if (text.size() >= 1 << 16)
        out.reserve(out.size() + text.size() + text.size() / 16 + 16);
    out += '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                escape(u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u) || u == 0xfeff) {
            escape(u);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

QByteArray formatJson(const QJsonValue &value)
{
    QByteArray json;
    if (value.isString()) {
        appendJsonString(json, value.toString());
        return json;
    }
    if (value.isObject()) {
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else {
        // QJsonDocument holds only objects and arrays: write a scalar inside one, strip the
        // brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        json = wrapped.mid(1, wrapped.size() - 2);
    }
    // JSON readers (Qt's too) drop a U+FEFF that starts a string; escaped, it stays. Those
    // bytes can only be inside strings here.
    if (json.contains("\xef\xbb\xbf"))
        json.replace("\xef\xbb\xbf", "\\ufeff");
    return json;
}

QJsonValue parseJson(QByteArrayView utf8)
{
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped += '[';
    wrapped += utf8;
    wrapped += ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

QString echoForm(const QVariant &value, int maxChars)
{
    if (!value.isValid() || value.isNull())
        return u"NULL"_s;
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return u"<%1 bytes>"_s.arg(value.toByteArray().size());
    case QMetaType::Double:
        return formatDouble(value.toDouble());
    case QMetaType::QString: {
        const QString s = value.toString();
        const QString cut = s.size() > maxChars ? s.left(maxChars) + u'…' : s;
        return u'\'' + cut + u'\'';
    }
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Numeric>())
        return value.value<Numeric>().text;
    const QString s = value.toString();
    return s.size() > maxChars ? s.left(maxChars) + u'…' : s;
}

} // namespace Quarry::ValueText
