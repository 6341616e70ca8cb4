// SPDX-License-Identifier: MIT
#pragma once

#include "connection/errors.h"
#include "driver/driver.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <type_traits>

namespace Quarry {

/// One engine connection and the one worker thread it lives on. Jobs run on the worker in
/// submission order; callers co_await them and resume on their own thread. Held by
/// shared_ptr: the pool, sessions and in-flight coroutines share it.
class Connection {
public:
    /// Creates the driver and opens it on a new worker thread.
    static QCoro::Task<std::shared_ptr<Connection>> open(DatabaseUrl url, Options options);

    /// Interrupts a running statement, closes the driver on its thread and joins the thread.
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Runs \a job(Driver&) on the worker thread; the returned future is co_awaitable and
    /// rethrows the job's DatabaseError. A ConnectionError marks the connection broken.
    template<typename F> auto submit(F job) -> QFuture<std::invoke_result_t<F, Driver &>>
    {
        using R = std::invoke_result_t<F, Driver &>;
        return QtConcurrent::run(&m_thread, [this, job = std::move(job)]() mutable -> R {
            {
                const std::lock_guard lock(m_cancelLock);
                m_driver->clearCancel();
                m_job.fetch_add(1);
                m_running.store(true);
            }
            const auto done = qScopeGuard([this] { m_running.store(false); });
            try {
                if constexpr (std::is_void_v<R>) {
                    job(*m_driver);
                    afterJob();
                } else {
                    R result = job(*m_driver);
                    afterJob();
                    return result;
                }
            } catch (const ConnectionError &) {
                m_broken.store(true);
                afterJob();
                throw;
            } catch (const DatabaseError &) {
                afterJob();
                throw;
            } catch (const std::exception &e) {
                // Only QException subclasses cross the hop intact; keep the message.
                afterJob();
                throw DatabaseError(QString::fromUtf8(e.what()));
            }
        });
    }

    /// The ticket of the job running now (or of the last one): what cancel() aims at.
    quint64 currentJob() const { return m_job.load(); }
    /// Thread-safe: stops job \a ticket if it is still running (it throws Cancelled). A job
    /// that has finished is left alone, and so is the next one, which may be another
    /// session's: the pool hands the connection on as soon as a session lets go of it.
    void cancel(quint64 ticket)
    {
        const std::lock_guard lock(m_cancelLock);
        if (m_running.load() && m_job.load() == ticket)
            m_driver->cancel();
    }

    /// A ConnectionError happened on it: it must not be reused.
    bool isBroken() const { return m_broken.load(); }
    /// The engine's transaction state after the last finished job.
    TransactionState transactionState() const { return m_txState.load(); }
    /// Whether a streamed cursor is open on it.
    bool streaming() const { return m_streaming; }
    void setStreaming(bool on) { m_streaming = on; }

    /// A rollback queued when the last session let go of the connection mid-transaction; the
    /// next session waits for it before it reads transactionState().
    QFuture<void> settling() const { return m_settling; }
    void setSettling(QFuture<void> rollback) { m_settling = std::move(rollback); }

    int id() const { return m_id; }
    std::chrono::steady_clock::time_point openedAt() const { return m_openedAt; }
    const Options &options() const { return m_driver->options(); }
    const DatabaseUrl &url() const { return m_driver->url(); }
    QString quoteIdentifier(const QString &name) const { return m_driver->quoteIdentifier(name); }

private:
    Connection(std::unique_ptr<Driver> driver);
    void afterJob() { m_txState.store(m_driver->transactionState()); }

    std::unique_ptr<Driver> m_driver;
    QThreadPool m_thread;
    std::atomic<bool> m_broken{false};
    std::atomic<bool> m_running{false};
    std::atomic<quint64> m_job{0};
    /// Held while a job starts and while a cancel is aimed: the two never interleave.
    std::mutex m_cancelLock;
    std::atomic<TransactionState> m_txState{TransactionState::Idle};
    bool m_streaming = false;
    QFuture<void> m_settling;
    int m_id;
    std::chrono::steady_clock::time_point m_openedAt;
};

} // namespace Quarry
