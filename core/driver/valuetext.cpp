// SPDX-License-Identifier: MIT
#include "driver/valuetext.h"

#include "connection/numeric.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Quarry::ValueText {

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString formatTime(QTime time)
{
    return time.msec() ? time.toString(u"HH:mm:ss.zzz"_s) : time.toString(u"HH:mm:ss"_s);
}

QString formatTimestamp(const QDateTime &dateTime, bool withZone)
{
    const QDateTime utc = dateTime.toUTC();
    QString text = formatDate(utc.date()) + u' ' + formatTime(utc.time());
    if (withZone)
        text += u"+00"_s;
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

QString formatDouble(double value)
{
    if (std::isnan(value))
        return u"NaN"_s;
    if (std::isinf(value))
        return value > 0 ? u"Infinity"_s : u"-Infinity"_s;
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray formatJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // QJsonDocument holds only objects and arrays: write a scalar inside one, strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
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
