// SPDX-License-Identifier: MIT
#include "cli/migratecommands.h"

#include "cli/cli.h"
#include "cli/common.h"
#include "migrate/migrator.h"
#include "model/modelfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

namespace {

struct MigrateCommand {
    QString action;
    Common common;
    QString directory;
    QString target;
    QString modelPath;
    QString message;
    bool sql = false;
    bool json = false;
    bool autogenerate = false;
};

const QStringList &actions()
{
    static const QStringList names{u"status"_s, u"history"_s, u"upgrade"_s, u"downgrade"_s,
                                   u"stamp"_s,  u"sync"_s,    u"new"_s};
    return names;
}

QString description(const QString &action)
{
    if (action == u"status"_s)
        return Tr::tr("Show whether the database is up to date with the migration folder.");
    if (action == u"history"_s)
        return Tr::tr("List the migrations, first to head, with what is applied.");
    if (action == u"upgrade"_s)
        return Tr::tr("Apply migrations up to TARGET (default head; an id or +N).");
    if (action == u"downgrade"_s)
        return Tr::tr("Revert migrations down to TARGET (base, an id or -N).");
    if (action == u"stamp"_s)
        return Tr::tr("Record REVISION as applied without running any migration.");
    if (action == u"sync"_s)
        return Tr::tr("Empty database: create the model's tables and stamp head; otherwise "
                      "upgrade to head.");
    return Tr::tr("Write a new migration file after the head.");
}

void addOptions(QCommandLineParser &parser, const QString &action)
{
    parser.addOption({u"dir"_s, Tr::tr("The migration folder."), u"dir"_s});
    if (action == u"status"_s || action == u"history"_s)
        parser.addOption({u"json"_s, Tr::tr("Write the result as JSON.")});
    if (action == u"upgrade"_s || action == u"downgrade"_s || action == u"stamp"_s ||
        action == u"sync"_s)
        parser.addOption({u"sql"_s, Tr::tr("Print the statements instead of running them.")});
    if (action == u"sync"_s || action == u"new"_s)
        parser.addOption({u"model"_s, Tr::tr("The JSON model file."), u"file"_s});
    if (action == u"new"_s) {
        parser.addOption({{u"m"_s, u"message"_s}, Tr::tr("What the migration does."), u"text"_s});
        parser.addOption({u"autogenerate"_s,
                          Tr::tr("Fill the migration with the diff from the database (at head) "
                                 "to the model of --model.")});
    }
    parser.addPositionalArgument(u"url"_s, Tr::tr("Database URL, e.g. sqlite:///file.db"),
                                 action == u"new"_s ? u"[url]"_s : u"url"_s);
    if (action == u"upgrade"_s || action == u"downgrade"_s)
        parser.addPositionalArgument(u"target"_s, Tr::tr("The revision to reach."),
                                     action == u"upgrade"_s ? u"[target]"_s : u"target"_s);
    if (action == u"stamp"_s)
        parser.addPositionalArgument(u"revision"_s, Tr::tr("The revision to record."));
}

std::optional<MigrateCommand> fail(const QString &message, int &exitCode)
{
    printError(message);
    exitCode = 2;
    return std::nullopt;
}

std::optional<MigrateCommand> parseMigrate(const QStringList &arguments, int &exitCode)
{
    MigrateCommand command;
    command.action = arguments.value(2);
    if (!actions().contains(command.action)) {
        const bool help = command.action == u"--help"_s || command.action == u"-h"_s;
        if (command.action.isEmpty() || help) {
            std::fprintf(help ? stdout : stderr, "%s", usage().toLocal8Bit().constData());
            exitCode = help ? 0 : 2;
            return std::nullopt;
        }
        return fail(Tr::tr("unknown migrate command '%1' (use %2)")
                        .arg(command.action, actions().join(u", "_s)),
                    exitCode);
    }
    // `-1` would read as an option: take relative targets out before parsing.
    QStringList rest;
    QString relative;
    static const QRegularExpression negative(u"^-[0-9]+$"_s);
    for (const QString &argument : arguments) {
        if (negative.match(argument).hasMatch() && relative.isEmpty())
            relative = argument;
        else
            rest.append(argument);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(description(command.action));
    addOptions(parser, command.action);
    const bool needsTarget = command.action == u"downgrade"_s || command.action == u"stamp"_s;
    // positional: migrate, ACTION, URL, [TARGET]; `new` needs a URL only to autogenerate.
    const int required =
        command.action == u"new"_s ? 2 : (needsTarget && relative.isEmpty() ? 4 : 3);
    if (!parse(parser, rest, command.common, required, exitCode, false))
        return std::nullopt;
    QStringList positional = parser.positionalArguments();
    if (!relative.isEmpty())
        positional.insert(qMin(positional.size(), qsizetype(3)), relative);
    command.common.url = positional.value(2);
    command.target = positional.value(3);
    const qsizetype allowed = command.action == u"upgrade"_s || needsTarget ? 4 : 3;
    if (positional.size() > allowed)
        return fail(Tr::tr("unexpected argument '%1'").arg(positional.value(allowed)), exitCode);
    command.directory = parser.value(u"dir"_s);
    if (command.directory.isEmpty())
        return fail(Tr::tr("--dir DIR is required: the migration folder"), exitCode);
    const QString &action = command.action;
    const bool runs = action == u"upgrade"_s || action == u"downgrade"_s || action == u"stamp"_s ||
                      action == u"sync"_s;
    command.sql = runs && parser.isSet(u"sql"_s);
    command.json = (action == u"status"_s || action == u"history"_s) && parser.isSet(u"json"_s);
    if (action == u"sync"_s || action == u"new"_s)
        command.modelPath = parser.value(u"model"_s);
    if (action == u"new"_s) {
        command.message = parser.value(u"message"_s);
        command.autogenerate = parser.isSet(u"autogenerate"_s);
    }
    if (command.action == u"sync"_s && command.modelPath.isEmpty())
        return fail(Tr::tr("sync needs --model FILE: the schema at head"), exitCode);
    if (command.action == u"new"_s) {
        if (command.message.trimmed().isEmpty())
            return fail(Tr::tr("new needs -m MESSAGE"), exitCode);
        if (command.autogenerate && (command.modelPath.isEmpty() || command.common.url.isEmpty()))
            return fail(Tr::tr("--autogenerate needs the database URL and --model FILE"), exitCode);
        if (!command.autogenerate && !command.modelPath.isEmpty())
            return fail(Tr::tr("--model goes with --autogenerate"), exitCode);
    }
    return command;
}

QString revision(const QString &id)
{
    return id.isEmpty() ? u"base"_s : id;
}

QString messageOf(const MigrationHistory &history, const QString &id)
{
    const qsizetype index = history.indexOf(id);
    return index >= 0 ? history.at(index).message : QString();
}

QString statusName(MigrationStatus::State state)
{
    switch (state) {
    case MigrationStatus::State::NoVersion:
        return u"no-version"_s;
    case MigrationStatus::State::UpToDate:
        return u"up-to-date"_s;
    case MigrationStatus::State::UpgradeAvailable:
        break;
    }
    return u"upgrade-available"_s;
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

QString statusText(const MigrationStatus &status, const MigrationHistory &history,
                   const QString &versionTable)
{
    QString text;
    switch (status.state) {
    case MigrationStatus::State::NoVersion:
        text = Tr::tr("no version information (%1 is missing or empty); %n migration(s) in the "
                      "folder\n",
                      nullptr, int(status.pending))
                   .arg(versionTable);
        break;
    case MigrationStatus::State::UpToDate:
        text = Tr::tr("up to date\n");
        break;
    case MigrationStatus::State::UpgradeAvailable:
        text = Tr::tr("upgrade available: %n migration(s) pending\n", nullptr, int(status.pending));
        break;
    }
    text += (Tr::tr("current: %1  %2")
                 .arg(revision(status.current), messageOf(history, status.current))
                 .trimmed() +
             u'\n');
    text += (Tr::tr("head:    %1  %2")
                 .arg(revision(status.head), messageOf(history, status.head))
                 .trimmed() +
             u'\n');
    return text;
}

QByteArray statusJson(const MigrationStatus &status)
{
    QJsonObject object;
    object.insert(u"status"_s, statusName(status.state));
    object.insert(u"current"_s, idOrNull(status.current));
    object.insert(u"head"_s, idOrNull(status.head));
    object.insert(u"pending"_s, qint64(status.pending));
    return QJsonDocument(object).toJson();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString historyText(const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty())
        return Tr::tr("no migrations in the folder\n");
    QString text;
    for (const HistoryEntry &entry : entries) {
        QString line = u"%1 %2  %3"_s.arg(entry.applied ? u"[x]"_s : u"[ ]"_s, entry.migration.id,
                                          entry.migration.message);
        if (entry.appliedAt.isValid())
            line += Tr::tr("  (applied %1)").arg(timeText(entry.appliedAt));
        if (entry.current)
            line += Tr::tr("  <- current");
        if (entry.head)
            line += Tr::tr("  <- head");
        text += line + u'\n';
    }
    return text;
}

QByteArray historyJson(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries) {
        QJsonObject object;
        object.insert(u"id"_s, entry.migration.id);
        object.insert(u"parent"_s, idOrNull(entry.migration.parent));
        object.insert(u"message"_s, entry.migration.message);
        object.insert(u"created"_s, idOrNull(timeText(entry.migration.created)));
        object.insert(u"file"_s, QDir::toNativeSeparators(entry.migration.path));
        object.insert(u"applied"_s, entry.applied);
        object.insert(u"appliedAt"_s, idOrNull(timeText(entry.appliedAt)));
        object.insert(u"current"_s, entry.current);
        object.insert(u"head"_s, entry.head);
        array.append(object);
    }
    return QJsonDocument(array).toJson();
}

QString runText(const MigrateCommand &command, const MigrationRun &run,
                const MigrationHistory &history)
{
    if (command.sql) {
        return u"-- quarry migrate %1: %2 -> %3\n\n"_s.arg(command.action, revision(run.from),
                                                           revision(run.to)) +
               run.script();
    }
    if (run.statements.isEmpty())
        return Tr::tr("already at %1; nothing to do\n").arg(revision(run.to));
    QString text;
    if (run.createdAll)
        text += Tr::tr("created the model's tables\n");
    const bool down = command.action == u"downgrade"_s;
    for (const QString &id : run.migrations)
        text += (down ? Tr::tr("downgraded %1  %2\n") : Tr::tr("upgraded %1  %2\n"))
                    .arg(id, messageOf(history, id));
    if (command.action == u"stamp"_s || run.createdAll)
        text += Tr::tr("stamped %1\n").arg(revision(run.to));
    else
        text += Tr::tr("now at %1\n").arg(revision(run.to));
    return text;
}

QCoro::Task<int> newMigration(MigrateCommand command)
{
    if (!QDir().mkpath(command.directory))
        throw MigrationError(Tr::tr("cannot create the folder %1").arg(command.directory));
    StdOut out;
    if (!command.autogenerate) {
        // No database needed: the parent is the folder's head.
        const MigrationFile file = MigrationHistory::load(command.directory).next(command.message);
        file.write();
        out.write(Tr::tr("wrote %1\n").arg(QDir::toNativeSeparators(file.path)));
        co_return 0;
    }
    const Metadata model = loadModel(command.modelPath);
    Database db = openDatabase(command.common);
    const Migrator migrator(db, command.directory);
    const std::optional<MigrationFile> file =
        co_await migrator.autogenerate(command.message, model);
    if (!file) {
        out.write(Tr::tr("no changes: the database matches %1; nothing written\n")
                      .arg(command.modelPath));
        co_return 0;
    }
    out.write(Tr::tr("wrote %1\n").arg(QDir::toNativeSeparators(file->path)));
    co_return 0;
}

QCoro::Task<int> migrate(MigrateCommand command)
{
    if (command.action == u"new"_s)
        co_return co_await newMigration(std::move(command));
    // The folder first: a broken file is reported before any connection is made.
    MigrationHistory history = MigrationHistory::load(command.directory);
    Database db = openDatabase(command.common);
    MigratorOptions options;
    options.sqlOnly = command.sql;
    const Migrator migrator(db.session(), history, options);
    StdOut out;
    if (command.action == u"status"_s) {
        const MigrationStatus status = co_await migrator.status();
        if (command.json)
            out.device()->write(statusJson(status));
        else
            out.write(statusText(status, history, options.versionTable));
        co_return 0;
    }
    if (command.action == u"history"_s) {
        const QList<HistoryEntry> entries = co_await migrator.log();
        if (command.json)
            out.device()->write(historyJson(entries));
        else
            out.write(historyText(entries));
        co_return 0;
    }
    MigrationRun run;
    if (command.action == u"upgrade"_s) {
        run = co_await migrator.upgrade(command.target.isEmpty() ? u"head"_s : command.target);
    } else if (command.action == u"downgrade"_s) {
        run = co_await migrator.downgrade(command.target);
    } else if (command.action == u"stamp"_s) {
        run = co_await migrator.stamp(command.target);
    } else {
        const Metadata model = loadModel(command.modelPath);
        run = co_await migrator.sync(model);
    }
    out.write(runText(command, run, history));
    co_return 0;
}

} // namespace

bool isMigrateCommand(const QString &word)
{
    return word == u"migrate"_s || word == u"diff"_s;
}

QCoro::Task<int> runMigrateCommand(QStringList arguments)
{
    if (arguments.value(1) == u"diff"_s)
        co_return co_await runDiffCommand(std::move(arguments));
    int exitCode = 0;
    auto parsed = parseMigrate(arguments, exitCode);
    // Not `parsed ? co_await … : exitCode`: GCC 12 evaluates a co_await operand of ?: even
    // when the condition picks the other side.
    if (!parsed)
        co_return exitCode;
    co_return co_await migrate(std::move(*parsed));
}

} // namespace Quarry::Cli
