// SPDX-License-Identifier: MIT
#include "grid/filterheader.h"
#include "alertcolors.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

namespace Quarry::Ui {

namespace {

/// Typing pauses this long before the grid reads again.
constexpr int PauseMs = 400;

} // namespace

FilterHeader::FilterHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, &FilterHeader::filtersChanged);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::geometriesChanged, this, &FilterHeader::placeEditors);
}

void FilterHeader::setColumnCount(int columns)
{
    while (m_editors.size() > columns)
        delete m_editors.takeLast();
    while (m_editors.size() < columns) {
        auto *editor = new QLineEdit(this);
        editor->setPlaceholderText(tr("Filter"));
        editor->setClearButtonEnabled(true);
        editor->setToolTip(syntaxHelp());
        connect(editor, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
        connect(editor, &QLineEdit::returnPressed, this, [this] {
            m_pause->stop();
            Q_EMIT filtersChanged();
        });
        // The clear button changes the text without textEdited().
        connect(editor, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                m_pause->start();
        });
        editor->show();
        m_editors.append(editor);
    }
    updateGeometries();
}

QString FilterHeader::syntaxHelp()
{
    return tr("text: contains (text columns) or equals · =, !=, <, <=, >, >= value · a..b: "
              "between · NULL · !NULL");
}

QString FilterHeader::filterText(int column) const
{
    const QLineEdit *editor = m_editors.value(column);
    return editor ? editor->text() : QString();
}

void FilterHeader::setFilterText(int column, const QString &text)
{
    if (QLineEdit *editor = m_editors.value(column))
        editor->setText(text);
}

void FilterHeader::setFilterError(int column, const QString &message)
{
    QLineEdit *editor = m_editors.value(column);
    if (!editor)
        return;
    // The palette, not a style sheet: the box keeps the platform's look.
    QPalette palette = this->palette();
    if (!message.isEmpty())
        palette.setColor(QPalette::Base, AlertColors::invalidBase(palette));
    editor->setPalette(palette);
    editor->setToolTip(message.isEmpty() ? syntaxHelp() : message);
}

void FilterHeader::clearFilters()
{
    for (QLineEdit *editor : std::as_const(m_editors)) {
        editor->clear();
        setFilterError(int(m_editors.indexOf(editor)), {});
    }
    m_pause->stop();
    Q_EMIT filtersChanged();
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        size.rheight() += m_editors.first()->sizeHint().height();
    return size;
}

void FilterHeader::updateGeometries()
{
    // The boxes live in a margin below the section labels.
    const int boxHeight = m_editors.isEmpty() ? 0 : m_editors.first()->sizeHint().height();
    setViewportMargins(0, 0, 0, boxHeight);
    QHeaderView::updateGeometries();
    placeEditors();
}

void FilterHeader::placeEditors()
{
    if (m_editors.isEmpty())
        return;
    const int boxHeight = m_editors.first()->sizeHint().height();
    const int top = height() - boxHeight;
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit *editor = m_editors[column];
        if (isSectionHidden(column)) {
            editor->hide();
            continue;
        }
        editor->setGeometry(sectionViewportPosition(column), top, sectionSize(column), boxHeight);
        editor->show();
    }
}

} // namespace Quarry::Ui
