// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractProxyModel>

namespace Quarry::Ui {

/// Shows a view a window of at most windowSize() consecutive rows of a flat source model,
/// starting at source row first(). A QTableView keeps an entry per row in its vertical header
/// (memory, and position bookkeeping on every insert), so ten million rows would cost the GUI
/// thread half a second and 80 MB; through this window it holds a few tens of thousands,
/// whatever the table's size. The view scrolls within the window; moveTo() shifts it (a layout
/// change that carries selections and the current cell along while they stay inside). Row
/// headers show source row numbers.
class RowWindowProxy : public QAbstractProxyModel {
    Q_OBJECT

public:
    static constexpr int DefaultWindowSize = 50'000;

    explicit RowWindowProxy(QObject *parent = nullptr, int windowSize = DefaultWindowSize);

    void setSourceModel(QAbstractItemModel *source) override;
    int windowSize() const { return m_size; }
    /// The source row of the window's first row.
    int first() const { return m_first; }
    /// Moves the window to start at source row \a first (kept within the source's rows).
    void moveTo(int first);
    /// Moves the window, if needed, so that source row \a row is inside it, and returns that
    /// row's place in the window (-1 when the source has no such row).
    int reach(int row);

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The window moved, or the source's row count changed (a scrollbar over the whole
    /// source follows this).
    void extentChanged();

private:
    int sourceRows() const;
    void sourceReset();
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int start, int end);
    void sourceRowsInserted(const QModelIndex &parent, int start, int end);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int start, int end);
    void sourceRowsRemoved(const QModelIndex &parent, int start, int end);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderChanged(Qt::Orientation orientation, int first, int last);
    /// Grows the window to its size from the source's rows below, then above it.
    void fill();

    int m_size;
    int m_first = 0;
    int m_count = 0;
    /// Between a source's rowsAboutTo… and rows… signals: rows the window takes in or drops.
    int m_changing = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Quarry::Ui
