// SPDX-License-Identifier: MIT
#include "driver/qtsql/qtsqlvalues.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "driver/valuetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace Quarry::QtSqlValues {

namespace {

using Hint = SqliteValues::Hint;

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::QtSqlDriver)
};

/// Text read from a column whose declared type names what it holds (QSQLITE).
QVariant fromText(const QString &text, const ColumnReader &reader)
{
    switch (reader.hint) {
    case Hint::None:
    case Hint::Bool:
        break;
    case Hint::Numeric:
        return QVariant::fromValue(Numeric{text});
    case Hint::Json:
        if (const QJsonValue json = ValueText::parseJson(text.toUtf8()); !json.isUndefined())
            return QVariant(json);
        break;
    case Hint::Date:
        if (const QDate d = ValueText::parseDate(text); d.isValid() && text.size() == 10)
            return QVariant(d);
        break;
    case Hint::Time:
        if (const QTime t = ValueText::parseTime(text); t.isValid())
            return QVariant(t);
        break;
    case Hint::Timestamp:
        if (const QDateTime dt = ValueText::parseTimestamp(text); dt.isValid())
            return QVariant(dt);
        break;
    case Hint::Uuid:
        if (const QUuid u = QUuid::fromString(text); !u.isNull())
            return QVariant(u);
        break;
    }
    if (reader.numericText)
        return QVariant::fromValue(Numeric{text});
    return QVariant(text);
}

QString declaredType(const QSqlQuery &query, int column)
{
    const QSqlResult *result = query.result();
    const QVariant handle = result ? result->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return {};
    auto *stmt = *static_cast<sqlite3_stmt *const *>(handle.constData());
    const char *type = stmt ? sqlite3_column_decltype(stmt, column) : nullptr;
    return type ? QString::fromUtf8(type) : QString();
}

} // namespace

QVariant toBindValue(const QVariant &value, bool sqlite)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonDocument:
        return QString::fromUtf8(ValueText::formatJson(value.toJsonValue()));
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QString:
    case QMetaType::QByteArray:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        // Qt binds a null QString/QByteArray as NULL; a QVariant holding one is a value.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            return QString(u""_s);
        if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            return QByteArray("", 0);
        return value;
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Numeric>())
        return value.value<Numeric>().text;
    if (!sqlite)
        return value;
    // QSQLITE stores what it does not know as text from QVariant::toString(); give it the
    // native driver's forms instead.
    switch (value.typeId()) {
    case QMetaType::QDate:
        return ValueText::formatDate(value.toDate());
    case QMetaType::QTime:
        return ValueText::formatTime(value.toTime());
    case QMetaType::QDateTime:
        return ValueText::formatTimestamp(value.toDateTime(), false);
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QVariant(value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        const qulonglong v = value.toULongLong();
        if (v > qulonglong(std::numeric_limits<qint64>::max()))
            return QString::number(v);
        return QVariant(qlonglong(v));
    }
    case QMetaType::Float:
        return QVariant(value.toDouble());
    default:
        break;
    }
    if (value.canConvert<QString>())
        return value.toString();
    throw ConfigurationError(
        Tr::tr("cannot bind a value of type %1").arg(QString::fromLatin1(value.metaType().name())));
}

QVariant fromQt(const QVariant &value, const ColumnReader &reader)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        if (reader.hint == Hint::Bool)
            return QVariant(value.toLongLong() != 0);
        return QVariant(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QVariant(value.toDouble());
    case QMetaType::QString:
        if (reader.hint == Hint::None && !reader.numericText)
            return value;
        return fromText(value.toString(), reader);
    case QMetaType::QByteArray:
        if (reader.hint == Hint::Uuid && value.toByteArray().size() == 16)
            return QVariant(QUuid::fromRfc4122(value.toByteArray()));
        return value;
    case QMetaType::QDateTime: {
        const QDateTime dt = value.toDateTime();
        // A zone-less timestamp is its wall clock in UTC (driver.h).
        if (dt.timeSpec() == Qt::LocalTime)
            return QVariant(QDateTime(dt.date(), dt.time(), QTimeZone::utc()));
        return QVariant(dt.toUTC());
    }
    default:
        return value;
    }
}

ResultColumns columns(const QSqlQuery &query, bool sqlite, QList<ColumnReader> &readers)
{
    const QSqlRecord record = query.record();
    ResultColumns out;
    out.reserve(record.count());
    readers.clear();
    readers.reserve(record.count());
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        ResultColumn column;
        column.name = field.name();
        column.typeId = field.metaType().id();
        ColumnReader reader;
        if (sqlite) {
            // As the native driver: the declared type, empty for expressions.
            column.typeName = declaredType(query, i);
            reader.hint = SqliteValues::hintFor(column.typeName);
        } else {
            column.typeName = QString::fromLatin1(field.metaType().name());
            reader.numericText = column.typeId == QMetaType::Double;
        }
        switch (field.requiredStatus()) {
        case QSqlField::Required:
            column.nullable = Nullability::NotNull;
            break;
        case QSqlField::Optional:
            column.nullable = Nullability::Nullable;
            break;
        case QSqlField::Unknown:
            break;
        }
        out.append(std::move(column));
        readers.append(reader);
    }
    return out;
}

void throwError(const QSqlError &error, QSqlDriver::DbmsType dbms, const QString &context)
{
    const QString code = error.nativeErrorCode();
    QString message = error.driverText();
    const QString detail = error.databaseText();
    if (!detail.isEmpty() && detail != message)
        message = message.isEmpty() ? detail : message + u": "_s + detail;
    if (!context.isEmpty())
        message = context + u": "_s + message;

    if (dbms == QSqlDriver::SQLite) {
        // QSQLITE reports every failed step as a ConnectionError; the result code tells.
        bool ok = false;
        const int rc = code.toInt(&ok);
        if (ok) {
            switch (rc & 0xff) {
            case SQLITE_CONSTRAINT:
                throw IntegrityError(message, code);
            case SQLITE_CANTOPEN:
            case SQLITE_NOTADB:
                throw ConnectionError(message);
            default:
                throw SqlError(message, code);
            }
        }
    }
    if (error.type() == QSqlError::ConnectionError)
        throw ConnectionError(message);
    if (code.size() == 5 && code.startsWith(u"23"_s))
        throw IntegrityError(message, code);
    if (dbms == QSqlDriver::MySqlServer) {
        static const QStringList keyErrors{u"1062"_s, u"1451"_s, u"1452"_s, u"1216"_s, u"1217"_s};
        if (keyErrors.contains(code))
            throw IntegrityError(message, code);
    }
    throw SqlError(message, code);
}

} // namespace Quarry::QtSqlValues
