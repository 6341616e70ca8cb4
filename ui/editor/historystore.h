// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"

#include <QCoroTask>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace Quarry::Ui {

/// One executed statement as the history keeps it.
struct HistoryEntry {
    /// Assigned by the store; 0 for an entry not recorded yet.
    qint64 id = 0;
    /// When it ran, in UTC.
    QDateTime at{};
    /// The connection's display name: never a password, nor a URL holding one.
    QString connection{};
    /// Which connection it ran on (OpenConnection::identity(): a source or a redacted URL), for
    /// running it again there; empty in entries recorded before it was kept.
    QString connectionId{};
    QString sql{};
    qint64 durationMs = 0;
    bool ok = true;
    /// "200 rows", "3 rows affected", or the error message.
    QString outcome{};
    /// Rows returned or affected; -1 when not known.
    qint64 rows = -1;
};

/// The SQL history: every executed statement in a local SQLite file (by default
/// AppDataLocation/history.db), opened through Quarry Core like any other database. A file that
/// cannot be opened or written never stops the app: each failed call emits errorOccurred() and
/// resolves anyway (search() to no entries), and the next call tries again.
class HistoryStore : public QObject {
    Q_OBJECT

public:
    /// The application's history file.
    explicit HistoryStore(QObject *parent = nullptr);
    /// The history in \a fileName (tests, portable set-ups).
    explicit HistoryStore(const QString &fileName, QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultFileName();
    QString fileName() const { return m_fileName; }

    /// Appends \a entry (its id is ignored) and prunes the oldest beyond maxEntries().
    QCoro::Task<void> record(HistoryEntry entry);
    /// Newest first: entries whose SQL or connection contains \a text, case-insensitively
    /// (`%` and `_` match themselves); the latest when \a text is empty.
    QCoro::Task<QList<HistoryEntry>> search(QString text, int limit = 200);
    QCoro::Task<void> remove(qint64 id);
    QCoro::Task<void> clear();
    /// Waits for work in flight and closes the file.
    QCoro::Task<void> close();

    int maxEntries() const { return m_maxEntries; }
    void setMaxEntries(int maxEntries) { m_maxEntries = qMax(1, maxEntries); }
    static constexpr int DefaultMaxEntries = 10'000;

Q_SIGNALS:
    /// \a entry was stored, with its id.
    void recorded(const Quarry::Ui::HistoryEntry &entry);
    /// Entries were removed.
    void removed();
    void errorOccurred(const QString &message);

private:
    /// The database, its table created; nullopt (after errorOccurred) when that failed.
    QCoro::Task<std::optional<Database>> database();
    void fail(const QString &message);
    /// Deletes entry \a id, or every entry when \a id is 0.
    QCoro::Task<void> erase(qint64 id);

    QString m_fileName;
    std::optional<Database> m_database;
    bool m_tableReady = false;
    int m_maxEntries = DefaultMaxEntries;
};

} // namespace Quarry::Ui
