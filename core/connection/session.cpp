// SPDX-License-Identifier: MIT
#include "connection/session.h"

#include "connection/echo.h"
#include "connection/pool.h"

#include <QCoreApplication>
#include <QCoroSignal>
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
    bool streaming = false;
    /// cancel() was called and has not stopped a statement yet.
    bool cancelled = false;
    int savepoints = 0;
    /// A rollback queued by a dropped Transaction or Savepoint.
    QFuture<void> pendingRollback;

Q_SIGNALS:
    void acquired();
};

namespace {

using StatePtr = std::shared_ptr<Session::State>;

/// The engine's transaction state is only current once a rollback queued by a dropped
/// Transaction or Savepoint has run.
QCoro::Task<void> settled(StatePtr state)
{
    if (state->pendingRollback.isValid() && !state->pendingRollback.isFinished())
        co_await state->pendingRollback;
    if (!state->connection)
        co_return;
    // A copy: the member may be replaced while we wait.
    QFuture<void> previous = state->connection->settling();
    if (previous.isValid() && !previous.isFinished())
        co_await previous;
}

/// Undoes a savepoint's work and forgets it.
QString rollbackToSavepoint(const QString &quotedName)
{
    return u"ROLLBACK TO SAVEPOINT "_s + quotedName + u"; RELEASE SAVEPOINT "_s + quotedName;
}

QCoro::Task<std::shared_ptr<Connection>> connectionOf(StatePtr state)
{
    // Two coroutines may start on a fresh session at once: only one takes a connection.
    while (state->acquiring)
        co_await qCoro(state.get(), &Session::State::acquired);
    if (!state->connection) {
        state->acquiring = true;
        try {
            state->connection = co_await state->pool->acquire();
        } catch (...) {
            state->acquiring = false;
            Q_EMIT state->acquired();
            throw;
        }
        state->acquiring = false;
        Q_EMIT state->acquired();
    }
    co_await settled(state);
    if (state->streaming)
        throw DatabaseError(Tr::tr("the session is busy streaming a result; finish or drop the "
                                   "stream first"));
    // A copy: QCoro 0.8's co_return moves from a non-const lvalue, which would empty the state.
    std::shared_ptr<Connection> connection = state->connection;
    co_return connection;
}

/// A cancel that found no statement running stops the session's next one instead (a
/// multi-statement job stops between two statements too); either way it is used up.
void throwIfCancelled(const StatePtr &state)
{
    if (std::exchange(state->cancelled, false))
        throw Cancelled(Tr::tr("the statement was cancelled"));
}

/// Awaits a job of the session; a cancel that stopped it is used up.
template<typename T> QCoro::Task<T> cancellable(StatePtr state, QFuture<T> job)
{
    try {
        co_return co_await job;
    } catch (const Cancelled &) {
        state->cancelled = false;
        throw;
    }
}

// GCC 12 destroys an aggregate or closure temporary inside a co_await expression twice: every
// capturing job is a named local, moved into submit().
/// \a evenIfCancelled: rolling back must work on a cancelled session too.
QCoro::Task<Result> run(StatePtr state, QString sql, Params params, qsizetype maxRows,
                        bool evenIfCancelled = false)
{
    if (!evenIfCancelled)
        throwIfCancelled(state);
    const auto connection = co_await connectionOf(state);
    auto job = statementJob(std::move(sql), std::move(params), maxRows, connection->options().echo,
                            connection->id());
    try {
        co_return co_await connection->submit(std::move(job));
    } catch (const Cancelled &) {
        state->cancelled = false; // used up (inline: the hot path needs no extra frame)
        throw;
    }
}

QCoro::Task<void> runQuietly(StatePtr state, QString sql)
{
    co_await run(std::move(state), std::move(sql), {}, 0);
}

QCoro::Task<void> rollBackQuietly(StatePtr state, QString sql)
{
    co_await run(std::move(state), std::move(sql), {}, 0, true);
}

QCoro::Task<std::optional<Row>> firstRow(StatePtr state, QString sql, Params params)
{
    const Result result = co_await run(std::move(state), std::move(sql), std::move(params), 1);
    if (result.rowCount() == 0)
        co_return std::nullopt;
    co_return result.row(0);
}

QCoro::Task<std::optional<Row>> atMostOne(StatePtr state, QString sql, Params params)
{
    const Result result = co_await run(std::move(state), std::move(sql), std::move(params), 2);
    if (result.rowCount() > 1)
        throw ResultError(Tr::tr("expected at most one row, the statement returned more"));
    if (result.rowCount() == 0)
        co_return std::nullopt;
    co_return result.row(0);
}

QCoro::Task<Row> exactlyOne(StatePtr state, QString sql, Params params)
{
    auto row = co_await atMostOne(std::move(state), std::move(sql), std::move(params));
    if (!row)
        throw ResultError(Tr::tr("expected one row, the statement returned none"));
    co_return std::move(*row);
}

QCoro::Task<QVariant> scalarOf(StatePtr state, QString sql, Params params)
{
    const Result result = co_await run(std::move(state), std::move(sql), std::move(params), 1);
    co_return result.rowCount() && result.columnCount() ? result.value(0, 0) : QVariant();
}

QCoro::AsyncGenerator<Result> streamOf(StatePtr state, QString sql, Params params, int batchSize)
{
    throwIfCancelled(state);
    const auto connection = co_await connectionOf(state);
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
        // AsyncGenerator does not await a QFuture directly; qCoro() wraps it in a Task.
        co_await qCoro(connection->submit(std::move(open))).waitForFinished();
        const auto fetch = [batchSize](Driver &driver) { return driver.fetch(batchSize); };
        auto next = connection->submit(fetch);
        while (true) {
            Result batch = co_await qCoro(next).waitForFinished();
            const bool more = batch.rowCount() == batchSize;
            // Fetch the following batch on the worker while the caller handles this one.
            if (more)
                next = connection->submit(fetch);
            // The first batch comes even without rows: it carries the columns.
            const bool first = rows == 0;
            rows += batch.rowCount();
            if (!batch.isEmpty() || (first && batch.columnCount() > 0))
                co_yield std::move(batch);
            if (!more)
                break;
        }
    } catch (const Cancelled &e) {
        state->cancelled = false; // used up
        log.failed(e.message());
        throw;
    } catch (const DatabaseError &e) {
        log.failed(e.message());
        throw;
    }
    log.finished(rows);
}

QCoro::Task<void> endTransaction(StatePtr state, QString verb)
{
    co_await settled(state);
    if (!state->connection || state->connection->transactionState() == TransactionState::Idle)
        co_return;
    const bool failed = state->connection->transactionState() == TransactionState::Failed;
    if (failed && verb == u"COMMIT"_s) {
        // PostgreSQL would answer COMMIT with a silent ROLLBACK: say so instead.
        co_await run(state, u"ROLLBACK"_s, {}, 0, true);
        throw SqlError(Tr::tr("the transaction was rolled back because a statement in it failed"),
                       u"25P02"_s);
    }
    const bool rollback = verb != u"COMMIT"_s;
    co_await run(std::move(state), std::move(verb), {}, 0, rollback);
}

// Named coroutines, not immediately-invoked coroutine lambdas: GCC 12 destroys such a lambda's
// by-value parameters twice.
QCoro::Task<qint64> executeManyOn(StatePtr state, QString sql, QList<Params> rows)
{
    throwIfCancelled(state);
    const auto connection = co_await connectionOf(state);
    const bool echo = connection->options().echo;
    const int id = connection->id();
    auto job = [sql, rows, echo, id](Driver &driver) {
        Echo log(echo, id, sql, rows.value(0));
        const qint64 n = driver.executeMany(sql, rows);
        log.finished(n);
        return n;
    };
    co_return co_await cancellable(state, connection->submit(std::move(job)));
}

QCoro::Task<qint64> copyInto(StatePtr state, QString table, QStringList columns,
                             QList<QVariantList> rows)
{
    throwIfCancelled(state);
    const auto connection = co_await connectionOf(state);
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
    co_return co_await cancellable(state, connection->submit(std::move(job)));
}

} // namespace

// Outside the anonymous namespace: Transaction's and Savepoint's private constructors name
// these as friends.
QCoro::Task<Transaction> beginOn(std::shared_ptr<Session::State> state)
{
    const auto connection = co_await connectionOf(state);
    if (connection->transactionState() != TransactionState::Idle)
        throw DatabaseError(Tr::tr("a transaction is already open on this session"));
    co_await run(state, u"BEGIN"_s, {}, 0);
    co_return Transaction(std::move(state));
}

QCoro::Task<Savepoint> savepointOn(std::shared_ptr<Session::State> state)
{
    const auto connection = co_await connectionOf(state);
    if (connection->transactionState() == TransactionState::Idle)
        throw DatabaseError(Tr::tr("a savepoint needs an open transaction"));
    const QString name = u"quarry_sp_%1"_s.arg(++state->savepoints);
    co_await run(state, u"SAVEPOINT "_s + connection->quoteIdentifier(name), {}, 0);
    co_return Savepoint(std::move(state), name);
}

Session::Session(std::shared_ptr<Pool> pool)
    : m_state(std::make_shared<State>(std::move(pool)))
{}

Session::Session(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

Session::~Session() = default;

QCoro::Task<Result> Session::execute(QString sql, Params params)
{
    return run(m_state, std::move(sql), std::move(params), -1);
}

QCoro::Task<Result> Session::all(QString sql, Params params)
{
    return run(m_state, std::move(sql), std::move(params), -1);
}

QCoro::Task<std::optional<Row>> Session::first(QString sql, Params params)
{
    return firstRow(m_state, std::move(sql), std::move(params));
}

QCoro::Task<Row> Session::one(QString sql, Params params)
{
    return exactlyOne(m_state, std::move(sql), std::move(params));
}

QCoro::Task<std::optional<Row>> Session::oneOrNone(QString sql, Params params)
{
    return atMostOne(m_state, std::move(sql), std::move(params));
}

QCoro::Task<QVariant> Session::scalar(QString sql, Params params)
{
    return scalarOf(m_state, std::move(sql), std::move(params));
}

QCoro::AsyncGenerator<Result> Session::stream(QString sql, Params params, int batchSize)
{
    return streamOf(m_state, std::move(sql), std::move(params), std::max(1, batchSize));
}

QCoro::Task<qint64> Session::executeMany(QString sql, QList<Params> rows)
{
    return executeManyOn(m_state, std::move(sql), std::move(rows));
}

QCoro::Task<qint64> Session::copyIn(QString table, QStringList columns, QList<QVariantList> rows)
{
    return copyInto(m_state, std::move(table), std::move(columns), std::move(rows));
}

QCoro::Task<Transaction> Session::begin()
{
    return beginOn(m_state);
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
    return savepointOn(m_state);
}

bool Session::inTransaction() const
{
    return m_state->connection && m_state->connection->transactionState() != TransactionState::Idle;
}

void Session::cancel()
{
    m_state->cancelled = true;
    // PQcancel connects to the server and waits for it: never on the caller's (GUI) thread.
    // The ticket keeps it from hitting whatever runs on the connection by then.
    if (auto connection = m_state->connection) {
        const quint64 ticket = connection->currentJob();
        QThreadPool::globalInstance()->start([connection, ticket] { connection->cancel(ticket); });
    }
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

Transaction::Transaction(std::shared_ptr<State> state)
    : Session(std::move(state))
{}

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        abandon();
        Session::operator=(std::move(other));
        m_active = std::exchange(other.m_active, false);
    }
    return *this;
}

Transaction::~Transaction()
{
    abandon();
}

void Transaction::abandon()
{
    if (m_active && m_state && m_state->connection)
        m_state->pendingRollback = rollbackSoon(*m_state->connection);
    m_active = false;
}

QCoro::Task<void> Transaction::commit()
{
    // Inactive from here on: if COMMIT fails, the session's end rolls back what is left.
    m_active = false;
    return Session::commit();
}

QCoro::Task<void> Transaction::rollback()
{
    m_active = false;
    return Session::rollback();
}

Savepoint::Savepoint(std::shared_ptr<Session::State> state, QString name)
    : m_state(std::move(state))
    , m_name(std::move(name))
{}

Savepoint::Savepoint(Savepoint &&other) noexcept
    : m_state(std::move(other.m_state))
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
    return runQuietly(m_state, u"RELEASE SAVEPOINT "_s + quoted);
}

QCoro::Task<void> Savepoint::rollback()
{
    m_active = false;
    const QString quoted = m_state->connection->quoteIdentifier(m_name);
    return rollBackQuietly(m_state, rollbackToSavepoint(quoted));
}

} // namespace Quarry

#include "session.moc"
