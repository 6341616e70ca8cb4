// SPDX-License-Identifier: MIT
#include "connection/session.h"

#include "connection/pool.h"
#include "connection/sessioncall.h"

#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Quarry {

using namespace SessionCalls;

namespace {

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

} // namespace

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

QCoro::Task<qint64> Session::streamTo(QString sql, Params params, std::shared_ptr<BatchSink> sink,
                                      int batchSize)
{
    return streamInto(Call(m_state, m_scope), std::move(sql), std::move(params), std::move(sink),
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
    // Calls waiting for the connection or a queued rollback look again (and stop); QCoro resumes
    // them from the event loop, never inside cancel().
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

} // namespace Quarry
