// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Quarry {

class Params;

/// How an engine writes bind parameters.
enum class PlaceholderStyle {
    DollarNumber,   ///< PostgreSQL: $1, $2 …
    QuestionNumber, ///< SQLite: ?1, ?2 …
    QuestionMark,   ///< Qt SQL: ? in order of appearance
};

/// A statement rewritten from Quarry's placeholder syntax (`$1 …` positional or `:name`) into
/// one engine's. Quoted strings, quoted identifiers, comments, dollar-quoted bodies and `::`
/// casts are left alone.
struct RewrittenSql {
    QString sql;
    /// For each engine parameter slot (in slot order): the source. Positional sources are
    /// 0-based indexes into Params::positional(); named sources are names.
    QList<QVariant> sources;
    bool usesNamed = false;
    bool usesPositional = false;
    /// (offset in rewritten sql, offset in original sql) at each place the two start to differ,
    /// ascending; used to map an engine's error position back to what the caller wrote.
    QList<QPair<qsizetype, qsizetype>> offsetMap;

    /// Maps a 0-based character offset in `sql` back to the original statement.
    qsizetype originalPosition(qsizetype rewrittenPosition) const;
    /// The values for the slots, in slot order. Throws ConfigurationError when a positional
    /// index is out of range, a name is missing, or named and positional are mixed.
    QVariantList bind(const Params &params) const;
};

/// Rewrites \a sql for \a style. Throws ConfigurationError if the statement mixes `$n` and
/// `:name` placeholders.
RewrittenSql rewritePlaceholders(QStringView sql, PlaceholderStyle style);

} // namespace Quarry
