// SPDX-License-Identifier: MIT
#pragma once

#include "connection/params.h"
#include "schema/table.h"

#include <QVariantMap>

#include <optional>

namespace Quarry {

class Dialect;

/// The SQL that reads one page of a table or view for a browsing client (the data grid): by key
/// after the last row of the previous page (keyset, no OFFSET), from a key sampled at the page's
/// first row, by a jump whose OFFSET walks only the key's index, or — when rows are ordered by
/// something other than a single-column key — by plain LIMIT/OFFSET with the key breaking ties.
/// Filters are FilterCompiler maps. Rows are read by column name (never `SELECT *`), in the
/// order of Table::columns.
class PageQuery {
public:
    /// \a view: \a table is a view's columns (no row address to break ties with).
    PageQuery(Table table, const Dialect &dialect, bool view = false);

    /// Orders by \a column (empty = the key, or nothing for keyless views).
    void setOrder(QString column, bool descending);
    void setFilters(QVariantMap filters);

    /// The single key column (the primary key), empty when there is none.
    QString keyColumn() const { return m_key; }
    /// Whether every row has its own place in the order, so pages read one by one never skip
    /// or repeat a row: a key or row address breaks ties. Not so for a view without a key.
    bool stableOrder() const { return !m_tieBreak.isEmpty(); }
    /// Whether pages can be read by key: rows are in key order and the key is never NULL.
    bool byKey() const;

    /// The \a limit rows after the row whose key is \a lastKey (byKey() only).
    Statement after(const QVariant &lastKey, int limit) const;
    /// The \a limit rows from the row whose key is \a firstKey on (byKey() only).
    Statement from(const QVariant &firstKey, int limit) const;
    /// Whether sample() can be used: byKey().
    bool canSample() const;
    /// The keys of rows 0, \a every, 2·\a every … in the current order and filter, in that
    /// order: one walk over the key's index (a recursive query that seeks, then skips \a every
    /// keys), after which any page is read by key instead of by OFFSET.
    Statement sample(int every) const;
    /// The \a limit rows from row \a offset on (0-based).
    Statement at(qint64 offset, int limit) const;
    /// The exact number of rows matching the filters.
    Statement count() const;
    /// A catalog estimate of the row count, read at once (PostgreSQL, unfiltered tables only).
    std::optional<Statement> estimate() const;

    /// Reads large values cut (0: whole, the default): a text or binary value of a column
    /// that can hold large ones comes as its first \a size characters (text) or bytes, and
    /// its whole size in a column after the table's. Key columns are never cut, and nothing
    /// is cut where a row cannot be found again (a view without a key): value() reads a cut
    /// value whole, by the row's identity. PostgreSQL's bytea is cut on the server, never
    /// read whole in hex.
    void setCut(int size);
    int cut() const { return m_cut; }
    /// The columns read cut (indexes into Table::columns). The size of column
    /// cutColumns()[i] is result column Table::columns.size() + i: NULL when the value came
    /// whole, else its size in bytes.
    const QList<int> &cutColumns() const { return m_cutColumns; }
    /// The columns of a page: the table's, then the sizes and the row address.
    int width() const;
    /// Where a row's identity starts in a page read with cuts: the primary key's columns (by
    /// their indexes into Table::columns), or the row address read after the sizes.
    QList<int> identityColumns() const;
    /// The whole value of \a column of the row whose identityColumns() values are
    /// \a identity; no row when it was deleted (or, without a key, moved) meanwhile.
    Statement value(const QString &column, const QVariantList &identity) const;

private:
    QString select() const;
    /// The select list item of \a column: the column, or its cut form.
    QString selected(int column) const;
    /// The select list items after the table's columns: sizes, then the row address.
    QStringList cutExtras() const;
    bool cuttable(const Column &column) const;
    QString from() const;
    QString orderBy(bool reversed = false) const;
    Statement fromKey(const QVariant &key, bool inclusive, int limit) const;

    Table m_table;
    const Dialect *m_dialect;
    QString m_key;
    bool m_keyNullable = true;
    /// Whether a column of the primary key can hold NULL (rows cannot be found by it then).
    bool m_primaryKeyNullable = false;
    bool m_view = false;
    bool m_keyInteger = false;
    /// What tells rows apart after the order column, as SQL: the primary key's columns; else
    /// (or after a key that may be NULL) the row address of a table — SQLite's rowid,
    /// PostgreSQL's tableoid and ctid. Empty for a view without a key.
    QStringList m_tieBreak;
    QString m_orderColumn;
    bool m_descending = false;
    QVariantMap m_filters;
    int m_cut = 0;
    QList<int> m_cutColumns;
    /// The row address read after the sizes when rows are found again by it (no usable key).
    QStringList m_address;
};

} // namespace Quarry
