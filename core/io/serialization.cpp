// SPDX-License-Identifier: MIT
#include "io/serialization.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "connection/rawtext.h"
#include "driver/valuetext.h"
#include "io/rowwriter.h"

#include <QCoreApplication>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Quarry::Serialization {

namespace {

// Text that is not valid UTF-8 goes as {"$hex": "…"}: a JSON string holds only Unicode.
QString rawTextKey()
{
    return u"$hex"_s;
}

[[noreturn]] void badValue(const Column &column, const QJsonValue &value)
{
    throw ConfigurationError(
        QCoreApplication::translate("Quarry::Serialization",
                                    "column \"%1\" (%2) cannot take the JSON value %3")
            .arg(column.name, column.type.name(), QString::fromUtf8(ValueText::formatJson(value))));
}

} // namespace

QString isoTimestamp(const QDateTime &value)
{
    // the text form separates date and time with a space, as CSV readers and psql expect
    return ValueText::formatTimestamp(value, false).replace(10, 1, u'T');
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double: {
        // a QJsonValue keeps no -0: as a string, like the specials
        const double d = value.toDouble();
        return std::isfinite(d) && !(d == 0 && std::signbit(d))
                   ? QJsonValue(d)
                   : QJsonValue(ValueText::formatDouble(d));
    }
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QJsonValue:
        return value.toJsonValue();
    case QMetaType::QDateTime:
        return isoTimestamp(value.toDateTime());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<RawText>())
        return QJsonObject{
            {rawTextKey(), QString::fromLatin1(value.value<RawText>().bytes.toHex())}};
    // every other type in its text form, the one the CSV and JSON writers use
    QByteArray text;
    RowWriter::appendText(text, value);
    return QString::fromUtf8(text);
}

QJsonObject rowToJson(const Row &row)
{
    QJsonObject object;
    for (qsizetype c = 0; c < row.size(); ++c)
        object.insert(row.columns()[c].name, toJson(row[c]));
    return object;
}

QVariant fromJson(const QJsonValue &value, const Column &column)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    const QString text = value.toString();
    switch (column.type.kind) {
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt:
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
            return QVariant(qint64(value.toDouble()));
        if (bool ok = false; value.isString()) {
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                return QVariant(n);
        }
        badValue(column, value);
    case TypeKind::Real:
    case TypeKind::Double:
        if (value.isDouble())
            return value.toDouble();
        if (bool ok = false; value.isString()) {
            const double d = text.toDouble(&ok); // also inf / nan as written by formatDouble
            if (ok)
                return d;
        }
        badValue(column, value);
    case TypeKind::Numeric:
        // exact: a string keeps every digit; a JSON number is taken as written by Qt
        if (value.isString())
            return QVariant::fromValue(Numeric{text});
        if (value.isDouble())
            return QVariant::fromValue(Numeric{QString::number(value.toDouble(), 'g', 17)});
        badValue(column, value);
    case TypeKind::Boolean:
        if (value.isBool())
            return value.toBool();
        badValue(column, value);
    // typed when the type holds the text exactly, else the text as it was read (microseconds,
    // BC, infinity …): the engine reads it
    case TypeKind::Date:
        if (value.isString())
            return ValueText::exactDate(text);
        badValue(column, value);
    case TypeKind::Time:
        if (value.isString())
            return ValueText::exactTime(text);
        badValue(column, value);
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        if (value.isString()) {
            const QDateTime dt = ValueText::parseTimestamp(text);
            if (dt.isValid() && isoTimestamp(dt) == text)
                return dt;
            return ValueText::exactTimestamp(text);
        }
        badValue(column, value);
    case TypeKind::Blob:
        if (value.isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return *decoded;
        }
        badValue(column, value);
    case TypeKind::Json:
        return QVariant::fromValue(value);
    case TypeKind::Uuid:
        if (const QUuid uuid(text); !uuid.isNull())
            return uuid;
        badValue(column, value);
    case TypeKind::Text:
    case TypeKind::Varchar:
    case TypeKind::Char:
    case TypeKind::Other:
        break;
    }
    // text-like (and unknown) columns take strings; anything else in its JSON spelling
    if (value.isString())
        return text;
    if (const QJsonObject raw = value.toObject(); raw.size() == 1 && raw.contains(rawTextKey())) {
        const QByteArray hex = raw.value(rawTextKey()).toString().toLatin1();
        return ValueText::decodeText(QByteArray::fromHex(hex));
    }
    return QString::fromUtf8(ValueText::formatJson(value));
}

QVariantMap rowFromJson(const QJsonObject &object, const Table &table)
{
    QVariantMap values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Column *column = table.column(it.key());
        if (!column) {
            throw ConfigurationError(
                QCoreApplication::translate("Quarry::Serialization",
                                            "table \"%1\" has no column \"%2\"")
                    .arg(table.name, it.key()));
        }
        values.insert(it.key(), fromJson(it.value(), *column));
    }
    return values;
}

} // namespace Quarry::Serialization
