// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QHash>
#include <QVariantMap>

#include <memory>

namespace Quarry {

/// One page of rows.
struct Page {
    QList<Row> items{};
    qint64 total = 0;
    int page = 1;
    int pages = 0;
};

/// The everyday row operations on the tables of one database, through one session. Tables are
/// reflected on first use (or taken from \a metadata); filters are FilterCompiler maps
/// (`{"name__like": "ch%"}`), ordering keys `"-created_at"`. Values are always bound.
///
/// \code
/// Quarry::Ops ops(db.session());
/// auto [pet, created] = co_await ops.getOrCreate(u"pet"_s, {{u"name"_s, u"rex"_s}}, {});
/// Quarry::Page page = co_await ops.paginate(u"pet"_s, 2, 50, {}, {u"-id"_s});
/// \endcode
class Ops {
public:
    explicit Ops(Session session, Metadata metadata = {});

    QCoro::Task<qint64> count(QString table, QVariantMap filters = {});
    /// Page \a page (1-based) of \a pageSize rows, with the total and the number of pages.
    QCoro::Task<Page> paginate(QString table, int page, int pageSize, QVariantMap filters = {},
                               QStringList orderBy = {});
    QCoro::Task<QList<Row>> all(QString table, QVariantMap filters = {}, QStringList orderBy = {});
    /// The row with primary key \a key (values in key column order), if any.
    QCoro::Task<std::optional<Row>> getByPk(QString table, QVariantList key);
    /// Inserts \a values and returns the row as stored (generated keys and defaults included).
    QCoro::Task<Row> insert(QString table, QVariantMap values);
    /// Sets \a values on the rows matching \a filters; returns how many changed.
    QCoro::Task<qint64> update(QString table, QVariantMap filters, QVariantMap values);
    /// Deletes the rows matching \a filters; returns how many.
    QCoro::Task<qint64> remove(QString table, QVariantMap filters);
    /// The row matching \a filters, or a new one made of \a filters and \a defaults; safe when
    /// another session does the same at the same moment: the loser of the race reads the
    /// winner's row instead of failing (the insert runs under a savepoint inside a transaction).
    QCoro::Task<std::pair<Row, bool>> getOrCreate(QString table, QVariantMap filters,
                                                  QVariantMap defaults = {});

    Session session() const { return m_session; }

private:
    using TablePtr = std::shared_ptr<const Table>;
    QCoro::Task<TablePtr> table(QString name);
    QCoro::Task<std::optional<Row>> tryInsert(QString table, QVariantMap values);

    Session m_session;
    /// Tables by name, shared by copies; entries never move, so a coroutine may hold one
    /// across a co_await while another call adds a table.
    std::shared_ptr<QHash<QString, TablePtr>> m_tables;
};

} // namespace Quarry
