// SPDX-License-Identifier: MIT
#include "schema/type.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct KindSpelling {
    TypeKind kind;
    const char *name;
};

// Portable spellings first (name() uses them), then the aliases engines and people write.
constexpr KindSpelling spellings[] = {
    {TypeKind::SmallInt, "smallint"},
    {TypeKind::Integer, "integer"},
    {TypeKind::BigInt, "bigint"},
    {TypeKind::Real, "real"},
    {TypeKind::Double, "double"},
    {TypeKind::Numeric, "numeric"},
    {TypeKind::Boolean, "boolean"},
    {TypeKind::Text, "text"},
    {TypeKind::Varchar, "varchar"},
    {TypeKind::Char, "char"},
    {TypeKind::Date, "date"},
    {TypeKind::Time, "time"},
    {TypeKind::Timestamp, "timestamp"},
    {TypeKind::TimestampTz, "timestamptz"},
    {TypeKind::Blob, "blob"},
    {TypeKind::Json, "json"},
    {TypeKind::Uuid, "uuid"},
    {TypeKind::Other, "other"},
    // aliases
    {TypeKind::SmallInt, "int2"},
    {TypeKind::SmallInt, "tinyint"},
    {TypeKind::Integer, "int"},
    {TypeKind::Integer, "int4"},
    {TypeKind::Integer, "mediumint"},
    {TypeKind::BigInt, "int8"},
    {TypeKind::BigInt, "unsigned big int"},
    {TypeKind::Real, "float4"},
    {TypeKind::Double, "double precision"},
    {TypeKind::Double, "float8"},
    {TypeKind::Double, "float"},
    {TypeKind::Numeric, "decimal"},
    {TypeKind::Boolean, "bool"},
    {TypeKind::Text, "clob"},
    {TypeKind::Varchar, "character varying"},
    {TypeKind::Varchar, "varying character"},
    {TypeKind::Varchar, "nvarchar"},
    {TypeKind::Varchar, "native character"},
    {TypeKind::Char, "character"},
    {TypeKind::Char, "nchar"},
    {TypeKind::Char, "bpchar"},
    {TypeKind::Time, "time without time zone"},
    {TypeKind::Timestamp, "timestamp without time zone"},
    {TypeKind::Timestamp, "datetime"},
    {TypeKind::TimestampTz, "timestamp with time zone"},
    {TypeKind::Blob, "bytea"},
    {TypeKind::Json, "jsonb"},
};

const QHash<QString, TypeKind> &kindsByName()
{
    static const QHash<QString, TypeKind> kinds = [] {
        QHash<QString, TypeKind> map;
        for (const auto &s : spellings)
            map.insert(QString::fromLatin1(s.name), s.kind);
        map.remove(u"other"_s);
        return map;
    }();
    return kinds;
}

} // namespace

QString Type::name() const
{
    QString base;
    for (const auto &s : spellings) {
        if (s.kind == kind) {
            base = QString::fromLatin1(s.name);
            break;
        }
    }
    switch (kind) {
    case TypeKind::Varchar:
    case TypeKind::Char:
        return length >= 0 ? u"%1(%2)"_s.arg(base, QString::number(length)) : base;
    case TypeKind::Numeric:
        if (precision < 0)
            return base;
        return scale >= 0
                   ? u"%1(%2,%3)"_s.arg(base, QString::number(precision), QString::number(scale))
                   : u"%1(%2)"_s.arg(base, QString::number(precision));
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        return precision >= 0 ? u"%1(%2)"_s.arg(base, QString::number(precision)) : base;
    default:
        return base;
    }
}

std::optional<Type> Type::parse(QStringView text)
{
    // base words, optional "(a[,b])", optional trailing words (PostgreSQL writes
    // "timestamp(3) with time zone")
    static const QRegularExpression re(
        uR"(^\s*([A-Za-z][A-Za-z0-9_ ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\)\s*([A-Za-z ]*?))?\s*$)"_s);
    const auto match = re.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    QString base = match.captured(1).toLower().simplified();
    const QString suffix = match.captured(4).toLower().simplified();
    if (!suffix.isEmpty())
        base += u' ' + suffix;
    if (base.startsWith(u"unsigned ") && base != u"unsigned big int")
        base = base.mid(9);
    const auto it = kindsByName().constFind(base);
    if (it == kindsByName().cend())
        return std::nullopt;
    Type type{.kind = *it};
    const bool hasArg = match.hasCaptured(2);
    const int first = match.captured(2).toInt();
    switch (type.kind) {
    case TypeKind::Varchar:
    case TypeKind::Char:
        if (hasArg)
            type.length = first;
        else if (type.kind == TypeKind::Char && base != u"bpchar")
            type.length = 1; // SQL: CHARACTER means CHARACTER(1)
        break;
    case TypeKind::Numeric:
        if (hasArg) {
            type.precision = first;
            if (match.hasCaptured(3))
                type.scale = match.captured(3).toInt();
        }
        break;
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        if (hasArg)
            type.precision = first;
        break;
    case TypeKind::Real:
    case TypeKind::Double:
        // float(p): SQL says p ≤ 24 is single precision
        if (hasArg && base == u"float")
            type.kind = first <= 24 ? TypeKind::Real : TypeKind::Double;
        break;
    default:
        break; // int(11) and the like: display widths, not part of the type
    }
    return type;
}

} // namespace Quarry
