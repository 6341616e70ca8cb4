// SPDX-License-Identifier: MIT
// Ops: the writing operations, and the race-safe get-or-create / update-or-create.
#include "ops/ops.h"

#include "connection/errors.h"
#include "ops/opsstatements.h"
#include "schema/dialect.h"

#include <QCoreApplication>

#include <exception>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

// Read-then-write loops retry when a concurrent session changes the row in between; three
// rounds are plenty (the row would have to appear and vanish again between each).
constexpr int RaceRounds = 3;

[[noreturn]] void keepsRacing(const QString &operation, const QString &table)
{
    throw ConfigurationError(
        QCoreApplication::translate("Quarry::Ops",
                                    "%1 on \"%2\": the row keeps changing under concurrent "
                                    "sessions; giving up after %3 attempts")
            .arg(operation, table, QString::number(RaceRounds)));
}

bool inDefaultSchema(const Table &table, const Dialect &dialect)
{
    return table.schema.isEmpty() || table.schema == dialect.defaultSchema();
}

QList<Params> rowsAsParams(QList<QVariantList> rows)
{
    QList<Params> params;
    params.reserve(rows.size());
    for (QVariantList &row : rows)
        params.append(Params(std::move(row)));
    return params;
}

} // namespace

QCoro::Task<Row> Ops::insert(QString name, QVariantMap values)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::insert(*t, Dialect::forUrl(s.url()), values);
    Row row = co_await s.one(statement.sql, std::move(statement.params));
    co_return row;
}

QCoro::Task<qint64> Ops::insertMany(QString name, QStringList columns, QList<QVariantList> rows)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    const Dialect &dialect = Dialect::forUrl(s.url());
    // Also checks every column exists, before any row is sent.
    const QString insert = OpsStatements::insertColumns(*t, dialect, columns);
    if (rows.isEmpty())
        co_return 0;
    // The bulk path names the table without a schema.
    if (inDefaultSchema(*t, dialect))
        co_return co_await s.copyIn(t->name, columns, std::move(rows));
    co_return co_await s.executeMany(insert, rowsAsParams(std::move(rows)));
}

QCoro::Task<qint64> Ops::insertMany(QString name, QList<QVariantMap> rows)
{
    QStringList columns;
    QList<QVariantList> lists = OpsStatements::toLists(rows, columns);
    co_return co_await insertMany(std::move(name), std::move(columns), std::move(lists));
}

QCoro::Task<qint64> Ops::update(QString name, QVariantMap filters, QVariantMap values)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::update(*t, Dialect::forUrl(s.url()), filters, values);
    const Result result = co_await s.execute(statement.sql, std::move(statement.params));
    co_return result.rowsAffected();
}

QCoro::Task<qint64> Ops::remove(QString name, QVariantMap filters)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::remove(*t, Dialect::forUrl(s.url()), filters);
    const Result result = co_await s.execute(statement.sql, std::move(statement.params));
    co_return result.rowsAffected();
}

QCoro::Task<Row> Ops::save(QString name, QVariantMap values)
{
    Session s = session();
    const TablePtr t = co_await table(s, name);
    const Dialect &dialect = Dialect::forUrl(s.url());
    bool hasKey = !t->primaryKey.columns.isEmpty();
    for (const QString &column : t->primaryKey.columns)
        hasKey = hasKey && !values.value(column).isNull();
    Statement statement = hasKey ? OpsStatements::upsert(*t, dialect, values)
                                 : OpsStatements::insert(*t, dialect, values);
    Row row = co_await s.one(statement.sql, std::move(statement.params));
    co_return row;
}

// The insert of getOrCreate / updateOrCreate: a unique violation (another session won the
// race) is not an error but "no row"; inside a transaction a savepoint keeps it usable.
QCoro::Task<std::optional<Row>> Ops::tryInsert(Session s, QString name, QVariantMap values)
{
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::insert(*t, Dialect::forUrl(s.url()), values);
    std::optional<Row> row;
    if (!s.inTransaction()) {
        try {
            row = co_await s.one(statement.sql, std::move(statement.params));
        } catch (const IntegrityError &) {
        }
        co_return row;
    }
    Savepoint savepoint = co_await s.savepoint();
    bool lost = false;
    try {
        row = co_await s.one(statement.sql, std::move(statement.params));
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
    Session s = session();
    const QVariantMap values = OpsStatements::merged(filters, defaults);
    for (int round = 0; round < RaceRounds; ++round) {
        const QList<Row> found = co_await select(s, name, filters, QStringList(), 1);
        if (!found.isEmpty()) {
            std::pair<Row, bool> existing(found.first(), false);
            co_return existing;
        }
        // A lost race means the row exists now: the next round reads it.
        std::optional<Row> created = co_await tryInsert(s, name, values);
        if (created) {
            std::pair<Row, bool> made(*created, true);
            co_return made;
        }
    }
    keepsRacing(u"getOrCreate"_s, name);
}

// Updates the one row found by updateOrCreate, by its key; none when it vanished meanwhile.
QCoro::Task<std::optional<Row>> Ops::updateRow(Session s, QString name, Row row,
                                               QVariantMap filters, QVariantMap values)
{
    std::optional<Row> updated;
    if (values.isEmpty()) {
        updated = row;
        co_return updated;
    }
    const TablePtr t = co_await table(s, name);
    Statement statement = OpsStatements::update(
        *t, Dialect::forUrl(s.url()), OpsStatements::keyOf(*t, row, filters), values, true);
    const Result result = co_await s.all(statement.sql, std::move(statement.params));
    if (result.rowCount() > 0)
        updated = result.row(0);
    co_return updated;
}

QCoro::Task<std::pair<Row, bool>> Ops::updateOrCreate(QString name, QVariantMap filters,
                                                      QVariantMap defaults,
                                                      QVariantMap createDefaults)
{
    Session s = session();
    const QVariantMap values =
        OpsStatements::merged(filters, createDefaults.isEmpty() ? defaults : createDefaults);
    for (int round = 0; round < RaceRounds; ++round) {
        std::optional<Row> found = co_await oneOrNoneOn(s, name, filters);
        if (found) {
            std::optional<Row> updated = co_await updateRow(s, name, *found, filters, defaults);
            if (updated) {
                std::pair<Row, bool> existing(*updated, false);
                co_return existing;
            }
            continue; // deleted between the read and the update
        }
        std::optional<Row> created = co_await tryInsert(s, name, values);
        if (created) {
            std::pair<Row, bool> made(*created, true);
            co_return made;
        }
    }
    keepsRacing(u"updateOrCreate"_s, name);
}

QCoro::Task<QList<Result>> Ops::executeMany(QList<Statement> statements)
{
    Session s = session();
    // All or nothing: our own transaction, or a savepoint inside the caller's.
    std::optional<Transaction> tx;
    std::optional<Savepoint> savepoint;
    if (s.inTransaction())
        savepoint.emplace(co_await s.savepoint());
    else
        tx.emplace(co_await s.begin());
    QList<Result> results;
    std::exception_ptr failure;
    try {
        for (const Statement &statement : statements)
            results.append(co_await s.execute(statement.sql, statement.params));
    } catch (...) {
        failure = std::current_exception();
    }
    if (failure) {
        if (savepoint)
            co_await savepoint->rollback();
        else
            co_await tx->rollback();
        std::rethrow_exception(failure);
    }
    if (savepoint)
        co_await savepoint->release();
    else
        co_await tx->commit();
    co_return results;
}

} // namespace Quarry
