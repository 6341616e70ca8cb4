// SPDX-License-Identifier: MIT
#include "database/database.h"

#include "connection/pool.h"

#include <QScopeGuard>

namespace Quarry {

namespace {

QCoro::Task<void> connectOnce(std::shared_ptr<Pool> pool)
{
    pool->release(co_await pool->acquire());
}

QCoro::Task<void> pingOn(std::shared_ptr<Pool> pool, Pool::Acquire mode)
{
    auto connection = co_await pool->acquire(mode);
    // Whatever happens, the connection goes back (a broken one is dropped by the pool).
    const auto giveBack = qScopeGuard([&] { pool->release(std::move(connection)); });
    co_await connection->submit([](Driver &driver) { driver.ping(); });
}

QCoro::Task<void> pingWithRetry(std::shared_ptr<Pool> pool)
{
    try {
        co_await pingOn(pool, Pool::Acquire::Pooled);
        co_return;
    } catch (const ConnectionError &) {
    }
    // Once more on a new connection; an error now is the answer.
    co_await pingOn(pool, Pool::Acquire::Fresh);
}

QCoro::Task<Transaction> beginOn(Session session)
{
    co_return co_await session.begin();
}

} // namespace

Database::Database(const QString &url, Options options)
    : Database(DatabaseUrl::parse(url), std::move(options))
{}

Database::Database(DatabaseUrl url, Options options)
{
    options.validate();
    m_pool = std::make_shared<Pool>(std::move(url), std::move(options));
}

Database::~Database() = default;
Database::Database(const Database &) = default;
Database &Database::operator=(const Database &) = default;
Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&) noexcept = default;

QCoro::Task<void> Database::connect()
{
    return connectOnce(m_pool);
}

Session Database::session() const
{
    return Session(m_pool);
}

QCoro::Task<Transaction> Database::begin() const
{
    return beginOn(session());
}

QCoro::Task<void> Database::ping() const
{
    return pingWithRetry(m_pool);
}

QCoro::Task<void> Database::close()
{
    return m_pool->close();
}

const DatabaseUrl &Database::url() const
{
    return m_pool->url();
}

const Options &Database::options() const
{
    return m_pool->options();
}

QCoro::Task<void> Database::createAll(Metadata metadata, CreateOptions options) const
{
    return Quarry::createAll(session(), std::move(metadata), options);
}

QCoro::Task<void> Database::dropAll(Metadata metadata, DropOptions options) const
{
    return Quarry::dropAll(session(), std::move(metadata), options);
}

QCoro::Task<void> Database::createTable(Table table, CreateOptions options) const
{
    return Quarry::createTable(session(), std::move(table), options);
}

QCoro::Task<void> Database::dropTable(QString name, DropTableOptions options) const
{
    return Quarry::dropTable(session(), std::move(name), std::move(options));
}

QCoro::Task<Metadata> Database::reflect(ReflectOptions options) const
{
    return Quarry::reflect(session(), std::move(options));
}

QCoro::Task<QStringList> Database::tableNames(QString schema) const
{
    return Quarry::tableNames(session(), std::move(schema));
}

QCoro::Task<bool> Database::hasTable(QString table, QString schema) const
{
    return Quarry::hasTable(session(), std::move(table), std::move(schema));
}

QCoro::Task<bool> Database::hasColumn(QString table, QString column, QString schema) const
{
    return Quarry::hasColumn(session(), std::move(table), std::move(column), std::move(schema));
}

QCoro::Task<QList<Column>> Database::columns(QString table, QString schema) const
{
    return Quarry::columns(session(), std::move(table), std::move(schema));
}

QCoro::Task<PrimaryKey> Database::primaryKey(QString table, QString schema) const
{
    return Quarry::primaryKey(session(), std::move(table), std::move(schema));
}

} // namespace Quarry
