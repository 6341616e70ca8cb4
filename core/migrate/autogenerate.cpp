// SPDX-License-Identifier: MIT
// Migrator::autogenerate(): a new migration file from the diff between the database at head
// and a model.
#include "migrate/migratorstate.h"

#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

/// The schemas the model speaks of, by their real names (empty = the default schema).
QStringList schemasOf(const Metadata &model, const Dialect &dialect)
{
    QStringList names;
    for (const Schema &schema : model.schemas) {
        const QString name = schema.name.isEmpty() ? dialect.defaultSchema() : schema.name;
        if (!names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        names.append(dialect.defaultSchema());
    return names;
}

bool isVersionTable(const QString &schema, const QString &table, const QString &versionTable,
                    const Dialect &dialect)
{
    return table == versionTable && (schema.isEmpty() || schema == dialect.defaultSchema());
}

/// Not coroutines: they build the options aggregates outside any co_await expression.
QCoro::Task<MigrationPlan> diffToModel(Session session, Metadata model, QStringList schemas)
{
    DiffOptions options;
    options.schemas = std::move(schemas);
    return diffDatabase(std::move(session), std::move(model), std::move(options));
}

QCoro::Task<Metadata> reflectSchemas(Session session, QStringList schemas)
{
    ReflectOptions options;
    options.schemas = std::move(schemas);
    return reflect(std::move(session), std::move(options));
}

Metadata withoutTable(Metadata metadata, const QString &table, const Dialect &dialect)
{
    for (Schema &schema : metadata.schemas) {
        schema.tables.removeIf(
            [&](const Table &t) { return isVersionTable(schema.name, t.name, table, dialect); });
    }
    return metadata;
}

/// The file: up = \a up, down = the diff from the model back to the database as it is now.
MigrationFile migrationFor(const Migrator::State &state, const QString &message,
                           const MigrationPlan &up, const Metadata &model, const Metadata &live,
                           const QStringList &schemas)
{
    const Dialect &dialect = MigratorDetail::dialectOf(state);
    DiffOptions options;
    options.schemas = schemas;
    const MigrationPlan down = diffMetadata(
        model, withoutTable(live, state.options.versionTable, dialect), dialect, options);
    MigrationFile file = state.history.next(message);
    file.dialect = dialect.name();
    file.upSql = planScript(up).trimmed();
    file.downSql = planScript(withoutVersionTable(down, state.options.versionTable)).trimmed();
    return file;
}

void requireHead(const Migrator::State &state, const MigratorDetail::Position &position)
{
    if (position.index == state.history.size() - 1)
        return;
    throw MigrationError(Tr::tr("%1 is at %2 but the head of %3 is %4: upgrade it first "
                                "(autogenerate compares the database at head with the model)")
                             .arg(state.session.url().redacted(),
                                  position.current.isEmpty() ? u"base"_s : position.current,
                                  state.history.directory(), state.history.headId()));
}

} // namespace

MigrationPlan withoutVersionTable(MigrationPlan plan, const QString &versionTable)
{
    const Dialect *dialect = Dialect::forName(plan.dialect);
    const Dialect &d = dialect ? *dialect : Dialect::forKind(Dialect::Kind::Generic);
    plan.steps.removeIf([&](const MigrationStep &step) {
        return isVersionTable(step.schema, step.table, versionTable, d);
    });
    return plan;
}

QString planScript(const MigrationPlan &plan)
{
    QString text;
    for (const MigrationStep &step : plan.steps) {
        if (!text.isEmpty())
            text += u'\n';
        text += (step.destructive ? u"-- ! "_s : u"-- "_s) + step.description + u'\n';
        for (const QString &sql : step.sql) {
            // A trailing line comment would swallow the semicolon.
            const bool comment = sql.mid(sql.lastIndexOf(u'\n') + 1).contains(u"--"_s);
            text += sql + (comment ? u"\n;\n"_s : u";\n"_s);
        }
    }
    return text;
}

namespace MigratorDetail {

QCoro::Task<std::optional<MigrationFile>> autogenerate(StatePtr state, QString message,
                                                       Metadata model)
{
    const Position position = co_await locate(state);
    requireHead(*state, position);
    const QStringList schemas = schemasOf(model, dialectOf(*state));
    MigrationPlan up = co_await diffToModel(state->session, model, schemas);
    up = withoutVersionTable(std::move(up), state->options.versionTable);
    if (up.isEmpty())
        co_return std::nullopt;
    const Metadata live = co_await reflectSchemas(state->session, schemas);
    const MigrationFile file = migrationFor(*state, message, up, model, live, schemas);
    addToHistory(*state, file);
    co_return file;
}

} // namespace MigratorDetail

} // namespace Quarry
