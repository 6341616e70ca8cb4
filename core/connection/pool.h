// SPDX-License-Identifier: MIT
#pragma once

#include "connection/connection.h"

#include <QCoroTask>
#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace Quarry {

/// Hands connections to sessions: keeps up to poolSize open, opens up to maxOverflow more
/// under load, makes callers wait (up to poolTimeout) when all are busy, replaces connections
/// older than poolRecycle, checks them first with prePing, and drops broken ones. Used from
/// one thread (the one that owns the Database).
class Pool : public std::enable_shared_from_this<Pool> {
public:
    Pool(DatabaseUrl url, Options options);
    ~Pool();

    enum class Acquire { Pooled, Fresh };
    /// A connection for exclusive use until release(); Fresh opens a new one rather than reuse
    /// an idle one. Throws PoolTimeoutError, or ConnectionError when a new connection cannot
    /// be opened or the pool is closed, or Cancelled when cancelWait(\a owner) stops the wait.
    QCoro::Task<std::shared_ptr<Connection>> acquire(Acquire mode = Acquire::Pooled,
                                                     const void *owner = nullptr);
    /// Stops the waits for a free connection that acquire() calls for \a owner are in.
    void cancelWait(const void *owner);
    /// Returns a connection. Broken and overflow connections are closed.
    void release(std::shared_ptr<Connection> connection);
    /// Stops handing out connections, waits for the work in flight on every connection and
    /// closes them all.
    QCoro::Task<void> close();

    const DatabaseUrl &url() const { return m_url; }
    const Options &options() const { return m_options; }
    /// Connections open now (idle and checked out).
    int size() const { return m_open; }
    int checkedOut() const { return m_open - int(m_idle.size()); }
    bool isClosed() const { return m_closed; }

private:
    struct Waiter;
    bool expired(const Connection &connection) const;
    void wake();

    DatabaseUrl m_url;
    Options m_options;
    std::vector<std::shared_ptr<Connection>> m_idle;
    std::vector<std::weak_ptr<Connection>> m_all;
    std::deque<std::shared_ptr<Waiter>> m_waiters;
    int m_open = 0;
    bool m_closed = false;
};

} // namespace Quarry
