// SPDX-License-Identifier: MIT
#pragma once

#include "schema/objects.h"
#include "schema/table.h"

#include <QList>
#include <QString>

namespace Quarry {

/// One namespace: a PostgreSQL schema, or an SQLite database (`main`, attached ones).
struct Schema {
    /// Empty = the connection's default schema.
    QString name{};
    QList<Table> tables{};
    QList<View> views{};
    QList<Sequence> sequences{};
    QList<Trigger> triggers{};

    const Table *table(QStringView name) const;
    Table *table(QStringView name);
    const View *view(QStringView name) const;

    friend bool operator==(const Schema &, const Schema &) = default;
};

/// A database's (or a model's) schema objects. Reflectors sort schemas and their tables, views,
/// sequences and triggers by name.
struct Metadata {
    /// The dialect Column::nativeType and SQL texts are written in (`sqlite`, `postgresql`);
    /// empty for portable models.
    QString dialect{};
    QList<Schema> schemas{};

    /// The schema called \a name (empty = default schema); created when \a create.
    Schema *schema(QStringView name, bool create = false);
    const Schema *schema(QStringView name) const;
    /// The table \a name in \a schema, or — when \a schema is empty — in any schema (the first
    /// match).
    const Table *table(QStringView name, QStringView schema = {}) const;
    Table *table(QStringView name, QStringView schema = {});
    /// Every table of every schema, in schema order.
    QList<const Table *> tables() const;
    qsizetype tableCount() const;

    friend bool operator==(const Metadata &, const Metadata &) = default;
};

} // namespace Quarry
