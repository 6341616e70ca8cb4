// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/table.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Quarry::Ui {

class TableWindowModel;

/// A tab showing one table's or view's rows: the window model in a table view, sorting by a
/// header click (in the database), and a status line with the row count.
class DataGrid : public QWidget {
    Q_OBJECT

public:
    DataGrid(Database database, Table table, bool readOnly, QWidget *parent = nullptr);
    ~DataGrid() override;

    TableWindowModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void showCount(qint64 rows, bool exact);

    TableWindowModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    bool m_readOnly;
};

} // namespace Quarry::Ui
