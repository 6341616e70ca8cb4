// SPDX-License-Identifier: MIT
#include "schema/reflector.h"

#include "connection/errors.h"
#include "schema/dialect.h"

#include <QCoreApplication>

namespace Quarry {

namespace {

ReflectOptions onlyTable(const QString &table, const QString &schema)
{
    ReflectOptions options;
    options.tables.append(table);
    if (!schema.isEmpty())
        options.schemas.append(schema);
    return options;
}

[[noreturn]] void unsupported(const Session &session)
{
    throw ConfigurationError(
        QCoreApplication::translate("Quarry::Reflector",
                                    "Reading the schema is not supported for the Qt SQL driver %1")
            .arg(session.url().qtDriver()));
}

const Table *findTable(const Metadata &metadata, const QString &table, const QString &schema,
                       const Dialect &dialect)
{
    return metadata.table(table, schema.isEmpty() ? dialect.defaultSchema() : schema);
}

} // namespace

QCoro::Task<Metadata> reflect(Session session, ReflectOptions options)
{
    switch (Dialect::forUrl(session.url()).kind()) {
    case Dialect::Kind::Sqlite:
        co_return co_await SqliteReflector::reflect(std::move(session), std::move(options));
    case Dialect::Kind::Postgres:
        co_return co_await PgReflector::reflect(std::move(session), std::move(options));
    case Dialect::Kind::Generic:
        break;
    }
    unsupported(session);
}

QCoro::Task<QStringList> tableNames(Session session, QString schema)
{
    switch (Dialect::forUrl(session.url()).kind()) {
    case Dialect::Kind::Sqlite:
        co_return co_await SqliteReflector::tableNames(std::move(session), std::move(schema));
    case Dialect::Kind::Postgres:
        co_return co_await PgReflector::tableNames(std::move(session), std::move(schema));
    case Dialect::Kind::Generic:
        break;
    }
    unsupported(session);
}

QCoro::Task<bool> hasTable(Session session, QString table, QString schema)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    const Metadata metadata = co_await reflect(session, onlyTable(table, schema));
    const QString schemaName = schema.isEmpty() ? dialect.defaultSchema() : schema;
    const Schema *s = metadata.schema(schemaName);
    co_return s && (s->table(table) || s->view(table));
}

QCoro::Task<QList<Column>> columns(Session session, QString table, QString schema)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    const Metadata metadata = co_await reflect(session, onlyTable(table, schema));
    const Table *t = findTable(metadata, table, schema, dialect);
    QList<Column> out = t ? t->columns : QList<Column>();
    co_return out;
}

QCoro::Task<PrimaryKey> primaryKey(Session session, QString table, QString schema)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    const Metadata metadata = co_await reflect(session, onlyTable(table, schema));
    const Table *t = findTable(metadata, table, schema, dialect);
    PrimaryKey out = t ? t->primaryKey : PrimaryKey();
    co_return out;
}

QCoro::Task<bool> hasColumn(Session session, QString table, QString column, QString schema)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    const Metadata metadata = co_await reflect(session, onlyTable(table, schema));
    const Table *t = findTable(metadata, table, schema, dialect);
    co_return t && t->hasColumn(column);
}

} // namespace Quarry
