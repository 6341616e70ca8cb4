// SPDX-License-Identifier: MIT
#include "connection/sessioncall.h"

#include "connection/echo.h"
#include "connection/pool.h"

#include <QCoroSignal>
#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace Quarry {

using namespace SessionCalls;

Session::State::~State()
{
    if (!connection)
        return;
    if (!connection->isBroken() &&
        (connection->transactionState() != TransactionState::Idle || streaming))
        connection->setSettling(rollbackSoon(*connection));
    pool->release(std::move(connection));
}

namespace {

/// Runs a statement on the worker with echo around it.
auto statementJob(QString sql, Params params, qsizetype maxRows, bool echo, int connectionId)
{
    return [sql = std::move(sql), params = std::move(params), maxRows, echo,
            connectionId](Driver &driver) {
        Echo log(echo, connectionId, sql, params);
        try {
            Result result = driver.execute(sql, params, maxRows);
            log.finished(result.columnCount() ? result.rowCount() : result.rowsAffected());
            return result;
        } catch (const DatabaseError &e) {
            log.failed(e.message());
            throw;
        }
    };
}

/// Waits for \a future (a queued rollback) unless the call is cancelled first.
QCoro::Task<void> waitFor(Call call, QFuture<void> future)
{
    if (!future.isValid() || future.isFinished())
        co_return;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, call.state.get(),
                     &Session::State::changed);
    watcher.setFuture(future);
    while (!future.isFinished()) {
        call.throwIfCancelled();
        co_await qCoro(call.state.get(), &Session::State::changed);
    }
}

/// Whether the engine is outside any transaction now: no Transaction of the session is open.
void noteTransactionState(const StatePtr &state, const Connection &connection)
{
    if (connection.transactionState() == TransactionState::Idle)
        ++state->transactions;
}

/// Submits \a job for \a call; a cancel() of its scope reaches it until it has finished.
template<typename F>
auto submitFor(const Call &call, Connection &connection, F job, std::optional<TicketHold> &hold)
{
    quint64 ticket = 0;
    auto future = connection.submit(std::move(job), call.scope ? &ticket : nullptr);
    hold.emplace(call.scope, ticket);
    return future;
}

} // namespace

namespace SessionCalls {

QCoro::Task<void> settled(Call call)
{
    const StatePtr &state = call.state;
    // A copy: the member may be replaced while we wait.
    const QFuture<void> pending = state->pendingRollback;
    co_await waitFor(call, pending);
    if (!state->connection)
        co_return;
    const QFuture<void> previous = state->connection->settling();
    co_await waitFor(call, previous);
}

QFuture<void> rollbackSoon(Connection &connection, QString sql)
{
    return connection.submit([sql = std::move(sql)](Driver &driver) {
        if (driver.cursorOpen())
            driver.closeCursor();
        if (driver.transactionState() == TransactionState::Idle)
            return;
        try {
            driver.execute(sql, {}, 0);
        } catch (const DatabaseError &e) {
            qCWarning(lcConnection) << "rollback failed:" << e.message();
        }
    });
}

/// Undoes a savepoint's work and forgets it.
QString rollbackToSavepoint(const QString &quotedName)
{
    return u"ROLLBACK TO SAVEPOINT "_s + quotedName + u"; RELEASE SAVEPOINT "_s + quotedName;
}

QCoro::Task<std::shared_ptr<Connection>> connectionOf(Call call)
{
    const StatePtr state = call.state;
    // Two coroutines may start on a fresh session at once: only one takes a connection.
    while (state->acquiring) {
        call.throwIfCancelled();
        co_await qCoro(state.get(), &Session::State::changed);
    }
    call.throwIfCancelled();
    if (!state->connection) {
        state->acquiring = true;
        state->acquiringCall = call.number;
        state->acquiringScope = call.scope.get();
        try {
            state->connection = co_await state->pool->acquire(Pool::Acquire::Pooled, state.get());
        } catch (...) {
            state->acquiring = false;
            Q_EMIT state->changed();
            throw;
        }
        state->acquiring = false;
        Q_EMIT state->changed();
    }
    // Cancelled while it connected: the connection stays with the session, the call stops.
    call.throwIfCancelled();
    co_await settled(call);
    call.throwIfCancelled();
    if (state->streaming)
        throw DatabaseError(Tr::tr("the session is busy streaming a result; finish or drop the "
                                   "stream first"));
    // A copy: QCoro 0.8's co_return moves from a non-const lvalue, which would empty the state.
    std::shared_ptr<Connection> connection = state->connection;
    co_return connection;
}

// GCC 12 destroys an aggregate or closure temporary inside a co_await expression twice: every
// capturing job is a named local, moved into submit().
QCoro::Task<Result> run(Call call, QString sql, Params params, qsizetype maxRows)
{
    const auto connection = co_await connectionOf(call);
    auto job = statementJob(std::move(sql), std::move(params), maxRows, connection->options().echo,
                            connection->id());
    std::optional<TicketHold> hold;
    auto future = submitFor(call, *connection, std::move(job), hold);
    try {
        Result result = co_await future;
        noteTransactionState(call.state, *connection);
        co_return result;
    } catch (const DatabaseError &) {
        noteTransactionState(call.state, *connection);
        throw;
    }
}

QCoro::Task<void> runQuietly(Call call, QString sql)
{
    co_await run(std::move(call), std::move(sql), {}, 0);
}

QCoro::AsyncGenerator<Result> streamOf(Call call, QString sql, Params params, int batchSize)
{
    const StatePtr state = call.state;
    const auto connection = co_await connectionOf(call);
    state->streaming = true;
    // Whatever ends the stream (the end, an error, the consumer dropping it) frees the session;
    // an unfinished cursor is closed on the worker after the fetch in flight.
    const auto cleanup = qScopeGuard([state, connection] {
        state->streaming = false;
        (void)connection->submit([](Driver &driver) { driver.closeCursor(); });
    });
    Echo log(connection->options().echo, connection->id(), sql, params);
    qint64 rows = 0;
    try {
        auto open = [sql, params](Driver &driver) { return driver.openCursor(sql, params); };
        std::optional<TicketHold> hold;
        auto opened = submitFor(call, *connection, std::move(open), hold);
        // AsyncGenerator does not await a QFuture directly; qCoro() wraps it in a Task.
        co_await qCoro(opened).waitForFinished();
        const auto fetch = [batchSize](Driver &driver) { return driver.fetch(batchSize); };
        hold.reset();
        auto next = submitFor(call, *connection, fetch, hold);
        while (true) {
            Result batch = co_await qCoro(next).waitForFinished();
            const bool more = batch.rowCount() == batchSize;
            // Fetch the following batch on the worker while the caller handles this one.
            hold.reset();
            if (more)
                next = submitFor(call, *connection, fetch, hold);
            // The first batch comes even without rows: it carries the columns.
            const bool first = rows == 0;
            rows += batch.rowCount();
            if (!batch.isEmpty() || (first && batch.columnCount() > 0))
                co_yield std::move(batch);
            if (!more)
                break;
        }
    } catch (const DatabaseError &e) {
        log.failed(e.message());
        throw;
    }
    log.finished(rows);
}

QCoro::Task<qint64> streamInto(Call call, QString sql, Params params,
                               std::shared_ptr<BatchSink> sink, int batchSize)
{
    const auto connection = co_await connectionOf(call);
    const bool echo = connection->options().echo;
    const int id = connection->id();
    // One job from the first row to the last: no batch waits for the caller's thread, and the
    // cursor is closed before the job ends, so nothing of the statement outlives it.
    auto job = [sql, params, sink, batchSize, echo, id](Driver &driver) {
        Echo log(echo, id, sql, params);
        qint64 rows = 0;
        try {
            sink->begin(driver.openCursor(sql, params));
            while (driver.cursorOpen()) {
                const Result batch = driver.fetch(batchSize);
                rows += batch.rowCount();
                if (!batch.isEmpty() && !sink->write(batch))
                    break;
            }
            const bool complete = !driver.cursorOpen();
            driver.closeCursor();
            if (complete)
                sink->finish();
        } catch (const DatabaseError &e) {
            driver.closeCursor();
            log.failed(e.message());
            throw;
        }
        log.finished(rows);
        return rows;
    };
    std::optional<TicketHold> hold;
    auto future = submitFor(call, *connection, std::move(job), hold);
    try {
        const qint64 rows = co_await future;
        noteTransactionState(call.state, *connection);
        co_return rows;
    } catch (const DatabaseError &) {
        noteTransactionState(call.state, *connection);
        throw;
    }
}

// Named coroutines, not immediately-invoked coroutine lambdas: GCC 12 destroys such a lambda's
// by-value parameters twice.
QCoro::Task<qint64> executeManyOn(Call call, QString sql, QList<Params> rows)
{
    const auto connection = co_await connectionOf(call);
    const bool echo = connection->options().echo;
    const int id = connection->id();
    auto job = [sql, rows, echo, id](Driver &driver) {
        Echo log(echo, id, sql, rows.value(0));
        const qint64 n = driver.executeMany(sql, rows);
        log.finished(n);
        return n;
    };
    std::optional<TicketHold> hold;
    auto future = submitFor(call, *connection, std::move(job), hold);
    co_return co_await future;
}

QCoro::Task<qint64> copyInto(Call call, QString table, QStringList columns,
                             QList<QVariantList> rows)
{
    const auto connection = co_await connectionOf(call);
    const bool echo = connection->options().echo;
    const int id = connection->id();
    auto job = [table, columns, rows, echo, id](Driver &driver) {
        Echo log(echo, id,
                 u"COPY %1 (%2): %3 rows"_s.arg(table, columns.join(u", "_s),
                                                QString::number(rows.size())),
                 {});
        const qint64 n = driver.copyIn(table, columns, rows);
        log.finished(n);
        return n;
    };
    std::optional<TicketHold> hold;
    auto future = submitFor(call, *connection, std::move(job), hold);
    co_return co_await future;
}

} // namespace SessionCalls

} // namespace Quarry
