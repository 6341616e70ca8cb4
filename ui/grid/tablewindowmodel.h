// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "grid/pendingedits.h"
#include "ops/pageengine.h"
#include "schema/table.h"

#include <QAbstractTableModel>
#include <QCoroTask>
#include <QList>

namespace Quarry::Ui {

/// The data grid's model: a thin Qt adapter over a PageEngine (the page window, the fetch pump,
/// the count and the key sample; see there), which it turns into model signals, plus the
/// pending edits shown over the rows read, save(), and the values a copy or the viewer asks for.
/// Nothing here waits: data() answers at once, with a placeholder for rows still on their way
/// (it asks the engine for their page), and dataChanged() follows.
///
/// The engine reads the table's definition again before the first page and whenever a page
/// comes back with other columns or types, or a read fails; a save does so too when it finds
/// the table changed. The model then follows the table as it is now (tableChanged()), keeps the
/// pending edits that still apply, and never writes through a stale column map.
class TableWindowModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int PageSize = PageEngine::PageSize;
    /// Pages kept at most (≈ 12k rows); the farthest from the last request go first.
    static constexpr int MaxPages = PageEngine::MaxPages;
    /// Bytes of values kept at most, whatever the rows hold: pages go first past this too.
    static constexpr qint64 MaxBytes = PageEngine::MaxBytes;
    /// Text and binary values past this many bytes are held cut (see PageQuery::setCut): the
    /// grid shows a start, the viewer, copies and files read them whole.
    static constexpr int CutSize = PageEngine::CutSize;

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
    void cancelCount() { m_engine->cancelCount(); }
    bool isCounting() const { return m_engine->isCounting(); }
    /// Reads everything again (after a commit or rollback elsewhere).
    void reload() { m_engine->restart(); }
    /// Reads the table's definition again (DDL ran elsewhere in the app) and, only if it
    /// changed, follows it (tableChanged()).
    void recheck() { m_engine->recheck(); }

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

    const Table &table() const { return m_engine->table(); }
    /// Whether rows keep their places from page to page (false for a view without a key:
    /// the database may hand them out in another order each time).
    bool hasStableOrder() const { return m_engine->query().stableOrder(); }
    /// Whether rowCount() is the exact count (not yet the first page, nor an estimate).
    bool isCountExact() const { return m_engine->isCountExact(); }
    /// Whether the row at \a row is held (not a placeholder).
    bool isLoaded(int row) const { return m_engine->isLoaded(row); }
    /// The raw value (EditRole gives the same): the start of a value held cut.
    QVariant value(int row, int column) const { return m_engine->value(row, column); }
    /// The whole size in bytes of a value held cut; -1 when it is held whole (or not held).
    qint64 cutSize(int row, int column) const { return m_engine->cutSize(row, column); }
    /// The whole value of a cell as the grid shows it (a pending edit applied), read from the
    /// database when it is held cut. None when the row is gone, or the model was sorted,
    /// filtered or reset meanwhile.
    QCoro::Task<std::optional<QVariant>> wholeValue(int row, int column);
    /// Whether the cell's row can be edited (an edit of a cut value replaces it whole; it is
    /// not edited in place, so flags() leaves it read-only).
    bool canEdit(const QModelIndex &index) const;
    /// The bytes of values the held pages take (an estimate: strings, blobs, the rest).
    qint64 heldBytes() const { return m_engine->heldBytes(); }
    /// The values of model rows \a rows in \a columns as the grid shows them (pending edits
    /// applied), in row order; pages not held are read from the database and not kept. Empty
    /// when the order or filter changed meanwhile.
    QCoro::Task<QList<QVariantList>> rowValues(QList<int> rows, QList<int> columns);
    int cachedPages() const { return m_engine->cachedPages(); }
    /// Pages whose first key is known (read by key wherever they are).
    int sampledPages() const { return m_engine->sampledPages(); }
    /// Whether reads are in flight.
    bool isBusy() const { return m_engine->isBusy(); }
    /// The engine the model shows.
    const PageEngine &engine() const { return *m_engine; }

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
    /// Connects the engine's changes to the model's signals.
    void follow();
    /// Takes \a table as the engine's definition (pending edits follow it); returns the
    /// message for tableChanged(). The caller restarts the engine.
    QString adoptTable(Table table);
    /// The primary key of a held row; empty when its page is not held.
    PendingEdits::Key keyOf(int row) const;
    /// The primary key of row \a r of \a page.
    PendingEdits::Key keyOf(const Result &page, qsizetype r) const;
    void editsTouched(int firstRow, int lastRow);

    /// A child: its coroutines end with the model.
    PageEngine *m_engine;
    bool m_readOnly = true;
    PendingEdits m_edits;
    /// What a definition being adopted did to pending edits, and the message saying so.
    int m_droppedEdits = 0;
    bool m_silentAdopt = false;
    QString m_adoptMessage;
};

} // namespace Quarry::Ui
