// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

#include <QSet>
#include <QStringList>

namespace Quarry {

class Dialect;

/// Objects already in the database, by (schema, name); the schema is the dialect's real name
/// (`main`, `public`), never empty.
using ExistingObjects = QSet<std::pair<QString, QString>>;

/// The statements that create every object of \a metadata (converted first when it is of
/// another dialect, see convertMetadata()), in an order the engine accepts:
/// schemas, sequences, tables in foreign-key dependency order (each with its indexes and
/// comments), foreign keys that close a cycle (engines that check references at CREATE time),
/// views (after the views they use), triggers. With \a existing (check first), tables and views
/// in it are skipped with everything that belongs to them.
QStringList createAllStatements(const Metadata &metadata, const Dialect &dialect,
                                const ExistingObjects *existing = nullptr);

/// The statements that drop every table, view and sequence of \a metadata: views first, then
/// tables in reverse dependency order (a foreign-key cycle in one statement where the engine
/// allows it), then sequences. \a ifExists makes each drop tolerate a missing object.
QStringList dropAllStatements(const Metadata &metadata, const Dialect &dialect, bool ifExists);

/// \a views ordered so that each comes after the views its query names (a name as a word,
/// quoted or bare, in any case: textual, so it may over-order but never under-order); otherwise
/// in the given order, and a cycle is cut. Reversed, the order to drop them in.
QList<const View *> viewsInDependencyOrder(const QList<const View *> &views);

/// Tables of \a metadata grouped so that every table's foreign keys point into its own group or
/// an earlier one (strongly connected components in dependency order). Groups of more than one
/// table are foreign-key cycles. An empty schema stands for \a defaultSchema.
QList<QList<const Table *>> dependencyGroups(const Metadata &metadata,
                                             const QString &defaultSchema = {});

} // namespace Quarry
