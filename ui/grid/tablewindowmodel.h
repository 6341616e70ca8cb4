// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "database/database.h"
#include "grid/pendingedits.h"
#include "ops/pagequery.h"
#include "schema/table.h"

#include <QAbstractTableModel>
#include <QCoroTask>
#include <QHash>
#include <QList>
#include <QSet>

namespace Quarry::Ui {

/// The data grid's model: a table or view of any size, of which only a window of pages around
/// what the view last asked for is held. Pages are read on the database's worker threads, by
/// key where the order allows it; the row count arrives in the background (an estimate first:
/// PostgreSQL's catalog, SQLite's integer key span; then the exact count). In key order the
/// count is a walk that samples the key of every page's first row, so that a jump anywhere
/// reads by key instead of walking an OFFSET. Replies to requests made before a sort or filter
/// change are dropped. Nothing here waits: data() answers at once, with a placeholder for rows
/// still on their way, and dataChanged() follows.
///
/// Rows are read by column name. The table's definition is read again before the first page
/// (the copy it was opened with may be old), and again whenever a page comes back with other
/// columns or types, a read fails, or a save finds the table changed: the model then follows
/// the table as it is now (tableChanged()), keeps the pending edits that still apply, and
/// never writes through a stale column map.
class TableWindowModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    /// Pages kept at most (≈ 12k rows); the farthest from the last request go first.
    static constexpr int MaxPages = 48;
    /// Bytes of values kept at most, whatever the rows hold: pages go first past this too.
    static constexpr qint64 MaxBytes = qint64(64) << 20;
    /// Text and binary values past this many bytes are held cut (see PageQuery::setCut): the
    /// grid shows a start, the viewer, copies and files read them whole.
    static constexpr int CutSize = 4096;

    /// Reads \a table's definition as it is now, then the first page and the count. Edits
    /// need a primary key and \a readOnly false.
    TableWindowModel(Database database, Table table, bool readOnly = true,
                     QObject *parent = nullptr);
    ~TableWindowModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorting runs in the database.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// FilterCompiler filters, run in the database; an invalid one throws ConfigurationError.
    void setFilters(QVariantMap filters);
    /// Reads (and saves) through \a session instead of short sessions of their own: the
    /// grid's manual-transaction mode, where reads must see the tab's uncommitted writes.
    void setSession(std::optional<Session> session);
    /// Stops a running COUNT(*) (a huge table, a slow filter): the count stays an estimate.
    void cancelCount();
    bool isCounting() const { return m_counting; }
    /// Reads everything again (after a commit or rollback elsewhere).
    void reload() { restart(); }
    /// Reads the table's definition again (DDL ran elsewhere in the app) and, only if it
    /// changed, follows it (tableChanged()).
    void recheck();

    // Editing: all pending (highlighted) until save(); see PendingEdits.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Whether rows can be edited: not read-only, and a primary key identifies them.
    bool isEditable() const;
    /// Appends a new row (columns left to their defaults); returns its row number.
    int addRow();
    /// Marks existing rows deleted, drops new ones.
    void removeRowsAt(QList<int> rows);
    void setNull(const QModelIndexList &indexes);
    int pendingCount() const { return m_edits.count(); }
    /// Writes every pending edit in one transaction (a savepoint inside the session's open
    /// one): all or nothing. On failure nothing is written, the edits stay for the user to
    /// fix, and errorOccurred() says what failed.
    QCoro::Task<bool> save();
    void discard();

    const Table &table() const { return m_table; }
    /// Whether rows keep their places from page to page (false for a view without a key:
    /// the database may hand them out in another order each time).
    bool hasStableOrder() const { return m_query.stableOrder(); }
    /// Whether rowCount() is the exact count (not yet the first page, nor an estimate).
    bool isCountExact() const { return m_countExact; }
    /// Whether the row at \a row is held (not a placeholder).
    bool isLoaded(int row) const;
    /// The raw value (EditRole gives the same): the start of a value held cut.
    QVariant value(int row, int column) const;
    /// The whole size in bytes of a value held cut; -1 when it is held whole (or not held).
    qint64 cutSize(int row, int column) const;
    /// The whole value of a cell as the grid shows it (a pending edit applied), read from the
    /// database when it is held cut. None when the row is gone, or the model was sorted,
    /// filtered or reset meanwhile.
    QCoro::Task<std::optional<QVariant>> wholeValue(int row, int column);
    /// Whether the cell's row can be edited (an edit of a cut value replaces it whole; it is
    /// not edited in place, so flags() leaves it read-only).
    bool canEdit(const QModelIndex &index) const;
    /// The bytes of values the held pages take (an estimate: strings, blobs, the rest).
    qint64 heldBytes() const { return m_bytes; }
    /// The values of model rows \a rows in \a columns as the grid shows them (pending edits
    /// applied), in row order; pages not held are read from the database and not kept. Empty
    /// when the order or filter changed meanwhile.
    QCoro::Task<QList<QVariantList>> rowValues(QList<int> rows, QList<int> columns);
    int cachedPages() const { return int(m_pages.size()); }
    /// Pages whose first key is known (read by key wherever they are).
    int sampledPages() const { return int(m_sample.size()); }
    /// Whether reads are in flight.
    bool isBusy() const { return !m_inFlight.isEmpty() || m_counting || m_checking; }

Q_SIGNALS:
    void countChanged(qint64 rows, bool exact);
    /// The table's definition in the database differs from the one the model had: columns
    /// and key are the new ones now; \a message says so, and what became of pending edits.
    void tableChanged(const QString &message);
    /// The table is gone from the database (dropped or renamed by someone else).
    void tableMissing();
    void editsChanged(int pending);
    void pageLoaded(int page);
    void errorOccurred(const QString &message);

private:
    void restart();
    /// Reads the table's definition; when it changed, follows it. \a failure is what made the
    /// model look (a read that failed), reported when the definition turns out unchanged.
    QCoro::Task<void> checkTable(quint64 generation, QString failure);
    /// A read failed: checks the table (once per generation), which reports the failure.
    void lookAfterFailure(const QString &failure);
    /// errorOccurred(), once per generation: repaints and the count do not repeat it.
    void report(const QString &failure);
    /// Takes \a table as the model's definition; returns the message for tableChanged().
    QString adoptTable(Table table);
    void findKey();
    /// Whether a page's columns are the ones the model reads (names and declared types).
    bool matchesColumns(const ResultColumns &columns) const;
    void want(int page) const;
    void pump();
    void evict();
    /// A PageQuery for the model's table as it is now.
    PageQuery makeQuery() const;
    /// The whole value of column \a column of row \a r of \a page, read by the row's identity.
    QCoro::Task<std::optional<QVariant>> readWhole(Result page, qsizetype r, int column);
    void setRowCount(qint64 rows, bool exact);
    QCoro::Task<void> fetch(int page, quint64 generation);
    QCoro::Task<void> countRows(quint64 generation);
    /// The exact count by sampling every page's first key (one walk over the key's index).
    QCoro::Task<qint64> sampleKeys(Session session, quint64 generation);
    /// The SQL reading \a pages pages from \a page on.
    Statement pageStatement(int page, int pages = 1) const;
    Session readSession() const;
    /// The primary key of a held row; empty when its page is not held.
    PendingEdits::Key keyOf(int row) const;
    /// The primary key of row \a r of \a page.
    PendingEdits::Key keyOf(const Result &page, qsizetype r) const;
    void editsTouched(int firstRow, int lastRow);

    Database m_database;
    Table m_table;
    PageQuery m_query;
    int m_keyIndex = -1;
    QList<int> m_keyIndexes;
    bool m_readOnly = true;
    PendingEdits m_edits;
    std::optional<Session> m_session;
    std::optional<Session> m_countSession;
    quint64 m_generation = 0;
    /// Whether m_table was read from the database (not taken on trust from the caller).
    bool m_tableChecked = false;
    /// Whether the table is a view (known once checked).
    bool m_view = false;
    bool m_checking = false;
    /// The columns of the first page read since then: later pages must match them.
    ResultColumns m_columns;
    /// Pages whose read failed in this generation: not asked for again until a restart.
    QSet<int> m_failed;
    bool m_reported = false;
    /// Held pages of PageSize rows (the last one shorter), by page number.
    QHash<int, Result> m_pages;
    /// The bytes each held page takes, and their sum.
    QHash<int, qint64> m_pageBytes;
    qint64 m_bytes = 0;
    /// The key of row page × PageSize, for every page (once sampled).
    QVariantList m_sample;
    QSet<int> m_inFlight;
    // data() is const; asking for a page is not a visible change of the model.
    mutable QList<int> m_queue;
    mutable int m_focus = 0;
    mutable bool m_pumpQueued = false;
    int m_rows = 0;
    bool m_countExact = false;
    bool m_counting = false;
};

} // namespace Quarry::Ui
