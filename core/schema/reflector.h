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

/// Names of the tables (not views) in \a schema (empty = default schema), sorted.
QCoro::Task<QStringList> tableNames(Session session, QString schema = {});
/// Whether \a table exists (as a table or view) in \a schema (empty = default schema).
QCoro::Task<bool> hasTable(Session session, QString table, QString schema = {});
/// \a table of \a schema (empty = the default: PostgreSQL's current_schema(), SQLite's main),
/// as reflected; std::nullopt when there is no such table.
QCoro::Task<std::optional<Table>> reflectTable(Session session, QString table, QString schema = {});
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
