// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QVariant>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Quarry::Ui {

/// One cell's whole value: text in full (editable when the cell is), binary as a hex dump and,
/// when it is a picture, as the picture. accepted() with valueChanged() applies an edit.
class ValueViewer : public QDialog {
    Q_OBJECT

public:
    ValueViewer(const QVariant &value, bool editable, QWidget *parent = nullptr);

    /// The hex dump ValueViewer shows: offset, 16 bytes, their printable characters.
    static QString hexDump(const QByteArray &bytes, qsizetype maxBytes = 1 << 20);
    QTabWidget *tabs() const { return m_tabs; }
    QVariant value() const;

Q_SIGNALS:
    void valueChanged(const QVariant &value);

private:
    QVariant m_value;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Quarry::Ui
