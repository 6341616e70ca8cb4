// SPDX-License-Identifier: MIT
#include "grid/cellformat.h"

#include "connection/rawtext.h"
#include "driver/valuetext.h"
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

// Text that is not valid UTF-8: shown with its invalid bytes as \xNN, in italics.
bool isRawText(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<RawText>();
}

QColor dimmed()
{
    return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

} // namespace

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString displayText(const QVariant &value)
{
    if (value.isNull())
        return tr("NULL");
    if (value.metaType().id() == QMetaType::QByteArray) {
        return tr("BLOB %1").arg(byteSize(value.toByteArray().size()));
    }
    QString text;
    if (value.metaType().id() == QMetaType::QString) {
        text = value.toString();
    } else if (isRawText(value)) {
        text = ValueText::escapedText(value.value<RawText>().bytes);
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
        if (value.isNull() || isRawText(value)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumber(value) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (isRawText(value))
            return tr("Not valid UTF-8: its invalid bytes show as \\xNN.");
        // Qt renders a tooltip that looks like markup: the value goes escaped, in rich text
        if (value.metaType().id() == QMetaType::QString && value.toString().size() > MaxCellText)
            return u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(
                value.toString().left(4 * MaxCellText).toHtmlEscaped());
        return {};
    default:
        return {};
    }
}

QVariant cutCell(const QVariant &prefix, qint64 size, int role)
{
    const bool binary = prefix.metaType().id() == QMetaType::QByteArray;
    const QString whole = byteSize(size);
    switch (role) {
    case Qt::DisplayRole:
        if (binary)
            return tr("BLOB %1").arg(whole);
        return QString(displayText(prefix).left(MaxCellText) + u'…');
    case Qt::ToolTipRole:
        return binary
                   ? tr("%1 in all; open the value viewer to see it.").arg(whole)
                   : tr("%1 in all, shown cut; open the value viewer to read it whole.").arg(whole);
    default:
        return cell(prefix, role);
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
