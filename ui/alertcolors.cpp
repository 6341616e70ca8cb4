// SPDX-License-Identifier: MIT
#include "alertcolors.h"

#include <QApplication>
#include <QWidget>

namespace Quarry::Ui::AlertColors {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor text(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x39, 0x2b);
}

QColor invalidBase(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor red(0xe0, 0x40, 0x40);
    // A third of the way to red: a tint either way, and the text on it stays readable.
    const auto mix = [](int from, int to) { return from + (to - from) / 3; };
    return QColor(mix(base.red(), red.red()), mix(base.green(), red.green()),
                  mix(base.blue(), red.blue()));
}

void mark(QWidget *widget, bool on, bool bold)
{
    // The palette, not a style sheet: the widget keeps the platform's look.
    QPalette palette =
        widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
    if (on)
        palette.setColor(QPalette::WindowText, text(palette));
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setBold(on && bold);
    widget->setFont(font);
}

} // namespace Quarry::Ui::AlertColors
