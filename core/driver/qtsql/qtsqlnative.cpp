// SPDX-License-Identifier: MIT
#include "driver/qtsql/qtsqlnative.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Quarry {

namespace {

constexpr int progressInterval = 1000; // VM steps between cancel/timeout checks

template<typename T> T handleAs(const QVariant &handle, const char *typeName)
{
    if (qstrcmp(handle.typeName(), typeName) != 0)
        return nullptr;
    return *static_cast<const T *>(handle.constData());
}

} // namespace

void QtSqlNative::attach(const QVariant &handle, std::chrono::milliseconds statementTimeout)
{
    QMutexLocker lock(&m_mutex);
    m_timeout = statementTimeout;
    m_sqlite = handleAs<sqlite3 *>(handle, "sqlite3*");
    m_pg = handleAs<pg_conn *>(handle, "PGconn*");
    // Made here, on the connection's thread, so that PQcancel may run on any other.
    m_pgCancel = m_pg ? PQgetCancel(m_pg) : nullptr;
    // Also catches a cancel that came just before a statement started, which
    // sqlite3_interrupt alone would miss.
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, progressInterval, &QtSqlNative::progress, this);
}

void QtSqlNative::detach()
{
    QMutexLocker lock(&m_mutex);
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    if (m_pgCancel)
        PQfreeCancel(m_pgCancel);
    m_sqlite = nullptr;
    m_pg = nullptr;
    m_pgCancel = nullptr;
}

void QtSqlNative::interrupt()
{
    QMutexLocker lock(&m_mutex);
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
    } else if (m_pgCancel) {
        char error[256];
        PQcancel(m_pgCancel, error, int(sizeof error));
    }
}

std::optional<TransactionState> QtSqlNative::transactionState() const
{
    // Only the connection's thread changes the handles, and it is the one asking.
    if (m_sqlite)
        return sqlite3_get_autocommit(m_sqlite) == 0 ? TransactionState::Active
                                                     : TransactionState::Idle;
    if (m_pg) {
        switch (PQtransactionStatus(m_pg)) {
        case PQTRANS_ACTIVE:
        case PQTRANS_INTRANS:
            return TransactionState::Active;
        case PQTRANS_INERROR:
            return TransactionState::Failed;
        default:
            return TransactionState::Idle;
        }
    }
    return std::nullopt;
}

void QtSqlNative::startClock()
{
    m_timedOut = false;
    if (m_timeout.count() > 0)
        m_deadline = std::chrono::steady_clock::now() + m_timeout;
}

int QtSqlNative::progress(void *self)
{
    auto *native = static_cast<QtSqlNative *>(self);
    if (native->m_driver.cancelRequested())
        return 1;
    if (native->m_timeout.count() <= 0 || std::chrono::steady_clock::now() < native->m_deadline)
        return 0;
    native->m_timedOut = true;
    return 1;
}

} // namespace Quarry
