// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QStringList>

#include <optional>

namespace Quarry {

struct ReflectOptions {
    /// Schemas to read; empty = every user schema (PostgreSQL: all but pg_catalog,
    /// information_schema, pg_toast and pg_temp*; SQLite: main and attached databases).
    QStringList schemas{};
    /// Only these tables and views (unqualified names); empty = all.
    QStringList tables{};
};

/// Reads the live schema through \a session with a few bulk catalog queries per schema (never
/// one round trip per table), skipping engine-internal objects (`sqlite_*`, pg_toast, …).
/// Metadata::dialect is set to the session's dialect; engine-generated constraint names are
/// left empty; everything is sorted (see Metadata, Table).
QCoro::Task<Metadata> reflect(Session session, ReflectOptions options = {});

/// \a schema, or where an unqualified name resolves when it is empty: PostgreSQL's
/// current_schema() (search_path), SQLite's main.
QCoro::Task<QString> schemaOrDefault(Session session, QString schema);
/// Names of the tables (not views) in \a schema (empty = default schema), sorted.
QCoro::Task<QStringList> tableNames(Session session, QString schema = {});
/// Whether \a table exists (as a table or view) in \a schema (empty = default schema).
QCoro::Task<bool> hasTable(Session session, QString table, QString schema = {});
/// \a table of \a schema (empty = the default: PostgreSQL's current_schema(), SQLite's main),
/// as reflected; std::nullopt when there is no such table.
QCoro::Task<std::optional<Table>> reflectTable(Session session, QString table, QString schema = {});
/// A table or view as a client that reads its rows by column name needs it.
struct Relation {
    /// A table as reflectTable() gives it, or a view as a table of the columns its query
    /// reports (names and types; no keys).
    Table table{};
    bool view = false;
};
/// \a name of \a schema as it is now; std::nullopt when there is no such table or view.
QCoro::Task<std::optional<Relation>> describeRelation(Session session, QString name,
                                                      QString schema = {});
/// Puts a reflection of just the tables and views \a names (ReflectOptions::tables) into
/// \a schema: those called \a names, and the triggers on them, are replaced by \a fresh's; one
/// gone from \a fresh goes, a new one is added. The lists stay sorted by name.
void replaceRelations(Schema &schema, const QStringList &names, const Schema &fresh);
/// The columns of \a table, in order; empty when there is no such table.
QCoro::Task<QList<Column>> columns(Session session, QString table, QString schema = {});
/// The primary key of \a table; empty when it has none (or there is no such table).
QCoro::Task<PrimaryKey> primaryKey(Session session, QString table, QString schema = {});
/// Whether \a table has a column \a column.
QCoro::Task<bool> hasColumn(Session session, QString table, QString column, QString schema = {});

namespace SqliteReflector {
QCoro::Task<Metadata> reflect(Session session, ReflectOptions options);
QCoro::Task<QStringList> tableNames(Session session, QString schema);
} // namespace SqliteReflector

namespace PgReflector {
QCoro::Task<Metadata> reflect(Session session, ReflectOptions options);
QCoro::Task<QStringList> tableNames(Session session, QString schema);
} // namespace PgReflector

} // namespace Quarry
