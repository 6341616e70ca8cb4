// SPDX-License-Identifier: MIT
#include "connection/sessioncall.h"

using namespace Qt::StringLiterals;

namespace Quarry {

using namespace SessionCalls;

namespace SessionCalls {

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

} // namespace SessionCalls

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
