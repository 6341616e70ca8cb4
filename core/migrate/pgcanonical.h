// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QStringList>

#include <optional>

namespace Quarry {

/// \a target as PostgreSQL reflects it once created: its types, defaults, checks, index
/// expressions, view queries and triggers in the server's own spelling (`(age > 0)`,
/// `'x'::text`, a view's query as pg_get_viewdef() writes it), so that a model compares equal
/// to the database it was applied to. The objects of \a schemas (real names) are created in
/// scratch schemas inside a transaction (a savepoint when \a session has one open) that is
/// always rolled back, and read back with the reflector. std::nullopt when the server refuses
/// (no CREATE privilege, a trigger function that does not exist …): the diff then compares the
/// texts as written. Metadata already reflected from PostgreSQL is canonical and not sent.
QCoro::Task<std::optional<Metadata>> pgCanonical(Session session, Metadata target,
                                                 QStringList schemas);

} // namespace Quarry
