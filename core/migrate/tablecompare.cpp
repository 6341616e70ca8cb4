// SPDX-License-Identifier: MIT
#include "migrate/tablecompare.h"

#include "migrate/schemadiff.h"
#include "migrate/sqlnormalizer.h"
#include "schema/ddlcompiler.h"
#include "schema/dialect.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

// Pairs entries by equal non-empty names first (a changed content is a drop and an add), then
// the rest by content where at least one side has no name.
template<typename T, typename Same>
void pairUp(const QList<T> &from, const QList<T> &to, Same same, QList<const T *> &dropped,
            QList<const T *> &added, QList<std::pair<const T *, const T *>> *kept = nullptr)
{
    QList<bool> fromUsed(from.size(), false);
    QList<bool> toUsed(to.size(), false);
    for (qsizetype j = 0; j < to.size(); ++j) {
        if (to[j].name.isEmpty())
            continue;
        for (qsizetype i = 0; i < from.size(); ++i) {
            if (fromUsed[i] || from[i].name != to[j].name)
                continue;
            fromUsed[i] = toUsed[j] = true;
            if (!same(from[i], to[j])) {
                dropped.append(&from[i]);
                added.append(&to[j]);
            } else if (kept) {
                kept->append(std::make_pair(&from[i], &to[j]));
            }
            break;
        }
    }
    for (qsizetype j = 0; j < to.size(); ++j) {
        for (qsizetype i = 0; i < from.size() && !toUsed[j]; ++i) {
            if (fromUsed[i] || (!from[i].name.isEmpty() && !to[j].name.isEmpty()) ||
                !same(from[i], to[j]))
                continue;
            fromUsed[i] = toUsed[j] = true;
            if (kept)
                kept->append(std::make_pair(&from[i], &to[j]));
        }
    }
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (!fromUsed[i])
            dropped.append(&from[i]);
    }
    for (qsizetype j = 0; j < to.size(); ++j) {
        if (!toUsed[j])
            added.append(&to[j]);
    }
}

} // namespace

bool TableChanges::isEmpty() const
{
    return !renamed() && renamedColumns.isEmpty() && addedColumns.isEmpty() &&
           droppedColumns.isEmpty() && alteredColumns.isEmpty() && !primaryKeyChanged &&
           addedUniques.isEmpty() && droppedUniques.isEmpty() && addedChecks.isEmpty() &&
           droppedChecks.isEmpty() && addedForeignKeys.isEmpty() && droppedForeignKeys.isEmpty() &&
           addedIndexes.isEmpty() && droppedIndexes.isEmpty() && !optionsChanged && !commentChanged;
}

bool TableChanges::changesShape() const
{
    if (renamed() || !renamedColumns.isEmpty() || !droppedColumns.isEmpty())
        return true;
    return std::any_of(alteredColumns.cbegin(), alteredColumns.cend(), [](const ColumnChange &c) {
        return c.differences.type || c.differences.generated || c.differences.collation;
    });
}

QString TableChanges::newColumnName(const QString &column) const
{
    for (const auto &[old, renamedTo] : renamedColumns) {
        if (old == column)
            return renamedTo;
    }
    return column;
}

TableCompare::TableCompare(const ColumnCompare &columns, const Metadata &from, const Metadata &to,
                           const DiffOptions &options)
    : m_columns(columns)
    , m_from(from)
    , m_to(to)
    , m_options(options)
{
    for (const Table *t : from.tables())
        m_fromTables.insert({schemaKey(t->schema), t->name}, t);
    for (const Table *t : to.tables())
        m_toTables.insert({schemaKey(t->schema), t->name}, t);
}

QString TableCompare::indexName(const Table &table, const Index &index)
{
    return DdlCompiler::indexName(table, index);
}

QString TableCompare::checkName(const Table &table, const CheckConstraint &check)
{
    if (!check.name.isEmpty())
        return check.name;
    // PostgreSQL names a check after the one column its expression uses, else the table alone.
    QSet<QString> used;
    const QStringList words = SqlNormalizer::words(check.sql);
    for (const Column &column : table.columns) {
        if (words.contains(column.name.toLower()))
            used.insert(column.name);
    }
    return DdlCompiler::checkName(table, check, used.size() == 1 ? *used.cbegin() : QString());
}

QString TableCompare::schemaKey(const QString &schema) const
{
    return schema.isEmpty() ? m_columns.dialect().defaultSchema() : schema;
}

TableCompare::ForeignKeyTarget TableCompare::target(const Table &table, const ForeignKey &fk,
                                                    bool fromSide) const
{
    ForeignKeyTarget t;
    t.schema = schemaKey(fk.referredSchema.isEmpty() ? table.schema : fk.referredSchema);
    t.table = fk.referredTable;
    t.columns = fk.referredColumns;
    if (t.columns.isEmpty()) { // the referred table's primary key
        const QHash<std::pair<QString, QString>, const Table *> &tables =
            fromSide ? m_fromTables : m_toTables;
        if (const Table *referred = tables.value({t.schema, t.table}))
            t.columns = referred->primaryKey.columns;
    }
    if (fromSide) {
        t.table = m_options.renameTables.value(t.table, t.table);
        for (QString &column : t.columns)
            column = m_options.renameColumns.value(t.table + u'.' + column, column);
    }
    return t;
}

bool TableCompare::sameForeignKey(const TableChanges &c, const ForeignKey &a,
                                  const ForeignKey &b) const
{
    QStringList columns;
    for (const QString &column : a.columns)
        columns.append(c.newColumnName(column));
    return columns == b.columns && target(*c.from, a, true) == target(*c.to, b, false) &&
           a.onDelete == b.onDelete && a.onUpdate == b.onUpdate && a.deferrable == b.deferrable &&
           a.initiallyDeferred == b.initiallyDeferred;
}

bool TableCompare::sameIndex(const TableChanges &c, const Index &a, const Index &b) const
{
    if (a.unique != b.unique || a.parts.size() != b.parts.size() ||
        a.method.compare(b.method, Qt::CaseInsensitive) != 0 ||
        SqlNormalizer::expressionKey(a.where, c.renameKeys) !=
            SqlNormalizer::expressionKey(b.where))
        return false;
    for (qsizetype k = 0; k < a.parts.size(); ++k) {
        const IndexPart &p = a.parts[k];
        const IndexPart &q = b.parts[k];
        const bool sameKey =
            p.column.isEmpty()
                ? q.column.isEmpty() && SqlNormalizer::expressionKey(p.expression, c.renameKeys) ==
                                            SqlNormalizer::expressionKey(q.expression)
                : c.newColumnName(p.column) == q.column;
        if (!sameKey || p.descending != q.descending ||
            !ColumnCompare::sameCollation(p.collation, q.collation) || p.opclass != q.opclass)
            return false;
    }
    return true;
}

void TableCompare::compareConstraints(TableChanges &c) const
{
    const Table &from = *c.from;
    const Table &to = *c.to;

    QStringList key;
    for (const QString &column : from.primaryKey.columns)
        key.append(c.newColumnName(column));
    c.primaryKeyChanged = key != to.primaryKey.columns ||
                          (!from.primaryKey.name.isEmpty() && !to.primaryKey.name.isEmpty() &&
                           from.primaryKey.name != to.primaryKey.name);

    pairUp(
        from.uniques, to.uniques,
        [&c](const UniqueConstraint &a, const UniqueConstraint &b) {
            QStringList columns;
            for (const QString &column : a.columns)
                columns.append(c.newColumnName(column));
            return columns == b.columns;
        },
        c.droppedUniques, c.addedUniques);
    pairUp(
        from.checks, to.checks,
        [&c](const CheckConstraint &a, const CheckConstraint &b) {
            return SqlNormalizer::expressionKey(a.sql, c.renameKeys) ==
                   SqlNormalizer::expressionKey(b.sql);
        },
        c.droppedChecks, c.addedChecks);
    pairUp(
        from.foreignKeys, to.foreignKeys,
        [this, &c](const ForeignKey &a, const ForeignKey &b) { return sameForeignKey(c, a, b); },
        c.droppedForeignKeys, c.addedForeignKeys, &c.keptForeignKeys);

    // Indexes always have a name (or get the generated one): pair by it.
    QList<bool> toUsed(to.indexes.size(), false);
    for (const Index &a : from.indexes) {
        const QString name = indexName(from, a);
        qsizetype match = -1;
        for (qsizetype j = 0; j < to.indexes.size() && match < 0; ++j) {
            if (!toUsed[j] && indexName(to, to.indexes[j]) == name)
                match = j;
        }
        if (match >= 0) {
            toUsed[match] = true;
            if (sameIndex(c, a, to.indexes[match]))
                continue;
            c.addedIndexes.append(&to.indexes[match]);
        }
        c.droppedIndexes.append(&a);
    }
    for (qsizetype j = 0; j < to.indexes.size(); ++j) {
        if (!toUsed[j])
            c.addedIndexes.append(&to.indexes[j]);
    }
}

TableChanges TableCompare::compare(const Table &from, const Table &to) const
{
    TableChanges c;
    c.from = &from;
    c.to = &to;
    // Renames are keyed by the new table name: "table.oldColumn" → "newColumn".
    const QString prefix = to.name + u'.';
    for (auto it = m_options.renameColumns.cbegin(); it != m_options.renameColumns.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString old = it.key().mid(prefix.size());
        if (from.hasColumn(old) && to.hasColumn(it.value()) && !from.hasColumn(it.value())) {
            c.renamedColumns.append({old, it.value()});
            c.renameKeys.insert(old.toLower(), it.value());
        }
    }
    std::sort(c.renamedColumns.begin(), c.renamedColumns.end(),
              [&to](const auto &a, const auto &b) {
                  return to.columns.indexOf(*to.column(a.second)) <
                         to.columns.indexOf(*to.column(b.second));
              });

    QSet<QString> matched;
    for (const Column &column : to.columns) {
        QString old = column.name;
        for (const auto &[oldName, newName] : std::as_const(c.renamedColumns)) {
            if (newName == column.name)
                old = oldName;
        }
        const Column *before = from.column(old);
        if (!before) {
            c.addedColumns.append(&column);
            continue;
        }
        matched.insert(old);
        const ColumnCompare::Differences d =
            m_columns.compare(from, *before, to, column, c.renameKeys);
        if (d.any())
            c.alteredColumns.append(ColumnChange{.from = before, .to = &column, .differences = d});
    }
    for (const Column &column : from.columns) {
        if (!matched.contains(column.name))
            c.droppedColumns.append(&column);
    }
    compareConstraints(c);
    const Dialect &dialect = m_columns.dialect();
    c.optionsChanged = dialect.kind() == Dialect::Kind::Sqlite &&
                       (from.withoutRowid != to.withoutRowid || from.strict != to.strict);
    c.commentChanged = dialect.supportsComments() && from.comment != to.comment;
    return c;
}

} // namespace Quarry
