// SPDX-License-Identifier: MIT
#pragma once

#include "connection/connectionprofile.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace Quarry::Ui {

/// The saved connections and recently opened SQLite files, in QSettings. Only non-secret fields
/// are written: a profile has no password member, and passwords go to PasswordStore.
class ConnectionStore : public QObject {
    Q_OBJECT

public:
    /// Uses the application's QSettings.
    explicit ConnectionStore(QObject *parent = nullptr);
    /// Uses the INI file \a settingsFile (tests, portable set-ups).
    explicit ConnectionStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ConnectionStore() override;

    /// Sorted by name, case-insensitively.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    /// Saves \a profile as a new entry (it gets an id if it has none); returns it as saved.
    ConnectionProfile add(ConnectionProfile profile);
    /// Replaces the entry with \a profile's id (adds it when there is none).
    void update(const ConnectionProfile &profile);
    /// Saves a copy of \a id under a new id and "<name> (copy)"; nullopt when \a id is unknown.
    std::optional<ConnectionProfile> duplicate(const QUuid &id);
    void remove(const QUuid &id);

    /// Most recent first, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);

    /// Writes pending changes to disk now (QSettings also does so on its own).
    void sync();
    QString fileName() const;

    static constexpr int MaxRecentFiles = 10;

Q_SIGNALS:
    void profilesChanged();

private:
    void write(const ConnectionProfile &profile);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Quarry::Ui
