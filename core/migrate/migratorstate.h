// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/migrate: what Migrator's copies share, and the steps migrator.cpp and
// autogenerate.cpp both use.

#include "migrate/migrator.h"

#include <QCoroTask>

#include <memory>
#include <optional>

namespace Quarry {

class Dialect;

struct Migrator::State {
    Session session;
    MigrationHistory history;
    MigratorOptions options;
};

namespace MigratorDetail {

using StatePtr = std::shared_ptr<Migrator::State>;

/// Where the database stands: its version rows and its revision's place in the chain.
struct Position {
    /// std::nullopt: no version table.
    std::optional<QList<AppliedMigration>> rows{};
    QString current{};
    /// -1 = base, -2 = a revision the folder does not hold.
    qsizetype index = -1;
    /// The rows are exactly the chain up to the current revision (only stamp tolerates less).
    bool consistent = true;
};

const Dialect &dialectOf(const Migrator::State &state);
VersionTable versionTableOf(const Migrator::State &state);
/// Reads the version table; throws MigrationError for a revision the folder does not hold
/// unless \a allowUnknown.
QCoro::Task<Position> locate(StatePtr state, bool allowUnknown = false);
/// Writes \a file and adds it to the state's history.
void addToHistory(Migrator::State &state, const MigrationFile &file);

QCoro::Task<std::optional<MigrationFile>> autogenerate(StatePtr state, QString message,
                                                       Metadata model);

} // namespace MigratorDetail

} // namespace Quarry
