// SPDX-License-Identifier: MIT
#include "schema/reflector.h"

#include "connection/errors.h"
#include "schema/dialect.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

ReflectOptions onlyTable(const QString &table, const QString &schema)
{
    ReflectOptions options;
    options.tables.append(table);
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

} // namespace

QCoro::Task<QString> schemaOrDefault(Session session, QString schema)
{
    if (!schema.isEmpty())
        co_return schema;
    const Dialect &dialect = Dialect::forUrl(session.url());
    if (dialect.kind() != Dialect::Kind::Postgres)
        co_return dialect.defaultSchema();
    const QVariant current = co_await session.scalar(u"SELECT current_schema()"_s);
    co_return current.toString();
}

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

QCoro::Task<std::optional<Table>> reflectTable(Session session, QString table, QString schema)
{
    const QString where = co_await schemaOrDefault(session, std::move(schema));
    const Metadata metadata = co_await reflect(session, onlyTable(table, where));
    const Table *found = metadata.table(table, where);
    std::optional<Table> out;
    if (found)
        out = *found;
    co_return out;
}

QCoro::Task<std::optional<Relation>> describeRelation(Session session, QString name, QString schema)
{
    const QString where = co_await schemaOrDefault(session, std::move(schema));
    const Metadata metadata = co_await reflect(session, onlyTable(name, where));
    std::optional<Relation> out;
    if (const Table *table = metadata.table(name, where)) {
        out = Relation{*table, false};
        co_return out;
    }
    const Schema *s = metadata.schema(where);
    const View *view = s ? s->view(name) : nullptr;
    if (!view)
        co_return out;
    // A view's columns are its query's: a statement that reads no row reports them.
    const Dialect &dialect = Dialect::forUrl(session.url());
    const Result empty = co_await session.execute(
        u"SELECT * FROM "_s + dialect.qualified(where, name) + u" WHERE 1 = 0"_s);
    out = Relation{{}, true};
    Table &table = out->table;
    table.schema = view->schema;
    table.name = view->name;
    table.comment = view->comment;
    for (const ResultColumn &column : empty.columns()) {
        Column c;
        c.name = column.name;
        c.nativeType = column.typeName;
        c.type = dialect.portableType(column.typeName);
        table.columns.append(c);
    }
    co_return out;
}

namespace {

template<typename List> void sortByName(List &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.name < b.name; });
}

} // namespace

void replaceRelations(Schema &schema, const QStringList &names, const Schema &fresh)
{
    schema.tables.removeIf([&](const Table &t) { return names.contains(t.name); });
    schema.views.removeIf([&](const View &v) { return names.contains(v.name); });
    schema.triggers.removeIf([&](const Trigger &t) { return names.contains(t.table); });
    for (const Table &table : fresh.tables) {
        if (names.contains(table.name))
            schema.tables.append(table);
    }
    for (const View &view : fresh.views) {
        if (names.contains(view.name))
            schema.views.append(view);
    }
    for (const Trigger &trigger : fresh.triggers) {
        if (names.contains(trigger.table))
            schema.triggers.append(trigger);
    }
    sortByName(schema.tables);
    sortByName(schema.views);
    sortByName(schema.triggers);
}

QCoro::Task<bool> hasTable(Session session, QString table, QString schema)
{
    const QString where = co_await schemaOrDefault(session, std::move(schema));
    const Metadata metadata = co_await reflect(session, onlyTable(table, where));
    const Schema *s = metadata.schema(where);
    co_return s && (s->table(table) || s->view(table));
}

QCoro::Task<QList<Column>> columns(Session session, QString table, QString schema)
{
    const std::optional<Table> t = co_await reflectTable(session, table, schema);
    QList<Column> out = t ? t->columns : QList<Column>();
    co_return out;
}

QCoro::Task<PrimaryKey> primaryKey(Session session, QString table, QString schema)
{
    const std::optional<Table> t = co_await reflectTable(session, table, schema);
    PrimaryKey out = t ? t->primaryKey : PrimaryKey();
    co_return out;
}

QCoro::Task<bool> hasColumn(Session session, QString table, QString column, QString schema)
{
    const std::optional<Table> t = co_await reflectTable(session, table, schema);
    co_return t && t->hasColumn(column);
}

} // namespace Quarry
