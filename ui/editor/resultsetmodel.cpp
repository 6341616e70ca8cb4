// SPDX-License-Identifier: MIT
#include "editor/resultsetmodel.h"

namespace Quarry::Ui {

int ResultSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].name;
    if (role == Qt::ToolTipRole)
        return m_columns[section].typeName;
    return {};
}

} // namespace Quarry::Ui
