// SPDX-License-Identifier: MIT
#include "schema/dialect.h"
#include "schema/reflector.h"
#include "schema/sqlite/sqliteschemabuilder.h"
#include "schema/sqlite/sqlitetokens.h"

#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

// SQLite reflection in a few statements whatever the number of tables: the database list;
// then for each database (main, attached ones) the objects of sqlite_schema with
// pragma_table_list's flags, every table's columns, every foreign key and every index key, each
// in one statement joining a table-valued pragma to a JSON array of names (bound, like the
// schema name). The foreign-key statement is left out when no CREATE text says REFERENCES, the
// index one when there is nothing to ask; a sixth runs only when a foreign key omits its
// referred columns and the referred table was filtered out. Each pragma row source costs
// SQLite an internal PRAGMA statement, so the lists hold only what needs one. Only plain SQL
// is used, so Qt SQL's QSQLITE works too.

using namespace Qt::StringLiterals;

namespace Quarry::SqliteReflector {

namespace {

const Dialect &sqlite()
{
    return Dialect::forKind(Dialect::Kind::Sqlite);
}

// `sqlite_%` with the underscore escaped: every name SQLite reserves for itself.
constexpr QStringView notInternal = uR"(NOT LIKE 'sqlite\_%' ESCAPE '\')";

QString objectsSql(const QString &schema)
{
    // $1: schema name. A UNION rather than a join: joining pragma_table_list costs SQLite more
    // than the whole list, of which only the rows that are not plain rowid tables are needed.
    return u"SELECT m.type, m.name, m.tbl_name, m.sql, NULL, NULL FROM %1.sqlite_schema AS m "
           u"WHERE m.type = 'index' OR m.name %2 "
           u"UNION ALL "
           u"SELECT 'pragma', t.name, t.type, NULL, t.wr, t.strict FROM pragma_table_list AS t "
           u"WHERE t.schema = $1 AND (t.type IN ('virtual', 'shadow') "
           u"OR (t.type = 'table' AND (t.wr OR t.strict)))"_s.arg(sqlite().quote(schema),
                                                                  notInternal);
}

// $1: schema name, $2: JSON array of table names; m.key is the name's position in it.
constexpr QStringView columnsSql =
    u"SELECT m.key, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden "
    u"FROM json_each($2) AS m, pragma_table_xinfo(m.value, $1) AS c";

constexpr QStringView foreignKeysSql =
    u"SELECT m.key, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
    u"FROM json_each($2) AS m, pragma_foreign_key_list(m.value, $1) AS f";

// $2: JSON array of index names. pragma_index_list is not needed: sqlite_schema already says
// which table an index is on and whether it is an autoindex (sql NULL).
constexpr QStringView indexesSql =
    u"SELECT m.key, x.cid, x.name, x.\"desc\", x.coll "
    u"FROM json_each($2) AS m, pragma_index_xinfo(m.value, $1) AS x WHERE x.key = 1";

// Primary keys of referred tables the filter left out, for foreign keys that omit the columns.
constexpr QStringView referredKeysSql =
    u"SELECT m.value, p.name, p.pk FROM json_each($2) AS m, pragma_table_info(m.value, $1) AS p "
    u"WHERE p.pk > 0";

QString tableNamesSql()
{
    return u"SELECT name FROM pragma_table_list WHERE schema = $1 AND type = 'table' "
           u"AND name %1"_s.arg(notInternal);
}

/// The databases to read, sorted: main and attached ones (temp only when asked for), narrowed
/// to \a wanted when it is not empty.
QStringList pickSchemas(const Result &rows, const QStringList &wanted)
{
    QStringList out;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        const QString name = rows.value(r, 0).toString();
        const bool asked = std::any_of(wanted.begin(), wanted.end(), [&](const QString &w) {
            return SqliteDdl::sameName(w, name);
        });
        if (wanted.isEmpty() ? name != u"temp" : asked)
            out.append(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList sortedNames(const Result &rows)
{
    QStringList out;
    out.reserve(rows.rowCount());
    for (qsizetype r = 0; r < rows.rowCount(); ++r)
        out.append(rows.value(r, 0).toString());
    std::sort(out.begin(), out.end());
    return out;
}

QCoro::Task<Result> query(Session session, QStringView sql, QString schema, QString names)
{
    if (names.isEmpty())
        co_return Result();
    Params params(schema, names);
    co_return co_await session.all(sql.toString(), std::move(params));
}

// The builder's steps run on a pool thread (assembling thousands of tables takes tens of
// milliseconds, too long for a GUI thread); the coroutine is suspended meanwhile, so each step
// may hold the builder by reference.
QCoro::Task<Schema> reflectSchema(Session session, QString schema, QStringList tables)
{
    SqliteDdl::SchemaBuilder builder(schema, tables);
    Params objectParams(schema);
    const Result objects = co_await session.all(objectsSql(schema), std::move(objectParams));
    QStringList tableSql;
    QString tableNames, referringNames;
    auto readObjects = [&] {
        builder.addObjects(objects);
        tableSql = builder.tableSql();
        tableNames = builder.tablesJson();
        referringNames = builder.referringTablesJson();
    };
    co_await QtConcurrent::run(readObjects);

    // Overlapped: the CREATE TABLE texts are parsed on a pool thread while the connection's
    // worker runs the column and foreign-key pragmas, queued back to back (a session runs its
    // statements in submission order); the columns are assembled while the foreign keys run.
    // Should one fail, the other task finishes detached and the parse future owns its data.
    QFuture<QList<SqliteDdl::ParsedTable>> parsing =
        QtConcurrent::run(&SqliteDdl::parseCreateTables, std::move(tableSql));
    QCoro::Task<Result> columnsQuery = query(session, columnsSql, schema, tableNames);
    QCoro::Task<Result> keysQuery = query(session, foreignKeysSql, schema, referringNames);
    QList<SqliteDdl::ParsedTable> parsed = co_await parsing;
    const Result columns = co_await columnsQuery;
    auto readColumns = [&builder, &parsed, &columns] {
        builder.setParsed(std::move(parsed));
        builder.addColumns(columns);
        builder.resolveUniques();
        return builder.indexesJson();
    };
    const QString indexNames = co_await QtConcurrent::run(readColumns);
    QCoro::Task<Result> indexesQuery = query(session, indexesSql, schema, indexNames);

    const Result keys = co_await keysQuery;
    auto readKeys = [&builder, &keys] {
        builder.addForeignKeys(keys);
        return builder.unresolvedTablesJson();
    };
    const QString unresolved = co_await QtConcurrent::run(readKeys);
    const Result indexes = co_await indexesQuery;
    const Result referred = co_await query(session, referredKeysSql, schema, unresolved);
    auto finish = [&builder, &referred, &indexes] {
        builder.addReferredKeys(referred);
        builder.addIndexes(indexes);
        return builder.finish();
    };
    co_return co_await QtConcurrent::run(finish);
}

} // namespace

namespace {

QCoro::Task<Metadata> readSchemas(Session session, ReflectOptions options)
{
    Metadata metadata;
    metadata.dialect = sqlite().name();
    const Result databases =
        co_await session.all(u"SELECT name FROM pragma_database_list"_s, Params());
    const QStringList schemas = pickSchemas(databases, options.schemas);
    for (const QString &schema : schemas) {
        Schema reflected = co_await reflectSchema(session, schema, options.tables);
        metadata.schemas.append(std::move(reflected));
    }
    co_return metadata;
}

} // namespace

QCoro::Task<Metadata> reflect(Session session, ReflectOptions options)
{
    if (session.inTransaction())
        co_return co_await readSchemas(std::move(session), std::move(options));
    // One read transaction: the statements see one state of the schema even while another
    // connection changes it.
    Transaction snapshot = co_await session.begin();
    Metadata metadata = co_await readSchemas(snapshot, std::move(options));
    co_await snapshot.commit();
    co_return metadata;
}

QCoro::Task<QStringList> tableNames(Session session, QString schema)
{
    Params params(schema.isEmpty() ? sqlite().defaultSchema() : schema);
    const Result rows = co_await session.all(tableNamesSql(), std::move(params));
    QStringList names = sortedNames(rows);
    co_return names;
}

} // namespace Quarry::SqliteReflector
