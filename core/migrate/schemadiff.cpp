// SPDX-License-Identifier: MIT
#include "migrate/schemadiff.h"

#include "migrate/diffplanner.h"
#include "migrate/pgcanonical.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <algorithm>

namespace Quarry {

bool MigrationPlan::isDestructive() const
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [](const MigrationStep &step) { return step.destructive; });
}

QStringList MigrationPlan::statements() const
{
    QStringList out;
    for (const MigrationStep &step : steps)
        out.append(step.sql);
    return out;
}

MigrationPlan diffMetadata(const Metadata &from, const Metadata &to, const Dialect &dialect,
                           const DiffOptions &options)
{
    return DiffPlanner(from, to, dialect, options).plan();
}

QCoro::Task<MigrationPlan> diffDatabase(Session session, Metadata target, DiffOptions options)
{
    const Dialect &dialect = Dialect::forUrl(session.url());
    const QStringList schemas = DiffPlanner::schemasConcerned(target, dialect, options);
    ReflectOptions what;
    what.schemas = schemas;
    const Metadata live = co_await reflect(session, std::move(what));
    // PostgreSQL rewrites expressions and queries: compare with the target as it would store it.
    if (std::optional<Metadata> canonical = co_await pgCanonical(session, target, schemas))
        target = std::move(*canonical);
    co_return diffMetadata(live, target, dialect, options);
}

} // namespace Quarry
