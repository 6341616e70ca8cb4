// SPDX-License-Identifier: MIT
#include "migrate/migrationrun.h"

#include "connection/errors.h"
#include "schema/dialect.h"

#include <QCoreApplication>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

/// SQLITE_CONSTRAINT_FOREIGNKEY, the code SQLite gives its own foreign-key errors.
constexpr auto foreignKeyErrorCode = "787";

bool isSqlite(const Session &session)
{
    return Dialect::forUrl(session.url()).kind() == Dialect::Kind::Sqlite;
}

/// The rows left pointing nowhere, grouped by table: an IntegrityError naming them.
QCoro::Task<void> checkForeignKeys(Session session)
{
    const QString sql = u"SELECT \"table\", parent, count(*) FROM pragma_foreign_key_check "
                        "GROUP BY \"table\", parent ORDER BY \"table\", parent"_s;
    Result rows;
    try {
        rows = co_await session.all(sql);
    } catch (const SqlError &e) {
        // "foreign key mismatch": a reference to something that is no key (any more)
        throw IntegrityError(
            Tr::tr("The migration breaks foreign keys and was rolled back: %1").arg(e.message()),
            e.code());
    }
    if (rows.rowCount() == 0)
        co_return;
    QStringList problems;
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        problems.append(Tr::tr("%n row(s) of \"%1\" refer to missing rows of \"%2\"", nullptr,
                               rows.value(row, 2).toInt())
                            .arg(rows.value(row, 0).toString(), rows.value(row, 1).toString()));
    }
    throw IntegrityError(Tr::tr("The migration breaks foreign keys and was rolled back: %1")
                             .arg(problems.join(u"; "_s)),
                         QString::fromLatin1(foreignKeyErrorCode));
}

QCoro::Task<void> runStatements(Session session, QList<MigrationStatement> statements)
{
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QString sql = statements[i].sql;
        Params params = statements[i].params;
        co_await session.execute(std::move(sql), std::move(params));
    }
}

QList<MigrationStatement> statementsOf(const MigrationPlan &plan)
{
    QList<MigrationStatement> statements;
    for (const QString &sql : plan.statements())
        statements.append(MigrationStatement{.sql = sql, .params = {}});
    return statements;
}

bool dropsTables(const MigrationPlan &plan)
{
    return std::any_of(plan.steps.cbegin(), plan.steps.cend(), [](const MigrationStep &step) {
        return step.kind == MigrationStep::Kind::RebuildTable ||
               step.kind == MigrationStep::Kind::DropTable;
    });
}

/// BEGIN … COMMIT; the Transaction rolls back when an error leaves this frame.
QCoro::Task<void> runInTransaction(Session session, QList<MigrationStatement> statements,
                                   bool checkReferences)
{
    Transaction tx = co_await session.begin();
    co_await runStatements(tx, std::move(statements));
    if (checkReferences)
        co_await checkForeignKeys(tx);
    co_await tx.commit();
}

} // namespace

QCoro::Task<void> runMigration(Session session, QList<MigrationStatement> statements)
{
    // Inside the caller's transaction the pragma cannot change: run there and let the caller
    // commit or roll back.
    if (session.inTransaction()) {
        co_await runStatements(session, std::move(statements));
        co_return;
    }
    if (!isSqlite(session)) { // PostgreSQL's DDL is transactional, foreign keys included
        co_await runInTransaction(session, std::move(statements), false);
        co_return;
    }

    // SQLite: enforcement off for the whole transaction (a rebuild drops and renames tables
    // other tables refer to; with it on, DROP TABLE would even run their ON DELETE actions),
    // then one check of everything before COMMIT.
    const bool enforced = (co_await session.scalar(u"PRAGMA foreign_keys"_s)).toLongLong() != 0;
    if (enforced)
        co_await session.execute(u"PRAGMA foreign_keys = OFF"_s);
    std::exception_ptr error;
    try {
        co_await runInTransaction(session, std::move(statements), enforced);
    } catch (...) {
        error = std::current_exception();
    }
    // A COMMIT that failed may leave the transaction open (SQLite busy): roll it back first,
    // since inside a transaction the pragma below would do nothing.
    if (error) {
        try {
            co_await session.rollback();
        } catch (const DatabaseError &) {
            // the migration's own error is the one to report
        }
    }
    if (enforced) {
        try {
            co_await session.execute(u"PRAGMA foreign_keys = ON"_s);
        } catch (...) {
            if (!error) // the migration's own error is the one to report
                error = std::current_exception();
        }
    }
    if (error)
        std::rethrow_exception(error);
}

QCoro::Task<void> applyPlan(Session session, MigrationPlan plan)
{
    // In the caller's transaction SQLite keeps enforcing foreign keys, and DROP TABLE would run
    // the ON DELETE actions of the tables referring to the dropped one (deleting their rows).
    if (session.inTransaction() && isSqlite(session) && dropsTables(plan)) {
        const QVariant enforced = co_await session.scalar(u"PRAGMA foreign_keys"_s);
        if (enforced.toLongLong() != 0) {
            throw DatabaseError(
                Tr::tr("This migration drops or rebuilds tables, which needs SQLite's "
                       "foreign-key enforcement off, and that cannot change inside a "
                       "transaction: apply it outside a transaction"));
        }
    }
    co_await runMigration(std::move(session), statementsOf(plan));
}

} // namespace Quarry
