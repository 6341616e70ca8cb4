// SPDX-License-Identifier: MIT
#include "editor/findbar.h"
#include "alertcolors.h"
#include "editor/sqleditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

FindBar::FindBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    auto *replaceOne = new QPushButton(tr("Replace"), this);
    auto *replaceAll = new QPushButton(tr("Replace All"), this);
    auto *close = new QToolButton(this);
    close->setIcon(
        QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Escape)"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replaceOne, 1, 1, 1, 2);
    layout->addWidget(replaceAll, 1, 3);
    layout->setColumnStretch(0, 1);
    m_replaceRow = {m_replace, replaceOne, replaceAll};
    setFocusProxy(m_find);

    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replace);
    connect(replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replace);
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Find as one types, from where the current match starts.
        if (const auto range = m_editor->selectionRange())
            m_editor->setCursorOffset(range->first);
        find(true);
    });
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n'))
        m_find->setText(selected);
    m_status->clear();
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindBar::dismiss()
{
    hide();
    m_editor->setFocus();
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *widget : std::as_const(m_replaceRow))
        widget->setVisible(visible);
}

QString FindBar::status() const
{
    return m_status->text();
}

bool FindBar::findNext()
{
    return find(true);
}

bool FindBar::findPrevious()
{
    return find(false);
}

bool FindBar::find(bool forward)
{
    const QString text = m_find->text();
    bool found = false;
    if (!text.isEmpty()) {
        // Backwards, QScintilla searches from the selection's end: step over the current match.
        if (!forward && selectionIsMatch())
            m_editor->setCursorOffset(m_editor->selectionRange()->first);
        found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true, forward);
    }
    m_status->setText(found || text.isEmpty() ? QString() : tr("No matches"));
    AlertColors::mark(m_status, !found);
    return found;
}

bool FindBar::selectionIsMatch() const
{
    const Qt::CaseSensitivity cs =
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0;
}

bool FindBar::replace()
{
    if (m_find->text().isEmpty())
        return false;
    if (!selectionIsMatch()) {
        // The first press finds what to replace.
        find(true);
        return false;
    }
    m_editor->replaceSelectedText(m_replace->text());
    find(true);
    return true;
}

int FindBar::replaceAll()
{
    const QByteArray needle = m_find->text().toUtf8();
    const QByteArray replacement = m_replace->text().toUtf8();
    if (needle.isEmpty())
        return 0;
    // Target search over the whole text: each match once, never the text just put in.
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS,
                            m_matchCase->isChecked() ? QsciScintillaBase::SCFIND_MATCHCASE : 0);
    int count = 0;
    long from = 0;
    m_editor->beginUndoAction();
    while (true) {
        const long length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETSTART,
                                static_cast<unsigned long>(from));
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETEND,
                                static_cast<unsigned long>(length));
        const long at =
            m_editor->SendScintilla(QsciScintillaBase::SCI_SEARCHINTARGET,
                                    static_cast<unsigned long>(needle.size()), needle.constData());
        if (at < 0)
            break;
        const long written = m_editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                                                     static_cast<unsigned long>(replacement.size()),
                                                     replacement.constData());
        from = at + written;
        ++count;
    }
    m_editor->endUndoAction();
    m_status->setText(count ? tr("%n replaced", nullptr, count) : tr("No matches"));
    AlertColors::mark(m_status, count == 0);
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_find->hasFocus()) {
        find(!(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Quarry::Ui
