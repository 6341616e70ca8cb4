// SPDX-License-Identifier: MIT
#include "driver/sqlite/sqlitevalues.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "connection/rawtext.h"
#include "driver/valuetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Quarry::SqliteValues {

Hint hintFor(QStringView declaredType)
{
    const QString t = declaredType.trimmed().toString().toUpper();
    if (t.isEmpty())
        return Hint::None;
    if (t.contains(u"BOOL"_s))
        return Hint::Bool;
    if (t == u"DATE"_s)
        return Hint::Date;
    if (t == u"TIME"_s)
        return Hint::Time;
    if (t.startsWith(u"DATETIME"_s) || t.startsWith(u"TIMESTAMP"_s))
        return Hint::Timestamp;
    if (t == u"UUID"_s || t == u"GUID"_s)
        return Hint::Uuid;
    if (t.startsWith(u"JSON"_s))
        return Hint::Json;
    if (t.startsWith(u"NUMERIC"_s) || t.startsWith(u"DECIMAL"_s))
        return Hint::Numeric;
    return Hint::None;
}

namespace {

int bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    // Qt's UTF-8 encoder is faster than SQLite's UTF-16 conversion, and UTF-8 is the database
    // encoding: SQLite then only copies.
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

int bind(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        const qulonglong v = value.toULongLong();
        if (v > qulonglong(std::numeric_limits<qint64>::max()))
            return bindText(stmt, index, QString::number(v));
        return sqlite3_bind_int64(stmt, index, qint64(v));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QString:
        return bindText(stmt, index, value.toString());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        // A zero-length blob is still a blob, not NULL.
        return sqlite3_bind_blob(stmt, index, bytes.isNull() ? "" : bytes.constData(),
                                 int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
        return bindText(stmt, index, ValueText::formatDate(value.toDate()));
    case QMetaType::QTime:
        return bindText(stmt, index, ValueText::formatTime(value.toTime()));
    case QMetaType::QDateTime:
        return bindText(stmt, index, ValueText::formatTimestamp(value.toDateTime(), false));
    case QMetaType::QUuid:
        return bindText(stmt, index, value.toUuid().toString(QUuid::WithoutBraces));
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonDocument:
        return bindText(stmt, index, QString::fromUtf8(ValueText::formatJson(value.toJsonValue())));
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Numeric>())
        return bindText(stmt, index, value.value<Numeric>().text);
    if (value.metaType() == QMetaType::fromType<RawText>()) {
        const QByteArray bytes = value.value<RawText>().bytes;
        return sqlite3_bind_text64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    if (value.canConvert<QString>())
        return bindText(stmt, index, value.toString());
    throw ConfigurationError(
        QCoreApplication::translate("Quarry::SqliteDriver", "cannot bind a value of type %1")
            .arg(QString::fromLatin1(value.metaType().name())));
}

QVariant read(sqlite3_stmt *stmt, int column, Hint hint)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(stmt, column);
        if (hint == Hint::Bool)
            return QVariant(v != 0);
        return QVariant(qlonglong(v));
    }
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_BLOB: {
        const int size = sqlite3_column_bytes(stmt, column);
        const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, column));
        QByteArray bytes(data ? data : "", size);
        if (hint == Hint::Uuid && size == 16)
            return QVariant(QUuid::fromRfc4122(bytes));
        return QVariant(bytes);
    }
    default:
        break;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    const int size = sqlite3_column_bytes(stmt, column);
    // Typed only when the type holds the stored text exactly; otherwise the text (or, when it
    // is not UTF-8, its bytes) as stored, so it prints and binds back unchanged.
    const QVariant stored = ValueText::decodeText(QByteArrayView(text, size));
    if (stored.metaType().id() != QMetaType::QString)
        return stored;
    const QString s = stored.toString();
    switch (hint) {
    case Hint::None:
    case Hint::Bool:
        return stored;
    case Hint::Numeric:
        return QVariant::fromValue(Numeric{s});
    case Hint::Json: {
        const QJsonValue json = ValueText::parseJson(QByteArrayView(text, size));
        if (!json.isUndefined())
            return QVariant(json);
        return stored;
    }
    case Hint::Date:
        return ValueText::exactDate(s);
    case Hint::Time:
        return ValueText::exactTime(s);
    case Hint::Timestamp:
        return ValueText::exactTimestamp(s);
    case Hint::Uuid:
        if (const QUuid u = QUuid::fromString(s);
            !u.isNull() && u.toString(QUuid::WithoutBraces) == s)
            return QVariant(u);
        return stored;
    }
    return stored;
}

} // namespace Quarry::SqliteValues
