// SPDX-License-Identifier: MIT
#pragma once

#include "schema/ddlcompiler.h"
#include "schema/metadata.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace Quarry {

class Dialect;

/// Compares the parts of two schemas by what they mean in one dialect, whichever side is a
/// portable model and whichever was reflected: types through the dialect's mapping, defaults
/// and expressions through SqlNormalizer keys, engine-implied properties (a primary-key column
/// is NOT NULL on PostgreSQL) made explicit.
class ColumnCompare {
public:
    /// \a dialect is the target; \a fromSource and \a toSource are the dialects the two sides'
    /// native types and SQL texts are written in (Metadata::dialect: empty, or \a dialect's name
    /// after convertMetadata()).
    ColumnCompare(const Dialect &dialect, QString fromSource, QString toSource);

    const Dialect &dialect() const { return m_dialect; }
    const QString &fromSource() const { return m_from; }
    const QString &toSource() const { return m_to; }

    /// The type \a column is written with in the target dialect, without what autoincrement
    /// adds on PostgreSQL (`integer`, not `serial`). \a source is the column's side's dialect.
    QString typeSql(const Column &column, QStringView source) const;
    /// The same type on both sides (portable types when both map to one; else the native
    /// texts, so PostgreSQL's json and jsonb stay apart when both sides were reflected).
    bool sameType(const Column &from, const Column &to) const;
    /// Whether changing \a from's type to \a to's cannot lose data: a longer or unbounded
    /// varchar or text, smallint → integer → bigint, real → double, a numeric with at least as
    /// many digits before and after the point.
    bool isWidening(const Column &from, const Column &to) const;
    /// NOT NULL as the engine enforces it: a primary-key, identity or serial column on
    /// PostgreSQL, the rowid alias on SQLite.
    bool isNullable(const Table &table, const Column &column) const;
    /// The comparison key of the column's default: empty for none (or NULL), `<now>` / `<uuid>`
    /// for the clock and UUID generators in any spelling, else SqlNormalizer's key with a
    /// quoted number unquoted for numeric columns (PostgreSQL stores -1 as `'-1'::integer`).
    QString defaultKey(const Column &column, QStringView source) const;
    /// The default as SQL for the target dialect (empty = none).
    QString defaultSql(const Column &column, QStringView source) const;
    /// Equal collations (names compared case-insensitively; empty = the default).
    static bool sameCollation(const QString &a, const QString &b);

    /// The differences between two columns.
    using Differences = ColumnDifferences;
    /// \a renames maps \a from's table's old column names (lower-case) to new ones, for
    /// generated expressions.
    Differences compare(const Table &fromTable, const Column &from, const Table &toTable,
                        const Column &to, const QHash<QString, QString> &renames) const;

private:
    const Dialect &m_dialect;
    QString m_from;
    QString m_to;
};

} // namespace Quarry
