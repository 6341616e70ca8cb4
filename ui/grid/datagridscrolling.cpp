// SPDX-License-Identifier: MIT
// DataGrid's scrolling: the view scrolls within its row window, the grid's scrollbar spans the
// table and moves the window (see RowWindowProxy).
#include "grid/datagrid.h"

#include "grid/rowwindowproxy.h"
#include "grid/tablewindowmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace Quarry::Ui {

void DataGrid::createScrolling()
{
    // The view scrolls row by row within its window; the grid's scrollbar covers the table.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->hide();
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_view, 1);
    row->addWidget(m_scroll);
    static_cast<QVBoxLayout *>(layout())->addLayout(row, 1);
    const QScrollBar *inner = m_view->verticalScrollBar();
    connect(inner, &QScrollBar::valueChanged, this, &DataGrid::followView);
    connect(inner, &QScrollBar::rangeChanged, this, &DataGrid::syncScrollBar);
    connect(m_window, &RowWindowProxy::extentChanged, this, &DataGrid::syncScrollBar);
    connect(m_scroll, &QScrollBar::valueChanged, this, &DataGrid::scrollFromBar);

    const auto jump = [this](const QString &text, QKeySequence::StandardKey key, bool toEnd) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, toEnd] {
            scrollToRow(toEnd ? m_model->rowCount() - 1 : 0,
                        std::max(0, m_view->currentIndex().column()));
        });
        addAction(action);
    };
    jump(tr("First Row"), QKeySequence::MoveToStartOfDocument, false);
    jump(tr("Last Row"), QKeySequence::MoveToEndOfDocument, true);
}

void DataGrid::syncScrollBar()
{
    const QScrollBar *inner = m_view->verticalScrollBar();
    const int outside = m_model->rowCount() - m_window->rowCount();
    const QSignalBlocker block(m_scroll);
    m_scroll->setRange(0, std::max(0, inner->maximum() + outside));
    m_scroll->setPageStep(inner->pageStep());
    m_scroll->setSingleStep(inner->singleStep());
    m_scroll->setValue(m_window->first() + inner->value());
    m_scroll->setVisible(m_scroll->maximum() > 0);
}

void DataGrid::followView()
{
    if (m_following)
        return;
    QScrollBar *inner = m_view->verticalScrollBar();
    const int margin = m_window->windowSize() / 4;
    const int local = inner->value();
    const bool nearTop = local < margin && m_window->first() > 0;
    const bool nearEnd = local > inner->maximum() - margin &&
                         m_window->first() + m_window->rowCount() < m_model->rowCount();
    if (nearTop || nearEnd) {
        const int top = m_window->first() + local;
        m_following = true;
        m_window->moveTo(top - m_window->windowSize() / 2);
        inner->setValue(top - m_window->first());
        m_following = false;
    }
    syncScrollBar();
}

void DataGrid::scrollFromBar(int top)
{
    QScrollBar *inner = m_view->verticalScrollBar();
    if (top < m_window->first() || top - m_window->first() > inner->maximum()) {
        m_following = true;
        m_window->moveTo(top - m_window->windowSize() / 2);
        m_following = false;
    }
    inner->setValue(top - m_window->first());
}

void DataGrid::scrollToRow(int row, int column)
{
    const int local = m_window->reach(row);
    if (local < 0)
        return;
    const QModelIndex index = m_window->index(local, std::max(0, column));
    m_view->scrollTo(index);
    if (column >= 0)
        m_view->setCurrentIndex(index);
}

QModelIndex DataGrid::modelIndex(const QModelIndex &viewIndex) const
{
    return m_window->mapToSource(viewIndex);
}

} // namespace Quarry::Ui
