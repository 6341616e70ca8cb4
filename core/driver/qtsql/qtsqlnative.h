// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.h"

#include <QMutex>
#include <QVariant>

#include <chrono>
#include <optional>

struct sqlite3;
struct pg_conn;
struct pg_cancel;

namespace Quarry {

/// The engine connection beneath a Qt SQL driver, when it is one the core links itself
/// (SQLite's sqlite3*, libpq's PGconn*): for a thread-safe interrupt, the exact transaction
/// state and, on SQLite, a progress handler that stops a statement on cancel or timeout.
/// Internal to QtSqlDriver.
class QtSqlNative {
public:
    explicit QtSqlNative(const Driver &driver)
        : m_driver(driver)
    {}
    ~QtSqlNative() { detach(); }
    QtSqlNative(const QtSqlNative &) = delete;
    QtSqlNative &operator=(const QtSqlNative &) = delete;

    /// Takes QSqlDriver::handle() of an open connection; call on the connection's thread.
    void attach(const QVariant &handle, std::chrono::milliseconds statementTimeout);
    /// Forgets the handle; after it returns, interrupt() no longer touches it.
    void detach();

    /// Thread-safe: sqlite3_interrupt or PQcancel; nothing for other engines.
    void interrupt();

    /// The engine's own idea of the transaction state; nothing when the engine is unknown.
    std::optional<TransactionState> transactionState() const;

    /// Starts the statement-timeout clock (SQLite).
    void startClock();
    /// Whether the last statement was stopped by the timeout.
    bool timedOut() const { return m_timedOut; }

private:
    static int progress(void *self);

    const Driver &m_driver;
    QMutex m_mutex; // guards the handles against interrupt() racing detach()
    sqlite3 *m_sqlite = nullptr;
    pg_conn *m_pg = nullptr;
    pg_cancel *m_pgCancel = nullptr;
    std::chrono::milliseconds m_timeout{0};
    std::chrono::steady_clock::time_point m_deadline{};
    bool m_timedOut = false;
};

} // namespace Quarry
