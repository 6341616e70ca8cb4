// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Quarry::Ui {

/// Paints grid cells as QStyledItemDelegate would (the style's panel for selection, hover and
/// background; the model's font, colour and alignment; the focus frame), but draws the one line
/// of text directly: the style's item painting lays every cell out as a paragraph three times
/// (size, elision, drawing), which made a full repaint of a large grid cost 10–16 ms. Editing
/// is the base class's.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Quarry::Ui
