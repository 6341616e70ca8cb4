// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "database/database.h"
#include "schema/table.h"

#include <QCoroTask>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace Quarry::Ui {

class FilterHeader;
class TableWindowModel;
class ValueViewer;

/// A tab showing one table's or view's rows, with editing: changes stay pending (highlighted)
/// until Save writes them all or nothing. In auto-commit mode Save commits at once; in manual
/// mode it writes into the tab's own open transaction, shown by a badge, until Commit or
/// Rollback.
class DataGrid : public QWidget {
    Q_OBJECT

public:
    DataGrid(Database database, Table table, bool readOnly, QWidget *parent = nullptr);
    ~DataGrid() override;

    TableWindowModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterHeader *filterHeader() const { return m_header; }
    /// Reads the filter boxes and filters the rows in the database; false (and the status
    /// says why) when a box holds something not understood.
    bool applyFilters();
    bool isReadOnly() const { return m_readOnly; }
    bool isAutoCommit() const { return m_autoCommit; }
    void setAutoCommit(bool on);
    bool hasOpenTransaction() const { return m_tx.has_value(); }
    /// Pending edits or an open transaction: closing would lose them.
    bool hasUnsavedWork() const;
    QString tableName() const;

    /// Opens the whole value of the cell at \a index (hex / image / text viewer).
    ValueViewer *showValue(const QModelIndex &index);
    QCoro::Task<bool> save();
    QCoro::Task<bool> commit();
    QCoro::Task<bool> rollback();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    /// Pending edits or the open transaction changed (for the window's badge).
    void stateChanged();

private:
    void createActions();
    QCoro::Task<bool> endTransaction(bool commit);
    void updateState();
    void showCount(qint64 rows, bool exact);
    void deleteSelectedRows();
    void setSelectionNull();

    Database m_database;
    TableWindowModel *m_model;
    QTableView *m_view;
    FilterHeader *m_header;
    QVariantMap m_filters;
    QLabel *m_status;
    QLabel *m_badge;
    QAction *m_save = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_commit = nullptr;
    QAction *m_rollback = nullptr;
    QAction *m_autoCommitAction = nullptr;
    QString m_countText;
    bool m_readOnly;
    bool m_autoCommit = true;
    bool m_busy = false;
    /// Manual mode: the tab's session and its open transaction, if any.
    std::optional<Session> m_session;
    std::optional<Transaction> m_tx;
};

} // namespace Quarry::Ui
