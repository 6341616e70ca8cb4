// SPDX-License-Identifier: MIT
#include "schema/schemaops.h"

#include "schema/ddlcompiler.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"
#include "schema/dialectconversion.h"
#include "schema/reflector.h"

namespace Quarry {

namespace {

ReflectOptions objectsOf(const Metadata &metadata, const Dialect &dialect)
{
    ReflectOptions options;
    for (const Schema &s : metadata.schemas) {
        const QString name = s.name.isEmpty() ? dialect.defaultSchema() : s.name;
        if (!options.schemas.contains(name))
            options.schemas.append(name);
        for (const Table &t : s.tables)
            options.tables.append(t.name);
        for (const View &v : s.views)
            options.tables.append(v.name);
    }
    return options;
}

ExistingObjects existingIn(const Metadata &live)
{
    ExistingObjects existing;
    for (const Schema &s : live.schemas) {
        for (const Table &t : s.tables)
            existing.insert({s.name, t.name});
        for (const View &v : s.views)
            existing.insert({s.name, v.name});
    }
    return existing;
}

Metadata singleTable(Table table)
{
    Metadata metadata;
    metadata.schema(table.schema, true)->tables.append(std::move(table));
    return metadata;
}

} // namespace

QCoro::Task<QStringList> createAllPlan(Session session, Metadata metadata, CreateOptions options)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    if (!options.checkFirst)
        co_return createAllStatements(metadata, dialect);
    // Only the schemas the model names exist to be read; a missing one is simply empty.
    ReflectOptions what = objectsOf(convertSchemaNames(metadata, dialect), dialect);
    Metadata live;
    if (!what.tables.isEmpty())
        live = co_await reflect(session, std::move(what));
    const ExistingObjects existing = existingIn(live);
    co_return createAllStatements(metadata, dialect, &existing);
}

QStringList dropAllPlan(const Session &session, const Metadata &metadata, DropOptions options)
{
    return dropAllStatements(metadata, Dialect::forUrl(session.url()), options.checkFirst);
}

QCoro::Task<void> executeAll(Session session, QStringList statements)
{
    if (session.inTransaction()) {
        for (const QString &sql : statements)
            co_await session.execute(sql);
        co_return;
    }
    Transaction tx = co_await session.begin();
    for (const QString &sql : statements)
        co_await tx.execute(sql);
    co_await tx.commit();
}

QCoro::Task<void> createAll(Session session, Metadata metadata, CreateOptions options)
{
    QStringList statements = co_await createAllPlan(session, std::move(metadata), options);
    co_await executeAll(std::move(session), std::move(statements));
}

QCoro::Task<void> dropAll(Session session, Metadata metadata, DropOptions options)
{
    QStringList statements = dropAllPlan(session, metadata, options);
    co_await executeAll(std::move(session), std::move(statements));
}

QCoro::Task<void> createTable(Session session, Table table, CreateOptions options)
{
    co_await createAll(std::move(session), singleTable(std::move(table)), options);
}

QCoro::Task<void> dropTable(Session session, QString name, DropTableOptions options)
{
    const DdlCompiler ddl(Dialect::forUrl(session.url()));
    QStringList statements(ddl.dropTable(options.schema, name, options.ifExists, options.cascade));
    co_await executeAll(std::move(session), std::move(statements));
}

} // namespace Quarry
