// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/columncompare.h"
#include "schema/metadata.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Quarry {

struct DiffOptions;

struct ColumnChange {
    const Column *from = nullptr;
    const Column *to = nullptr;
    ColumnCompare::Differences differences{};
};

/// What differs between the two versions of one table (pointers into the compared metadata).
/// Constraints are paired by name when both sides name them, else by content: a name the engine
/// generated (left empty by the reflectors) matches the same constraint however it is named on
/// the other side. A constraint whose content changed appears as dropped and added.
struct TableChanges {
    const Table *from = nullptr;
    const Table *to = nullptr;
    /// Old → new column names (DiffOptions::renameColumns), in \a to's column order.
    QList<std::pair<QString, QString>> renamedColumns{};
    /// The same, lower-case, for expression keys.
    QHash<QString, QString> renameKeys{};
    QList<const Column *> addedColumns{};
    QList<const Column *> droppedColumns{};
    QList<ColumnChange> alteredColumns{};
    bool primaryKeyChanged = false;
    QList<const UniqueConstraint *> addedUniques{}, droppedUniques{};
    QList<const CheckConstraint *> addedChecks{}, droppedChecks{};
    QList<const ForeignKey *> addedForeignKeys{}, droppedForeignKeys{};
    /// Foreign keys both versions have: (from, to).
    QList<std::pair<const ForeignKey *, const ForeignKey *>> keptForeignKeys{};
    QList<const Index *> addedIndexes{}, droppedIndexes{};
    /// SQLite WITHOUT ROWID / STRICT.
    bool optionsChanged = false;
    bool commentChanged = false;

    bool renamed() const { return from && to && from->name != to->name; }
    bool isEmpty() const;
    /// Columns dropped, renamed or retyped, or the table renamed: views and triggers over it
    /// may no longer fit.
    bool changesShape() const;
    /// The new name of \a from's column \a column.
    QString newColumnName(const QString &column) const;
};

/// Compares the two versions of each table of a diff.
class TableCompare {
public:
    /// \a from and \a to are the prepared sides (same dialect or portable); \a tableRenames maps
    /// old to new table names.
    TableCompare(const ColumnCompare &columns, const Metadata &from, const Metadata &to,
                 const DiffOptions &options);

    TableChanges compare(const Table &from, const Table &to) const;

    /// The name \a index has or gets (DdlCompiler::indexName()).
    static QString indexName(const Table &table, const Index &index);
    /// The name \a check of \a table has, or got from PostgreSQL (DdlCompiler::checkName()):
    /// after the one column of \a table its expression uses, if just one.
    static QString checkName(const Table &table, const CheckConstraint &check);

private:
    struct ForeignKeyTarget {
        QString schema;
        QString table;
        QStringList columns;
        friend bool operator==(const ForeignKeyTarget &, const ForeignKeyTarget &) = default;
    };
    ForeignKeyTarget target(const Table &table, const ForeignKey &fk, bool fromSide) const;
    QString schemaKey(const QString &schema) const;
    bool sameForeignKey(const TableChanges &c, const ForeignKey &a, const ForeignKey &b) const;
    bool sameIndex(const TableChanges &c, const Index &a, const Index &b) const;
    void compareConstraints(TableChanges &c) const;

    const ColumnCompare &m_columns;
    const Metadata &m_from;
    const Metadata &m_to;
    const DiffOptions &m_options;
    /// (schema, name) → table, for the referred tables of foreign keys.
    QHash<std::pair<QString, QString>, const Table *> m_fromTables;
    QHash<std::pair<QString, QString>, const Table *> m_toTables;
};

} // namespace Quarry
