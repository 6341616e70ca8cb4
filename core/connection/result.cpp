// SPDX-License-Identifier: MIT
#include "connection/result.h"

namespace Quarry {

QVariant Row::value(QStringView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == name)
            return m_values.value(i);
    }
    return {};
}

Row Result::row(qsizetype i) const
{
    const qsizetype n = m_columns.size();
    return Row(m_columns, m_values.mid(i * n, n));
}

QList<Row> Result::rows() const
{
    QList<Row> out;
    out.reserve(rowCount());
    for (qsizetype i = 0; i < rowCount(); ++i)
        out.append(row(i));
    return out;
}

} // namespace Quarry
