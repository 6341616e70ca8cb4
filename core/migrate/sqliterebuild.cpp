// SPDX-License-Identifier: MIT
#include "migrate/sqliterebuild.h"

#include "migrate/sqlnormalizer.h"
#include "schema/ddlcompiler.h"
#include "schema/dialect.h"

using namespace Qt::StringLiterals;

namespace Quarry::SqliteRebuild {

namespace {

// The ADD COLUMN rules of https://www.sqlite.org/lang_altertable.html#altertabaddcol.
bool canAdd(const Table &to, const Column &column, const ColumnCompare &compare,
            const ForeignKey *reference)
{
    if (to.primaryKey.columns.contains(column.name))
        return false;
    for (const UniqueConstraint &u : to.uniques) {
        if (u.columns.contains(column.name))
            return false;
    }
    if (!column.generatedSql.isEmpty())
        return !column.generatedStored;
    const QString value = compare.defaultSql(column, compare.toSource()).trimmed();
    static const QStringList clocks{u"current_time"_s, u"current_date"_s, u"current_timestamp"_s};
    if (value.startsWith(u'(') || clocks.contains(value.toLower()))
        return false;
    const bool hasDefault = !compare.defaultKey(column, compare.toSource()).isEmpty();
    if (!compare.isNullable(to, column) && !hasDefault)
        return false;
    return !(reference && hasDefault);
}

bool uses(const QStringList &columns, const QString &column)
{
    return std::any_of(columns.cbegin(), columns.cend(), [&](const QString &c) {
        return c.compare(column, Qt::CaseInsensitive) == 0;
    });
}

// The DROP COLUMN rules: the column is no key, in no constraint, index or generated column
// (views and triggers that mention the table are dropped by the plan first).
bool canDrop(const TableChanges &changes, const Column &column)
{
    const Table &from = *changes.from;
    if (uses(from.primaryKey.columns, column.name))
        return false;
    for (const UniqueConstraint &u : from.uniques) {
        if (uses(u.columns, column.name))
            return false;
    }
    for (const ForeignKey &fk : from.foreignKeys) {
        if (uses(fk.columns, column.name))
            return false;
    }
    for (const CheckConstraint &check : from.checks) {
        if (SqlNormalizer::mentions(check.sql, column.name))
            return false;
    }
    for (const Column &other : from.columns) {
        if (!other.generatedSql.isEmpty() &&
            SqlNormalizer::mentions(other.generatedSql, column.name))
            return false;
    }
    for (const Index &index : from.indexes) {
        if (changes.droppedIndexes.contains(&index))
            continue; // dropped before the column
        if (SqlNormalizer::mentions(index.where, column.name))
            return false;
        for (const IndexPart &part : index.parts) {
            if (part.column.compare(column.name, Qt::CaseInsensitive) == 0 ||
                SqlNormalizer::mentions(part.expression, column.name))
                return false;
        }
    }
    return true;
}

bool hasRowidAlias(const Table &table, const ColumnCompare &compare)
{
    if (table.withoutRowid || table.primaryKey.columns.size() != 1)
        return false;
    const Column *key = table.column(table.primaryKey.columns.first());
    return key &&
           compare.typeSql(*key, compare.toSource()).compare(u"INTEGER", Qt::CaseInsensitive) == 0;
}

bool hasAutoincrement(const Table &table)
{
    return std::any_of(table.columns.cbegin(), table.columns.cend(),
                       [](const Column &c) { return c.autoincrement; });
}

} // namespace

const ForeignKey *inlineReference(const TableChanges &changes, const Column &column)
{
    for (const ForeignKey *fk : changes.addedForeignKeys) {
        if (fk->columns == QStringList(column.name))
            return fk;
    }
    return nullptr;
}

bool needed(const TableChanges &changes, const ColumnCompare &compare)
{
    if (!changes.alteredColumns.isEmpty() || changes.primaryKeyChanged ||
        !changes.addedUniques.isEmpty() || !changes.droppedUniques.isEmpty() ||
        !changes.addedChecks.isEmpty() || !changes.droppedChecks.isEmpty() ||
        !changes.droppedForeignKeys.isEmpty() || changes.optionsChanged)
        return true;
    for (const ForeignKey *fk : changes.addedForeignKeys) {
        const bool onNewColumn =
            fk->columns.size() == 1 &&
            std::any_of(changes.addedColumns.cbegin(), changes.addedColumns.cend(),
                        [&](const Column *c) { return c->name == fk->columns.first(); });
        if (!onNewColumn)
            return true;
    }
    for (const Column *column : changes.addedColumns) {
        if (!canAdd(*changes.to, *column, compare, inlineReference(changes, *column)))
            return true;
    }
    for (const Column *column : changes.droppedColumns) {
        if (!canDrop(changes, *column))
            return true;
    }
    return false;
}

QStringList statements(const TableChanges &changes, const ColumnCompare &compare,
                       const QString &temporaryName)
{
    const Dialect &dialect = compare.dialect();
    const Table &to = *changes.to;
    const Table &from = *changes.from;
    const DdlCompiler ddl(dialect, compare.toSource());

    Table fresh = to;
    fresh.name = temporaryName;
    fresh.indexes.clear();
    QStringList out;
    out.append(ddl.createTable(fresh).first());

    // Columns both versions have, by their new names (renames ran in place before).
    QStringList copied;
    for (const Column &column : to.columns) {
        const bool added = std::any_of(changes.addedColumns.cbegin(), changes.addedColumns.cend(),
                                       [&](const Column *c) { return c == &column; });
        if (!added && column.generatedSql.isEmpty())
            copied.append(dialect.quote(column.name));
    }
    const bool rowidColumn =
        std::any_of(to.columns.cbegin(), to.columns.cend(), [](const Column &c) {
            return c.name.compare(u"rowid", Qt::CaseInsensitive) == 0 ||
                   c.name.compare(u"_rowid_", Qt::CaseInsensitive) == 0 ||
                   c.name.compare(u"oid", Qt::CaseInsensitive) == 0;
        });
    // Implicit rowids keep their values (something outside the schema may hold them).
    if (!from.withoutRowid && !to.withoutRowid && !hasRowidAlias(to, compare) && !rowidColumn)
        copied.prepend(u"rowid"_s);
    const QString oldName = dialect.qualified(to.schema, to.name);
    const QString newName = dialect.qualified(to.schema, temporaryName);
    if (!copied.isEmpty()) {
        const QString list = copied.join(u", "_s);
        out.append(u"INSERT INTO "_s + newName + u" ("_s + list + u") SELECT "_s + list +
                   u" FROM "_s + oldName);
    }
    if (hasAutoincrement(to) && hasAutoincrement(from)) {
        // AUTOINCREMENT never reuses an id: carry the counter over, not just max(id).
        const QString sequence = dialect.qualified(to.schema, u"sqlite_sequence"_s);
        out.append(u"DELETE FROM "_s + sequence + u" WHERE name = "_s +
                   dialect.literal(temporaryName));
        out.append(u"INSERT INTO "_s + sequence + u" (name, seq) SELECT "_s +
                   dialect.literal(temporaryName) + u", seq FROM "_s + sequence +
                   u" WHERE name = "_s + dialect.literal(to.name));
    }
    out.append(ddl.dropTable(to.schema, to.name, false, false));
    out.append(ddl.renameTable(fresh, to.name));
    for (const Index &index : to.indexes)
        out.append(ddl.createIndex(to, index));
    return out;
}

} // namespace Quarry::SqliteRebuild
