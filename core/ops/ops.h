// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "database/database.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QHash>
#include <QMap>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Quarry {

/// One page of rows.
struct Page {
    QList<Row> items{};
    qint64 total = 0;
    int page = 1;
    int pages = 0;
};

/// The everyday row operations on the tables of one database. Tables are reflected on first use
/// (or taken from \a metadata); filters are FilterCompiler maps (`{"name__like": "ch%"}`),
/// ordering keys `"-created_at"`. Values are always bound.
///
/// Built on a Session, every call runs on it (inside its transaction when one is open); built on
/// a Database, every call opens its own short session.
///
/// \code
/// Quarry::Ops ops(db);
/// auto [pet, created] = co_await ops.getOrCreate(u"pet"_s, {{u"name"_s, u"rex"_s}}, {});
/// Quarry::Page page = co_await ops.paginate(u"pet"_s, 2, 50, {}, {u"-id"_s});
/// \endcode
class Ops {
public:
    explicit Ops(Session session, Metadata metadata = {});
    explicit Ops(Database database, Metadata metadata = {});

    // Reading
    QCoro::Task<qint64> count(QString table, QVariantMap filters = {});
    /// Page \a page (1-based) of \a pageSize rows, with the total and the number of pages.
    QCoro::Task<Page> paginate(QString table, int page, int pageSize, QVariantMap filters = {},
                               QStringList orderBy = {});
    QCoro::Task<QList<Row>> all(QString table, QVariantMap filters = {}, QStringList orderBy = {});
    QCoro::Task<std::optional<Row>> first(QString table, QVariantMap filters = {},
                                          QStringList orderBy = {});
    /// The one row matching \a filters; none is NotFound, several are MultipleFound.
    QCoro::Task<Row> getOne(QString table, QVariantMap filters);
    QCoro::Task<Row> one(QString table, QVariantMap filters) { return getOne(table, filters); }
    /// The row matching \a filters if there is one; several are MultipleFound.
    QCoro::Task<std::optional<Row>> oneOrNone(QString table, QVariantMap filters);
    /// \a column of the first row matching \a filters; null when there is none.
    QCoro::Task<QVariant> scalar(QString table, QString column, QVariantMap filters = {},
                                 QStringList orderBy = {});
    /// The row with primary key \a key (values in key column order), if any.
    QCoro::Task<std::optional<Row>> getByPk(QString table, QVariantList key);
    /// Runs several named queries on one session and one snapshot (a read-only transaction
    /// unless one is open), e.g. a page of rows and the counts shown beside it.
    QCoro::Task<QMap<QString, Result>> readMulti(QMap<QString, Statement> queries);

    // Writing
    /// Inserts \a values and returns the row as stored (generated keys and defaults included).
    QCoro::Task<Row> insert(QString table, QVariantMap values);
    /// Appends \a rows (values in \a columns order) all or nothing, by the engine's bulk path:
    /// PostgreSQL COPY, SQLite one prepared INSERT reused in one transaction.
    QCoro::Task<qint64> insertMany(QString table, QStringList columns, QList<QVariantList> rows);
    /// insertMany() of rows given as maps; every map must have the same keys.
    QCoro::Task<qint64> insertMany(QString table, QList<QVariantMap> rows);
    /// Sets \a values on the rows matching \a filters; returns how many changed.
    QCoro::Task<qint64> update(QString table, QVariantMap filters, QVariantMap values);
    /// Deletes the rows matching \a filters; returns how many.
    QCoro::Task<qint64> remove(QString table, QVariantMap filters);
    /// Inserts \a values, or updates the row with their primary key: returns the row as stored.
    /// Without the key's values it is a plain insert (the key is generated).
    QCoro::Task<Row> save(QString table, QVariantMap values);
    /// The row matching \a filters, or a new one made of \a filters and \a defaults; safe when
    /// another session does the same at the same moment: the loser of the race reads the
    /// winner's row instead of failing (the insert runs under a savepoint inside a transaction).
    QCoro::Task<std::pair<Row, bool>> getOrCreate(QString table, QVariantMap filters,
                                                  QVariantMap defaults = {});
    /// The row matching \a filters updated with \a defaults, or a new one made of \a filters and
    /// \a createDefaults (\a defaults when empty); race-safe like getOrCreate(). Several matching
    /// rows are MultipleFound, and nothing is changed.
    QCoro::Task<std::pair<Row, bool>> updateOrCreate(QString table, QVariantMap filters,
                                                     QVariantMap defaults,
                                                     QVariantMap createDefaults = {});
    /// Runs \a statements in one transaction, all or nothing (inside the open transaction,
    /// under a savepoint, when there is one); returns each statement's result.
    QCoro::Task<QList<Result>> executeMany(QList<Statement> statements);

    /// The session calls run on: the Ops' own, or a new one when built on a database.
    Session session() const;

private:
    using TablePtr = std::shared_ptr<const Table>;
    QCoro::Task<TablePtr> table(Session session, QString name);
    QCoro::Task<QList<Row>> select(Session session, QString table, QVariantMap filters,
                                   QStringList orderBy, qint64 limit);
    QCoro::Task<std::optional<Row>> oneOrNoneOn(Session session, QString table,
                                                QVariantMap filters);
    QCoro::Task<std::optional<Row>> tryInsert(Session session, QString table, QVariantMap values);
    QCoro::Task<std::optional<Row>> updateRow(Session session, QString table, Row row,
                                              QVariantMap filters, QVariantMap values);

    std::optional<Session> m_session;
    std::optional<Database> m_database;
    /// Tables by name, shared by copies; entries never move, so a coroutine may hold one
    /// across a co_await while another call adds a table.
    std::shared_ptr<QHash<QString, TablePtr>> m_tables;
};

} // namespace Quarry
