// SPDX-License-Identifier: MIT
#pragma once

#include "schema/column.h"
#include "schema/constraints.h"

#include <QList>
#include <QString>

namespace Quarry {

/// A table: columns in declaration order, keys, constraints and indexes. Foreign keys, unique
/// and check constraints and indexes are kept in the canonical order of sortCanonically() (the
/// reflectors and the model loader apply it) so equal tables compare equal.
struct Table {
    /// Empty = the connection's default schema (`main` on SQLite, `public` on PostgreSQL).
    QString schema{};
    QString name{};
    QList<Column> columns{};
    PrimaryKey primaryKey{};
    QList<ForeignKey> foreignKeys{};
    QList<UniqueConstraint> uniques{};
    QList<CheckConstraint> checks{};
    QList<Index> indexes{};
    QString comment{};
    /// SQLite `WITHOUT ROWID`.
    bool withoutRowid = false;
    /// SQLite `STRICT`.
    bool strict = false;

    const Column *column(QStringView name) const;
    Column *column(QStringView name);
    bool hasColumn(QStringView name) const { return column(name) != nullptr; }

    friend bool operator==(const Table &, const Table &) = default;
};

/// Puts \a table's foreign keys, uniques, checks and indexes in the canonical order: by name,
/// then foreign keys by columns, referred schema, table and columns; uniques by columns; checks
/// by text; indexes by parts. Stable, so entries equal in all of these keep their order.
void sortCanonically(Table &table);

} // namespace Quarry
