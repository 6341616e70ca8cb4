// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

class QTimer;

namespace Quarry::Ui {

/// Keeps the SQL editor tabs on disk so nothing is lost across a restart or a crash: one JSON
/// file per tab (written atomically with QSaveFile) and an index with the tabs' order, under
/// AppDataLocation/editors/. schedule() saves a tab at most SaveDelayMs after an edit, so a
/// crash loses at most that much typing.
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

    /// Writes \a tab now (and adds it to the end of the order when it is new); false with
    /// errorString() when the disk refused.
    bool save(const Tab &tab);
    /// Saves \a tab within SaveDelayMs; calls in between only replace what will be written.
    void schedule(const Tab &tab);
    /// Writes every scheduled tab now (before quitting).
    void flush();
    /// Forgets \a id: its pending save, its file and its place in the order.
    void remove(const QUuid &id);
    /// The tab order (after the user moved tabs).
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
    bool writeIndex(const QList<QUuid> &ids);
    bool writeFile(const QString &path, const QByteArray &data);
    void saveScheduled(const QUuid &id);

    QString m_directory;
    QList<QUuid> m_order;
    bool m_orderLoaded = false;
    QHash<QUuid, Tab> m_pending;
    QHash<QUuid, QTimer *> m_timers;
    QString m_error;
};

} // namespace Quarry::Ui
