// SPDX-License-Identifier: MIT
#include "connection/inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QTimer>

namespace Quarry::Ui {

namespace {

QStyle::StandardPixmap pixmapFor(InlineMessage::Kind kind)
{
    switch (kind) {
    case InlineMessage::Kind::Info:
    case InlineMessage::Kind::Progress:
        break;
    case InlineMessage::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case InlineMessage::Kind::Error:
        return QStyle::SP_MessageBoxWarning;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    // Keeps its height when empty, so the dialog does not jump when a message appears.
    setMinimumHeight(fontMetrics().lineSpacing() * 2);
    clear();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmapFor(kind), nullptr, this).pixmap(size, size));
    m_icon->setVisible(true);
    m_text->setText(text);
    setAccessibleDescription(text);
    fitHeight();
    // Once the layout has settled, the window grows to show the text whole rather than
    // squeezing the fields above it.
    QTimer::singleShot(0, this, [this] {
        QWidget *top = window();
        const int needed = top->sizeHint().height();
        if (top != this && needed > top->height())
            top->resize(top->width(), needed);
    });
}

void InlineMessage::fitHeight()
{
    // A wrapped label's height depends on its width, which layouts (a form's above all) do
    // not always ask: pin it, and this widget, to what the current width needs.
    int needed = 0;
    m_text->setMinimumHeight(0); // QLabel's height for width never goes below its minimum
    if (!m_text->text().isEmpty() && m_text->width() > 0)
        needed = m_text->heightForWidth(m_text->width());
    if (needed > 0) {
        m_text->setFixedHeight(needed);
    } else {
        m_text->setMaximumHeight(QWIDGETSIZE_MAX);
    }
    setMaximumHeight(needed > 0 ? qMax(needed, minimumHeight()) : QWIDGETSIZE_MAX);
}

bool InlineMessage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() != m_text->width())
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

void InlineMessage::clear()
{
    m_kind = Kind::Info;
    m_icon->clear();
    m_icon->setVisible(false);
    m_text->clear();
    fitHeight();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace Quarry::Ui
