// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Quarry::Ui {

/// Colours that say "attention" and stay readable on the system's light or dark palette.
namespace AlertColors {

/// Text in red: darker on light backgrounds, lighter on dark ones.
QColor text(const QPalette &palette);
/// An input's background tinted red (a value not understood).
QColor invalidBase(const QPalette &palette);
/// Shows \a label's text (or any widget's foreground) in the alert colour, bold if \a bold;
/// \a on false gives it back the palette's colour.
void mark(QWidget *widget, bool on, bool bold = false);

} // namespace AlertColors

} // namespace Quarry::Ui
