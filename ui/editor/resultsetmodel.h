// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"

#include <QAbstractTableModel>

namespace Quarry::Ui {

/// A result set shown in one of the SQL editor's result tabs: rows read from the statement as
/// the view scrolls (ResultModel), or from a local spool of the whole result (SpoolResultModel).
class ResultSetModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Every row of the result is here (rowCount() is the whole result).
    virtual bool isComplete() const = 0;

    const ResultColumns &columns() const { return m_columns; }
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Columns by name (their declared type as the tooltip), rows by number from 1.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// New rows arrived, or reading ended (isComplete()).
    void progressed();

protected:
    ResultColumns m_columns;
};

} // namespace Quarry::Ui
