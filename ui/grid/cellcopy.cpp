// SPDX-License-Identifier: MIT
#include "grid/cellcopy.h"

#include "io/rowwriter.h"

namespace Quarry::Ui::CellCopy {

QString tabSeparated(const QStringList &header, const QList<QVariantList> &rows)
{
    QByteArray out;
    if (!header.isEmpty()) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (i)
                out += '\t';
            RowWriter::appendField(out, header[i].toUtf8(), '\t');
        }
        out += '\n';
    }
    QByteArray value;
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                out += '\t';
            value.clear();
            RowWriter::appendText(value, row[i]);
            RowWriter::appendField(out, value, '\t');
        }
        out += '\n';
    }
    return QString::fromUtf8(out);
}

} // namespace Quarry::Ui::CellCopy
