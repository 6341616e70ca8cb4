// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "migrate/migrationhistory.h"
#include "migrate/migrationrun.h"
#include "migrate/versiontable.h"
#include "schema/metadata.h"

#include <QCoroTask>

#include <memory>
#include <optional>

namespace Quarry {

class Database;

struct MigratorOptions {
    /// The version table, in the connection's default schema.
    QString versionTable = QString::fromUtf16(defaultVersionTable);
    /// Plan only (`--sql`): upgrade, downgrade, stamp and sync read the database's revision and
    /// return the statements they would run, but run nothing.
    bool sqlOnly = false;
};

/// Where a database stands relative to its migration folder.
struct MigrationStatus {
    enum class State {
        /// The version table is missing or empty: nothing is known to be applied.
        NoVersion,
        /// At the head.
        UpToDate,
        /// Behind the head.
        UpgradeAvailable,
    };
    State state = State::NoVersion;
    /// The database's revision; empty = base (nothing applied).
    QString current{};
    /// The folder's last migration; empty when the folder has none.
    QString head{};
    /// Migrations between current and head.
    qsizetype pending = 0;
};

/// A migration of the chain with what the version table says about it.
struct HistoryEntry {
    MigrationFile migration{};
    bool applied = false;
    /// When it was applied (or stamped); invalid when not applied.
    QDateTime appliedAt{};
    bool current = false;
    bool head = false;
};

/// What an upgrade, downgrade, stamp or sync did (or, with sqlOnly, would do).
struct MigrationRun {
    /// Revisions before and after; empty = base.
    QString from{};
    QString to{};
    /// Ids of the migrations whose SQL runs, in the order they run.
    QStringList migrations{};
    /// sync on an empty database: the model's tables were created and head stamped.
    bool createdAll = false;
    /// Every statement, version-table changes included, as run in one transaction.
    QList<MigrationStatement> statements{};
    /// One per statement: a comment for the script (which migration it belongs to), or empty.
    QStringList notes{};
    /// False when nothing needed to run, or with sqlOnly.
    bool executed = false;

    /// The statements as a script for people (see migrationScript()).
    QString script() const { return migrationScript(statements, notes); }
};

/// Versioned migrations (Alembic-style) of one folder against one database. Every change of
/// schema and version table runs as one runMigration() transaction: a failing migration leaves
/// both as they were. Copies share the folder's history; the tasks hold that state, so a
/// temporary Migrator may be awaited.
class Migrator {
public:
    /// Reads \a directory (MigrationHistory::load; throws MigrationError for a bad folder).
    Migrator(Session session, const QString &directory, MigratorOptions options = {});
    Migrator(const Database &database, const QString &directory, MigratorOptions options = {});
    Migrator(Session session, MigrationHistory history, MigratorOptions options = {});

    MigrationHistory history() const;
    const MigratorOptions &options() const;

    /// Up to date / no version / upgrade available. Throws MigrationError when the database is
    /// at a revision the folder does not hold.
    QCoro::Task<MigrationStatus> status() const;
    /// The chain with applied times and the current and head marks (same errors as status()).
    QCoro::Task<QList<HistoryEntry>> log() const;
    /// The version table's rows; empty when it does not exist.
    QCoro::Task<QList<AppliedMigration>> applied() const;

    /// Applies the migrations after the current revision up to \a target: `head` (default),
    /// an id (or unique prefix) at or after the current one, or `+N`.
    QCoro::Task<MigrationRun> upgrade(QString target = QStringLiteral("head")) const;
    /// Reverts the migrations down to \a target, which stays applied: `base`, an id, `-N`.
    QCoro::Task<MigrationRun> downgrade(QString target) const;
    /// Records \a target (`base` clears the table) as the revision without running migrations;
    /// also the repair for a database at a revision unknown to the folder.
    QCoro::Task<MigrationRun> stamp(QString target) const;
    /// An empty database (no table but the version table): creates \a model's tables and
    /// stamps head, in one transaction — \a model must describe the schema at head. Otherwise
    /// upgrade("head").
    QCoro::Task<MigrationRun> sync(Metadata model) const;

    /// Writes a new migration following the head with empty sections; returns it (path set).
    MigrationFile create(const QString &message) const;
    /// Writes a new migration whose up SQL turns the database (which must be at head) into
    /// \a model and whose down SQL turns it back; std::nullopt (nothing written) when the
    /// database already matches the model. The version table is left out of both diffs.
    QCoro::Task<std::optional<MigrationFile>> autogenerate(QString message, Metadata model) const;

    /// Internal: what copies of a migrator share.
    struct State;

private:
    std::shared_ptr<State> m_state;
};

/// \a plan without the steps that concern the version table \a versionTable (the diff of a
/// migrated database against a model sees it as an extra table).
MigrationPlan withoutVersionTable(MigrationPlan plan, const QString &versionTable);
/// \a plan as migration-file SQL: per step a comment with its description (`!` marks a
/// destructive one), then its statements, each ending with `;`.
QString planScript(const MigrationPlan &plan);

} // namespace Quarry
