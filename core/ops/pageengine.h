// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "database/database.h"
#include "ops/pagequery.h"
#include "schema/table.h"

#include <QCoroTask>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace Quarry {

/// The data grid's page engine: a table or view of any size, of which only a window of pages
/// around the place last asked for is held. Pages are read on the database's worker threads, by
/// key where the order allows it; the row count arrives in the background (an estimate first:
/// PostgreSQL's catalog, SQLite's integer key span; then the exact count). In key order the
/// count is a walk that samples the key of every page's first row, so that a jump anywhere
/// reads by key instead of walking an OFFSET. Replies to requests made before a sort or filter
/// change (a restart: a new generation) are dropped. Nothing here waits: want() queues a page
/// and a zero-timer pump reads it.
///
/// Rows are read by column name. The table's definition is read again before the first page
/// (the copy it was opened with may be old), and again whenever a page comes back with other
/// columns or types, or a read fails: the engine then follows the table as it is now
/// (tableAboutToChange(), tableReplaced(), a restart, tableChanged()).
///
/// Every change a model over it must announce comes as a pair of signals, before and after
/// (connect them directly): a restart (aboutToRestart(), restarted()), rows counted in or out
/// (rowsAboutToBeAdded(), rowsAdded(); rowsAboutToBeDropped(), rowsDropped()), a new
/// definition. No message here is for the user: failures are the database's own words.
class PageEngine : public QObject {
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    /// Pages kept at most by default (≈ 12k rows); the farthest from the focus go first.
    static constexpr int MaxPages = 48;
    /// Bytes of values kept at most by default, whatever the rows hold: pages go first past
    /// this too (the focused page and its neighbours stay).
    static constexpr qint64 MaxBytes = qint64(64) << 20;
    /// Text and binary values past this many bytes are held cut (see PageQuery::setCut).
    static constexpr int CutSize = 4096;

    /// Reads \a table's definition as it is now, then (once asked) pages and the count.
    PageEngine(Database database, Table table, QObject *parent = nullptr);
    ~PageEngine() override;

    /// Pages and bytes kept at most (MaxPages, MaxBytes unless set); applies from the next
    /// page read on.
    void setBudget(int pages, qint64 bytes);
    int maxPages() const { return m_maxPages; }
    qint64 maxBytes() const { return m_maxBytes; }

    const Database &database() const { return m_database; }
    const Table &table() const { return m_table; }
    const PageQuery &query() const { return m_query; }
    /// The primary key's columns, as indexes into Table::columns (those found).
    const QList<int> &keyIndexes() const { return m_keyIndexes; }
    /// Whether the table was found to be a view (known once its definition was read).
    bool isView() const { return m_view; }

    /// Orders by \a column (empty = the key); starts over.
    void setOrder(QString column, bool descending);
    /// FilterCompiler filters, run in the database; an invalid one throws ConfigurationError.
    void setFilters(QVariantMap filters);
    /// Reads through \a session instead of short sessions of their own (a tab's transaction).
    void setSession(std::optional<Session> session);
    /// The session reads (and a model's saves) go through.
    Session session() const;
    /// Drops everything held or on its way and reads again from the top (a new generation).
    void restart();
    /// Reads the table's definition again and, only if it changed, follows it.
    void recheck();
    /// Takes \a table as the definition (between tableAboutToChange() and tableReplaced());
    /// the caller restarts.
    void adoptTable(Table table);
    /// Stops a running count (a huge table, a slow filter): the count stays an estimate.
    void cancelCount();
    /// errorOccurred(\a failure), once per generation: repaints and the count do not repeat it.
    void report(const QString &failure);

    /// Bumped by every restart: a reply asked for in an older one is stale.
    quint64 generation() const { return m_generation; }
    /// The rows counted so far (the table's, not a model's new ones).
    int rows() const { return m_rows; }
    bool isCountExact() const { return m_countExact; }
    bool isCounting() const { return m_counting; }
    /// Whether reads are in flight.
    bool isBusy() const { return !m_inFlight.isEmpty() || m_counting || m_checking; }
    /// The bytes of values the held pages take (an estimate: strings, blobs, the rest).
    qint64 heldBytes() const { return m_bytes; }
    int cachedPages() const { return int(m_pages.size()); }
    /// Pages whose first key is known (read by key wherever they are).
    int sampledPages() const { return int(m_sample.size()); }
    /// The page the engine keeps its window around: the one last asked for or shown.
    int focus() const { return m_focus; }

    /// Page \a page when held (PageSize rows, the last one shorter), else null.
    const Result *page(int page) const
    {
        const auto it = m_pages.constFind(page);
        return it == m_pages.cend() ? nullptr : &*it;
    }
    /// Whether the row at \a row is held.
    bool isLoaded(int row) const { return m_pages.contains(row / PageSize); }
    /// The raw value: the start of a value held cut; none when the row is not held.
    QVariant value(int row, int column) const;
    /// The whole size in bytes of a value held cut; -1 when it is held whole (or not held).
    qint64 cutSize(int row, int column) const;

    /// Asks for \a page: it becomes the focus, and is read soon (never from inside this call).
    void want(int page);
    /// Makes held page \a page the focus (it was shown): eviction keeps what is around it.
    void focusOn(int page) { m_focus = page; }

    /// The SQL reading \a pages pages from \a page on, by key where it can.
    Statement pageStatement(int page, int pages = 1) const;
    /// The whole value of column \a column of row \a r of \a page, read by the row's identity;
    /// none when the row was deleted (or, found by its address, moved) meanwhile.
    QCoro::Task<std::optional<QVariant>> readWhole(Result page, qsizetype r, int column);

Q_SIGNALS:
    /// Everything held goes (around a restart).
    void aboutToRestart();
    void restarted();
    /// The count grows to cover rows \a first … \a last.
    void rowsAboutToBeAdded(int first, int last);
    void rowsAdded();
    /// The count shrinks: rows \a first … \a last are no more.
    void rowsAboutToBeDropped(int first, int last);
    void rowsDropped();
    void countChanged(qint64 rows, bool exact);
    /// Rows \a first … \a last (of a page just read) are held now: before eviction.
    void rowsLoaded(int first, int last);
    /// Page \a page was read (after eviction).
    void pageLoaded(int page);
    /// The definition becomes \a now (table() is still the old one).
    void tableAboutToChange(const Table &now);
    void tableReplaced();
    /// The definition read from the database differed: followed, and started over.
    void tableChanged();
    /// The table is gone from the database (dropped or renamed by someone else).
    void tableMissing();
    void errorOccurred(const QString &message);

private:
    void findKey();
    /// A PageQuery for the table as it is now.
    PageQuery makeQuery() const;
    /// Reads the table's definition; when it changed, follows it. \a failure is what made the
    /// engine look (a read that failed), reported when the definition turns out unchanged.
    QCoro::Task<void> checkTable(quint64 generation, QString failure);
    /// A read failed: checks the table (once per generation), which reports the failure.
    void lookAfterFailure(const QString &failure);
    /// Whether a page's columns are the ones the engine reads (names and declared types).
    bool matchesColumns(const ResultColumns &columns) const;
    void pump();
    void evict();
    void setRowCount(qint64 rows, bool exact);
    QCoro::Task<void> fetch(int page, quint64 generation);
    QCoro::Task<void> countRows(quint64 generation);
    /// The exact count by sampling every page's first key (one walk over the key's index).
    QCoro::Task<qint64> sampleKeys(Session session, quint64 generation);

    Database m_database;
    Table m_table;
    PageQuery m_query;
    /// The single key column (PageQuery::keyColumn) in Table::columns, -1 when none.
    int m_keyIndex = -1;
    QList<int> m_keyIndexes;
    std::optional<Session> m_session;
    std::optional<Session> m_countSession;
    int m_maxPages = MaxPages;
    qint64 m_maxBytes = MaxBytes;
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
    QList<int> m_queue;
    int m_focus = 0;
    bool m_pumpQueued = false;
    int m_rows = 0;
    bool m_countExact = false;
    bool m_counting = false;
};

} // namespace Quarry
