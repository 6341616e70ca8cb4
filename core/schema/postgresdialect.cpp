// SPDX-License-Identifier: MIT
#include "schema/dialects.h"

using namespace Qt::StringLiterals;

namespace Quarry {

QString PostgresDialect::name() const
{
    return u"postgresql"_s;
}

QString PostgresDialect::defaultSchema() const
{
    return u"public"_s;
}

QString PostgresDialect::columnType(const Column &column, QStringView sourceDialect) const
{
    if (column.autoincrement && column.identity == Identity::None) {
        switch (column.type.kind) {
        case TypeKind::SmallInt:
            return u"smallserial"_s;
        case TypeKind::BigInt:
            return u"bigserial"_s;
        default:
            return u"serial"_s;
        }
    }
    return GenericDialect::columnType(column, sourceDialect);
}

QString PostgresDialect::defaultFunctionSql(DefaultFunction function) const
{
    switch (function) {
    case DefaultFunction::Now:
        return u"CURRENT_TIMESTAMP"_s;
    case DefaultFunction::Uuid:
        return u"gen_random_uuid()"_s; // core since PostgreSQL 13
    case DefaultFunction::None:
        break;
    }
    return {};
}

QString PostgresDialect::typeSql(const Type &type) const
{
    // only where PostgreSQL has a better type than the ANSI one
    switch (type.kind) {
    case TypeKind::TimestampTz:
        return type.precision >= 0 ? u"timestamptz(%1)"_s.arg(type.precision) : u"timestamptz"_s;
    case TypeKind::Blob:
        return u"bytea"_s;
    case TypeKind::Json:
        return u"jsonb"_s;
    case TypeKind::Uuid:
        return u"uuid"_s;
    default:
        return GenericDialect::typeSql(type);
    }
}

} // namespace Quarry
