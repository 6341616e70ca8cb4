// SPDX-License-Identifier: MIT
#include "connection/connectionstore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

// One group per profile under "connections/", named by its id.
const auto ProfilesGroup = "connections";
const auto RecentFilesKey = "connections/recentFiles";

QString kindKeyword(ConnectionProfile::Kind kind)
{
    return kind == ConnectionProfile::Kind::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

ConnectionProfile::Kind kindFromKeyword(const QString &keyword)
{
    return keyword == u"postgresql" ? ConnectionProfile::Kind::Postgres
                                    : ConnectionProfile::Kind::Sqlite;
}

ConnectionProfile readProfile(const QSettings &settings, const QUuid &id)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.name = settings.value(u"name"_s).toString();
    profile.kind = kindFromKeyword(settings.value(u"kind"_s).toString());
    profile.filePath = settings.value(u"file"_s).toString();
    profile.host = settings.value(u"host"_s).toString();
    profile.port = settings.value(u"port"_s, ConnectionProfile::DefaultPostgresPort).toInt();
    profile.database = settings.value(u"database"_s).toString();
    profile.user = settings.value(u"user"_s).toString();
    profile.sslMode =
        ConnectionProfile::sslModeFromKeyword(settings.value(u"sslMode"_s).toString());
    profile.readOnly = settings.value(u"readOnly"_s, false).toBool();
    return profile;
}

QString groupFor(const QUuid &id)
{
    return QLatin1StringView(ProfilesGroup) + u'/' + id.toString(QUuid::WithoutBraces);
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ConnectionStore::ConnectionStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ConnectionStore::~ConnectionStore() = default;

QList<ConnectionProfile> ConnectionStore::profiles() const
{
    QList<ConnectionProfile> list;
    m_settings->beginGroup(QLatin1StringView(ProfilesGroup));
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull())
            continue;
        m_settings->beginGroup(group);
        list.append(readProfile(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return list;
}

std::optional<ConnectionProfile> ConnectionStore::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    m_settings->beginGroup(groupFor(id));
    std::optional<ConnectionProfile> found;
    if (m_settings->contains(u"name"_s))
        found = readProfile(*m_settings, id);
    m_settings->endGroup();
    return found;
}

ConnectionProfile ConnectionStore::add(ConnectionProfile profile)
{
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    write(profile);
    Q_EMIT profilesChanged();
    return profile;
}

void ConnectionStore::update(const ConnectionProfile &profile)
{
    if (profile.id.isNull()) {
        add(profile);
        return;
    }
    write(profile);
    Q_EMIT profilesChanged();
}

std::optional<ConnectionProfile> ConnectionStore::duplicate(const QUuid &id)
{
    std::optional<ConnectionProfile> copy = profile(id);
    if (!copy)
        return std::nullopt;
    copy->id = QUuid::createUuid();
    copy->name = tr("%1 (copy)").arg(copy->name);
    return add(*copy);
}

void ConnectionStore::remove(const QUuid &id)
{
    if (id.isNull())
        return;
    m_settings->remove(groupFor(id));
    Q_EMIT profilesChanged();
}

void ConnectionStore::write(const ConnectionProfile &profile)
{
    m_settings->remove(groupFor(profile.id));
    m_settings->beginGroup(groupFor(profile.id));
    m_settings->setValue(u"name"_s, profile.name);
    m_settings->setValue(u"kind"_s, kindKeyword(profile.kind));
    if (profile.kind == ConnectionProfile::Kind::Sqlite) {
        m_settings->setValue(u"file"_s, profile.filePath);
    } else {
        m_settings->setValue(u"host"_s, profile.host);
        m_settings->setValue(u"port"_s, profile.port);
        m_settings->setValue(u"database"_s, profile.database);
        m_settings->setValue(u"user"_s, profile.user);
        m_settings->setValue(u"sslMode"_s, ConnectionProfile::sslModeKeyword(profile.sslMode));
    }
    m_settings->setValue(u"readOnly"_s, profile.readOnly);
    m_settings->endGroup();
}

QStringList ConnectionStore::recentFiles() const
{
    return m_settings->value(QLatin1StringView(RecentFilesKey)).toStringList();
}

void ConnectionStore::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings->setValue(QLatin1StringView(RecentFilesKey), recent.mid(0, MaxRecentFiles));
}

void ConnectionStore::sync()
{
    m_settings->sync();
}

QString ConnectionStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace Quarry::Ui
