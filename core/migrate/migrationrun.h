// SPDX-License-Identifier: MIT
#pragma once

#include "connection/params.h"
#include "connection/session.h"
#include "migrate/schemadiff.h"

#include <QCoroTask>
#include <QList>
#include <QString>

namespace Quarry {

/// A statement of a migration, with its bound values (usually none).
using MigrationStatement = Statement;

/// Runs \a statements as one schema-changing transaction: all or nothing. On SQLite, foreign-key
/// enforcement is switched off before BEGIN (it cannot change inside a transaction, and the
/// table-rebuild procedure needs it off), `PRAGMA foreign_key_check` runs before COMMIT (a
/// violation is an error naming the table, and everything rolls back), and enforcement is
/// restored afterwards whatever happened. When \a session already has a transaction open the
/// statements run inside it.
QCoro::Task<void> runMigration(Session session, QList<MigrationStatement> statements);

/// runMigration() of \a plan's statements.
QCoro::Task<void> applyPlan(Session session, MigrationPlan plan);

} // namespace Quarry
