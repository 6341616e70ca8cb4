// SPDX-License-Identifier: MIT
#include "grid/celldelegate.h"

#include <QApplication>
#include <QPainter>

namespace Quarry::Ui {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    if (!opt.text.isEmpty()) {
        // Cell text is one line (CellFormat shows line breaks as a symbol): measure it at most
        // once, elide only what does not fit, and draw it at its baseline.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect box = opt.rect.adjusted(margin, 0, -margin, 0);
        const QFontMetrics &metrics = opt.fontMetrics;
        const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
        const bool fromLeft = !(align & (Qt::AlignRight | Qt::AlignHCenter));
        QString text = opt.text;
        int x = box.left();
        // Left-aligned text too short to overflow the box needs no measuring at all.
        if (!fromLeft || text.size() * metrics.maxWidth() > box.width()) {
            int width = metrics.horizontalAdvance(text);
            if (width > box.width()) {
                text = metrics.elidedText(text, Qt::ElideRight, box.width());
                width = box.width(); // the elided text ends at the box's edge, near enough
            }
            if (align & Qt::AlignRight)
                x = box.right() + 1 - width;
            else if (align & Qt::AlignHCenter)
                x = box.left() + (box.width() - width) / 2;
        }
        const int y = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent();
        const QFont font = painter->font();
        const QPen pen = painter->pen();
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QPoint(x, y), text);
        painter->setFont(font);
        painter->setPen(pen);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace Quarry::Ui
