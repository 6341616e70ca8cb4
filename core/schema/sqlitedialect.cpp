// SPDX-License-Identifier: MIT
#include "schema/dialects.h"

using namespace Qt::StringLiterals;

namespace Quarry {

QString SqliteDialect::name() const
{
    return u"sqlite"_s;
}

QString SqliteDialect::defaultSchema() const
{
    return u"main"_s;
}

QString SqliteDialect::columnType(const Column &column, QStringView sourceDialect) const
{
    // Only a column declared exactly INTEGER aliases the rowid, which AUTOINCREMENT requires.
    if (column.autoincrement && sourceDialect != name())
        return u"INTEGER"_s;
    return GenericDialect::columnType(column, sourceDialect);
}

QString SqliteDialect::defaultFunctionSql(DefaultFunction function) const
{
    switch (function) {
    case DefaultFunction::Now:
        // ISO 8601 with milliseconds, what Quarry's value conversion reads back as a timestamp
        return u"(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"_s;
    case DefaultFunction::Uuid:
        // a random (version 4) UUID in its text form
        return u"(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
               "substr(lower(hex(randomblob(2))), 2) || '-' || "
               "substr('89ab', 1 + (abs(random()) % 4), 1) || "
               "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"_s;
    case DefaultFunction::None:
        break;
    }
    return {};
}

QString SqliteDialect::typeSql(const Type &type) const
{
    // Upper-case spellings, as SQLite users write them; each maps back to the same portable type.
    switch (type.kind) {
    case TypeKind::Double:
        return u"DOUBLE"_s;
    case TypeKind::Timestamp:
        return type.precision >= 0 ? u"TIMESTAMP(%1)"_s.arg(type.precision) : u"TIMESTAMP"_s;
    case TypeKind::TimestampTz:
        return type.precision >= 0 ? u"TIMESTAMPTZ(%1)"_s.arg(type.precision) : u"TIMESTAMPTZ"_s;
    case TypeKind::Blob:
        return u"BLOB"_s;
    case TypeKind::Json:
        return u"JSON"_s;
    case TypeKind::Uuid:
        return u"UUID"_s;
    case TypeKind::Other:
        return u"TEXT"_s;
    default:
        return type.name().toUpper();
    }
}

} // namespace Quarry
