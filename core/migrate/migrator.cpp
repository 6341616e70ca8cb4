// SPDX-License-Identifier: MIT
#include "migrate/migrator.h"

#include "migrate/migratorstate.h"

#include "database/database.h"
#include "schema/dialect.h"
#include "schema/reflector.h"
#include "schema/schemaops.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace MigratorDetail {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

} // namespace

const Dialect &dialectOf(const Migrator::State &state)
{
    return Dialect::forUrl(state.session.url());
}

VersionTable versionTableOf(const Migrator::State &state)
{
    return VersionTable(dialectOf(state), state.options.versionTable);
}

namespace {

QString revisionName(const QString &id)
{
    return id.isEmpty() ? u"base"_s : id;
}

QString folderName(const MigrationHistory &history)
{
    return history.directory().isEmpty() ? Tr::tr("the migration folder") : history.directory();
}

/// The first migration up to \a index that the version table does not record (one added to
/// the folder below a revision already applied), or nullptr.
const MigrationFile *unrecorded(const MigrationHistory &history, qsizetype index,
                                const QList<AppliedMigration> &rows)
{
    QSet<QString> ids;
    for (const AppliedMigration &row : rows)
        ids.insert(row.id);
    for (qsizetype i = 0; i <= index; ++i) {
        if (!ids.contains(history.at(i).id))
            return &history.at(i);
    }
    return nullptr;
}

Position positionOf(const Migrator::State &state, std::optional<QList<AppliedMigration>> rows,
                    bool allowUnknown)
{
    Position position;
    position.rows = std::move(rows);
    if (position.rows) {
        try {
            position.current = versionTableOf(state).currentOf(*position.rows);
        } catch (const MigrationError &) {
            if (!allowUnknown) // stamp rewrites the table: it is the repair
                throw;
            position.index = -2;
            position.consistent = false;
            return position;
        }
    }
    position.index = state.history.indexOf(position.current);
    const bool gap =
        position.index >= -1 && position.rows && position.rows->size() != position.index + 1;
    if (allowUnknown) {
        position.consistent = !gap;
        return position;
    }
    if (position.index < -1)
        throw MigrationError(
            Tr::tr("%1 is at revision %2, which is not in %3 (a missing migration file, or "
                   "another project's folder?); 'quarry migrate stamp REVISION' resets it")
                .arg(state.session.url().redacted(), position.current, folderName(state.history)));
    if (gap) {
        const MigrationFile *missing = unrecorded(state.history, position.index, *position.rows);
        throw MigrationError(
            Tr::tr("the version table of %1 does not match %2: %3 comes before the current "
                   "revision %4 but was never applied (added to the folder later?); put it "
                   "after the head, or record the state with 'quarry migrate stamp REVISION'")
                .arg(state.session.url().redacted(), folderName(state.history),
                     missing ? missing->id : Tr::tr("a migration"), position.current));
    }
    return position;
}

} // namespace

QCoro::Task<Position> locate(StatePtr state, bool allowUnknown)
{
    std::optional<QList<AppliedMigration>> rows =
        co_await versionTableOf(*state).read(state->session);
    co_return positionOf(*state, std::move(rows), allowUnknown);
}

void addToHistory(Migrator::State &state, const MigrationFile &file)
{
    file.write();
    QList<MigrationFile> files = state.history.migrations();
    files.append(file);
    state.history = MigrationHistory::fromFiles(files, state.history.directory());
}

namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

void add(MigrationRun &run, MigrationStatement statement, const QString &note = {})
{
    run.statements.append(std::move(statement));
    run.notes.append(note);
}

void addSql(MigrationRun &run, const QStringList &statements, const QString &note)
{
    for (qsizetype i = 0; i < statements.size(); ++i)
        add(run, MigrationStatement{.sql = statements[i], .params = {}}, i == 0 ? note : QString());
}

void checkDialect(const Migrator::State &state, const MigrationFile &migration)
{
    const Dialect &dialect = dialectOf(state);
    if (!migration.dialect.isEmpty() && migration.dialect != dialect.name())
        throw MigrationError(Tr::tr("%1 is written for %2, but %3 is a %4 database")
                                 .arg(migration.path.isEmpty() ? migration.id : migration.path,
                                      migration.dialect, state.session.url().redacted(),
                                      dialect.name()));
}

QString idAt(const MigrationHistory &history, qsizetype index)
{
    return index >= 0 ? history.at(index).id : QString();
}

MigrationRun upgradePlan(const Migrator::State &state, const Position &position,
                         const QString &target)
{
    const MigrationHistory &history = state.history;
    const qsizetype to = history.resolve(target, position.index);
    if (to < position.index)
        throw MigrationError(Tr::tr("cannot upgrade to %1: it is before the current revision "
                                    "%2; use downgrade")
                                 .arg(revisionName(idAt(history, to)), position.current));
    MigrationRun run;
    run.from = position.current;
    run.to = idAt(history, to);
    if (to == position.index)
        return run;
    const VersionTable table = versionTableOf(state);
    if (!position.rows)
        add(run, table.create(), Tr::tr("version table"));
    const QDateTime now = nowUtc();
    for (qsizetype i = position.index + 1; i <= to; ++i) {
        const MigrationFile &migration = history.at(i);
        checkDialect(state, migration);
        run.migrations.append(migration.id);
        const QString note = Tr::tr("upgrade %1: %2").arg(migration.id, migration.message);
        const QStringList statements = migration.upStatements();
        addSql(run, statements, note);
        add(run, table.insert(migration, now), statements.isEmpty() ? note : QString());
    }
    return run;
}

MigrationRun downgradePlan(const Migrator::State &state, const Position &position,
                           const QString &target)
{
    const MigrationHistory &history = state.history;
    const qsizetype to = history.resolve(target, position.index);
    if (to > position.index)
        throw MigrationError(Tr::tr("cannot downgrade to %1: it is after the current revision "
                                    "%2; use upgrade")
                                 .arg(idAt(history, to), revisionName(position.current)));
    MigrationRun run;
    run.from = position.current;
    run.to = idAt(history, to);
    const VersionTable table = versionTableOf(state);
    for (qsizetype i = position.index; i > to; --i) {
        const MigrationFile &migration = history.at(i);
        checkDialect(state, migration);
        run.migrations.append(migration.id);
        const QString note = Tr::tr("downgrade %1: %2").arg(migration.id, migration.message);
        const QStringList statements = migration.downStatements();
        addSql(run, statements, note);
        add(run, table.remove(migration.id), statements.isEmpty() ? note : QString());
    }
    return run;
}

MigrationRun stampPlan(const Migrator::State &state, const Position &position,
                       const QString &target)
{
    const QString rev = target.trimmed();
    if (position.index < -1 && (rev.startsWith(u'+') || rev.startsWith(u'-')))
        throw MigrationError(Tr::tr("'%1' is relative, but the current revision is not one of "
                                    "%2; stamp an id, base or head")
                                 .arg(rev, folderName(state.history)));
    const qsizetype to = state.history.resolve(rev, position.index);
    MigrationRun run;
    run.from = position.current;
    run.to = idAt(state.history, to);
    if (to == position.index && position.consistent)
        return run;
    const VersionTable table = versionTableOf(state);
    if (!position.rows)
        add(run, table.create(), Tr::tr("version table"));
    add(run, table.clear(), Tr::tr("stamp %1").arg(revisionName(run.to)));
    const QDateTime now = nowUtc();
    for (qsizetype i = 0; i <= to; ++i)
        add(run, table.insert(state.history.at(i), now));
    return run;
}

MigrationRun createAllRun(const Migrator::State &state, const Position &position,
                          const QStringList &ddl)
{
    MigrationRun run;
    run.to = state.history.headId();
    run.createdAll = true;
    const VersionTable table = versionTableOf(state);
    if (!position.rows)
        add(run, table.create(), Tr::tr("version table"));
    addSql(run, ddl, Tr::tr("the model's tables"));
    const QDateTime now = nowUtc();
    for (qsizetype i = 0; i < state.history.size(); ++i)
        add(run, table.insert(state.history.at(i), now), i == 0 ? Tr::tr("stamp head") : QString());
    return run;
}

QCoro::Task<MigrationRun> execute(StatePtr state, MigrationRun run)
{
    if (!state->options.sqlOnly && !run.statements.isEmpty()) {
        QList<MigrationStatement> statements = run.statements;
        co_await runMigration(state->session, std::move(statements));
        run.executed = true;
    }
    co_return run;
}

QCoro::Task<MigrationRun> upgradeOn(StatePtr state, QString target)
{
    const Position position = co_await locate(state);
    MigrationRun run = upgradePlan(*state, position, target);
    co_return co_await execute(std::move(state), std::move(run));
}

QCoro::Task<MigrationRun> downgradeOn(StatePtr state, QString target)
{
    const Position position = co_await locate(state);
    MigrationRun run = downgradePlan(*state, position, target);
    co_return co_await execute(std::move(state), std::move(run));
}

QCoro::Task<MigrationRun> stampOn(StatePtr state, QString target)
{
    const Position position = co_await locate(state, true);
    MigrationRun run = stampPlan(*state, position, target);
    co_return co_await execute(std::move(state), std::move(run));
}

/// Not a coroutine: builds the options aggregate outside any co_await expression.
QCoro::Task<QStringList> createAllWithoutCheck(Session session, Metadata model)
{
    CreateOptions options;
    options.checkFirst = false;
    return createAllPlan(std::move(session), std::move(model), options);
}

QCoro::Task<MigrationRun> syncOn(StatePtr state, Metadata model)
{
    const Position position = co_await locate(state);
    if (position.current.isEmpty()) {
        QStringList tables = co_await tableNames(state->session);
        tables.removeAll(state->options.versionTable);
        if (tables.isEmpty()) {
            const QStringList ddl = co_await createAllWithoutCheck(state->session, model);
            MigrationRun run = createAllRun(*state, position, ddl);
            co_return co_await execute(std::move(state), std::move(run));
        }
    }
    co_return co_await upgradeOn(std::move(state), u"head"_s);
}

MigrationStatus statusOf(const MigrationHistory &history, const Position &position)
{
    MigrationStatus status;
    status.current = position.current;
    status.head = history.headId();
    status.pending = history.size() - 1 - position.index;
    if (position.current.isEmpty())
        status.state = MigrationStatus::State::NoVersion;
    else if (status.pending == 0)
        status.state = MigrationStatus::State::UpToDate;
    else
        status.state = MigrationStatus::State::UpgradeAvailable;
    return status;
}

QCoro::Task<MigrationStatus> statusOn(StatePtr state)
{
    const Position position = co_await locate(state);
    co_return statusOf(state->history, position);
}

QList<HistoryEntry> entriesOf(const MigrationHistory &history, const Position &position)
{
    QHash<QString, QDateTime> appliedAt;
    if (position.rows) {
        for (const AppliedMigration &row : *position.rows)
            appliedAt.insert(row.id, row.appliedAt);
    }
    QList<HistoryEntry> entries;
    for (qsizetype i = 0; i < history.size(); ++i) {
        HistoryEntry entry;
        entry.migration = history.at(i);
        entry.applied = i <= position.index;
        entry.appliedAt = appliedAt.value(entry.migration.id);
        entry.current = i == position.index;
        entry.head = i == history.size() - 1;
        entries.append(entry);
    }
    return entries;
}

QCoro::Task<QList<HistoryEntry>> logOn(StatePtr state)
{
    const Position position = co_await locate(state);
    co_return entriesOf(state->history, position);
}

QCoro::Task<QList<AppliedMigration>> appliedOn(StatePtr state)
{
    std::optional<QList<AppliedMigration>> rows =
        co_await versionTableOf(*state).read(state->session);
    co_return rows.value_or(QList<AppliedMigration>());
}

} // namespace

} // namespace MigratorDetail

using namespace MigratorDetail;

Migrator::Migrator(Session session, const QString &directory, MigratorOptions options)
    : Migrator(std::move(session), MigrationHistory::load(directory), std::move(options))
{}

Migrator::Migrator(const Database &database, const QString &directory, MigratorOptions options)
    : Migrator(database.session(), directory, std::move(options))
{}

Migrator::Migrator(Session session, MigrationHistory history, MigratorOptions options)
    : m_state(std::make_shared<State>(
          State{std::move(session), std::move(history), std::move(options)}))
{}

MigrationHistory Migrator::history() const
{
    return m_state->history;
}

const MigratorOptions &Migrator::options() const
{
    return m_state->options;
}

QCoro::Task<MigrationStatus> Migrator::status() const
{
    return statusOn(m_state);
}

QCoro::Task<QList<HistoryEntry>> Migrator::log() const
{
    return logOn(m_state);
}

QCoro::Task<QList<AppliedMigration>> Migrator::applied() const
{
    return appliedOn(m_state);
}

QCoro::Task<MigrationRun> Migrator::upgrade(QString target) const
{
    return upgradeOn(m_state, std::move(target));
}

QCoro::Task<MigrationRun> Migrator::downgrade(QString target) const
{
    return downgradeOn(m_state, std::move(target));
}

QCoro::Task<MigrationRun> Migrator::stamp(QString target) const
{
    return stampOn(m_state, std::move(target));
}

QCoro::Task<MigrationRun> Migrator::sync(Metadata model) const
{
    return syncOn(m_state, std::move(model));
}

MigrationFile Migrator::create(const QString &message) const
{
    const MigrationFile file = m_state->history.next(message);
    addToHistory(*m_state, file);
    return file;
}

QCoro::Task<std::optional<MigrationFile>> Migrator::autogenerate(QString message,
                                                                 Metadata model) const
{
    return MigratorDetail::autogenerate(m_state, std::move(message), std::move(model));
}

} // namespace Quarry
