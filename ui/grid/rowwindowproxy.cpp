// SPDX-License-Identifier: MIT
#include "grid/rowwindowproxy.h"

namespace Quarry::Ui {

RowWindowProxy::RowWindowProxy(QObject *parent, int windowSize)
    : QAbstractProxyModel(parent)
    , m_size(std::max(1, windowSize))
{}

void RowWindowProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_first = 0;
    m_count = std::min(m_size, sourceRows());
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                    &RowWindowProxy::beginResetModel),
            connect(source, &QAbstractItemModel::modelReset, this, &RowWindowProxy::sourceReset),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &RowWindowProxy::sourceRowsAboutToBeInserted),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    &RowWindowProxy::sourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &RowWindowProxy::sourceRowsAboutToBeRemoved),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    &RowWindowProxy::sourceRowsRemoved),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    &RowWindowProxy::sourceDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    &RowWindowProxy::sourceHeaderChanged),
        };
    }
    endResetModel();
    Q_EMIT extentChanged();
}

int RowWindowProxy::sourceRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void RowWindowProxy::moveTo(int first)
{
    first = std::clamp(first, 0, std::max(0, sourceRows() - m_count));
    if (first == m_first)
        return;
    // Rows keep their identity: persistent indexes (selection, current cell) follow their
    // source row, or lapse when it leaves the window.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = m_first + index.row() - first;
        after.append(row >= 0 && row < m_count ? createIndex(row, index.column()) : QModelIndex());
    }
    m_first = first;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_count > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, m_count - 1);
    Q_EMIT extentChanged();
}

int RowWindowProxy::reach(int row)
{
    if (row < 0 || row >= sourceRows())
        return -1;
    if (row < m_first || row >= m_first + m_count)
        moveTo(row - m_size / 2);
    return row - m_first;
}

QModelIndex RowWindowProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(m_first + proxyIndex.row(), proxyIndex.column());
}

QModelIndex RowWindowProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = sourceIndex.row() - m_first;
    if (row < 0 || row >= m_count)
        return {};
    return createIndex(row, sourceIndex.column());
}

QModelIndex RowWindowProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowWindowProxy::parent(const QModelIndex &) const
{
    return {};
}

int RowWindowProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RowWindowProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QVariant RowWindowProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    return sourceModel()->headerData(orientation == Qt::Vertical ? m_first + section : section,
                                     orientation, role);
}

void RowWindowProxy::sourceReset()
{
    m_first = 0;
    m_count = std::min(m_size, sourceRows());
    endResetModel();
    Q_EMIT extentChanged();
}

void RowWindowProxy::sourceRowsAboutToBeInserted(const QModelIndex &parent, int start, int end)
{
    m_changing = 0;
    if (parent.isValid() || start < m_first || start > m_first + m_count)
        return;
    // Inside the window, or right below it while it is not full: the view sees them come.
    const int at = start - m_first;
    m_changing = std::min(end - start + 1, m_size - at);
    if (m_changing > 0)
        beginInsertRows({}, at, at + m_changing - 1);
}

void RowWindowProxy::sourceRowsInserted(const QModelIndex &parent, int start, int end)
{
    if (parent.isValid())
        return;
    if (start < m_first) {
        m_first += end - start + 1; // above the window: the rows shown stay the same
    } else if (m_changing > 0) {
        m_count += m_changing;
        m_changing = 0;
        endInsertRows();
        if (m_count > m_size) { // rows pushed out of the window's end
            beginRemoveRows({}, m_size, m_count - 1);
            m_count = m_size;
            endRemoveRows();
        }
    }
    Q_EMIT extentChanged();
}

void RowWindowProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_changing = 0;
    if (parent.isValid())
        return;
    const int from = std::max(start, m_first);
    const int to = std::min(end, m_first + m_count - 1);
    if (to >= from) {
        m_changing = to - from + 1;
        beginRemoveRows({}, from - m_first, to - m_first);
    }
}

void RowWindowProxy::sourceRowsRemoved(const QModelIndex &parent, int start, int end)
{
    if (parent.isValid())
        return;
    // Rows removed above the window move it up with the rows it shows.
    const int above = std::clamp(m_first - start, 0, end - start + 1);
    m_first -= above;
    if (m_changing > 0) {
        m_count -= m_changing;
        m_changing = 0;
        endRemoveRows();
    }
    fill();
    Q_EMIT extentChanged();
}

void RowWindowProxy::fill()
{
    const int below = std::min(m_size - m_count, sourceRows() - m_first - m_count);
    if (below > 0) {
        beginInsertRows({}, m_count, m_count + below - 1);
        m_count += below;
        endInsertRows();
    }
    if (m_count < m_size && m_first > 0) {
        // At the source's end with rows above: move up, then take them in.
        moveTo(m_first - (m_size - m_count));
        fill();
    }
}

void RowWindowProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    const int first = std::max(topLeft.row(), m_first) - m_first;
    const int last = std::min(bottomRight.row(), m_first + m_count - 1) - m_first;
    if (first <= last)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                           roles);
}

void RowWindowProxy::sourceHeaderChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        Q_EMIT headerDataChanged(orientation, first, last);
        return;
    }
    first = std::max(first, m_first) - m_first;
    last = std::min(last, m_first + m_count - 1) - m_first;
    if (first <= last)
        Q_EMIT headerDataChanged(orientation, first, last);
}

} // namespace Quarry::Ui
