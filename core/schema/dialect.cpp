// SPDX-License-Identifier: MIT
#include "schema/dialect.h"

#include "schema/dialects.h"
#include "sql/quoting.h"

using namespace Qt::StringLiterals;

namespace Quarry {

const Dialect &Dialect::forKind(Kind kind)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    static const GenericDialect generic;
    switch (kind) {
    case Kind::Sqlite:
        return sqlite;
    case Kind::Postgres:
        return postgres;
    case Kind::Generic:
        break;
    }
    return generic;
}

const Dialect *Dialect::forName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"sqlite" || n == u"sqlite3")
        return &forKind(Kind::Sqlite);
    if (n == u"postgresql" || n == u"postgres" || n == u"pg")
        return &forKind(Kind::Postgres);
    if (n == u"generic")
        return &forKind(Kind::Generic);
    return nullptr;
}

const Dialect &Dialect::forUrl(const DatabaseUrl &url)
{
    switch (url.backend()) {
    case DatabaseUrl::Backend::Sqlite:
        return forKind(Kind::Sqlite);
    case DatabaseUrl::Backend::Postgres:
        return forKind(Kind::Postgres);
    case DatabaseUrl::Backend::QtSql:
        break;
    }
    const QString driver = url.qtDriver().toUpper();
    if (driver.startsWith(u"QSQLITE"))
        return forKind(Kind::Sqlite);
    if (driver == u"QPSQL")
        return forKind(Kind::Postgres);
    return forKind(Kind::Generic);
}

QString Dialect::quote(QStringView identifier) const
{
    return quoteIdentifier(identifier);
}

QString Dialect::qualified(QStringView schema, QStringView name) const
{
    // "public" is not necessarily where an unqualified name goes (search_path): a named schema
    // is always written out.
    if (schema.isEmpty())
        return quote(name);
    return quote(schema) + u'.' + quote(name);
}

QString Dialect::literal(QStringView text) const
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (QChar c : text) {
        if (c == u'\'')
            out += u'\'';
        out += c;
    }
    out += u'\'';
    return out;
}

// --- generic ---------------------------------------------------------------------------------

QString GenericDialect::name() const
{
    return u"generic"_s;
}

QString GenericDialect::columnType(const Column &column, QStringView sourceDialect) const
{
    // Same dialect: the type exactly as declared, even none at all (an SQLite column without a
    // type has no affinity; TEXT would change how values are stored). Metadata of another
    // dialect has no native types left (convertMetadata()).
    if (sourceDialect == name() &&
        (!column.nativeType.isEmpty() || column.type.kind == TypeKind::Other))
        return column.nativeType;
    return typeSql(column.type);
}

Type GenericDialect::portableType(QStringView nativeType) const
{
    if (nativeType.trimmed().endsWith(u']')) // arrays have no portable form
        return {};
    return Type::parse(nativeType).value_or(Type{});
}

QString GenericDialect::defaultFunctionSql(DefaultFunction function) const
{
    return function == DefaultFunction::Now ? u"CURRENT_TIMESTAMP"_s : QString();
}

QString GenericDialect::typeSql(const Type &type) const
{
    switch (type.kind) {
    case TypeKind::Double:
        return u"double precision"_s;
    case TypeKind::TimestampTz:
        return type.precision >= 0 ? u"timestamp(%1) with time zone"_s.arg(type.precision)
                                   : u"timestamp with time zone"_s;
    case TypeKind::Blob:
        return u"blob"_s;
    case TypeKind::Json:
    case TypeKind::Other:
        return u"text"_s;
    case TypeKind::Uuid:
        return u"char(36)"_s;
    default:
        return type.name();
    }
}

} // namespace Quarry
