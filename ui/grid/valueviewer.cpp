// SPDX-License-Identifier: MIT
#include "grid/valueviewer.h"

#include "connection/rawtext.h"
#include "grid/cellformat.h"
#include "io/rowwriter.h"

#include <QCoroFuture>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

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
    , m_editable(editable)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Value"));
    const bool binary = value.metaType().id() == QMetaType::QByteArray;
    const QString preview = tr("Showing the first %1 only; save it to a file to see it all.")
                                .arg(CellFormat::byteSize(PreviewSize));
    if (value.isNull()) {
        m_summary->setText(tr("NULL"));
    } else if (binary) {
        const QByteArray bytes = value.toByteArray();
        m_preview = bytes.size() > LargeValue;
        const QString size = CellFormat::byteSize(bytes.size());
        m_summary->setText(m_preview ? tr("Binary, %1. %2").arg(size, preview)
                                     : tr("Binary, %1").arg(size));
        const QByteArray shown = m_preview ? bytes.left(PreviewSize) : bytes;
        showPicture(bytes);
        m_tabs->addTab(monospace(hexDump(shown), m_tabs), tr("Hex"));
        // Bytes as text are laid out only when asked for: a line of control characters takes
        // long to lay out, for a view few need.
        auto *text = new QWidget(m_tabs);
        m_tabs->addTab(text, tr("Text"));
        connect(m_tabs, &QTabWidget::currentChanged, text, [this, text, shown] {
            if (m_tabs->currentWidget() != text || text->layout())
                return;
            auto *layout = new QVBoxLayout(text);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(monospace(QString::fromUtf8(shown.left(1 << 20)), text));
        });
    } else {
        QString text = asText(value);
        m_preview = text.size() * qsizetype(sizeof(QChar)) > LargeValue;
        const QString characters = tr("%n character(s)", nullptr, int(text.size()));
        if (m_preview) {
            m_summary->setText(tr("%1. %2").arg(characters, preview));
            text = text.left(PreviewSize);
        } else {
            m_summary->setText(characters);
        }
        m_text = monospace(text, m_tabs);
        m_text->setReadOnly(!editable || m_preview);
        m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_tabs->addTab(m_text, tr("Text"));
    }
    auto *buttons = new QDialogButtonBox(
        editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save to File…"), QDialogButtonBox::ActionRole);
    save->setEnabled(!value.isNull());
    connect(save, &QPushButton::clicked, this, [this] { chooseFile(true); });
    if (editable) {
        auto *load = buttons->addButton(tr("Load from File…"), QDialogButtonBox::ActionRole);
        connect(load, &QPushButton::clicked, this, [this] { chooseFile(false); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Only a changed text is an edit: the text of a value that is not a string (a timestamp,
    // text that is not UTF-8 shown as \xNN) would not write back the same value.
    const QString shown = m_text ? m_text->toPlainText() : QString();
    connect(buttons, &QDialogButtonBox::accepted, this, [this, shown] {
        if (m_loaded || (m_text && !m_text->isReadOnly() && m_text->toPlainText() != shown))
            Q_EMIT valueChanged(this->value());
        accept();
    });
}

QVariant ValueViewer::value() const
{
    if (m_loaded)
        return *m_loaded;
    return m_text && !m_text->isReadOnly() ? QVariant(m_text->toPlainText()) : m_value;
}

void ValueViewer::showPicture(const QByteArray &bytes)
{
    // Decoding megabytes of picture takes long: a worker decodes, the tab comes when it is done.
    QPointer<ValueViewer> self(this);
    const auto show = [self](const QImage &image) {
        if (!self || image.isNull())
            return;
        auto *picture = new QLabel;
        picture->setPixmap(QPixmap::fromImage(image));
        auto *scroll = new QScrollArea(self->m_tabs);
        scroll->setWidget(picture);
        self->m_tabs->insertTab(0, scroll,
                                tr("Image (%1 × %2)").arg(image.width()).arg(image.height()));
        self->m_tabs->setCurrentIndex(0);
    };
    if (bytes.size() <= LargeValue)
        show(QImage::fromData(bytes));
    else
        QtConcurrent::run([bytes] { return QImage::fromData(bytes); }).then(this, show);
}

void ValueViewer::chooseFile(bool save)
{
    auto *dialog =
        new QFileDialog(this, save ? tr("Save Value to File") : tr("Load Value from File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &path) {
        if (save)
            QCoro::connect(saveTo(path), this, [](bool) {});
        else
            QCoro::connect(loadFrom(path), this, [](bool) {});
    });
    dialog->open();
}

QCoro::Task<bool> ValueViewer::saveTo(QString path)
{
    QPointer<ValueViewer> self(this);
    const QString summary = m_summary->text();
    m_summary->setText(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)));
    // value() reads the edit box: on this thread. The bytes are made and written on a worker.
    const QVariant value = this->value();
    // (a named job: GCC 12 mishandles a lambda made inside the co_await expression)
    const auto write = [value, path]() -> QString {
        QByteArray bytes;
        if (value.metaType().id() == QMetaType::QByteArray)
            bytes = value.toByteArray();
        else if (value.metaType() == QMetaType::fromType<RawText>())
            bytes = value.value<RawText>().bytes;
        else if (value.metaType().id() == QMetaType::QString)
            bytes = value.toString().toUtf8();
        else
            RowWriter::appendText(bytes, value);
        QSaveFile file(path);
        // Unbuffered: a buffered write would first copy the whole value into the buffer.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return {};
    };
    const QString failure = co_await QtConcurrent::run(write);
    if (!self)
        co_return false;
    m_summary->setText(
        failure.isEmpty() ? summary
                          : tr("Not saved to %1: %2").arg(QDir::toNativeSeparators(path), failure));
    co_return failure.isEmpty();
}

QCoro::Task<bool> ValueViewer::loadFrom(QString path)
{
    QPointer<ValueViewer> self(this);
    const bool binary = m_value.metaType().id() == QMetaType::QByteArray;
    m_summary->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    struct Loaded {
        QVariant value;
        qint64 size = 0;
        QString failure;
    };
    const auto read = [path, binary] {
        Loaded result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            result.failure = file.errorString();
            return result;
        }
        const QByteArray bytes = file.readAll();
        result.size = bytes.size();
        result.value = binary ? QVariant(bytes) : QVariant(QString::fromUtf8(bytes));
        return result;
    };
    const Loaded loaded = co_await QtConcurrent::run(read);
    if (!self)
        co_return false;
    const QString file = QDir::toNativeSeparators(path);
    if (!loaded.failure.isEmpty()) {
        m_summary->setText(tr("Not loaded from %1: %2").arg(file, loaded.failure));
        co_return false;
    }
    m_loaded = loaded.value;
    if (m_text)
        m_text->setReadOnly(true); // the file's contents replace what the box holds
    m_summary->setText(tr("Loaded %1 from %2; OK writes it to the cell.")
                           .arg(CellFormat::byteSize(loaded.size), file));
    co_return true;
}

} // namespace Quarry::Ui
