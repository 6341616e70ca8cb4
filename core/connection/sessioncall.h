// SPDX-License-Identifier: MIT
#pragma once

// Internal to the session: what its copies share, what a cancel reaches, and the calls every
// Session, Transaction and Savepoint method is made of. Not for use outside core/connection.

#include "connection/connection.h"
#include "connection/session.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace Quarry {

/// Shared by every copy of a session: the pooled connection, taken on first use.
struct Session::State : QObject {
    Q_OBJECT
public:
    explicit State(std::shared_ptr<Pool> p)
        : pool(std::move(p))
    {}
    /// Gives the connection back to the pool, rolling back what is left open.
    ~State() override;

    std::shared_ptr<Pool> pool;
    std::shared_ptr<Connection> connection;
    bool acquiring = false;
    /// The call that is acquiring the connection, and the scope it was made through.
    quint64 acquiringCall = 0;
    const CancelScope *acquiringScope = nullptr;
    bool streaming = false;
    /// The number of the last call made on the session (cancellable calls only).
    quint64 calls = 0;
    /// The number of the last begin(); bumped when the engine is seen outside a transaction,
    /// so that a Transaction that ended never counts as open again.
    quint64 transactions = 0;
    int savepoints = 0;
    /// A rollback queued by a dropped Transaction or Savepoint.
    QFuture<void> pendingRollback;

Q_SIGNALS:
    /// The connection was taken, or a cancel came: waiting calls look again.
    void changed();
};

/// What one cancel() reaches: the calls made through one handle and its copies.
struct Session::CancelScope {
    /// Calls numbered up to this one were under way at the last cancel().
    quint64 cancelledUpTo = 0;
    /// stop(): every call through this scope is cancelled, later ones too.
    bool stopped = false;
    /// The connection jobs of this scope's calls, queued or running: what cancel() interrupts.
    QList<quint64> tickets;
};

namespace SessionCalls {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Session)
};

using StatePtr = std::shared_ptr<Session::State>;
using ScopePtr = std::shared_ptr<Session::CancelScope>;

/// One call on a session, numbered so that a cancel() stops exactly the calls under way when it
/// was pressed. Rolling back and COMMIT are made without a scope: nothing cancels them.
class Call {
public:
    Call(StatePtr s, ScopePtr c)
        : state(std::move(s))
        , scope(std::move(c))
        , number(scope ? ++state->calls : 0)
    {}
    bool cancelled() const { return scope && (scope->stopped || number <= scope->cancelledUpTo); }
    void throwIfCancelled() const
    {
        if (cancelled())
            throw Cancelled(Tr::tr("the statement was cancelled"));
    }

    StatePtr state;
    ScopePtr scope;
    quint64 number;
};

/// Keeps a job's ticket in its scope while the job is queued or runs.
class TicketHold {
public:
    TicketHold(ScopePtr scope, quint64 ticket)
        : m_scope(std::move(scope))
        , m_ticket(ticket)
    {
        if (m_scope)
            m_scope->tickets.append(m_ticket);
    }
    ~TicketHold()
    {
        if (m_scope)
            m_scope->tickets.removeOne(m_ticket);
    }
    TicketHold(const TicketHold &) = delete;
    TicketHold &operator=(const TicketHold &) = delete;

private:
    ScopePtr m_scope;
    quint64 m_ticket;
};

/// Ends whatever transaction is open; for paths that cannot wait (destructors). The session
/// awaits the returned future before its next statement.
QFuture<void> rollbackSoon(Connection &connection, QString sql = QStringLiteral("ROLLBACK"));
/// Undoes a savepoint's work and forgets it.
QString rollbackToSavepoint(const QString &quotedName);
/// The engine's transaction state is only current once a rollback queued by a dropped
/// Transaction or Savepoint has run.
QCoro::Task<void> settled(Call call);
/// The session's connection, taken from the pool on first use, once queued rollbacks ran.
QCoro::Task<std::shared_ptr<Connection>> connectionOf(Call call);
/// Runs \a sql with at most \a maxRows rows kept (-1: all).
QCoro::Task<Result> run(Call call, QString sql, Params params, qsizetype maxRows);
QCoro::Task<void> runQuietly(Call call, QString sql);
QCoro::AsyncGenerator<Result> streamOf(Call call, QString sql, Params params, int batchSize);
QCoro::Task<qint64> streamInto(Call call, QString sql, Params params,
                               std::shared_ptr<BatchSink> sink, int batchSize);
QCoro::Task<qint64> executeManyOn(Call call, QString sql, QList<Params> rows);
QCoro::Task<qint64> copyInto(Call call, QString table, QStringList columns,
                             QList<QVariantList> rows);
/// COMMIT or ROLLBACK; nothing cancels either. When COMMIT fails, the transaction is as the
/// engine left it: open (SQLite busy, a deferred foreign key) or rolled back.
QCoro::Task<void> endTransaction(StatePtr state, QString verb);

} // namespace SessionCalls

// Outside SessionCalls: Transaction's and Savepoint's private constructors name these as friends.
QCoro::Task<Transaction> beginOn(std::shared_ptr<Session::State> state,
                                 std::shared_ptr<Session::CancelScope> scope);
QCoro::Task<Savepoint> savepointOn(std::shared_ptr<Session::State> state,
                                   std::shared_ptr<Session::CancelScope> scope);

} // namespace Quarry
