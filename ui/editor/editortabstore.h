// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>

class QLockFile;
class QTimer;

namespace Quarry::Ui {

/// Keeps the SQL editor tabs on disk so nothing is lost across a restart or a crash: one JSON
/// file per tab (written atomically with QSaveFile) and an index with the tabs' order, under
/// AppDataLocation/editors/. schedule() saves a tab at most SaveDelayMs after an edit, so a
/// crash loses at most that much typing.
///
/// Several Quarry processes may share the folder: a store writes only the tabs it claimed (a
/// QLockFile per tab, held while the tab is open in this process and freed when the process
/// ends, also by a crash), and the index is changed under a lock by reading it anew, so no
/// store drops another's tabs or overwrites their text.
class EditorTabStore : public QObject {
    Q_OBJECT

public:
    struct Tab {
        QUuid id{};
        QString title{};
        /// What the tab is connected to (a profile name or URL without password); may be empty.
        QString source{};
        QString text{};
        /// UTF-16 offset of the cursor in text.
        qsizetype cursorOffset = 0;

        friend bool operator==(const Tab &, const Tab &) = default;
    };

    static constexpr int SaveDelayMs = 500;

    /// \a directory empty = AppDataLocation/editors.
    explicit EditorTabStore(QObject *parent = nullptr, const QString &directory = {});
    ~EditorTabStore() override;

    QString directory() const { return m_directory; }

    /// Takes tab \a id for this store (a restored tab before it is shown); false when another
    /// store (another Quarry process) has it open.
    bool claim(const QUuid &id);
    /// Lets another store take tab \a id (its tab closed with its connection): writes what is
    /// scheduled for it first. The tab stays stored.
    void release(const QUuid &id);

    /// Writes \a tab now (and adds it to the end of the order when it is new); false with
    /// errorString() when the disk refused or another store has the tab.
    bool save(const Tab &tab);
    /// Saves \a tab within SaveDelayMs; calls in between only replace what will be written.
    void schedule(const Tab &tab);
    /// Writes every scheduled tab now (before quitting).
    void flush();
    /// Forgets \a id: its pending save, its file and its place in the order.
    void remove(const QUuid &id);
    /// The tab order (after the user moved tabs): \a ids first, then the stored tabs it does
    /// not name (another process's) as they were.
    bool setOrder(const QList<QUuid> &ids);
    /// The saved tabs in their order. Files that cannot be read are skipped; a tab written
    /// but missing from the index (a crash in between) comes last.
    QList<Tab> load() const;

    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A scheduled save failed (the disk is full, the directory not writable).
    void saveFailed(const QString &message);

private:
    QString tabPath(const QUuid &id) const;
    QString indexPath() const;
    QList<QUuid> readIndex() const;
    /// Reads the index, applies \a change and writes it back, under the index's lock.
    bool updateIndex(const std::function<void(QList<QUuid> &)> &change);
    bool writeFile(const QString &path, const QByteArray &data);
    void saveScheduled(const QUuid &id);

    QString m_directory;
    std::map<QUuid, std::unique_ptr<QLockFile>> m_claims;
    QHash<QUuid, Tab> m_pending;
    QHash<QUuid, QTimer *> m_timers;
    QString m_error;
};

} // namespace Quarry::Ui
