// SPDX-License-Identifier: MIT
// Ops: construction, the table cache and the reading operations (writes: opswrite.cpp).
#include "ops/ops.h"

#include "connection/errors.h"
#include "ops/opsstatements.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

std::shared_ptr<QHash<QString, std::shared_ptr<const Table>>> tablesOf(const Metadata &metadata)
{
    auto tables = std::make_shared<QHash<QString, std::shared_ptr<const Table>>>();
    for (const Schema &schema : metadata.schemas)
        for (const Table &table : schema.tables)
            tables->insert(table.name, std::make_shared<const Table>(table));
    return tables;
}

QString describe(const QString &table, const QVariantMap &filters)
{
    QStringList parts;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        parts.append(it.key() + u'=' + it.value().toString());
    return table + u" ("_s + parts.join(u", "_s) + u')';
}

} // namespace

Ops::Ops(Session session, Metadata metadata)
    : m_session(std::move(session))
    , m_tables(tablesOf(metadata))
{}

Ops::Ops(Database database, Metadata metadata)
    : m_database(std::move(database))
    , m_tables(tablesOf(metadata))
{}

Session Ops::session() const
{
    return m_session ? *m_session : m_database->session();
}

QCoro::Task<Ops::TablePtr> Ops::table(Session session, QString name)
{
    if (TablePtr known = m_tables->value(name))
        co_return known;
    const std::optional<Table> found = co_await reflectTable(session, name);
    if (!found) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops", "there is no table \"%1\"").arg(name));
    }
    TablePtr table = std::make_shared<const Table>(*found);
    m_tables->insert(name, table);
    co_return table;
}

QCoro::Task<QList<Row>> Ops::select(Session session, QString name, QVariantMap filters,
                                    QStringList orderBy, qint64 limit)
{
    const TablePtr t = co_await table(session, name);
    Statement statement =
        OpsStatements::select(*t, Dialect::forUrl(session.url()), filters, orderBy, limit);
    const Result rows = co_await session.all(statement.sql, std::move(statement.params));
    co_return rows.rows();
}

QCoro::Task<qint64> Ops::count(QString name, QVariantMap filters)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::count(*t, Dialect::forUrl(s.url()), filters);
    const QVariant n = co_await s.scalar(statement.sql, std::move(statement.params));
    co_return n.toLongLong();
}

QCoro::Task<QList<Row>> Ops::all(QString name, QVariantMap filters, QStringList orderBy)
{
    return select(session(), std::move(name), std::move(filters), std::move(orderBy), 0);
}

QCoro::Task<Page> Ops::paginate(QString name, int page, int pageSize, QVariantMap filters,
                                QStringList orderBy)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    const Dialect &dialect = Dialect::forUrl(s.url());
    Page result;
    result.page = std::max(1, page);
    const qint64 offset = pageSize > 0 ? qint64(result.page - 1) * pageSize : 0;
    Statement rows = OpsStatements::select(*t, dialect, filters, orderBy, pageSize, offset);
    const Result found = co_await s.all(rows.sql, std::move(rows.params));
    result.items = found.rows();
    if (pageSize > 0) {
        Statement total = OpsStatements::count(*t, dialect, filters);
        const QVariant n = co_await s.scalar(total.sql, std::move(total.params));
        result.total = n.toLongLong();
        result.pages = int((result.total + pageSize - 1) / pageSize);
    } else {
        result.total = found.rowCount();
        result.pages = 1;
    }
    co_return result;
}

QCoro::Task<std::optional<Row>> Ops::first(QString name, QVariantMap filters, QStringList orderBy)
{
    const QList<Row> rows = co_await select(session(), name, filters, orderBy, 1);
    std::optional<Row> row;
    if (!rows.isEmpty())
        row = rows.first();
    co_return row;
}

QCoro::Task<std::optional<Row>> Ops::oneOrNone(QString name, QVariantMap filters)
{
    return oneOrNoneOn(session(), std::move(name), std::move(filters));
}

QCoro::Task<std::optional<Row>> Ops::oneOrNoneOn(Session s, QString name, QVariantMap filters)
{
    // Two rows are enough to know there is more than one.
    const QList<Row> rows = co_await select(s, name, filters, QStringList(), 2);
    if (rows.size() > 1) {
        throw MultipleFound(
            QCoreApplication::translate("Quarry::Ops", "more than one row matches %1")
                .arg(describe(name, filters)));
    }
    std::optional<Row> row;
    if (!rows.isEmpty())
        row = rows.first();
    co_return row;
}

QCoro::Task<Row> Ops::getOne(QString name, QVariantMap filters)
{
    std::optional<Row> row = co_await oneOrNone(name, filters);
    if (!row) {
        throw NotFound(QCoreApplication::translate("Quarry::Ops", "no row matches %1")
                           .arg(describe(name, filters)));
    }
    co_return *row;
}

QCoro::Task<QVariant> Ops::scalar(QString name, QString column, QVariantMap filters,
                                  QStringList orderBy)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    if (!t->hasColumn(column)) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops", "table \"%1\" has no column \"%2\"")
                .arg(name, column));
    }
    const QList<Row> rows = co_await select(s, name, filters, orderBy, 1);
    co_return rows.isEmpty() ? QVariant() : rows.first().value(column);
}

QCoro::Task<std::optional<Row>> Ops::getByPk(QString name, QVariantList key)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    if (t->primaryKey.columns.size() != key.size()) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops",
                                        "table \"%1\" has a primary key of %2 column(s), not %3")
                .arg(name, QString::number(t->primaryKey.columns.size()),
                     QString::number(key.size())));
    }
    QVariantMap filters;
    for (qsizetype i = 0; i < key.size(); ++i)
        filters.insert(t->primaryKey.columns[i], key[i]);
    const QList<Row> rows = co_await select(s, name, filters, QStringList(), 1);
    std::optional<Row> row;
    if (!rows.isEmpty())
        row = rows.first();
    co_return row;
}

QCoro::Task<QMap<QString, Result>> Ops::readMulti(QMap<QString, Statement> queries)
{
    Session s = session();
    // One snapshot for all: inside the caller's transaction, else a read-only one of our own.
    std::optional<Transaction> tx;
    if (!s.inTransaction()) {
        tx = co_await s.begin();
        if (s.backend() == DatabaseUrl::Backend::Postgres)
            co_await s.execute(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
    }
    QMap<QString, Result> results;
    for (auto it = queries.begin(); it != queries.end(); ++it) {
        Result result = co_await s.all(it->sql, it->params);
        results.insert(it.key(), std::move(result));
    }
    if (tx)
        co_await tx->commit();
    co_return results;
}

} // namespace Quarry
