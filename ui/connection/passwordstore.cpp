// SPDX-License-Identifier: MIT
#include "connection/passwordstore.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QStringList>

#if QUARRY_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Quarry::Ui::PasswordStore", text);
}

QString keyFor(const QUuid &id)
{
    return u"connection/"_s + id.toString(QUuid::WithoutBraces);
}

// Owned here, not by the job: the result is read after finished() and the job deleted then.
void prepare(QKeychain::Job *job, const QUuid &id)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(keyFor(id));
}

// Starts \a job on the next event-loop turn: start() may finish at once (no D-Bus, say), and
// the coroutine must be listening by then.
QCoro::Task<void> run(QKeychain::Job *job)
{
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
    co_await qCoro(job, &QKeychain::Job::finished);
}

#if QUARRY_KEYCHAIN_DBUS
QStringList keychainServices()
{
    return {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s};
}

// Names on the bus, running or activatable.
QCoro::Task<QStringList> busNames(QDBusConnection bus, QString method)
{
    const QDBusMessage message = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    QDBusPendingCallWatcher watcher(bus.asyncCall(message));
    co_await qCoro(&watcher, &QDBusPendingCallWatcher::finished);
    const QDBusPendingReply<QStringList> reply = watcher;
    co_return reply.isValid() ? reply.value() : QStringList();
}

// Why no keychain can answer here, or empty when one could (QtKeychain's own messages for a
// missing Secret Service are D-Bus jargon).
QCoro::Task<QString> missingBackend()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        co_return translate("there is no D-Bus session bus to reach a Secret Service on");
    QStringList names = co_await busNames(bus, u"ListNames"_s);
    names += co_await busNames(bus, u"ListActivatableNames"_s);
    const QStringList services = keychainServices();
    for (const QString &service : services) {
        if (names.contains(service))
            co_return QString();
    }
    co_return translate("no Secret Service (such as GNOME Keyring or KWallet) is running on the "
                        "D-Bus session bus");
}
#endif

QCoro::Task<KeychainResult> outcome(const QKeychain::Job *job)
{
    KeychainResult result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        co_return result;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        co_return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainResult::Status::Unavailable;
        result.message = translate("no keychain available: %1").arg(detail);
        co_return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = KeychainResult::Status::Failed;
        result.message = translate("keychain access denied: %1").arg(detail);
        co_return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
#if QUARRY_KEYCHAIN_DBUS
    const QString missing = co_await missingBackend();
    if (!missing.isEmpty()) {
        result.status = KeychainResult::Status::Unavailable;
        result.message = translate("no keychain available: %1 (%2)").arg(missing, detail);
        co_return result;
    }
#endif
    result.status = KeychainResult::Status::Failed;
    result.message = translate("keychain error: %1").arg(detail);
    co_return result;
}

} // namespace

PasswordStore::PasswordStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

PasswordStore::~PasswordStore() = default;

QCoro::Task<KeychainResult> PasswordStore::read(QUuid id) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, id);
    co_await run(job);
    KeychainResult result = co_await outcome(job);
    if (result.ok())
        result.password = job->textData();
    job->deleteLater();
    co_return result;
}

QCoro::Task<KeychainResult> PasswordStore::write(QUuid id, QString password) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, id);
    job->setTextData(password);
    co_await run(job);
    KeychainResult result = co_await outcome(job);
    job->deleteLater();
    co_return result;
}

QCoro::Task<KeychainResult> PasswordStore::remove(QUuid id) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, id);
    co_await run(job);
    KeychainResult result = co_await outcome(job);
    if (result.status == KeychainResult::Status::NotFound)
        result.status = KeychainResult::Status::Ok;
    job->deleteLater();
    co_return result;
}

} // namespace Quarry::Ui
