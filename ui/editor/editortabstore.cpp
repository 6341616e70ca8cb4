// SPDX-License-Identifier: MIT
#include "editor/editortabstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int FormatVersion = 1;
// The index lock is held for one read and write; waiting longer means something is wrong.
constexpr int IndexLockWaitMs = 5'000;

QJsonObject toJson(const EditorTabStore::Tab &tab)
{
    QJsonObject object;
    object.insert(u"version"_s, FormatVersion);
    object.insert(u"id"_s, tab.id.toString(QUuid::WithoutBraces));
    object.insert(u"title"_s, tab.title);
    object.insert(u"source"_s, tab.source);
    object.insert(u"text"_s, tab.text);
    object.insert(u"cursor"_s, qint64(tab.cursorOffset));
    return object;
}

std::optional<EditorTabStore::Tab> fromJson(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    EditorTabStore::Tab tab;
    tab.id = QUuid::fromString(object.value(u"id"_s).toString());
    if (tab.id.isNull())
        return std::nullopt;
    tab.title = object.value(u"title"_s).toString();
    tab.source = object.value(u"source"_s).toString();
    tab.text = object.value(u"text"_s).toString();
    tab.cursorOffset =
        std::clamp<qsizetype>(object.value(u"cursor"_s).toInteger(), 0, tab.text.size());
    return tab;
}

} // namespace

EditorTabStore::EditorTabStore(QObject *parent, const QString &directory)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            u"/editors"_s
                      : directory)
{}

EditorTabStore::~EditorTabStore()
{
    flush();
    // m_claims' lock files go with it: the tabs are free for the next process.
}

bool EditorTabStore::claim(const QUuid &id)
{
    if (m_claims.contains(id))
        return true;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(m_directory + u'/' + id.toString(QUuid::WithoutBraces) +
                                            u".lock"_s);
    // Held for as long as the tab is open, however long; a crashed holder's lock is stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_claims.emplace(id, std::move(lock));
    return true;
}

void EditorTabStore::release(const QUuid &id)
{
    if (QTimer *timer = m_timers.value(id))
        timer->stop();
    saveScheduled(id);
    m_claims.erase(id);
}

QString EditorTabStore::tabPath(const QUuid &id) const
{
    return m_directory + u'/' + id.toString(QUuid::WithoutBraces) + u".json"_s;
}

QString EditorTabStore::indexPath() const
{
    return m_directory + u"/index.json"_s;
}

bool EditorTabStore::writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // QSaveFile writes beside the target and renames: a crash leaves the old file or the new
    // one, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<QUuid> EditorTabStore::readIndex() const
{
    QFile file(indexPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QUuid> ids;
    const QJsonArray order =
        QJsonDocument::fromJson(file.readAll()).object().value(u"order"_s).toArray();
    for (const QJsonValue &value : order) {
        const QUuid id = QUuid::fromString(value.toString());
        if (!id.isNull() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool EditorTabStore::updateIndex(const std::function<void(QList<QUuid> &)> &change)
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Another process may have written the index since this one read it: read it anew.
    QLockFile lock(m_directory + u"/index.lock"_s);
    if (!lock.tryLock(IndexLockWaitMs)) {
        m_error = tr("The list of editor tabs in %1 is locked")
                      .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QList<QUuid> ids = readIndex();
    const QList<QUuid> before = ids;
    change(ids);
    if (ids == before)
        return true;
    QJsonArray order;
    for (const QUuid &id : std::as_const(ids))
        order.append(id.toString(QUuid::WithoutBraces));
    QJsonObject object;
    object.insert(u"version"_s, FormatVersion);
    object.insert(u"order"_s, order);
    return writeFile(indexPath(), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool EditorTabStore::save(const Tab &tab)
{
    if (tab.id.isNull())
        return false;
    if (!claim(tab.id)) {
        m_error = tr("The editor tab is open in another Quarry window.");
        return false;
    }
    // The tab's file first: a crash before the index is written still finds it (load() picks
    // up tabs missing from the index).
    if (!writeFile(tabPath(tab.id), QJsonDocument(toJson(tab)).toJson(QJsonDocument::Compact)))
        return false;
    return updateIndex([id = tab.id](QList<QUuid> &ids) {
        if (!ids.contains(id))
            ids.append(id);
    });
}

void EditorTabStore::schedule(const Tab &tab)
{
    m_pending.insert(tab.id, tab);
    QTimer *&timer = m_timers[tab.id];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(SaveDelayMs);
        const QUuid id = tab.id;
        connect(timer, &QTimer::timeout, this, [this, id] { saveScheduled(id); });
    }
    // Not restarted by later edits: continuous typing is still saved every SaveDelayMs.
    if (!timer->isActive())
        timer->start();
}

void EditorTabStore::saveScheduled(const QUuid &id)
{
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    const Tab tab = pending.value();
    m_pending.erase(pending);
    if (!save(tab))
        Q_EMIT saveFailed(m_error);
}

void EditorTabStore::flush()
{
    const QList<QUuid> ids = m_pending.keys();
    for (const QUuid &id : ids) {
        if (QTimer *timer = m_timers.value(id))
            timer->stop();
        saveScheduled(id);
    }
}

void EditorTabStore::remove(const QUuid &id)
{
    m_pending.remove(id);
    if (QTimer *timer = m_timers.take(id))
        delete timer;
    // Only a tab this store has: another process's stays as it is.
    if (!claim(id))
        return;
    // The file goes before the index entry: whatever a crash interrupts, the tab stays gone.
    QFile::remove(tabPath(id));
    updateIndex([id](QList<QUuid> &ids) { ids.removeAll(id); });
    m_claims.erase(id);
}

bool EditorTabStore::setOrder(const QList<QUuid> &ids)
{
    return updateIndex([ids](QList<QUuid> &stored) {
        QList<QUuid> order = ids;
        for (const QUuid &id : std::as_const(stored)) {
            if (!order.contains(id))
                order.append(id);
        }
        stored = order;
    });
}

QList<EditorTabStore::Tab> EditorTabStore::load() const
{
    QList<Tab> tabs;
    QList<QUuid> seen;
    const auto read = [&](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        if (std::optional<Tab> tab = fromJson(file.readAll()); tab && !seen.contains(tab->id)) {
            seen.append(tab->id);
            tabs.append(std::move(*tab));
        }
    };
    const QList<QUuid> order = readIndex();
    for (const QUuid &id : order)
        read(tabPath(id));
    QFileInfoList orphans = QDir(m_directory).entryInfoList({u"*.json"_s}, QDir::Files);
    std::sort(orphans.begin(), orphans.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() < b.lastModified();
    });
    for (const QFileInfo &info : std::as_const(orphans))
        if (info.fileName() != u"index.json" && !QUuid::fromString(info.baseName()).isNull())
            read(info.filePath());
    // Pending edits are newer than the files.
    for (Tab &tab : tabs)
        if (const auto pending = m_pending.constFind(tab.id); pending != m_pending.constEnd())
            tab = pending.value();
    return tabs;
}

} // namespace Quarry::Ui
