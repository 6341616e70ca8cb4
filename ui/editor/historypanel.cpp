// SPDX-License-Identifier: MIT
#include "editor/historypanel.h"
#include "alertcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int EntryRole = Qt::UserRole;
// Several statements recorded in a burst (a script) refresh the list once.
constexpr int RecordedDelayMs = 100;
constexpr int ToolTipChars = 2000;
constexpr int MaxColumnWidth = 240;

QString firstLine(const QString &sql)
{
    const QString trimmed = sql.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + u" …"_s;
}

} // namespace

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_run(new QPushButton(tr("Run Again"), this))
    , m_copy(new QPushButton(tr("Copy SQL"), this))
    , m_open(new QPushButton(tr("Open in Editor"), this))
{
    m_search->setPlaceholderText(tr("Search SQL and connections"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    m_list->setColumnCount(5);
    m_list->setHeaderLabels(
        {tr("Time"), tr("Connection"), tr("Duration"), tr("Outcome"), tr("SQL")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    AlertColors::mark(m_message, true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        QCoro::connect(refresh(), this, [] {});
    });
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { QCoro::connect(refresh(), this, [] {}); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &HistoryPanel::openSelected);
    connect(m_list, &QWidget::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    connect(m_run, &QPushButton::clicked, this, &HistoryPanel::runSelected);
    connect(m_copy, &QPushButton::clicked, this, &HistoryPanel::copySelected);
    connect(m_open, &QPushButton::clicked, this, &HistoryPanel::openSelected);
    if (m_store) {
        auto *recordedDelay = new QTimer(this);
        recordedDelay->setSingleShot(true);
        recordedDelay->setInterval(RecordedDelayMs);
        connect(recordedDelay, &QTimer::timeout, this,
                [this] { QCoro::connect(refresh(), this, [] {}); });
        connect(m_store, &HistoryStore::recorded, recordedDelay, qOverload<>(&QTimer::start));
        connect(m_store, &HistoryStore::removed, recordedDelay, qOverload<>(&QTimer::start));
        connect(m_store, &HistoryStore::errorOccurred, this, &HistoryPanel::showError);
    }
    QCoro::connect(refresh(), this, [] {});
}

QString HistoryPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

std::optional<HistoryEntry> HistoryPanel::entryAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return std::nullopt;
    const int index = item->data(0, EntryRole).toInt();
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

QCoro::Task<void> HistoryPanel::refresh()
{
    QPointer<HistoryPanel> self(this);
    const quint64 request = ++m_request;
    QPointer<HistoryStore> store = m_store;
    if (!store)
        co_return;
    m_message->hide();
    const QString text = m_search->text().trimmed();
    const QList<HistoryEntry> entries = co_await store->search(text);
    if (!self || request < m_shown)
        co_return; // a newer search already shows
    // A newer search for other text (the user kept typing) owns the list. One for the same
    // text (a statement was recorded meanwhile) does not: what this one found is as new as
    // when it was asked, so whoever awaits it sees the list it asked for.
    if (request != m_request && text != m_search->text().trimmed())
        co_return;
    m_shown = request;
    showEntries(entries);
    Q_EMIT refreshed();
}

void HistoryPanel::showEntries(const QList<HistoryEntry> &entries)
{
    const std::optional<HistoryEntry> selected = selectedEntry();
    m_entries = entries;
    m_list->clear();
    const QColor failed = AlertColors::text(palette());
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &entry = entries.at(i);
        auto *item = new QTreeWidgetItem;
        item->setData(0, EntryRole, int(i));
        item->setText(TimeColumn, entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(ConnectionColumn, entry.connection);
        item->setText(DurationColumn,
                      entry.durationMs < 1000
                          ? tr("%1 ms").arg(entry.durationMs)
                          : tr("%1 s").arg(double(entry.durationMs) / 1000.0, 0, 'f', 1));
        item->setTextAlignment(DurationColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(OutcomeColumn, firstLine(entry.outcome));
        item->setText(SqlColumn, firstLine(entry.sql));
        item->setToolTip(SqlColumn, entry.sql.left(ToolTipChars));
        item->setToolTip(OutcomeColumn, entry.outcome.left(ToolTipChars));
        if (!entry.ok) {
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setForeground(column, failed);
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!m_columnsSized && !items.isEmpty()) {
        // Once: later the user's widths stay.
        m_columnsSized = true;
        for (int column = TimeColumn; column < SqlColumn; ++column) {
            m_list->resizeColumnToContents(column);
            m_list->setColumnWidth(column, qMin(m_list->columnWidth(column), MaxColumnWidth));
        }
    }
    if (selected) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).id == selected->id)
                m_list->setCurrentItem(m_list->topLevelItem(int(i)));
        }
    }
    updateButtons();
}

void HistoryPanel::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

std::optional<HistoryEntry> HistoryPanel::selectedEntry() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    return entryAt(m_list->indexOfTopLevelItem(selected.first()));
}

void HistoryPanel::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    m_run->setEnabled(any);
    m_copy->setEnabled(any);
    m_open->setEnabled(any);
}

void HistoryPanel::runSelected()
{
    if (const std::optional<HistoryEntry> entry = selectedEntry())
        Q_EMIT runRequested(*entry);
}

void HistoryPanel::copySelected()
{
    if (const std::optional<HistoryEntry> entry = selectedEntry())
        QApplication::clipboard()->setText(entry->sql);
}

void HistoryPanel::openSelected()
{
    if (const std::optional<HistoryEntry> entry = selectedEntry())
        Q_EMIT openRequested(entry->sql);
}

QCoro::Task<void> HistoryPanel::removeSelected()
{
    const std::optional<HistoryEntry> entry = selectedEntry();
    QPointer<HistoryStore> store = m_store;
    if (!entry || !store)
        co_return;
    // The store's removed() signal refreshes the list.
    co_await store->remove(entry->id);
}

void HistoryPanel::showContextMenu(const QPoint &position)
{
    if (!m_list->itemAt(position))
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Run Again"), this, &HistoryPanel::runSelected);
    menu->addAction(tr("Open in Editor"), this, &HistoryPanel::openSelected);
    menu->addAction(tr("Copy SQL"), this, &HistoryPanel::copySelected);
    menu->addSeparator();
    menu->addAction(tr("Remove from History"), this,
                    [this] { QCoro::connect(removeSelected(), this, [] {}); });
    menu->addAction(tr("Clear History…"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Clear History"),
                                    tr("Remove every statement from the history?"),
                                    QMessageBox::Cancel, this);
        QPushButton *clear = box->addButton(tr("Clear History"), QMessageBox::DestructiveRole);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *clicked) {
            if (clicked == clear && m_store)
                QCoro::connect(m_store->clear(), this, [] {});
        });
        box->open();
    });
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

} // namespace Quarry::Ui
