// SPDX-License-Identifier: MIT
#include "connection/openconnection.h"

#include "connection/errors.h"

#include <QCoreApplication>
#include <QPointer>

namespace Quarry::Ui {

namespace {

QCoro::Task<void> closeDatabase(Database database)
{
    co_await database.close();
}

} // namespace

OpenConnection::OpenConnection(DatabaseUrl url, QString name, QObject *parent)
    : OpenConnection(std::move(url), std::move(name), defaultOptions(), parent)
{}

OpenConnection::OpenConnection(DatabaseUrl url, QString name, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(url), std::move(options))
    , m_name(std::move(name))
{}

Options OpenConnection::defaultOptions()
{
    return Options{.poolSize = 3};
}

OpenConnection::~OpenConnection()
{
    // Work still queued on the connections finishes on their threads; closing joins them
    // without this thread waiting.
    QCoro::connect(closeDatabase(m_database), QCoreApplication::instance(), [] {});
}

QCoro::Task<bool> OpenConnection::open()
{
    QPointer<OpenConnection> self(this);
    Database database = m_database;
    QString failure;
    try {
        co_await database.connect();
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    if (!failure.isEmpty()) {
        Q_EMIT errorOccurred(failure);
        co_return false;
    }
    co_return co_await refresh();
}

QCoro::Task<bool> OpenConnection::refresh()
{
    QPointer<OpenConnection> self(this);
    Database database = m_database;
    m_reflecting = true;
    Metadata metadata;
    QString failure;
    try {
        metadata = co_await database.reflect();
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    m_reflecting = false;
    if (!failure.isEmpty()) {
        Q_EMIT errorOccurred(failure);
        co_return false;
    }
    m_metadata = std::move(metadata);
    Q_EMIT reflected();
    co_return true;
}

} // namespace Quarry::Ui
