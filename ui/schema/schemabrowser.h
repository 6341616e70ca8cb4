// SPDX-License-Identifier: MIT
#pragma once

#include "schema/table.h"

#include <QCoroTask>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QLabel;
class QMessageBox;
class QSortFilterProxyModel;
class QTreeView;

namespace Quarry::Ui {

class CreateTableDialog;
class OpenConnection;
class SchemaTreeModel;

/// The schema tree of one connection with a filter box and a refresh button; filled from one
/// bulk reflection, asynchronously. Context menu: open data, copy name, refresh.
class SchemaBrowser : public QWidget {
    Q_OBJECT

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    /// Opens the create-table designer for \a schema of the connection.
    CreateTableDialog *showCreateTable(const QString &schema);
    /// Asks, then drops \a table (with CASCADE when the user ticks it) and refreshes.
    QMessageBox *confirmDrop(const QString &schema, const QString &table);
    /// The CREATE statements of a table, in the connection's dialect.
    QString ddlOf(const QString &schema, const QString &table) const;
    QCoro::Task<bool> dropTable(QString schema, QString table, bool cascade);
    ~SchemaBrowser() override;

    void setConnection(OpenConnection *connection);
    OpenConnection *connection() const { return m_connection; }
    SchemaTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    /// A table or view was double-clicked or chosen from the context menu.
    void openRequested(const Quarry::Table &table, bool readOnly);
    void errorOccurred(const QString &message);

private:
    void reload();
    void refresh();
    /// Table count, or "reading… stop" while a reflection runs.
    void showStatus();
    void activate(const QModelIndex &proxyIndex);
    void showMenu(const QPoint &position);
    /// Emits openRequested() for a table or a view (read-only), with the view's columns.
    QCoro::Task<void> open(QString schema, QString name, bool readOnly);

    QPointer<OpenConnection> m_connection;
    SchemaTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTreeView *m_view;
};

} // namespace Quarry::Ui
