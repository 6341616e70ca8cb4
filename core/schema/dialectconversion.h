// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

namespace Quarry {

class Dialect;

/// \a metadata made fit for \a target when it was written in another dialect (reflected from
/// SQLite, created on PostgreSQL, or the other way round): the source's default schema
/// (`main`, `public`) becomes the target's, native types and collations give way to the portable
/// types, defaults are translated (literals lose their casts; the current time and random UUIDs
/// become DefaultFunction), identity becomes autoincrement on SQLite, and PostgreSQL-only parts
/// (sequences, operator classes, access methods) are dropped. What cannot be translated — a
/// trigger, a default calling another function — is a ModelError naming the object and both
/// dialects, so nothing is lost silently. Metadata of the target's dialect, or portable
/// (empty dialect), comes back unchanged. The result's dialect is empty (portable).
Metadata convertMetadata(const Metadata &metadata, const Dialect &target);

/// Only the schema names of \a metadata mapped to \a target (what dropping needs).
Metadata convertSchemaNames(const Metadata &metadata, const Dialect &target);

} // namespace Quarry
