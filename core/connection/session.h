// SPDX-License-Identifier: MIT
#pragma once

#include "connection/batchsink.h"
#include "connection/params.h"
#include "connection/result.h"
#include "driver/driver.h"

#include <QCoroAsyncGenerator>
#include <QCoroTask>

#include <memory>
#include <optional>

namespace Quarry {

class Pool;
class Connection;
class Transaction;
class Savepoint;

/// A unit of work on one pooled connection, taken on first use and given back when the last
/// copy of the session is gone (rolling back anything left uncommitted). Auto-commit unless a
/// transaction is open (begin(), or BEGIN in SQL). Placeholders: `$1, $2 …` positional or
/// `:name` named, on every engine. Cheap to copy; copies share the connection.
class Session {
public:
    explicit Session(std::shared_ptr<Pool> pool);
    ~Session();
    Session(const Session &) = default;
    Session &operator=(const Session &) = default;
    Session(Session &&) noexcept = default;
    Session &operator=(Session &&) noexcept = default;

    /// Runs \a sql (several statements if no params are given) and returns the last result.
    QCoro::Task<Result> execute(QString sql, Params params = {});
    /// All rows.
    QCoro::Task<Result> all(QString sql, Params params = {});
    /// The first row, if any (the rest is discarded).
    QCoro::Task<std::optional<Row>> first(QString sql, Params params = {});
    /// Exactly one row, else ResultError.
    QCoro::Task<Row> one(QString sql, Params params = {});
    /// No row or one row; more is a ResultError.
    QCoro::Task<std::optional<Row>> oneOrNone(QString sql, Params params = {});
    /// First column of the first row; null when there is no row.
    QCoro::Task<QVariant> scalar(QString sql, Params params = {});
    /// Streams the result in batches of at most \a batchSize rows, with the next batch fetched
    /// on the worker while the caller handles this one: memory stays bounded for any result
    /// size. Each batch carries the columns; a result without rows yields one empty batch with
    /// them. The session runs nothing else until the stream ends or the generator is destroyed.
    QCoro::AsyncGenerator<Result> stream(QString sql, Params params = {}, int batchSize = 2000);
    /// Runs \a sql and hands every row to \a sink on the connection's worker thread, in batches
    /// of \a batchSize, at the engine's speed: the statement (and with it any lock it holds in
    /// auto-commit mode) has ended when this resolves. Resolves to the number of rows written;
    /// throws the statement's error, or Cancelled. The sink is shared with the worker until
    /// the job ends.
    QCoro::Task<qint64> streamTo(QString sql, Params params, std::shared_ptr<BatchSink> sink,
                                 int batchSize = 2000);
    /// One statement for each parameter set, all or nothing; returns rows affected.
    QCoro::Task<qint64> executeMany(QString sql, QList<Params> rows);
    /// Bulk append (PostgreSQL COPY, SQLite prepared INSERT), all or nothing.
    QCoro::Task<qint64> copyIn(QString table, QStringList columns, QList<QVariantList> rows);

    /// Opens a transaction on this session; it rolls back unless committed.
    QCoro::Task<Transaction> begin();
    /// Commits the open transaction (no-op when none is open).
    QCoro::Task<void> commit();
    /// Rolls back the open transaction (no-op when none is open).
    QCoro::Task<void> rollback();
    /// Sets a savepoint inside the open transaction.
    QCoro::Task<Savepoint> savepoint();

    /// Whether the engine has a transaction open on this session's connection.
    bool inTransaction() const;
    /// Non-blocking: stops the calls made through this session (and its copies) that are
    /// under way now, wherever they are: waiting for a pooled connection or a connect, behind
    /// a queued rollback, queued on the connection, or running in the engine (interrupted from
    /// a helper thread). Each of them throws Cancelled, unless the engine had already finished
    /// it. Calls made afterwards are not affected, and COMMIT and rolling back never are.
    void cancel();
    /// Like cancel(), and every later call made through this session (and its copies) throws
    /// Cancelled too, rolling back excepted: for a session that does one job (create all, a
    /// reflection) which is to stop as a whole, even between two of its statements.
    void stop();
    /// A copy on the same connection and transaction whose cancel() reaches only the calls
    /// made through it (and its own copies), e.g. a background count beside other reads.
    Session withOwnCancel() const;
    /// Quotes an identifier for this session's engine.
    QString quoteIdentifier(const QString &name) const;
    DatabaseUrl::Backend backend() const;
    /// The URL of the database this session belongs to.
    const DatabaseUrl &url() const;

    /// Internal: what copies of a session share.
    struct State;
    /// Internal: what one cancel() reaches.
    struct CancelScope;

protected:
    Session(std::shared_ptr<State> state, std::shared_ptr<CancelScope> scope);
    std::shared_ptr<State> m_state;
    std::shared_ptr<CancelScope> m_scope;
    friend class Savepoint;
};

/// A session with an open transaction: commit() makes it permanent; destroying it while the
/// engine still has it open (including by an exception leaving its scope, or after a COMMIT
/// that failed and left it open) rolls it back.
class Transaction : public Session {
    friend QCoro::Task<Transaction> beginOn(std::shared_ptr<Session::State> state,
                                            std::shared_ptr<Session::CancelScope> scope);

public:
    Transaction(Transaction &&) noexcept = default;
    Transaction &operator=(Transaction &&) noexcept;
    ~Transaction();

    /// Commits. When COMMIT fails, the transaction is as the engine left it: still open (SQLite
    /// busy, a deferred foreign key) so that it can be fixed and committed again or rolled
    /// back, or over (PostgreSQL rolls back a failed transaction: SqlError 25P02).
    QCoro::Task<void> commit();
    QCoro::Task<void> rollback();
    /// Whether this transaction is still open in the engine (read after each statement).
    bool isActive() const;

private:
    friend class Session;
    Transaction(std::shared_ptr<State> state, std::shared_ptr<CancelScope> scope, quint64 number);
    void abandon();
    /// Which begin() of the session this is; a later one makes this one inactive.
    quint64 m_number = 0;
};

/// A savepoint in an open transaction: release() keeps its work, rollback() undoes it;
/// destroying it unreleased rolls back to it.
class Savepoint {
    friend QCoro::Task<Savepoint> savepointOn(std::shared_ptr<Session::State> state,
                                              std::shared_ptr<Session::CancelScope> scope);

public:
    Savepoint(Savepoint &&other) noexcept;
    Savepoint &operator=(Savepoint &&) = delete;
    ~Savepoint();

    QCoro::Task<void> release();
    QCoro::Task<void> rollback();
    QString name() const { return m_name; }
    bool isActive() const { return m_active; }

private:
    friend class Session;
    Savepoint(std::shared_ptr<Session::State> state, std::shared_ptr<Session::CancelScope> scope,
              QString name);
    std::shared_ptr<Session::State> m_state;
    std::shared_ptr<Session::CancelScope> m_scope;
    QString m_name;
    bool m_active = true;
};

} // namespace Quarry
