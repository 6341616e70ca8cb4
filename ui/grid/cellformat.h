// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QVariant>

/// How a database value shows in a grid cell, per item role: NULL unlike an empty string, BLOBs
/// by size, long text cut short (the full value stays in EditRole and the viewers).
namespace Quarry::Ui::CellFormat {

/// Characters of text shown in a cell before it is cut.
constexpr int MaxCellText = 200;

QVariant cell(const QVariant &value, int role);
/// A value read cut: \a prefix is its start, \a size its whole size in bytes. Blobs show their
/// whole size, text its start; the tooltip says it is cut.
QVariant cutCell(const QVariant &prefix, qint64 size, int role);
/// What a cell shows while its row is still being read.
QVariant pending(int role);
/// A new row's cell left to the column's default.
QVariant defaultPlaceholder(int role);

enum class Edit { Changed, Added, Removed };
/// The background of an edited cell: visible on light and dark palettes.
QColor editedBackground(Edit edit);
QFont removedFont();

/// A size in bytes as the grid and the viewer show it: "65.5 kB", "104.9 MB" (SI units).
QString byteSize(qint64 bytes);

/// "NULL", "BLOB 1.2 kB", or the text (cut when longer than MaxCellText; text that is not
/// valid UTF-8 with its invalid bytes as `\xNN`).
QString displayText(const QVariant &value);

} // namespace Quarry::Ui::CellFormat
