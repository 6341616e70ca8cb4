// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Quarry::Ui {

class SqlEditor;

/// Find and replace for a SqlEditor: a find field, a replace field (shown for replace), next,
/// previous, replace, replace all and match case. Enter finds the next match, Shift+Enter the
/// previous one, Escape closes the bar and gives the focus back to the editor.
class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(SqlEditor *editor, QWidget *parent = nullptr);

    /// Shows the bar without the replace row, the selection (if one line) as the text to find.
    void showFind();
    /// Shows the bar with the replace row.
    void showReplace();
    /// Hides the bar and gives the focus back to the editor.
    void dismiss();

    /// Selects the next (previous) match, wrapping around; false when there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and selects the next one; false when nothing was replaced.
    bool replace();
    /// Replaces every match in the text as one undo step; the number replaced.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    /// "No matches", "3 replaced": what the last action found.
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward);
    bool selectionIsMatch() const;
    void setReplaceVisible(bool visible);

    SqlEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_status;
    QList<QWidget *> m_replaceRow;
};

} // namespace Quarry::Ui
