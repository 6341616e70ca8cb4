// SPDX-License-Identifier: MIT
// PostgreSQL reflection: six catalog queries per call whatever the number of tables (relations,
// columns, constraints, indexes, sequences, triggers), each covering every requested schema.
// Partitions are left out: their partitioned parent is reflected as a table.
#include "schema/postgres/pgbuilder.h"
#include "schema/postgres/pgcatalog.h"
#include "schema/reflector.h"

#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace Quarry::PgReflector {

namespace {

struct CatalogResults {
    Result relations, columns, constraints, indexes, sequences, triggers;
};

Metadata build(bool filtered, const CatalogResults &results)
{
    PgMetadataBuilder builder(filtered);
    // Relations first: the other results refer to tables by OID.
    builder.addRelations(results.relations);
    builder.addColumns(results.columns);
    builder.addConstraints(results.constraints);
    builder.addIndexes(results.indexes);
    builder.addSequences(results.sequences);
    builder.addTriggers(results.triggers);
    return builder.take();
}

// \a params: PgCatalog::filterParams(); \a filtered: a relation name filter is given.
QCoro::Task<Metadata> readCatalog(Session session, QVariantList params, bool filtered)
{
    CatalogResults results;
    results.relations = co_await session.all(PgCatalog::relationsSql(), Params(params));
    results.columns = co_await session.all(PgCatalog::columnsSql(), Params(params));
    results.constraints = co_await session.all(PgCatalog::constraintsSql(), Params(params));
    results.indexes = co_await session.all(PgCatalog::indexesSql(), Params(params));
    results.sequences = co_await session.all(PgCatalog::sequencesSql(), Params(params));
    results.triggers = co_await session.all(PgCatalog::triggersSql(), Params(params));
    // Building thousands of tables takes tens of milliseconds: not on the caller's (GUI) thread.
    auto job = [filtered, results = std::move(results)] { return build(filtered, results); };
    co_return co_await QtConcurrent::run(std::move(job));
}

} // namespace

QCoro::Task<Metadata> reflect(Session session, ReflectOptions options)
{
    // Outside a caller's transaction, read everything in one read-only snapshot (so the results
    // agree with each other) and without JIT: the catalog queries of a large schema cost enough
    // for the planner to compile them, which takes longer than running them.
    const bool ownTransaction = !session.inTransaction();
    if (ownTransaction) {
        co_await session.execute(
            u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SET LOCAL jit = off"_s);
    }
    // Plain values into the nested coroutine: GCC 12 may destroy an aggregate argument twice.
    QVariantList params = PgCatalog::filterParams(options.schemas, options.tables);
    const bool filtered = !options.tables.isEmpty();
    Metadata metadata;
    std::exception_ptr error;
    try {
        metadata = co_await readCatalog(session, std::move(params), filtered);
    } catch (...) {
        error = std::current_exception();
    }
    if (ownTransaction) {
        if (error) {
            try {
                co_await session.rollback();
            } catch (...) { // the first error is the one to report
            }
        } else {
            co_await session.commit();
        }
    }
    if (error)
        std::rethrow_exception(error);
    co_return metadata;
}

QCoro::Task<QStringList> tableNames(Session session, QString schema)
{
    const QVariant name = schema.isEmpty() ? QVariant() : QVariant(schema);
    const Result result = co_await session.all(PgCatalog::tableNamesSql(), Params(name));
    QStringList tables;
    tables.reserve(result.rowCount());
    for (qsizetype row = 0; row < result.rowCount(); ++row)
        tables.append(result.value(row, 0).toString());
    std::sort(tables.begin(), tables.end());
    co_return tables;
}

} // namespace Quarry::PgReflector
