// SPDX-License-Identifier: MIT
#pragma once

#include "schema/table.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace Quarry {

class Dialect;

/// A WHERE (or ORDER BY) fragment with its values, bound as `$n` placeholders numbered from
/// the first free one: never a value in the SQL text.
struct SqlFragment {
    QString sql{};
    QVariantList params{};
    bool isEmpty() const { return sql.isEmpty(); }
};

/// Compiles Django-style filters to bound SQL for one table in one dialect:
/// `{"name__like": "ch%", "age__gte": 3, "owner_id__in": QVariantList{1, 2}, "born__year": 2020}`.
/// Lookups: eq (the default), ne, gt, ge (gte), lt, le (lte), in, notin, between, like, ilike,
/// startswith, istartswith, endswith, iendswith, contains, icontains, isnull, year, month, day.
/// Patterns built from a value (startswith …) escape the wildcards in it. Case-sensitive matching
/// on SQLite, whose LIKE ignores ASCII case, is GLOB (the pattern converted). Conditions are
/// ANDed, in key order. An unknown column or lookup, or a value of the wrong shape, throws
/// ConfigurationError naming it.
class FilterCompiler {
public:
    FilterCompiler(const Table &table, const Dialect &dialect);

    /// The condition for \a filters; \a firstParam is the number of the first placeholder.
    SqlFragment where(const QVariantMap &filters, int firstParam = 1) const;
    /// `ORDER BY` keys: column names, `-name` for descending; empty list = empty fragment.
    QString orderBy(const QStringList &keys) const;
    /// Rows where any of \a columns contains \a term, case-insensitively (all text columns of
    /// the table when \a columns is empty).
    SqlFragment search(const QString &term, const QStringList &columns, int firstParam = 1) const;

    /// \a name quoted, after checking the table has such a column (else ConfigurationError).
    QString quotedColumn(const QString &name) const;

private:
    const Table &m_table;
    const Dialect &m_dialect;
};

} // namespace Quarry
