// SPDX-License-Identifier: MIT
#include "connection/connection.h"

#include "connection/echo.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace Quarry {

namespace {
QAtomicInt nextConnectionId{1};
}

Connection::Connection(std::unique_ptr<Driver> driver)
    : m_driver(std::move(driver))
    , m_id(nextConnectionId.fetchAndAddRelaxed(1))
    , m_openedAt(std::chrono::steady_clock::now())
{
    // One thread for the connection's whole life: engines and Qt SQL drivers are
    // thread-affine, and jobs must run in submission order.
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
    m_thread.setObjectName(QStringLiteral("quarry-conn-%1").arg(m_id));
}

QCoro::Task<std::shared_ptr<Connection>> Connection::open(DatabaseUrl url, Options options)
{
    std::shared_ptr<Connection> connection(new Connection(createDriver(url, options)));
    co_await connection->submit([](Driver &driver) { driver.open(); });
    qCDebug(lcConnection) << "opened connection" << connection->m_id << "to" << url.redacted();
    co_return connection;
}

bool Connection::start(quint64 ticket)
{
    const std::lock_guard lock(m_cancelLock);
    m_driver->clearCancel();
    m_job.store(ticket);
    // Earlier numbers have all started by now: what is left of them is stale.
    m_cancelledQueued.erase(m_cancelledQueued.begin(), m_cancelledQueued.lower_bound(ticket));
    if (m_cancelledQueued.erase(ticket) > 0)
        return false;
    m_running.store(true);
    return true;
}

void Connection::throwCancelled()
{
    throw Cancelled(QCoreApplication::translate("Quarry::Session", "the statement was cancelled"));
}

void Connection::cancel(quint64 ticket)
{
    const std::lock_guard lock(m_cancelLock);
    if (m_running.load() && m_job.load() == ticket)
        m_driver->cancel();
    else if (ticket > m_job.load())
        m_cancelledQueued.insert(ticket);
}

Connection::~Connection()
{
    // Stop whatever runs so the join below is short, then close on the driver's own thread.
    if (m_running.load())
        m_driver->cancel();
    Driver *driver = m_driver.get();
    m_thread.start([driver] { driver->close(); });
    m_thread.waitForDone();
    qCDebug(lcConnection) << "closed connection" << m_id;
}

} // namespace Quarry
