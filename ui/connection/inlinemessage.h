// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;

namespace Quarry::Ui {

/// A one-paragraph message inside a dialog (an icon and wrapped, selectable text), for
/// validation problems and test outcomes that must not pop up a message box.
class InlineMessage : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Info, Progress, Success, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace Quarry::Ui
