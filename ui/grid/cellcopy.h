// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Quarry::Ui::CellCopy {

/// Rows of cell values as tab-separated text, the way spreadsheets paste it: NULL is empty,
/// blobs are \x-hex, numbers and timestamps as the CLI writes them; a value holding a tab, a
/// line break or a double quote is quoted, its quotes doubled. \a header, when not empty, is the
/// first line.
QString tabSeparated(const QStringList &header, const QList<QVariantList> &rows);

} // namespace Quarry::Ui::CellCopy
