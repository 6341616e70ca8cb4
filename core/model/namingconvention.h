// SPDX-License-Identifier: MIT
#pragma once

#include "schema/table.h"

#include <QString>
#include <QStringList>

namespace Quarry {

/// Patterns that name constraints and indexes a model leaves unnamed, so that every database
/// created from the model uses the same names (which migrations and diffs rely on).
///
/// Placeholders: `{table}`; `{columns}` (the column names joined by `_`; an index expression
/// contributes its identifier characters, `lower(email)` → `lower_email`; for a check, the
/// column it is declared on, or else its 1-based position in the table's `checks`);
/// `{referredTable}` (foreign keys only). An empty pattern leaves that kind unnamed (the
/// engine picks a name). Names longer than PostgreSQL's 63 bytes are cut and end in `_` plus 8
/// hex digits of their SHA-1, so they stay unique and the engine does not cut them differently.
struct NamingConvention {
    QString primaryKey = QStringLiteral("pk_{table}");
    QString foreignKey = QStringLiteral("fk_{table}_{columns}_{referredTable}");
    QString unique = QStringLiteral("uq_{table}_{columns}");
    QString check = QStringLiteral("ck_{table}_{columns}");
    QString index = QStringLiteral("ix_{table}_{columns}");

    QString primaryKeyName(const Table &table) const;
    QString foreignKeyName(const Table &table, const ForeignKey &foreignKey) const;
    QString uniqueName(const Table &table, const UniqueConstraint &unique) const;
    QString indexName(const Table &table, const Index &index) const;
    /// \a key is the column the check is declared on, or its 1-based position as text.
    QString checkName(const Table &table, const QString &key) const;

    /// Fills \a pattern in. Empty when \a pattern is empty.
    static QString expand(QStringView pattern, const QString &table, const QStringList &columns,
                          const QString &referredTable = {});
    /// The first `{…}` placeholder in \a pattern that is not allowed (`{referredTable}` only
    /// when \a foreignKey), or a lone brace; empty when the pattern is valid.
    static QString invalidPlaceholder(QStringView pattern, bool foreignKey);

    friend bool operator==(const NamingConvention &, const NamingConvention &) = default;
};

} // namespace Quarry
