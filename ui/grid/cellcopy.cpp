// SPDX-License-Identifier: MIT
#include "grid/cellcopy.h"

#include "io/rowwriter.h"

namespace Quarry::Ui::CellCopy {

namespace {

void appendField(QString &out, const QString &text)
{
    const bool quote =
        text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r') || text.contains(u'"');
    if (!quote) {
        out += text;
        return;
    }
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

} // namespace

QString tabSeparated(const QStringList &header, const QList<QVariantList> &rows)
{
    QString out;
    QByteArray scratch;
    const auto line = [&out](qsizetype count, const auto &field) {
        for (qsizetype i = 0; i < count; ++i) {
            if (i)
                out += u'\t';
            field(i);
        }
        out += u'\n';
    };
    if (!header.isEmpty())
        line(header.size(), [&](qsizetype i) { appendField(out, header[i]); });
    for (const QVariantList &row : rows) {
        line(row.size(), [&](qsizetype i) {
            scratch.clear();
            RowWriter::appendText(scratch, row[i]);
            appendField(out, QString::fromUtf8(scratch));
        });
    }
    return out;
}

} // namespace Quarry::Ui::CellCopy
