// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QDialog>
#include <QVariant>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Quarry::Ui {

/// One cell's whole value: text in full (editable when the cell is), binary as a hex dump and,
/// when it is a picture, as the picture (decoded on a worker thread). A value past LargeValue
/// bytes shows its first PreviewSize bytes only, read-only: laying out megabytes of text would
/// freeze the window. Any value saves to a file, and an editable one loads from a file (both
/// on a worker thread). accepted() with valueChanged() applies an edit.
class ValueViewer : public QDialog {
    Q_OBJECT

public:
    static constexpr qsizetype LargeValue = 256 * 1024;
    static constexpr qsizetype PreviewSize = 8 * 1024;

    ValueViewer(const QVariant &value, bool editable, QWidget *parent = nullptr);

    /// The hex dump ValueViewer shows: offset, 16 bytes, their printable characters.
    static QString hexDump(const QByteArray &bytes, qsizetype maxBytes = 1 << 20);
    QTabWidget *tabs() const { return m_tabs; }
    QVariant value() const;
    /// Whether the value shows cut to its first PreviewSize bytes.
    bool isPreview() const { return m_preview; }
    /// Writes the whole value to \a path: binary as it is, anything else as UTF-8 text (text
    /// that is not UTF-8 as its bytes). Resolves to whether it was written.
    QCoro::Task<bool> saveTo(QString path);
    /// Takes the contents of \a path as the new value (bytes for a binary value, UTF-8 text
    /// otherwise), applied on OK. Resolves to whether it was read.
    QCoro::Task<bool> loadFrom(QString path);

Q_SIGNALS:
    void valueChanged(const QVariant &value);

private:
    void chooseFile(bool save);
    /// Adds the picture tab when the bytes decode as one (on a worker for large values).
    void showPicture(const QByteArray &bytes);

    QVariant m_value;
    /// A value loaded from a file, to be applied on OK.
    std::optional<QVariant> m_loaded;
    bool m_editable = false;
    bool m_preview = false;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Quarry::Ui
