// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Comparison keys for SQL fragments (checks, defaults, generated columns, index keys and
/// predicates, view queries, trigger statements) written by people or rewritten by an engine.
/// PostgreSQL stores `age > 0` as `(age > 0)`, `x IN ('a')` as `((x)::text = ANY
/// (ARRAY['a'::character varying]))`, and quotes, casts and parenthesises freely: two texts get
/// equal keys when they differ only in such ways. Parentheses are dropped only where precedence
/// makes them redundant, so `(a + b) * c` and `a + b * c` keep different keys.
namespace Quarry::SqlNormalizer {

/// The key of \a sql: tokens with comments and whitespace gone, words and identifiers
/// lower-cased (quoted or not), casts (`::type`) removed, operator aliases unified (`!=`, `==`,
/// `~~`), `= ANY (ARRAY[…])` read as `IN (…)`, redundant parentheses removed. Words found in
/// \a renames (lower-case keys) are replaced, so an expression over renamed columns compares
/// equal to the same expression over the new names.
QString expressionKey(QStringView sql, const QHash<QString, QString> &renames = {});

/// The identifiers \a sql uses (lower-cased; keywords included: callers match against names
/// they know).
QStringList words(QStringView sql);

/// Whether \a sql mentions \a name as a word (bare or quoted, any case). Textual: it may see a
/// name in a string or as a column of another table, which only ever over-approximates.
bool mentions(QStringView sql, QStringView name);

} // namespace Quarry::SqlNormalizer
