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

PageQuery::PageQuery(Table table, const Dialect &dialect, bool view)
    : m_table(std::move(table))
    , m_dialect(&dialect)
{
    const bool sqlite = dialect.kind() == Dialect::Kind::Sqlite;
    if (m_table.primaryKey.columns.size() == 1)
        m_key = m_table.primaryKey.columns.first();
    bool keyNullable = false;
    for (const Column &column : m_table.columns) {
        if (m_table.primaryKey.columns.contains(column.name)) {
            // SQLite lets a primary key hold NULLs, but for its rowid (a column declared
            // INTEGER exactly); keyset reads would skip them, and NULLs tie.
            keyNullable = keyNullable ||
                          (column.nullable &&
                           !(sqlite && m_table.primaryKey.columns.size() == 1 &&
                             column.nativeType.compare(u"integer"_s, Qt::CaseInsensitive) == 0));
        }
        if (column.name == m_key)
            m_keyInteger = column.type.kind == TypeKind::Integer ||
                           column.type.kind == TypeKind::BigInt ||
                           column.type.kind == TypeKind::SmallInt;
    }
    m_keyNullable = m_key.isEmpty() || keyNullable;
    m_primaryKeyNullable = keyNullable;
    m_view = view;
    for (const QString &column : m_table.primaryKey.columns)
        m_tieBreak.append(dialect.quote(column));
    if (m_tieBreak.isEmpty() || keyNullable) {
        if (view) {
            // a view has no row address
        } else if (sqlite && !m_table.withoutRowid) {
            // rowid, unless a column took the name: then one of its other names
            for (const QString &alias : {u"rowid"_s, u"_rowid_"_s, u"oid"_s}) {
                if (!m_table.column(alias)) {
                    m_tieBreak.append(alias);
                    break;
                }
            }
        } else if (dialect.kind() == Dialect::Kind::Postgres) {
            // ctid is unique within one table; a partitioned table's rows live in several
            m_tieBreak.append(u"tableoid"_s);
            m_tieBreak.append(u"ctid"_s);
        }
    }
}

void PageQuery::setOrder(QString column, bool descending)
{
    if (!column.isEmpty())
        FilterCompiler(m_table, *m_dialect).quotedColumn(column); // checks it exists
    m_orderColumn = std::move(column);
    m_descending = descending;
}

void PageQuery::setFilters(QVariantMap filters)
{
    FilterCompiler(m_table, *m_dialect).where(filters); // checks columns and lookups now
    m_filters = std::move(filters);
}

bool PageQuery::byKey() const
{
    return !m_key.isEmpty() && !m_keyNullable &&
           (m_orderColumn.isEmpty() || m_orderColumn == m_key);
}

// The columns by name, in the table's order: a row's values line up with Table::columns
// whatever the table's column order in the database, and a column dropped meanwhile is an
// error rather than a shifted row.
QString PageQuery::select() const
{
    QStringList columns;
    columns.reserve(m_table.columns.size());
    for (qsizetype i = 0; i < m_table.columns.size(); ++i)
        columns.append(selected(int(i)));
    if (columns.isEmpty())
        return u"SELECT *"_s;
    columns.append(cutExtras());
    return u"SELECT "_s + columns.join(u", "_s);
}

QString PageQuery::from() const
{
    return u" FROM "_s + m_dialect->qualified(m_table.schema, m_table.name);
}

QString PageQuery::orderBy(bool reversed) const
{
    const QString direction = m_descending != reversed ? u" DESC"_s : u" ASC"_s;
    QStringList terms;
    if (!m_orderColumn.isEmpty())
        terms.append(FilterCompiler(m_table, *m_dialect).quotedColumn(m_orderColumn) + direction);
    const QString ordered = m_dialect->quote(m_orderColumn);
    for (const QString &tie : m_tieBreak) {
        if (tie != ordered)
            terms.append(tie + direction);
    }
    return terms.isEmpty() ? QString() : u" ORDER BY "_s + terms.join(u", "_s);
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
    const FilterCompiler compiler(m_table, *m_dialect);
    const SqlFragment where = compiler.where(m_filters);
    QVariantList params = where.params;
    params.append(key);
    const QString op =
        m_descending ? (inclusive ? u" <= "_s : u" < "_s) : (inclusive ? u" >= "_s : u" > "_s);
    const QString condition = compiler.quotedColumn(m_key) + op + placeholder(params.size());
    params.append(limit);
    return {select() + from() + andWhere(where, condition) + orderBy() + u" LIMIT "_s +
                placeholder(params.size()),
            Params(params)};
}

bool PageQuery::canSample() const
{
    return byKey();
}

Statement PageQuery::sample(int every) const
{
    // Each step seeks to the last key found and skips `every` keys from there: the whole walk
    // costs one pass over the key's index, however far the table goes. The step number keeps
    // the keys in order.
    const FilterCompiler compiler(m_table, *m_dialect);
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
    const FilterCompiler compiler(m_table, *m_dialect);
    const SqlFragment where = compiler.where(m_filters);
    QVariantList params = where.params;
    if (!byKey() || offset == 0) {
        params.append(limit);
        QString sql = select() + from() + andWhere(where, {}) + orderBy() + u" LIMIT "_s +
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
    return {select() + from() + andWhere(where, condition) + orderBy() + u" LIMIT "_s +
                placeholder(params.size()),
            Params(params)};
}

Statement PageQuery::count() const
{
    const SqlFragment where = FilterCompiler(m_table, *m_dialect).where(m_filters);
    return {u"SELECT count(*)"_s + from() + andWhere(where, {}), Params(where.params)};
}

std::optional<Statement> PageQuery::estimate() const
{
    if (!m_filters.isEmpty())
        return std::nullopt;
    if (m_dialect->kind() == Dialect::Kind::Sqlite) {
        // SQLite keeps no row count; an integer key's span is two index seeks away and a
        // fair guess for tables that are mostly appended to. A span past what the grid can
        // number (sparse keys, an overflow to REAL) is no guess: none then.
        if (!m_keyInteger)
            return std::nullopt;
        const QString key = FilterCompiler(m_table, *m_dialect).quotedColumn(m_key);
        const QString span = u"max("_s + key + u") - min("_s + key + u')';
        return Statement{u"SELECT CASE WHEN "_s + span + u" < 2147483647 THEN "_s + span +
                             u" + 1 END"_s + from(),
                         {}};
    }
    if (m_dialect->kind() != Dialect::Kind::Postgres)
        return std::nullopt;
    // reltuples is -1 until the table was first analysed; then there is no estimate.
    return Statement{u"SELECT reltuples::bigint FROM pg_catalog.pg_class WHERE oid = "
                     "to_regclass($1) AND relkind IN ('r', 'p', 'm') AND reltuples >= 0"_s,
                     Params(m_dialect->qualified(m_table.schema, m_table.name))};
}

} // namespace Quarry
