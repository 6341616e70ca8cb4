// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/columncompare.h"
#include "migrate/tablecompare.h"

#include <QString>
#include <QStringList>

/// SQLite's ALTER TABLE can rename tables and columns, add a column (no key, a constant
/// default, NOT NULL only with a default, REFERENCES only without one) and drop a column that
/// nothing else uses. Every other change of a table goes through the rebuild procedure of
/// https://www.sqlite.org/lang_altertable.html#otheralter: create the new definition under
/// another name, copy the rows, drop the old table, rename the new one, recreate the indexes.
/// runMigration() switches foreign-key enforcement off around it and checks every reference
/// before COMMIT; the plan drops the views and triggers that mention the table before and
/// creates them again after.
namespace Quarry::SqliteRebuild {

/// Whether \a changes need the rebuild (false: ALTER TABLE and CREATE / DROP INDEX do).
bool needed(const TableChanges &changes, const ColumnCompare &compare);

/// The foreign key \a column (added to \a changes' table) can carry inline in ADD COLUMN
/// (a key on just that column), or nullptr.
const ForeignKey *inlineReference(const TableChanges &changes, const Column &column);

/// The statements that rebuild \a changes' table (named as in `to`: renames come first, in
/// place) into its new definition under the temporary name \a temporaryName: create, copy
/// the rows of the columns both versions have (and the rowid, and the AUTOINCREMENT counter),
/// drop, rename, create the indexes.
QStringList statements(const TableChanges &changes, const ColumnCompare &compare,
                       const QString &temporaryName);

} // namespace Quarry::SqliteRebuild
