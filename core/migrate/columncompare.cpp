// SPDX-License-Identifier: MIT
#include "migrate/columncompare.h"

#include "migrate/sqlnormalizer.h"
#include "schema/dialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

bool isNumeric(TypeKind kind)
{
    switch (kind) {
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt:
    case TypeKind::Real:
    case TypeKind::Double:
    case TypeKind::Numeric:
        return true;
    default:
        return false;
    }
}

int integerRank(TypeKind kind)
{
    switch (kind) {
    case TypeKind::SmallInt:
        return 1;
    case TypeKind::Integer:
        return 2;
    case TypeKind::BigInt:
        return 3;
    default:
        return 0;
    }
}

// 'x' → x (anything else the callers test the result for).
QString unquoted(const QString &key)
{
    if (key.size() < 2 || !key.startsWith(u'\'') || !key.endsWith(u'\''))
        return {};
    QString inner = key.mid(1, key.size() - 2);
    return inner.replace(u"''"_s, u"'"_s);
}

} // namespace

ColumnCompare::ColumnCompare(const Dialect &dialect, QString fromSource, QString toSource)
    : m_dialect(dialect)
    , m_from(std::move(fromSource))
    , m_to(std::move(toSource))
{}

QString ColumnCompare::typeSql(const Column &column, QStringView source) const
{
    // PostgreSQL spells autoincrement as the type (serial); SQLite's is INTEGER, really its type
    Column plain = column;
    if (m_dialect.kind() == Dialect::Kind::Postgres)
        plain.autoincrement = false;
    return m_dialect.columnType(plain, source);
}

bool ColumnCompare::sameType(const Column &from, const Column &to) const
{
    const QString a = typeSql(from, m_from).simplified().toLower();
    const QString b = typeSql(to, m_to).simplified().toLower();
    if (a == b)
        return true;
    const Type pa = m_dialect.portableType(a);
    const Type pb = m_dialect.portableType(b);
    if (pa.kind == TypeKind::Other || !(pa == pb))
        return false;
    // Both reflected: the texts differ, so the engine has two types for this portable one.
    const bool bothNative = m_from == m_dialect.name() && !from.nativeType.isEmpty() &&
                            m_to == m_dialect.name() && !to.nativeType.isEmpty();
    return !(bothNative && pa.kind == TypeKind::Json);
}

bool ColumnCompare::isWidening(const Column &from, const Column &to) const
{
    const Type a = m_dialect.portableType(typeSql(from, m_from));
    const Type b = m_dialect.portableType(typeSql(to, m_to));
    const bool text = a.kind == TypeKind::Varchar || a.kind == TypeKind::Char;
    if (text && b.kind == TypeKind::Text)
        return true;
    if (text && b.kind == TypeKind::Varchar)
        return b.length < 0 || (a.length >= 0 && b.length >= a.length);
    if (integerRank(a.kind) > 0 && integerRank(b.kind) > 0)
        return integerRank(b.kind) >= integerRank(a.kind);
    if (integerRank(a.kind) > 0 && b.kind == TypeKind::Numeric && b.precision < 0)
        return true;
    if ((a.kind == TypeKind::SmallInt || a.kind == TypeKind::Integer || a.kind == TypeKind::Real) &&
        b.kind == TypeKind::Double)
        return true;
    if (a.kind == TypeKind::Numeric && b.kind == TypeKind::Numeric) {
        if (b.precision < 0)
            return true;
        if (a.precision < 0)
            return false;
        const int aScale = std::max(a.scale, 0);
        const int bScale = std::max(b.scale, 0);
        return bScale >= aScale && b.precision - bScale >= a.precision - aScale;
    }
    return false;
}

bool ColumnCompare::isNullable(const Table &table, const Column &column) const
{
    if (!column.nullable)
        return false;
    const QStringList &key = table.primaryKey.columns;
    if (m_dialect.kind() == Dialect::Kind::Postgres)
        return !key.contains(column.name) && column.identity == Identity::None &&
               !column.autoincrement;
    if (m_dialect.kind() == Dialect::Kind::Sqlite) {
        // the rowid alias: a lone INTEGER primary key of a rowid table
        const bool rowid = !table.withoutRowid && key == QStringList(column.name) &&
                           (column.autoincrement ||
                            column.nativeType.compare(u"INTEGER", Qt::CaseInsensitive) == 0 ||
                            (column.nativeType.isEmpty() && column.type.kind == TypeKind::Integer));
        return !rowid;
    }
    return true;
}

QString ColumnCompare::defaultSql(const Column &column, QStringView source) const
{
    Q_UNUSED(source)
    if (!column.defaultSql.isEmpty())
        return column.defaultSql;
    return m_dialect.defaultFunctionSql(column.defaultFunction);
}

QString ColumnCompare::defaultKey(const Column &column, QStringView source) const
{
    if (!column.generatedSql.isEmpty() || column.identity != Identity::None)
        return {};
    if (column.autoincrement && m_dialect.kind() == Dialect::Kind::Postgres)
        return {}; // the serial's nextval()
    const QString sql = defaultSql(column, source);
    if (sql.isEmpty())
        return {};
    QString key = SqlNormalizer::expressionKey(sql);
    if (key == u"null")
        return {};
    static const QRegularExpression now(
        uR"(^(now \( \)|current_timestamp|transaction_timestamp \( \)|localtimestamp|datetime \( 'now' \)|strftime \( '[^']*' , 'now' \))$)"_s);
    static const QRegularExpression uuid(uR"(^(gen_random_uuid|uuid_generate_v4) \( \)$)"_s);
    if (now.match(key).hasMatch() ||
        key == SqlNormalizer::expressionKey(m_dialect.defaultFunctionSql(DefaultFunction::Now)))
        return u"<now>"_s;
    if (uuid.match(key).hasMatch() ||
        key == SqlNormalizer::expressionKey(m_dialect.defaultFunctionSql(DefaultFunction::Uuid)))
        return u"<uuid>"_s;
    const Type type = m_dialect.portableType(typeSql(column, source));
    if (isNumeric(type.kind)) {
        static const QRegularExpression number(uR"(^[-+]?\s*\d+(\.\d+)?([eE][-+]?\d+)?$)"_s);
        const QString inner = unquoted(key);
        if (!inner.isEmpty() && number.match(inner).hasMatch())
            key = inner;
        key.remove(u' ');
        if (key.startsWith(u'+'))
            key.remove(0, 1);
    } else if (type.kind == TypeKind::Boolean) {
        static const QStringList truths{u"true"_s, u"1"_s, u"'t'"_s, u"'true'"_s};
        static const QStringList lies{u"false"_s, u"0"_s, u"'f'"_s, u"'false'"_s};
        if (truths.contains(key))
            key = u"true"_s;
        else if (lies.contains(key))
            key = u"false"_s;
    }
    return key;
}

bool ColumnCompare::sameCollation(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

ColumnCompare::Differences ColumnCompare::compare(const Table &fromTable, const Column &from,
                                                  const Table &toTable, const Column &to,
                                                  const QHash<QString, QString> &renames) const
{
    const bool sqlite = m_dialect.kind() == Dialect::Kind::Sqlite;
    const bool postgres = m_dialect.kind() == Dialect::Kind::Postgres;
    Differences d;
    d.type = !sameType(from, to);
    d.nullable = isNullable(fromTable, from) != isNullable(toTable, to);
    d.defaultValue = defaultKey(from, m_from) != defaultKey(to, m_to);
    d.generated =
        SqlNormalizer::expressionKey(from.generatedSql, renames) !=
            SqlNormalizer::expressionKey(to.generatedSql) ||
        (sqlite && !to.generatedSql.isEmpty() && from.generatedStored != to.generatedStored);
    d.identity = postgres && from.identity != to.identity;
    // What autoincrement means where it can be written: SQLite's rowid alias, PostgreSQL's
    // serial (an identity column is that instead).
    auto autoincrement = [&](const Table &table, const Column &column) {
        if (!column.autoincrement)
            return false;
        if (sqlite)
            return !table.withoutRowid && table.primaryKey.columns == QStringList(column.name);
        return !postgres || column.identity == Identity::None;
    };
    d.autoincrement = autoincrement(fromTable, from) != autoincrement(toTable, to);
    d.collation = !sameCollation(from.collation, to.collation);
    d.comment = m_dialect.supportsComments() && from.comment != to.comment;
    return d;
}

} // namespace Quarry
