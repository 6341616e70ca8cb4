// SPDX-License-Identifier: MIT
#include "grid/datagrid.h"

#include "grid/tablewindowmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Quarry::Ui {

DataGrid::DataGrid(Database database, Table table, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_model(new TableWindowModel(std::move(database), std::move(table), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_readOnly(readOnly)
{
    m_view->setModel(m_model);
    // Fixed row heights: the view never measures millions of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    m_status->setText(tr("Reading…"));

    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            &TableWindowModel::sort);
    connect(m_model, &TableWindowModel::countChanged, this, &DataGrid::showCount);
    connect(m_model, &TableWindowModel::errorOccurred, this, [this](const QString &message) {
        m_status->setText(tr("Error: %1").arg(message));
        Q_EMIT errorOccurred(message);
    });
}

DataGrid::~DataGrid() = default;

void DataGrid::showCount(qint64 rows, bool exact)
{
    const QString n = QLocale().toString(rows);
    QString text = exact ? tr("%1 rows").arg(n) : tr("about %1 rows (counting…)").arg(n);
    if (m_readOnly)
        text += tr(" · read-only");
    m_status->setText(text);
}

} // namespace Quarry::Ui
