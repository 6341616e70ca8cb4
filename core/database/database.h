// SPDX-License-Identifier: MIT
#pragma once

#include "connection/options.h"
#include "connection/session.h"
#include "schema/metadata.h"
#include "schema/reflector.h"
#include "schema/schemaops.h"
#include "url/databaseurl.h"

#include <QCoroTask>

#include <memory>

namespace Quarry {

class Pool;

/// The entry point: a database built from a URL, with a pool of connections behind it.
///
/// \code
/// Quarry::Database db(u"postgresql://app@localhost/shop"_s, {.poolSize = 5, .echo = true});
/// auto tx = co_await db.begin();
/// co_await tx.execute(u"INSERT INTO pet(name) VALUES ($1)"_s, {u"phroge"_s});
/// co_await tx.commit();
/// auto rows = co_await db.session().all(u"SELECT * FROM pet WHERE id > $1"_s, {10});
/// \endcode
///
/// Use it from one thread; all I/O runs on the connections' worker threads.
class Database {
public:
    /// Throws ConfigurationError for a malformed URL or invalid options. Connects lazily.
    explicit Database(const QString &url, Options options = {});
    Database(DatabaseUrl url, Options options = {});
    ~Database();
    /// Copies share the pool: closing one closes them all.
    Database(const Database &);
    Database &operator=(const Database &);
    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;

    /// Opens a first connection now, so a bad URL, password or file fails here.
    QCoro::Task<void> connect();
    /// A session; it takes a connection on first use.
    Session session() const;
    /// A session with an open transaction.
    QCoro::Task<Transaction> begin() const;
    /// A round trip on a pooled connection; a dropped connection is reconnected once.
    QCoro::Task<void> ping() const;
    /// Creates every table, index, view, sequence and trigger of \a metadata in foreign-key
    /// order, in one transaction (existing tables are skipped unless checkFirst is off).
    QCoro::Task<void> createAll(Metadata metadata, CreateOptions options = {}) const;
    /// Drops every table, view and sequence of \a metadata in reverse order, in one transaction.
    QCoro::Task<void> dropAll(Metadata metadata, DropOptions options = {}) const;
    QCoro::Task<void> createTable(Table table, CreateOptions options = {}) const;
    QCoro::Task<void> dropTable(QString name, DropTableOptions options = {}) const;
    /// The live schema, read with a few bulk catalog queries.
    QCoro::Task<Metadata> reflect(ReflectOptions options = {}) const;
    QCoro::Task<QStringList> tableNames(QString schema = {}) const;
    QCoro::Task<bool> hasTable(QString table, QString schema = {}) const;
    QCoro::Task<bool> hasColumn(QString table, QString column, QString schema = {}) const;
    QCoro::Task<QList<Column>> columns(QString table, QString schema = {}) const;
    QCoro::Task<PrimaryKey> primaryKey(QString table, QString schema = {}) const;

    /// Waits for work in flight, closes every connection and joins their threads. Sessions
    /// created afterwards fail with ConnectionError.
    QCoro::Task<void> close();

    const DatabaseUrl &url() const;
    const Options &options() const;
    DatabaseUrl::Backend backend() const { return url().backend(); }

private:
    std::shared_ptr<Pool> m_pool;
};

} // namespace Quarry
