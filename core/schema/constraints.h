// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Quarry {

// Constraint and index names are empty when the engine generated them (PostgreSQL's
// `t_pkey`, `t_a_fkey`, `t_a_key`, `t_a_check`; SQLite's `sqlite_autoindex_t_1` and unnamed
// constraints), so metadata compares equal across databases whatever the engine called them.

struct PrimaryKey {
    QString name{};
    QStringList columns{};
    bool isEmpty() const { return columns.isEmpty(); }
    friend bool operator==(const PrimaryKey &, const PrimaryKey &) = default;
};

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

/// The SQL spelling: `NO ACTION`, `RESTRICT`, `CASCADE`, `SET NULL`, `SET DEFAULT`.
QString referentialActionSql(ReferentialAction action);

struct ForeignKey {
    QString name{};
    QStringList columns{};
    /// Empty = the referring table's schema.
    QString referredSchema{};
    QString referredTable{};
    QStringList referredColumns{};
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    bool deferrable = false;
    bool initiallyDeferred = false;
    friend bool operator==(const ForeignKey &, const ForeignKey &) = default;
};

struct UniqueConstraint {
    QString name{};
    QStringList columns{};
    friend bool operator==(const UniqueConstraint &, const UniqueConstraint &) = default;
};

struct CheckConstraint {
    QString name{};
    /// The boolean expression, without `CHECK (` `)`.
    QString sql{};
    friend bool operator==(const CheckConstraint &, const CheckConstraint &) = default;
};

/// One key of an index: a column or an expression.
struct IndexPart {
    /// Column name; empty when this part is an expression.
    QString column{};
    /// SQL expression text (`lower(name)`); empty when this part is a column.
    QString expression{};
    bool descending = false;
    /// Explicit collation; empty = default.
    QString collation{};
    /// PostgreSQL operator class when not the type's default (`text_pattern_ops`).
    QString opclass{};
    friend bool operator==(const IndexPart &, const IndexPart &) = default;
};

/// An index created by CREATE INDEX (not the ones backing PRIMARY KEY / UNIQUE constraints).
struct Index {
    QString name{};
    bool unique = false;
    QList<IndexPart> parts{};
    /// Partial index predicate, without `WHERE`; empty = whole table.
    QString where{};
    /// PostgreSQL access method when not btree (`gin`, `hash`); empty = default.
    QString method{};
    friend bool operator==(const Index &, const Index &) = default;
};

} // namespace Quarry
