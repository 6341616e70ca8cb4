// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QStringList>

namespace Quarry {

struct CreateOptions {
    /// Skip tables and views that already exist (and their indexes and triggers).
    bool checkFirst = true;
};

struct DropOptions {
    /// Tolerate objects that do not exist.
    bool checkFirst = true;
};

struct DropTableOptions {
    /// Empty = the connection's default schema.
    QString schema{};
    /// Also drop what depends on the table (PostgreSQL: views, foreign keys of other tables).
    bool cascade = false;
    bool ifExists = false;
};

/// The statements createAll() would run on \a session's database (reads what exists when
/// checkFirst).
QCoro::Task<QStringList> createAllPlan(Session session, Metadata metadata, CreateOptions options);
/// The statements dropAll() would run.
QStringList dropAllPlan(const Session &session, const Metadata &metadata, DropOptions options);

/// Creates every table, index, view, sequence and trigger of \a metadata in foreign-key order,
/// in one transaction: all or nothing.
QCoro::Task<void> createAll(Session session, Metadata metadata, CreateOptions options);
/// Drops them in reverse order, in one transaction.
QCoro::Task<void> dropAll(Session session, Metadata metadata, DropOptions options);
/// Creates one table with its indexes (and comments), in one transaction.
QCoro::Task<void> createTable(Session session, Table table, CreateOptions options);
QCoro::Task<void> dropTable(Session session, QString name, DropTableOptions options);

/// Runs \a statements in one transaction on \a session (inside the open one if there is one).
QCoro::Task<void> executeAll(Session session, QStringList statements);

} // namespace Quarry
