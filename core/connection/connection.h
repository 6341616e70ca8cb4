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
#include <set>
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
    /// \a ticket, if given, receives the job's number: what cancel() aims at.
    template<typename F>
    auto submit(F job, quint64 *ticket = nullptr) -> QFuture<std::invoke_result_t<F, Driver &>>
    {
        using R = std::invoke_result_t<F, Driver &>;
        // Numbered and queued in one step: jobs start in the order of their numbers.
        const std::lock_guard submitting(m_submitLock);
        const quint64 number = ++m_lastTicket;
        if (ticket)
            *ticket = number;
        return QtConcurrent::run(&m_thread, [this, number, job = std::move(job)]() mutable -> R {
            if (!start(number))
                throwCancelled();
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

    /// Thread-safe: stops job \a ticket. A running job is interrupted (it throws Cancelled); a
    /// queued one throws Cancelled instead of starting. A job that has finished is left alone,
    /// and so is every other one, which may be another session's: the pool hands the
    /// connection on as soon as a session lets go of it.
    void cancel(quint64 ticket);

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
    /// On the worker: job \a ticket starts; false when it was cancelled while queued.
    bool start(quint64 ticket);
    [[noreturn]] static void throwCancelled();

    std::unique_ptr<Driver> m_driver;
    QThreadPool m_thread;
    std::atomic<bool> m_broken{false};
    std::atomic<bool> m_running{false};
    /// The number of the job running now, or of the last one that ran.
    std::atomic<quint64> m_job{0};
    /// Held while a job starts and while a cancel is aimed: the two never interleave.
    std::mutex m_cancelLock;
    /// Queued jobs cancelled before they started (guarded by m_cancelLock).
    std::set<quint64> m_cancelledQueued;
    std::mutex m_submitLock;
    quint64 m_lastTicket = 0;
    std::atomic<TransactionState> m_txState{TransactionState::Idle};
    bool m_streaming = false;
    QFuture<void> m_settling;
    int m_id;
    std::chrono::steady_clock::time_point m_openedAt;
};

} // namespace Quarry
