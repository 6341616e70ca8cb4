// SPDX-License-Identifier: MIT
#include "grid/cellformat.h"

#include "io/rowwriter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Quarry::Ui::CellFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quarry::Ui::CellFormat", text);
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QColor dimmed()
{
    return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace

QString displayText(const QVariant &value)
{
    if (value.isNull())
        return tr("NULL");
    if (value.metaType().id() == QMetaType::QByteArray) {
        return tr("BLOB %1").arg(
            QLocale().formattedDataSize(value.toByteArray().size(), 1, QLocale::DataSizeSIFormat));
    }
    QString text;
    if (value.metaType().id() == QMetaType::QString) {
        text = value.toString();
    } else {
        QByteArray bytes;
        RowWriter::appendText(bytes, value);
        text = QString::fromUtf8(bytes);
    }
    if (text.size() > MaxCellText)
        text = text.left(MaxCellText) + u'…';
    // One line per cell: line breaks show as a symbol.
    text.replace(u'\n', u'↵');
    return text;
}

QVariant cell(const QVariant &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case Qt::ForegroundRole:
        if (value.isNull() || value.metaType().id() == QMetaType::QByteArray)
            return dimmed();
        return {};
    case Qt::FontRole:
        if (value.isNull()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (value.metaType().id() == QMetaType::QString && value.toString().size() > MaxCellText)
            return value.toString().left(4 * MaxCellText);
        return {};
    default:
        return {};
    }
}

QVariant pending(int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return u"…"_s;
    case Qt::ForegroundRole:
        return dimmed();
    default:
        return {};
    }
}

QVariant defaultPlaceholder(int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("(default)");
    case Qt::ForegroundRole:
        return dimmed();
    default:
        return {};
    }
}

QColor editedBackground(Edit edit)
{
    // Translucent, so the palette's base shows through in light and dark themes alike.
    switch (edit) {
    case Edit::Changed:
        return QColor(255, 200, 0, 90);
    case Edit::Added:
        return QColor(0, 200, 80, 70);
    case Edit::Removed:
        return QColor(230, 40, 40, 70);
    }
    return {};
}

QFont removedFont()
{
    QFont font;
    font.setStrikeOut(true);
    return font;
}

} // namespace Quarry::Ui::CellFormat
