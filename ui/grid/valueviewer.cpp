// SPDX-License-Identifier: MIT
#include "grid/valueviewer.h"

#include "connection/rawtext.h"
#include "grid/cellformat.h"
#include "io/rowwriter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

QPlainTextEdit *monospace(const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QString asText(const QVariant &value)
{
    // text that is not UTF-8 converts to its \xNN form, not to U+FFFD
    if (value.metaType().id() == QMetaType::QString ||
        value.metaType() == QMetaType::fromType<RawText>())
        return value.toString();
    QByteArray bytes;
    RowWriter::appendText(bytes, value);
    return QString::fromUtf8(bytes);
}

} // namespace

QString ValueViewer::hexDump(const QByteArray &bytes, qsizetype maxBytes)
{
    QString out;
    const qsizetype n = std::min(bytes.size(), maxBytes);
    for (qsizetype offset = 0; offset < n; offset += 16) {
        QString hex, printable;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < n) {
                const auto byte = static_cast<unsigned char>(bytes[i]);
                hex += u"%1 "_s.arg(byte, 2, 16, QLatin1Char('0'));
                printable += byte >= 0x20 && byte < 0x7f ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                hex += u"   "_s;
            }
            if (i == offset + 7)
                hex += u' ';
        }
        out += u"%1  %2 %3\n"_s.arg(offset, 8, 16, QLatin1Char('0')).arg(hex, printable);
    }
    if (bytes.size() > n)
        out += tr("… %1 more bytes not shown\n").arg(bytes.size() - n);
    return out;
}

ValueViewer::ValueViewer(const QVariant &value, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_value(value)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Value"));
    const bool binary = value.metaType().id() == QMetaType::QByteArray;
    auto *summary = new QLabel(this);
    if (value.isNull()) {
        summary->setText(tr("NULL"));
    } else if (binary) {
        const QByteArray bytes = value.toByteArray();
        summary->setText(tr("Binary, %1").arg(QLocale().formattedDataSize(bytes.size())));
        const QImage image = QImage::fromData(bytes);
        if (!image.isNull()) {
            auto *picture = new QLabel;
            picture->setPixmap(QPixmap::fromImage(image));
            auto *scroll = new QScrollArea(m_tabs);
            scroll->setWidget(picture);
            m_tabs->addTab(scroll, tr("Image (%1 × %2)").arg(image.width()).arg(image.height()));
        }
        m_tabs->addTab(monospace(hexDump(bytes), m_tabs), tr("Hex"));
        m_tabs->addTab(monospace(QString::fromUtf8(bytes.left(1 << 20)), m_tabs), tr("Text"));
    } else {
        const QString text = asText(value);
        summary->setText(tr("%1 characters").arg(QLocale().toString(text.size())));
        m_text = monospace(text, m_tabs);
        m_text->setReadOnly(!editable);
        m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_tabs->addTab(m_text, tr("Text"));
    }
    auto *buttons =
        new QDialogButtonBox(m_text && editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                : QDialogButtonBox::Close,
                             this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Only a changed text is an edit: the text of a value that is not a string (a timestamp,
    // text that is not UTF-8 shown as \xNN) would not write back the same value.
    const QString shown = m_text ? m_text->toPlainText() : QString();
    connect(buttons, &QDialogButtonBox::accepted, this, [this, shown] {
        if (m_text && !m_text->isReadOnly() && m_text->toPlainText() != shown)
            Q_EMIT valueChanged(this->value());
        accept();
    });
}

QVariant ValueViewer::value() const
{
    return m_text && !m_text->isReadOnly() ? QVariant(m_text->toPlainText()) : m_value;
}

} // namespace Quarry::Ui
