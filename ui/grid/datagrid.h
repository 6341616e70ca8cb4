// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/table.h"

#include <QAbstractItemModel>
#include <QCoroTask>
#include <QWidget>

class QAction;
class QLabel;
class QScrollBar;
class QTableView;

namespace Quarry::Ui {

class FilterHeader;
class RowWindowProxy;
class TableWindowModel;
class TransactionController;
class ValueViewer;

/// A tab showing one table's or view's rows, with editing: changes stay pending (highlighted)
/// until Save writes them all or nothing. In auto-commit mode Save commits at once; in manual
/// mode it writes into the tab's own open transaction, shown by a badge, until Commit or
/// Rollback.
///
/// The view sees a window of the model's rows (RowWindowProxy) and scrolls within it; the
/// grid's own scrollbar spans every row of the table and moves the window as the view nears
/// its edges, so the view's bookkeeping stays small whatever the table's size.
class DataGrid : public QWidget {
    Q_OBJECT

public:
    DataGrid(Database database, Table table, bool readOnly, QWidget *parent = nullptr);
    ~DataGrid() override;

    TableWindowModel *model() const { return m_model; }
    /// The view; its indexes are the window's (rowWindow()->mapToSource() gives the model's).
    QTableView *view() const { return m_view; }
    RowWindowProxy *rowWindow() const { return m_window; }
    /// The scrollbar over all rows (the view's own covers only its window, and is hidden).
    QScrollBar *scrollBar() const { return m_scroll; }
    /// Scrolls to model row \a row; with \a column ≥ 0 its cell becomes the current one.
    void scrollToRow(int row, int column = -1);
    FilterHeader *filterHeader() const { return m_header; }
    /// Reads the filter boxes and filters the rows in the database; false (and the status
    /// says why) when a box holds something not understood.
    bool applyFilters();
    bool isReadOnly() const { return m_readOnly; }
    bool isAutoCommit() const;
    /// Refused while a transaction is open: Commit or Rollback first.
    void setAutoCommit(bool on);
    bool hasOpenTransaction() const;
    TransactionController *transaction() const { return m_transaction; }
    /// Pending edits or an open transaction: closing would lose them.
    bool hasUnsavedWork() const;
    QString tableName() const;

    /// Opens the whole value of the cell at model index \a index (hex / image / text viewer).
    QCoro::Task<ValueViewer *> showValue(QModelIndex index);
    /// Copies the selected cells (rows read from the database where they are not held) to the
    /// clipboard as tab-separated text, with the column names first when \a withHeaders. A
    /// selection spans at most the view's row window.
    QCoro::Task<void> copySelection(bool withHeaders = false);
    QCoro::Task<bool> save();
    QCoro::Task<bool> commit();
    QCoro::Task<bool> rollback();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// Pending edits or the open transaction changed (for the window's badge).
    void stateChanged();
    /// The table's definition in the database is not the one the grid was opened with (or the
    /// table is gone): what shows the schema should read it again.
    void tableChanged();

private:
    void createActions();
    void createScrolling();
    /// The view scrolled: moves the window when the view nears its edge, updates the scrollbar.
    void followView();
    void syncScrollBar();
    /// The scrollbar moved to row \a top: moves the window there if needed, then the view.
    void scrollFromBar(int top);
    QModelIndex modelIndex(const QModelIndex &viewIndex) const;
    /// The selected cells as model indexes; the current cell when nothing is selected.
    QModelIndexList selectedCells() const;
    QCoro::Task<bool> endTransaction(bool commit);
    /// Manual mode: reads and writes go through the tab's session; auto-commit: through short
    /// sessions of their own.
    void followMode(bool autoCommit);
    /// Reads and writes go through a new session from now on (manual mode).
    void renewSession();
    void updateState();
    void followTable(const QString &message);
    void showCount(qint64 rows, bool exact);
    void deleteSelectedRows();
    void setSelectionNull();

    TableWindowModel *m_model;
    TransactionController *m_transaction;
    RowWindowProxy *m_window;
    QTableView *m_view;
    QScrollBar *m_scroll;
    bool m_following = false;
    FilterHeader *m_header;
    QVariantMap m_filters;
    QLabel *m_status;
    QLabel *m_badge;
    QAction *m_save = nullptr;
    QAction *m_discard = nullptr;
    QString m_countText;
    /// What the user should know about the table (it changed in the database), shown until
    /// the next one.
    QString m_notice;
    bool m_readOnly;
    bool m_busy = false;
};

} // namespace Quarry::Ui
