// SPDX-License-Identifier: MIT
#include "ops/ops.h"

#include "connection/errors.h"
#include "ops/filters.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

QString whereClause(const SqlFragment &where)
{
    return where.isEmpty() ? QString() : u" WHERE "_s + where.sql;
}

struct Statement {
    QString sql;
    QVariantList params;
};

// INSERT … RETURNING * (SQLite 3.35+, PostgreSQL): the row as stored, defaults and all.
Statement insertStatement(const Table &table, const Dialect &dialect, const QVariantMap &values)
{
    FilterCompiler check(table, dialect);
    QStringList columns, placeholders;
    Statement statement;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(check.quotedColumn(it.key()));
        statement.params.append(it.value());
        placeholders.append(u'$' + QString::number(statement.params.size()));
    }
    const QString target = dialect.qualified(table.schema, table.name);
    if (columns.isEmpty())
        statement.sql = u"INSERT INTO "_s + target + u" DEFAULT VALUES RETURNING *"_s;
    else
        statement.sql = u"INSERT INTO "_s + target + u" ("_s + columns.join(u", "_s) +
                        u") VALUES ("_s + placeholders.join(u", "_s) + u") RETURNING *"_s;
    return statement;
}

Statement updateStatement(const Table &table, const Dialect &dialect, const QVariantMap &filters,
                          const QVariantMap &values)
{
    FilterCompiler compiler(table, dialect);
    Statement statement;
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        statement.params.append(it.value());
        sets.append(compiler.quotedColumn(it.key()) + u" = $"_s +
                    QString::number(statement.params.size()));
    }
    const SqlFragment where = compiler.where(filters, int(statement.params.size()) + 1);
    statement.params.append(where.params);
    statement.sql = u"UPDATE "_s + dialect.qualified(table.schema, table.name) + u" SET "_s +
                    sets.join(u", "_s) + whereClause(where);
    return statement;
}

QVariantMap merged(QVariantMap filters, const QVariantMap &defaults)
{
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        filters.insert(it.key(), it.value());
    return filters;
}

// `<verb> <table> WHERE …` with the filters' values, for count and delete.
Statement filtered(const QString &verb, const Table &table, const Dialect &dialect,
                   const QVariantMap &filters)
{
    const SqlFragment where = FilterCompiler(table, dialect).where(filters);
    return {verb + dialect.qualified(table.schema, table.name) + whereClause(where), where.params};
}

} // namespace

Ops::Ops(Session session, Metadata metadata)
    : m_session(std::move(session))
    , m_tables(std::make_shared<QHash<QString, TablePtr>>())
{
    for (const Schema &schema : metadata.schemas)
        for (const Table &table : schema.tables)
            m_tables->insert(table.name, std::make_shared<const Table>(table));
}

QCoro::Task<Ops::TablePtr> Ops::table(QString name)
{
    if (TablePtr known = m_tables->value(name))
        co_return known;
    const std::optional<Table> found = co_await reflectTable(m_session, name);
    if (!found) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops", "there is no table \"%1\"").arg(name));
    }
    TablePtr table = std::make_shared<const Table>(*found);
    m_tables->insert(name, table);
    co_return table;
}

QCoro::Task<qint64> Ops::count(QString name, QVariantMap filters)
{
    const TablePtr t = co_await table(name);
    const Statement statement =
        filtered(u"SELECT count(*) FROM "_s, *t, Dialect::forUrl(m_session.url()), filters);
    const QVariant n = co_await m_session.scalar(statement.sql, Params(statement.params));
    co_return n.toLongLong();
}

QCoro::Task<QList<Row>> Ops::all(QString name, QVariantMap filters, QStringList orderBy)
{
    Page page = co_await paginate(std::move(name), 1, 0, std::move(filters), std::move(orderBy));
    co_return page.items;
}

QCoro::Task<Page> Ops::paginate(QString name, int page, int pageSize, QVariantMap filters,
                                QStringList orderBy)
{
    const TablePtr t = co_await table(name);
    const Dialect &dialect = Dialect::forUrl(m_session.url());
    const FilterCompiler compiler(*t, dialect);
    const SqlFragment where = compiler.where(filters);
    // a stable order makes pages disjoint: the primary key breaks ties
    QStringList keys = orderBy;
    keys.append(t->primaryKey.columns);
    QString sql = u"SELECT * FROM "_s + dialect.qualified(t->schema, t->name) + whereClause(where);
    if (!keys.isEmpty())
        sql += u" ORDER BY "_s + compiler.orderBy(keys);
    QVariantList params = where.params;
    Page result;
    result.page = std::max(1, page);
    if (pageSize > 0) {
        params.append(pageSize);
        params.append(qint64(result.page - 1) * pageSize);
        sql += u" LIMIT $%1 OFFSET $%2"_s.arg(params.size() - 1).arg(params.size());
    }
    const Result rows = co_await m_session.all(sql, Params(params));
    result.items = rows.rows();
    result.total = pageSize > 0 ? co_await count(name, filters) : rows.rowCount();
    result.pages = pageSize > 0 ? int((result.total + pageSize - 1) / pageSize) : 1;
    co_return result;
}

QCoro::Task<std::optional<Row>> Ops::getByPk(QString name, QVariantList key)
{
    const TablePtr t = co_await table(name);
    if (t->primaryKey.columns.size() != key.size()) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::Ops",
                                        "table \"%1\" has a primary key of %2 column(s), not %3")
                .arg(name)
                .arg(t->primaryKey.columns.size())
                .arg(key.size()));
    }
    QVariantMap filters;
    for (qsizetype i = 0; i < key.size(); ++i)
        filters.insert(t->primaryKey.columns[i], key[i]);
    QList<Row> rows = co_await all(name, filters);
    std::optional<Row> row;
    if (!rows.isEmpty())
        row = rows.first();
    co_return row;
}

QCoro::Task<Row> Ops::insert(QString name, QVariantMap values)
{
    const TablePtr t = co_await table(name);
    const Statement statement = insertStatement(*t, Dialect::forUrl(m_session.url()), values);
    Row row = co_await m_session.one(statement.sql, Params(statement.params));
    co_return row;
}

QCoro::Task<qint64> Ops::update(QString name, QVariantMap filters, QVariantMap values)
{
    const TablePtr t = co_await table(name);
    const Statement statement =
        updateStatement(*t, Dialect::forUrl(m_session.url()), filters, values);
    const Result result = co_await m_session.execute(statement.sql, Params(statement.params));
    co_return result.rowsAffected();
}

QCoro::Task<qint64> Ops::remove(QString name, QVariantMap filters)
{
    const TablePtr t = co_await table(name);
    const Statement statement =
        filtered(u"DELETE FROM "_s, *t, Dialect::forUrl(m_session.url()), filters);
    const Result result = co_await m_session.execute(statement.sql, Params(statement.params));
    co_return result.rowsAffected();
}

// The insert of getOrCreate: a unique violation (another session won the race) is not an
// error but "no row"; inside a transaction a savepoint keeps the transaction usable.
QCoro::Task<std::optional<Row>> Ops::tryInsert(QString name, QVariantMap values)
{
    std::optional<Row> row;
    if (!m_session.inTransaction()) {
        try {
            row = co_await insert(name, values);
        } catch (const IntegrityError &) {
        }
        co_return row;
    }
    Savepoint savepoint = co_await m_session.savepoint();
    bool lost = false;
    try {
        row = co_await insert(name, values);
    } catch (const IntegrityError &) {
        lost = true;
    }
    if (lost)
        co_await savepoint.rollback();
    else
        co_await savepoint.release();
    co_return row;
}

QCoro::Task<std::pair<Row, bool>> Ops::getOrCreate(QString name, QVariantMap filters,
                                                   QVariantMap defaults)
{
    // Read, else insert; a lost race means the row now exists: read again. Three rounds are
    // plenty (the row would have to be deleted again in between to need more).
    for (int attempt = 0; attempt < 3; ++attempt) {
        QList<Row> found = co_await all(name, filters);
        if (!found.isEmpty()) {
            std::pair<Row, bool> existing(found.first(), false);
            co_return existing;
        }
        std::optional<Row> created = co_await tryInsert(name, merged(filters, defaults));
        if (created) {
            std::pair<Row, bool> made(*created, true);
            co_return made;
        }
    }
    throw ConfigurationError(
        QCoreApplication::translate("Quarry::Ops",
                                    "getOrCreate on \"%1\": the row keeps conflicting with "
                                    "another one that cannot be read with the same filters")
            .arg(name));
}

} // namespace Quarry
