// SPDX-License-Identifier: MIT
#include "ops/opsstatements.h"

#include "connection/errors.h"
#include "ops/filters.h"
#include "schema/dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry::OpsStatements {

namespace {

QString whereClause(const SqlFragment &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where.sql;
}

QString target(const Table &table, const Dialect &dialect)
{
    return dialect.qualified(table.schema, table.name);
}

QString placeholder(qsizetype number)
{
    return u'$' + QString::number(number);
}

} // namespace

Statement select(const Table &table, const Dialect &dialect, const QVariantMap &filters,
                 const QStringList &orderBy, qint64 limit, qint64 offset)
{
    const FilterCompiler compiler(table, dialect);
    const SqlFragment where = compiler.where(filters);
    QStringList keys = orderBy;
    for (const QString &column : table.primaryKey.columns) {
        if (!keys.contains(column) && !keys.contains(u'-' + column))
            keys.append(column);
    }
    QString sql = u"SELECT * FROM "_s + target(table, dialect) + whereClause(where);
    if (!keys.isEmpty())
        sql += u" ORDER BY "_s + compiler.orderBy(keys);
    QVariantList params = where.params;
    if (limit > 0) {
        params.append(limit);
        sql += u" LIMIT "_s + placeholder(params.size());
        if (offset > 0) {
            params.append(offset);
            sql += u" OFFSET "_s + placeholder(params.size());
        }
    }
    return {sql, Params(params)};
}

Statement count(const Table &table, const Dialect &dialect, const QVariantMap &filters)
{
    const SqlFragment where = FilterCompiler(table, dialect).where(filters);
    return {u"SELECT count(*) FROM "_s + target(table, dialect) + whereClause(where),
            Params(where.params)};
}

Statement insert(const Table &table, const Dialect &dialect, const QVariantMap &values)
{
    if (values.isEmpty())
        return {u"INSERT INTO "_s + target(table, dialect) + u" DEFAULT VALUES RETURNING *"_s, {}};
    return {insertColumns(table, dialect, values.keys()) + u" RETURNING *"_s,
            Params(values.values())};
}

QString insertColumns(const Table &table, const Dialect &dialect, const QStringList &columns)
{
    const FilterCompiler check(table, dialect);
    QStringList quoted, placeholders;
    for (const QString &column : columns) {
        quoted.append(check.quotedColumn(column));
        placeholders.append(placeholder(placeholders.size() + 1));
    }
    return u"INSERT INTO "_s + target(table, dialect) + u" ("_s + quoted.join(u", "_s) +
           u") VALUES ("_s + placeholders.join(u", "_s) + u')';
}

Statement upsert(const Table &table, const Dialect &dialect, const QVariantMap &values)
{
    const QStringList &key = table.primaryKey.columns;
    if (key.isEmpty()) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops", "table \"%1\" has no primary key to save by")
                .arg(table.name));
    }
    QStringList quotedKey, sets;
    for (const QString &column : key)
        quotedKey.append(dialect.quote(column));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!key.contains(it.key()))
            sets.append(dialect.quote(it.key()) + u" = excluded."_s + dialect.quote(it.key()));
    }
    // With nothing else to set, setting the key to itself still returns the stored row.
    if (sets.isEmpty())
        sets.append(quotedKey.first() + u" = excluded."_s + quotedKey.first());
    return {insertColumns(table, dialect, values.keys()) + u" ON CONFLICT ("_s +
                quotedKey.join(u", "_s) + u") DO UPDATE SET "_s + sets.join(u", "_s) +
                u" RETURNING *"_s,
            Params(values.values())};
}

Statement update(const Table &table, const Dialect &dialect, const QVariantMap &filters,
                 const QVariantMap &values, bool returning)
{
    const FilterCompiler compiler(table, dialect);
    QVariantList params;
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        params.append(it.value());
        sets.append(compiler.quotedColumn(it.key()) + u" = "_s + placeholder(params.size()));
    }
    const SqlFragment where = compiler.where(filters, int(params.size()) + 1);
    params.append(where.params);
    QString sql = u"UPDATE "_s + target(table, dialect) + u" SET "_s + sets.join(u", "_s) +
                  whereClause(where);
    if (returning)
        sql += u" RETURNING *"_s;
    return {sql, Params(params)};
}

Statement remove(const Table &table, const Dialect &dialect, const QVariantMap &filters)
{
    const SqlFragment where = FilterCompiler(table, dialect).where(filters);
    return {u"DELETE FROM "_s + target(table, dialect) + whereClause(where), Params(where.params)};
}

QVariantMap merged(QVariantMap filters, const QVariantMap &extra)
{
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        filters.insert(it.key(), it.value());
    return filters;
}

QVariantMap keyOf(const Table &table, const Row &row, const QVariantMap &fallback)
{
    if (table.primaryKey.columns.isEmpty())
        return fallback;
    QVariantMap key;
    for (const QString &column : table.primaryKey.columns)
        key.insert(column, row.value(column));
    return key;
}

QList<QVariantList> toLists(const QList<QVariantMap> &rows, QStringList &columns)
{
    columns = rows.isEmpty() ? QStringList() : rows.first().keys();
    QList<QVariantList> lists;
    lists.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantMap &row = rows[i];
        if (row.size() != columns.size() || row.keys() != columns) {
            throw ConfigurationError(
                QCoreApplication::translate("Quarry::Ops",
                                            "row %1 has the columns %2, not %3 like the first row")
                    .arg(i + 1)
                    .arg(row.keys().join(u", "_s), columns.join(u", "_s)));
        }
        lists.append(row.values());
    }
    return lists;
}

} // namespace Quarry::OpsStatements
