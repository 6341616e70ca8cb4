// SPDX-License-Identifier: MIT
#include "connection/session.h"

#include "connection/echo.h"
#include "connection/pool.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QFutureWatcher>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Session)
};

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

/// Ends whatever transaction is open; for paths that cannot wait (destructors). The session
/// awaits the returned future before its next statement.
QFuture<void> rollbackSoon(Connection &connection, QString sql = u"ROLLBACK"_s)
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

} // namespace

/// Shared by every copy of a session: the pooled connection, taken on first use.
struct Session::State : QObject {
    Q_OBJECT
public:
    explicit State(std::shared_ptr<Pool> p)
        : pool(std::move(p))
    {}
    ~State() override
    {
        if (!connection)
            return;
        if (!connection->isBroken() &&
            (connection->transactionState() != TransactionState::Idle || streaming))
            connection->setSettling(rollbackSoon(*connection));
        pool->release(std::move(connection));
    }

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

namespace {

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

/// The engine's transaction state is only current once a rollback queued by a dropped
/// Transaction or Savepoint has run.
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

QCoro::Task<std::optional<Row>> firstRow(Call call, QString sql, Params params)
{
    const Result result = co_await run(std::move(call), std::move(sql), std::move(params), 1);
    if (result.rowCount() == 0)
        co_return std::nullopt;
    co_return result.row(0);
}

QCoro::Task<std::optional<Row>> atMostOne(Call call, QString sql, Params params)
{
    const Result result = co_await run(std::move(call), std::move(sql), std::move(params), 2);
    if (result.rowCount() > 1)
        throw ResultError(Tr::tr("expected at most one row, the statement returned more"));
    if (result.rowCount() == 0)
        co_return std::nullopt;
    co_return result.row(0);
}

QCoro::Task<Row> exactlyOne(Call call, QString sql, Params params)
{
    auto row = co_await atMostOne(std::move(call), std::move(sql), std::move(params));
    if (!row)
        throw ResultError(Tr::tr("expected one row, the statement returned none"));
    co_return std::move(*row);
}

QCoro::Task<QVariant> scalarOf(Call call, QString sql, Params params)
{
    const Result result = co_await run(std::move(call), std::move(sql), std::move(params), 1);
    co_return result.rowCount() && result.columnCount() ? result.value(0, 0) : QVariant();
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

/// COMMIT or ROLLBACK; nothing cancels either. When COMMIT fails, the transaction is as the
/// engine left it: open (SQLite busy, a deferred foreign key) or rolled back.
QCoro::Task<void> endTransaction(StatePtr state, QString verb)
{
    const Call call(state, nullptr);
    co_await settled(call);
    if (!state->connection || state->connection->transactionState() == TransactionState::Idle)
        co_return;
    const bool failed = state->connection->transactionState() == TransactionState::Failed;
    if (failed && verb == u"COMMIT"_s) {
        // PostgreSQL would answer COMMIT with a silent ROLLBACK: say so instead.
        co_await runQuietly(call, u"ROLLBACK"_s);
        throw SqlError(Tr::tr("the transaction was rolled back because a statement in it failed"),
                       u"25P02"_s);
    }
    co_await runQuietly(call, std::move(verb));
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

} // namespace

// Outside the anonymous namespace: Transaction's and Savepoint's private constructors name
// these as friends.
QCoro::Task<Transaction> beginOn(std::shared_ptr<Session::State> state,
                                 std::shared_ptr<Session::CancelScope> scope)
{
    const Call call(state, scope);
    const auto connection = co_await connectionOf(call);
    if (connection->transactionState() != TransactionState::Idle)
        throw DatabaseError(Tr::tr("a transaction is already open on this session"));
    co_await run(call, u"BEGIN"_s, {}, 0);
    const quint64 number = ++state->transactions;
    co_return Transaction(std::move(state), std::move(scope), number);
}

QCoro::Task<Savepoint> savepointOn(std::shared_ptr<Session::State> state,
                                   std::shared_ptr<Session::CancelScope> scope)
{
    const Call call(state, scope);
    const auto connection = co_await connectionOf(call);
    if (connection->transactionState() == TransactionState::Idle)
        throw DatabaseError(Tr::tr("a savepoint needs an open transaction"));
    const QString name = u"quarry_sp_%1"_s.arg(++state->savepoints);
    co_await run(call, u"SAVEPOINT "_s + connection->quoteIdentifier(name), {}, 0);
    co_return Savepoint(std::move(state), std::move(scope), name);
}

Session::Session(std::shared_ptr<Pool> pool)
    : m_state(std::make_shared<State>(std::move(pool)))
    , m_scope(std::make_shared<CancelScope>())
{}

Session::Session(std::shared_ptr<State> state, std::shared_ptr<CancelScope> scope)
    : m_state(std::move(state))
    , m_scope(std::move(scope))
{}

Session::~Session() = default;

QCoro::Task<Result> Session::execute(QString sql, Params params)
{
    return run(Call(m_state, m_scope), std::move(sql), std::move(params), -1);
}

QCoro::Task<Result> Session::all(QString sql, Params params)
{
    return run(Call(m_state, m_scope), std::move(sql), std::move(params), -1);
}

QCoro::Task<std::optional<Row>> Session::first(QString sql, Params params)
{
    return firstRow(Call(m_state, m_scope), std::move(sql), std::move(params));
}

QCoro::Task<Row> Session::one(QString sql, Params params)
{
    return exactlyOne(Call(m_state, m_scope), std::move(sql), std::move(params));
}

QCoro::Task<std::optional<Row>> Session::oneOrNone(QString sql, Params params)
{
    return atMostOne(Call(m_state, m_scope), std::move(sql), std::move(params));
}

QCoro::Task<QVariant> Session::scalar(QString sql, Params params)
{
    return scalarOf(Call(m_state, m_scope), std::move(sql), std::move(params));
}

QCoro::AsyncGenerator<Result> Session::stream(QString sql, Params params, int batchSize)
{
    return streamOf(Call(m_state, m_scope), std::move(sql), std::move(params),
                    std::max(1, batchSize));
}

QCoro::Task<qint64> Session::executeMany(QString sql, QList<Params> rows)
{
    return executeManyOn(Call(m_state, m_scope), std::move(sql), std::move(rows));
}

QCoro::Task<qint64> Session::copyIn(QString table, QStringList columns, QList<QVariantList> rows)
{
    return copyInto(Call(m_state, m_scope), std::move(table), std::move(columns), std::move(rows));
}

QCoro::Task<Transaction> Session::begin()
{
    return beginOn(m_state, m_scope);
}

QCoro::Task<void> Session::commit()
{
    return endTransaction(m_state, u"COMMIT"_s);
}

QCoro::Task<void> Session::rollback()
{
    return endTransaction(m_state, u"ROLLBACK"_s);
}

QCoro::Task<Savepoint> Session::savepoint()
{
    return savepointOn(m_state, m_scope);
}

bool Session::inTransaction() const
{
    return m_state->connection && m_state->connection->transactionState() != TransactionState::Idle;
}

void Session::cancel()
{
    State &state = *m_state;
    m_scope->cancelledUpTo = state.calls;
    // PQcancel connects to the server and waits for it: never on the caller's (GUI) thread.
    // Each ticket names one job of these calls, so a cancel never hits whatever runs next.
    if (auto connection = state.connection; connection && !m_scope->tickets.isEmpty()) {
        const QList<quint64> tickets = m_scope->tickets;
        QThreadPool::globalInstance()->start([connection, tickets] {
            for (const quint64 ticket : tickets)
                connection->cancel(ticket);
        });
    }
    const bool waitingInPool = state.acquiring && state.acquiringScope == m_scope.get() &&
                               state.acquiringCall <= m_scope->cancelledUpTo;
    // Calls waiting for the connection or a queued rollback look again (and stop). Last: a
    // waiter may resume right here.
    const std::shared_ptr<State> keep = m_state;
    Q_EMIT state.changed();
    if (waitingInPool)
        state.pool->cancelWait(&state);
}

void Session::stop()
{
    m_scope->stopped = true;
    cancel();
}

Session Session::withOwnCancel() const
{
    return Session(m_state, std::make_shared<CancelScope>());
}

QString Session::quoteIdentifier(const QString &name) const
{
    if (m_state->connection)
        return m_state->connection->quoteIdentifier(name);
    return createDriver(m_state->pool->url(), m_state->pool->options())->quoteIdentifier(name);
}

DatabaseUrl::Backend Session::backend() const
{
    return m_state->pool->url().backend();
}

const DatabaseUrl &Session::url() const
{
    return m_state->pool->url();
}

Transaction::Transaction(std::shared_ptr<State> state, std::shared_ptr<CancelScope> scope,
                         quint64 number)
    : Session(std::move(state), std::move(scope))
    , m_number(number)
{}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        abandon();
        Session::operator=(std::move(other));
        m_number = std::exchange(other.m_number, 0);
    }
    return *this;
}

Transaction::~Transaction()
{
    abandon();
}

bool Transaction::isActive() const
{
    return m_state && m_number != 0 && m_number == m_state->transactions && m_state->connection &&
           m_state->connection->transactionState() != TransactionState::Idle;
}

void Transaction::abandon()
{
    // Also after a COMMIT that failed and left the transaction open; a COMMIT still on its
    // way is not undone: the rollback queued behind it finds nothing open.
    if (isActive())
        m_state->pendingRollback = rollbackSoon(*m_state->connection);
    m_number = 0;
}

QCoro::Task<void> Transaction::commit()
{
    return Session::commit();
}

QCoro::Task<void> Transaction::rollback()
{
    return Session::rollback();
}

Savepoint::Savepoint(std::shared_ptr<Session::State> state,
                     std::shared_ptr<Session::CancelScope> scope, QString name)
    : m_state(std::move(state))
    , m_scope(std::move(scope))
    , m_name(std::move(name))
{}

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_scope(std::move(other.m_scope))
    , m_name(std::move(other.m_name))
    , m_active(std::exchange(other.m_active, false))
{}

Savepoint::~Savepoint()
{
    if (m_active && m_state && m_state->connection) {
        const QString quoted = m_state->connection->quoteIdentifier(m_name);
        m_state->pendingRollback = rollbackSoon(*m_state->connection, rollbackToSavepoint(quoted));
    }
}

QCoro::Task<void> Savepoint::release()
{
    m_active = false;
    const QString quoted = m_state->connection->quoteIdentifier(m_name);
    return runQuietly(Call(m_state, m_scope), u"RELEASE SAVEPOINT "_s + quoted);
}

QCoro::Task<void> Savepoint::rollback()
{
    m_active = false;
    const QString quoted = m_state->connection->quoteIdentifier(m_name);
    return runQuietly(Call(m_state, nullptr), rollbackToSavepoint(quoted));
}

} // namespace Quarry

#include "session.moc"
