// SPDX-License-Identifier: MIT
#pragma once

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

Q_SIGNALS:
    /// New rows arrived, or reading ended (isComplete()).
    void progressed();
};

} // namespace Quarry::Ui
