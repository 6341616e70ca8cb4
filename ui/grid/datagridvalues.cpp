// SPDX-License-Identifier: MIT
// DataGrid's values for the user: the value viewer (whole values, also of cells held cut) and
// copying the selection.
#include "grid/datagrid.h"

#include "connection/errors.h"
#include "grid/cellcopy.h"
#include "grid/rowwindowproxy.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPointer>
#include <QSet>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

QCoro::Task<ValueViewer *> DataGrid::showValue(QModelIndex index)
{
    if (!index.isValid())
        co_return nullptr;
    QPointer<DataGrid> self(this);
    const QPersistentModelIndex cell(index);
    QVariant value = m_model->data(index, Qt::EditRole);
    if (m_model->cutSize(index.row(), index.column()) >= 0) {
        // Held cut: the whole value is read (on the worker) before the viewer opens.
        m_status->setText(tr("Reading the whole value…"));
        std::optional<QVariant> whole;
        QString failure;
        try {
            whole = co_await m_model->wholeValue(index.row(), index.column());
        } catch (const DatabaseError &e) {
            failure = e.message();
        }
        if (!self)
            co_return nullptr;
        updateState();
        if (!failure.isEmpty() || !whole || !cell.isValid()) {
            m_status->setText(
                failure.isEmpty()
                    ? tr("The value was not read: its row changed or was deleted meanwhile.")
                    : tr("The value was not read: %1").arg(failure.toHtmlEscaped()));
            co_return nullptr;
        }
        value = std::move(*whole);
    }
    auto *viewer = new ValueViewer(value, m_model->canEdit(cell), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &ValueViewer::valueChanged, this, [this, cell](const QVariant &changed) {
        if (cell.isValid())
            m_model->setData(cell, changed);
    });
    viewer->open();
    co_return viewer;
}

QCoro::Task<void> DataGrid::copySelection(bool withHeaders)
{
    QPointer<DataGrid> self(this);
    // From the selection's ranges, not cell by cell: Ctrl+A selects the whole window.
    QSet<int> rowSet;
    QSet<int> columnSet;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rowSet.insert(modelIndex(m_window->index(row, 0)).row());
        for (int column = range.left(); column <= range.right(); ++column)
            columnSet.insert(column);
    }
    if (rowSet.isEmpty() && m_view->currentIndex().isValid()) {
        rowSet.insert(modelIndex(m_view->currentIndex()).row());
        columnSet.insert(m_view->currentIndex().column());
    }
    if (rowSet.isEmpty())
        co_return;
    // Columns as the header shows them (sections can be moved).
    QList<int> columns = columnSet.values();
    const QHeaderView *header = m_view->horizontalHeader();
    std::sort(columns.begin(), columns.end(),
              [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    m_status->setText(tr("Copying %n row(s)…", nullptr, int(rowSet.size())));
    QList<QVariantList> values;
    QString failure;
    try {
        values = co_await m_model->rowValues(rowSet.values(), columns);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return;
    if (!failure.isEmpty()) {
        m_status->setText(tr("Not copied: %1").arg(failure.toHtmlEscaped()));
        co_return;
    }
    if (values.isEmpty()) {
        m_status->setText(tr("Not copied: the rows changed while they were read."));
        co_return;
    }
    QStringList names;
    if (withHeaders) {
        for (const int column : std::as_const(columns))
            names.append(m_model->table().columns.value(column).name);
    }
    QGuiApplication::clipboard()->setText(CellCopy::tabSeparated(names, values));
    m_status->setText(tr("Copied %n row(s).", nullptr, int(values.size())));
}

} // namespace Quarry::Ui
