// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Quarry {

class Dialect;

/// One change of a migration plan, with the SQL that makes it in the plan's dialect.
struct MigrationStep {
    enum class Kind {
        CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        AlterColumn,
        RenameColumn,
        AddIndex,
        DropIndex,
        AddUnique,
        DropUnique,
        AddCheck,
        DropCheck,
        AddForeignKey,
        DropForeignKey,
        AlterPrimaryKey,
        CreateView,
        DropView,
        CreateTrigger,
        DropTrigger,
        /// SQLite: several changes to one table made by rebuilding it.
        RebuildTable,
    };
    Kind kind = Kind::CreateTable;
    /// Empty = the default schema.
    QString schema{};
    QString table{};
    /// The column, index, constraint, view or trigger changed, when there is one.
    QString object{};
    /// For people: "add column pet.age (integer)", "drop table log".
    QString description{};
    /// The statements, in order.
    QStringList sql{};
    /// Data could be lost (dropping a table or column, narrowing a type, adding NOT NULL …).
    bool destructive = false;
};

/// Renames the diff should make instead of a drop and a create; never guessed.
struct DiffOptions {
    /// Old table name → new table name.
    QHash<QString, QString> renameTables{};
    /// "table.oldColumn" → "newColumn" (table = the new table name).
    QHash<QString, QString> renameColumns{};
    /// Only these schemas (empty = all of the target's schemas, or the default one).
    QStringList schemas{};
};

/// What turns one schema into another: steps in an order the engine accepts.
struct MigrationPlan {
    /// The dialect the SQL is written in.
    QString dialect{};
    QList<MigrationStep> steps{};

    bool isEmpty() const { return steps.isEmpty(); }
    bool isDestructive() const;
    /// Every step's statements, in order.
    QStringList statements() const;
};

/// The steps that turn \a from into \a to, in \a dialect's SQL. Either side may be a portable
/// model or reflected metadata: types, defaults and names are compared by what they mean in
/// \a dialect, so a model applied and reflected back compares equal to itself.
MigrationPlan diffMetadata(const Metadata &from, const Metadata &to, const Dialect &dialect,
                           const DiffOptions &options = {});

/// The steps that turn \a session's live database into \a target (reflects the schemas
/// concerned first).
QCoro::Task<MigrationPlan> diffDatabase(Session session, Metadata target, DiffOptions options = {});

} // namespace Quarry
