// SPDX-License-Identifier: MIT
#pragma once

#include "schema/column.h"
#include "schema/constraints.h"

#include <QList>
#include <QString>

namespace Quarry {

/// A table: columns in declaration order, keys, constraints and indexes. Foreign keys, unique
/// and check constraints and indexes are kept in a canonical order (reflectors sort them by
/// name, then by columns / text) so equal tables compare equal.
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

} // namespace Quarry
