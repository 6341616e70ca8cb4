// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "migrate/migrationfile.h"
#include "migrate/migrationrun.h"

#include <QCoroTask>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Quarry {

class Dialect;

/// The name of the version table unless MigratorOptions says otherwise.
inline constexpr char16_t defaultVersionTable[] = u"quarry_migrations";

/// One row of the version table: a migration applied (or stamped) on the database.
struct AppliedMigration {
    QString id{};
    QString parent{};
    QString message{};
    QDateTime appliedAt{};

    friend bool operator==(const AppliedMigration &, const AppliedMigration &) = default;
};

/// The version table's statements, for one dialect: one row per applied migration, so the
/// table alone says which revision the database is at (the row no other row names as parent)
/// and when each migration was applied. Values are bound; identifiers quoted.
class VersionTable {
public:
    explicit VersionTable(const Dialect &dialect,
                          QString name = QString::fromUtf16(defaultVersionTable));

    QString name() const { return m_name; }
    /// CREATE TABLE IF NOT EXISTS.
    MigrationStatement create() const;
    MigrationStatement insert(const MigrationFile &migration, const QDateTime &appliedAt) const;
    MigrationStatement remove(const QString &id) const;
    MigrationStatement clear() const;

    /// The rows, oldest first; std::nullopt when the table does not exist.
    QCoro::Task<std::optional<QList<AppliedMigration>>> read(Session session) const;

    /// The current revision of \a rows: the row no other row names as parent; empty for no
    /// rows. Throws MigrationError when several rows qualify (the table was edited by hand).
    QString currentOf(const QList<AppliedMigration> &rows) const;

private:
    const Dialect &m_dialect;
    QString m_name;
};

/// \a statements as a script for people (`--sql`): each statement ends with `;`, its bound
/// values follow as a comment (`-- $1 = 'abc', $2 = NULL`), and \a notes (when given, one per
/// statement, empty for none) precede their statement as comments.
QString migrationScript(const QList<MigrationStatement> &statements, const QStringList &notes = {});

} // namespace Quarry
