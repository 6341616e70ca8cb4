// SPDX-License-Identifier: MIT
#include "connection/pool.h"

#include "connection/echo.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QThreadPool>
#include <QTimer>

namespace Quarry {

namespace {
/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Pool)
};
} // namespace

/// A session waiting for a connection; release() hands one over and emits handedOver.
struct Pool::Waiter : QObject {
    Q_OBJECT
public:
    std::shared_ptr<Connection> connection;
    bool closed = false;
    bool woken = false; // a slot was freed: try to open a connection
    bool cancelled = false;
    const void *owner = nullptr;
Q_SIGNALS:
    void handedOver();
};

Pool::Pool(DatabaseUrl url, Options options)
    : m_url(std::move(url))
    , m_options(std::move(options))
{
    // Every connection to an in-memory SQLite database is a new, empty database: keep one.
    if (m_url.backend() == DatabaseUrl::Backend::Sqlite && m_url.isMemory()) {
        m_options.poolSize = 1;
        m_options.maxOverflow = 0;
    }
}

namespace {
/// Closing a connection joins its thread and may talk to the server (PQcancel, PQfinish): not
/// on the caller's (GUI) thread.
void dispose(std::shared_ptr<Connection> connection)
{
    if (connection)
        QThreadPool::globalInstance()->start([c = std::move(connection)]() mutable { c.reset(); });
}
} // namespace

Pool::~Pool()
{
    // Waiters hold the pool, so none is left here; idle connections close off this thread.
    for (auto &connection : m_idle)
        dispose(std::move(connection));
}

bool Pool::expired(const Connection &connection) const
{
    if (connection.isBroken())
        return true;
    if (m_options.poolRecycle.count() <= 0)
        return false;
    return std::chrono::steady_clock::now() - connection.openedAt() >= m_options.poolRecycle;
}

QCoro::Task<std::shared_ptr<Connection>> Pool::acquire(Acquire mode, const void *owner)
{
    // Keep the pool alive across the suspensions below even if the Database goes away.
    const std::shared_ptr<Pool> self = shared_from_this();
    while (true) {
        if (m_closed)
            throw ConnectionError(Tr::tr("the database is closed"));
        if (!m_idle.empty() && mode == Acquire::Pooled) {
            std::shared_ptr<Connection> connection = std::move(m_idle.back());
            m_idle.pop_back();
            if (expired(*connection)) {
                --m_open;
                dispose(std::move(connection));
                continue;
            }
            if (m_options.prePing) {
                try {
                    co_await connection->submit([](Driver &driver) { driver.ping(); });
                } catch (const DatabaseError &) {
                    --m_open;
                    dispose(std::move(connection));
                    continue; // dropped: replace it below
                }
            }
            co_return connection;
        }
        const int capacity = m_options.poolSize + m_options.maxOverflow;
        if (mode == Acquire::Fresh && !m_idle.empty() && m_open >= capacity) {
            dispose(std::move(m_idle.back())); // make room for the new one
            m_idle.pop_back();
            --m_open;
        }
        if (m_open < capacity) {
            ++m_open;
            try {
                auto connection = co_await Connection::open(m_url, m_options);
                // Opened for a request made before close(): it serves that request, and
                // release() closes it afterwards.
                std::erase_if(m_all, [](const auto &weak) { return weak.expired(); });
                m_all.push_back(connection);
                co_return connection;
            } catch (...) {
                --m_open;
                wake();
                throw;
            }
        }
        auto waiter = std::make_shared<Waiter>();
        waiter->owner = owner;
        m_waiters.push_back(waiter);
        co_await qCoro(waiter.get(), &Waiter::handedOver, m_options.poolTimeout);
        if (waiter->connection)
            co_return std::move(waiter->connection);
        std::erase(m_waiters, waiter);
        if (waiter->cancelled)
            throw Cancelled(Tr::tr("the statement was cancelled while it waited for a connection"));
        if (waiter->woken && !waiter->closed)
            continue;
        if (waiter->closed)
            throw ConnectionError(Tr::tr("the database is closed"));
        throw PoolTimeoutError(
            Tr::tr("no connection became free within %1 ms (pool size %2, overflow %3)")
                .arg(m_options.poolTimeout.count())
                .arg(m_options.poolSize)
                .arg(m_options.maxOverflow));
    }
}

void Pool::release(std::shared_ptr<Connection> connection)
{
    if (!connection)
        return;
    const bool overflow = m_open > m_options.poolSize;
    if (m_closed || expired(*connection) || (overflow && m_waiters.empty())) {
        --m_open;
        wake();
        dispose(std::move(connection));
        return;
    }
    if (!m_waiters.empty()) {
        auto waiter = m_waiters.front();
        m_waiters.pop_front();
        waiter->connection = std::move(connection);
        Q_EMIT waiter->handedOver();
        return;
    }
    m_idle.push_back(std::move(connection));
}

void Pool::cancelWait(const void *owner)
{
    if (!owner)
        return;
    // A resumed waiter edits m_waiters: collect first.
    std::vector<std::shared_ptr<Waiter>> cancelled;
    for (const auto &waiter : m_waiters) {
        if (waiter->owner == owner)
            cancelled.push_back(waiter);
    }
    std::erase_if(m_waiters, [owner](const auto &waiter) { return waiter->owner == owner; });
    for (const auto &waiter : cancelled) {
        waiter->cancelled = true;
        Q_EMIT waiter->handedOver();
    }
}

void Pool::wake()
{
    // A slot was freed: let the first waiter try to open a new connection.
    if (!m_waiters.empty()) {
        auto waiter = m_waiters.front();
        m_waiters.pop_front();
        waiter->woken = true;
        Q_EMIT waiter->handedOver();
    }
}

QCoro::Task<void> Pool::close()
{
    const std::shared_ptr<Pool> self = shared_from_this();
    m_closed = true;
    // A resumed waiter edits m_waiters: iterate over a copy.
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters) {
        waiter->closed = true;
        Q_EMIT waiter->handedOver();
    }
    // Wait for the work in flight: a job queued behind it on each worker returns when it ends.
    // acquire() may add to m_all while this waits: walk a list of our own.
    const auto all = std::exchange(m_all, {});
    for (const auto &weak : all) {
        if (auto connection = weak.lock())
            co_await connection->submit([](Driver &driver) { driver.close(); });
    }
    for (auto &connection : std::exchange(m_idle, {}))
        dispose(std::move(connection));
}

} // namespace Quarry

#include "pool.moc"
