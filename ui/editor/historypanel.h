// SPDX-License-Identifier: MIT
#pragma once

#include "editor/historystore.h"

#include <QCoroTask>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Quarry::Ui {

/// The SQL history as a searchable list: newest first, failed statements in red. Run Again,
/// Copy SQL and Open in Editor act on the selected entry. Every store call is awaited, so a
/// slow or broken history file never blocks the window.
class HistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    enum Column { TimeColumn, ConnectionColumn, DurationColumn, OutcomeColumn, SqlColumn };

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    /// The inline message (an error from the store), empty when all is well.
    QString message() const;
    /// The entry shown in \a row, or nullopt when there is none.
    std::optional<HistoryEntry> entryAt(int row) const;

    /// Reads the entries matching the search box again and shows them, unless a newer request
    /// for other text has started meanwhile, or a newer one's entries already show.
    QCoro::Task<void> refresh();

    void runSelected();
    void copySelected();
    void openSelected();
    QCoro::Task<void> removeSelected();

    static constexpr int SearchDelayMs = 300;

Q_SIGNALS:
    /// Run \a entry again, on the connection it ran on.
    void runRequested(const Quarry::Ui::HistoryEntry &entry);
    /// Put \a sql into an editor.
    void openRequested(const QString &sql);
    /// A refresh finished and the list shows its entries.
    void refreshed();

private:
    void showEntries(const QList<HistoryEntry> &entries);
    void showError(const QString &message);
    void showContextMenu(const QPoint &position);
    void updateButtons();
    std::optional<HistoryEntry> selectedEntry() const;

    QPointer<HistoryStore> m_store;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_run;
    QPushButton *m_copy;
    QPushButton *m_open;
    QList<HistoryEntry> m_entries;
    quint64 m_request = 0;
    /// The request whose entries the list shows.
    quint64 m_shown = 0;
    bool m_columnsSized = false;
};

} // namespace Quarry::Ui
