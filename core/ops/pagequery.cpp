// SPDX-License-Identifier: MIT
#include "ops/pagequery.h"

#include "ops/filters.h"
#include "schema/dialect.h"

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

QString placeholder(qsizetype number)
{
    return u'$' + QString::number(number);
}

QString andWhere(const SqlFragment &where, const QString &condition)
{
    if (where.isEmpty())
        return condition.isEmpty() ? QString() : u" WHERE "_s + condition;
    return u" WHERE "_s + where.sql + (condition.isEmpty() ? QString() : u" AND "_s + condition);
}

} // namespace

PageQuery::PageQuery(Table table, const Dialect &dialect)
    : m_table(std::move(table))
    , m_dialect(dialect)
{
    if (m_table.primaryKey.columns.size() == 1)
        m_key = m_table.primaryKey.columns.first();
    for (const Column &column : m_table.columns) {
        if (column.name == m_key) {
            // SQLite lets a primary key hold NULLs, but for its rowid (a column declared
            // INTEGER exactly); keyset reads would skip them.
            m_keyNullable = column.nullable &&
                            !(dialect.kind() == Dialect::Kind::Sqlite &&
                              column.nativeType.compare(u"integer"_s, Qt::CaseInsensitive) == 0);
            m_keyInteger = column.type.kind == TypeKind::Integer ||
                           column.type.kind == TypeKind::BigInt ||
                           column.type.kind == TypeKind::SmallInt;
        }
    }
}

void PageQuery::setOrder(QString column, bool descending)
{
    if (!column.isEmpty())
        FilterCompiler(m_table, m_dialect).quotedColumn(column); // checks it exists
    m_orderColumn = std::move(column);
    m_descending = descending;
}

void PageQuery::setFilters(QVariantMap filters)
{
    FilterCompiler(m_table, m_dialect).where(filters); // checks columns and lookups now
    m_filters = std::move(filters);
}

bool PageQuery::byKey() const
{
    return !m_key.isEmpty() && (m_orderColumn.isEmpty() || m_orderColumn == m_key);
}

QString PageQuery::from() const
{
    return u" FROM "_s + m_dialect.qualified(m_table.schema, m_table.name);
}

QString PageQuery::orderBy(bool reversed) const
{
    QStringList keys;
    const QString sign = m_descending != reversed ? u"-"_s : QString();
    if (!m_orderColumn.isEmpty())
        keys.append(sign + m_orderColumn);
    if (!m_key.isEmpty() && m_orderColumn != m_key)
        keys.append(sign + m_key);
    // Keyless (views, tables without a single-column key): no tie-breaker we could name;
    // composite keys break ties column by column.
    if (m_key.isEmpty()) {
        for (const QString &column : m_table.primaryKey.columns)
            keys.append(sign + column);
    }
    return keys.isEmpty() ? QString()
                          : u" ORDER BY "_s + FilterCompiler(m_table, m_dialect).orderBy(keys);
}

Statement PageQuery::after(const QVariant &lastKey, int limit) const
{
    return fromKey(lastKey, false, limit);
}

Statement PageQuery::from(const QVariant &firstKey, int limit) const
{
    return fromKey(firstKey, true, limit);
}

Statement PageQuery::fromKey(const QVariant &key, bool inclusive, int limit) const
{
    const FilterCompiler compiler(m_table, m_dialect);
    const SqlFragment where = compiler.where(m_filters);
    QVariantList params = where.params;
    params.append(key);
    const QString op =
        m_descending ? (inclusive ? u" <= "_s : u" < "_s) : (inclusive ? u" >= "_s : u" > "_s);
    const QString condition = compiler.quotedColumn(m_key) + op + placeholder(params.size());
    params.append(limit);
    return {u"SELECT *"_s + from() + andWhere(where, condition) + orderBy() + u" LIMIT "_s +
                placeholder(params.size()),
            Params(params)};
}

bool PageQuery::canSample() const
{
    return byKey() && !m_keyNullable;
}

Statement PageQuery::sample(int every) const
{
    // Each step seeks to the last key found and skips `every` keys from there: the whole walk
    // costs one pass over the key's index, however far the table goes. The step number keeps
    // the keys in order.
    const FilterCompiler compiler(m_table, m_dialect);
    const QString key = compiler.quotedColumn(m_key);
    const SqlFragment first = compiler.where(m_filters);
    QVariantList params = first.params;
    const SqlFragment next = compiler.where(m_filters, int(params.size()) + 1);
    params.append(next.params);
    params.append(every);
    const QString seek = key + (m_descending ? u" <= "_s : u" >= "_s) + u"quarry_keys.k"_s;
    const QString sql = u"WITH RECURSIVE quarry_keys(n, k) AS (SELECT 0, (SELECT "_s + key +
                        from() + andWhere(first, {}) + orderBy() +
                        u" LIMIT 1) UNION ALL SELECT quarry_keys.n + 1, (SELECT "_s + key + from() +
                        andWhere(next, seek) + orderBy() + u" LIMIT 1 OFFSET "_s +
                        placeholder(params.size()) +
                        u") FROM quarry_keys WHERE quarry_keys.k IS NOT NULL) "
                        "SELECT k FROM quarry_keys WHERE k IS NOT NULL ORDER BY n"_s;
    return {sql, Params(params)};
}

Statement PageQuery::at(qint64 offset, int limit) const
{
    const FilterCompiler compiler(m_table, m_dialect);
    const SqlFragment where = compiler.where(m_filters);
    QVariantList params = where.params;
    if (!byKey() || offset == 0) {
        params.append(limit);
        QString sql = u"SELECT *"_s + from() + andWhere(where, {}) + orderBy() + u" LIMIT "_s +
                      placeholder(params.size());
        if (offset > 0) {
            params.append(offset);
            sql += u" OFFSET "_s + placeholder(params.size());
        }
        return {sql, Params(params)};
    }
    // A jump: the OFFSET runs over the key alone (an index-only walk), the page then by key.
    const QString key = compiler.quotedColumn(m_key);
    const SqlFragment innerWhere = compiler.where(m_filters, int(params.size()) + 1);
    params.append(innerWhere.params);
    params.append(offset);
    const QString inner = u"SELECT "_s + key + from() + andWhere(innerWhere, {}) + orderBy() +
                          u" LIMIT 1 OFFSET "_s + placeholder(params.size());
    params.append(limit);
    const QString condition = key + (m_descending ? u" <= ("_s : u" >= ("_s) + inner + u')';
    return {u"SELECT *"_s + from() + andWhere(where, condition) + orderBy() + u" LIMIT "_s +
                placeholder(params.size()),
            Params(params)};
}

Statement PageQuery::count() const
{
    const SqlFragment where = FilterCompiler(m_table, m_dialect).where(m_filters);
    return {u"SELECT count(*)"_s + from() + andWhere(where, {}), Params(where.params)};
}

std::optional<Statement> PageQuery::estimate() const
{
    if (!m_filters.isEmpty())
        return std::nullopt;
    if (m_dialect.kind() == Dialect::Kind::Sqlite) {
        // SQLite keeps no row count; an integer key's span is two index seeks away and a
        // fair guess for tables that are mostly appended to. A span past what the grid can
        // number (sparse keys, an overflow to REAL) is no guess: none then.
        if (!m_keyInteger)
            return std::nullopt;
        const QString key = FilterCompiler(m_table, m_dialect).quotedColumn(m_key);
        const QString span = u"max("_s + key + u") - min("_s + key + u')';
        return Statement{u"SELECT CASE WHEN "_s + span + u" < 2147483647 THEN "_s + span +
                             u" + 1 END"_s + from(),
                         {}};
    }
    if (m_dialect.kind() != Dialect::Kind::Postgres)
        return std::nullopt;
    // reltuples is -1 until the table was first analysed; then there is no estimate.
    return Statement{u"SELECT reltuples::bigint FROM pg_catalog.pg_class WHERE oid = "
                     "to_regclass($1) AND relkind IN ('r', 'p', 'm') AND reltuples >= 0"_s,
                     Params(m_dialect.qualified(m_table.schema, m_table.name))};
}

} // namespace Quarry
