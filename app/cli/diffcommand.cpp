// SPDX-License-Identifier: MIT
// `quarry diff FROM TO`: the steps that turn one schema (a database or a model file) into
// another.
#include "cli/common.h"
#include "cli/migratecommands.h"

#include "connection/errors.h"
#include "migrate/schemadiff.h"
#include "migrate/versiontable.h"
#include "model/modelfile.h"
#include "schema/dialect.h"
#include "schema/dialectconversion.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

namespace {

constexpr int differencesExitCode = 3;

struct DiffCommand {
    QString from;
    QString to;
    DiffOptions options;
    QStringList schemas;
    const Dialect *dialect = nullptr;
    bool json = false;
    bool exitCode = false;
    bool echo = false;
};

/// One side of the comparison, read.
struct Side {
    /// For people: the redacted URL or the file path.
    QString name;
    Metadata metadata;
    /// The database's dialect; nullptr for a model file.
    const Dialect *dialect = nullptr;
};

bool isUrl(const QString &spec)
{
    return spec.contains(u"://"_s);
}

std::optional<DiffCommand> fail(const QString &message, int &exitCode)
{
    printError(message);
    exitCode = 2;
    return std::nullopt;
}

std::optional<DiffCommand> parseDiff(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show the steps that turn FROM into TO; each is a database URL or a JSON model "
               "file. '!' marks steps that can lose data."));
    parser.addPositionalArgument(u"from"_s, Tr::tr("Database URL or model file."));
    parser.addPositionalArgument(u"to"_s, Tr::tr("Database URL or model file."));
    parser.addOption(
        {u"rename-table"_s, Tr::tr("Table OLD of FROM is NEW of TO (repeatable)."), u"OLD=NEW"_s});
    parser.addOption({u"rename-column"_s,
                      Tr::tr("Column OLD of TABLE (TO's name) is NEW in TO (repeatable)."),
                      u"TABLE.OLD=NEW"_s});
    parser.addOption({u"schema"_s, Tr::tr("Only compare schema <name> (repeatable)."), u"name"_s});
    parser.addOption({u"dialect"_s,
                      Tr::tr("Write the SQL for sqlite or postgresql (default: TO's database, "
                             "else FROM's)."),
                      u"name"_s});
    parser.addOption({u"json"_s, Tr::tr("Write the steps as JSON.")});
    parser.addOption(
        {u"exit-code"_s, Tr::tr("Exit with 3 when there are differences (0 when equal).")});
    Common common;
    if (!parse(parser, arguments, common, 3, exitCode, false))
        return std::nullopt;
    DiffCommand command;
    command.from = parser.positionalArguments().value(1);
    command.to = parser.positionalArguments().value(2);
    if (parser.positionalArguments().size() > 3)
        return fail(Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().value(3)),
                    exitCode);
    for (const QString &rename : parser.values(u"rename-table"_s)) {
        const qsizetype eq = rename.indexOf(u'=');
        if (eq <= 0 || eq == rename.size() - 1)
            return fail(Tr::tr("--rename-table expects OLD=NEW, got '%1'").arg(rename), exitCode);
        command.options.renameTables.insert(rename.left(eq), rename.mid(eq + 1));
    }
    for (const QString &rename : parser.values(u"rename-column"_s)) {
        const qsizetype eq = rename.indexOf(u'=');
        const qsizetype dot = rename.left(eq).lastIndexOf(u'.');
        if (eq <= 0 || eq == rename.size() - 1 || dot <= 0 || dot == eq - 1)
            return fail(Tr::tr("--rename-column expects TABLE.OLD=NEW, got '%1'").arg(rename),
                        exitCode);
        command.options.renameColumns.insert(rename.left(eq), rename.mid(eq + 1));
    }
    command.schemas = parser.values(u"schema"_s);
    command.options.schemas = command.schemas;
    if (parser.isSet(u"dialect"_s)) {
        command.dialect = Dialect::forName(parser.value(u"dialect"_s));
        if (!command.dialect || command.dialect->kind() == Dialect::Kind::Generic)
            return fail(Tr::tr("unknown dialect '%1' (sqlite or postgresql)")
                            .arg(parser.value(u"dialect"_s)),
                        exitCode);
    }
    command.json = parser.isSet(u"json"_s);
    command.exitCode = parser.isSet(u"exit-code"_s);
    command.echo = common.echo;
    return command;
}

Metadata dropVersionTable(Metadata metadata)
{
    for (Schema &schema : metadata.schemas) {
        schema.tables.removeIf([](const Table &table) {
            return table.name == QString::fromUtf16(defaultVersionTable);
        });
    }
    return metadata;
}

QCoro::Task<Side> readSide(QString spec, QStringList schemas, bool echo, QString role)
{
    Side side;
    if (!isUrl(spec)) {
        if (!QFileInfo::exists(spec))
            throw ConfigurationError(
                Tr::tr("%1: '%2' is neither a database URL nor an existing model file")
                    .arg(role, spec));
        side.name = spec;
        side.metadata = loadModel(spec);
        co_return side;
    }
    Common common;
    common.url = spec;
    common.echo = echo;
    Database db = openDatabase(common);
    side.name = db.url().redacted();
    side.dialect = &Dialect::forUrl(db.url());
    ReflectOptions options;
    options.schemas = std::move(schemas);
    // The version table belongs to the migrations, not to the schema being compared.
    side.metadata = dropVersionTable(co_await db.reflect(std::move(options)));
    co_return side;
}

QString kindName(MigrationStep::Kind kind)
{
    using K = MigrationStep::Kind;
    switch (kind) {
    case K::CreateTable:
        return u"create-table"_s;
    case K::DropTable:
        return u"drop-table"_s;
    case K::RenameTable:
        return u"rename-table"_s;
    case K::AddColumn:
        return u"add-column"_s;
    case K::DropColumn:
        return u"drop-column"_s;
    case K::AlterColumn:
        return u"alter-column"_s;
    case K::RenameColumn:
        return u"rename-column"_s;
    case K::AddIndex:
        return u"add-index"_s;
    case K::DropIndex:
        return u"drop-index"_s;
    case K::AddUnique:
        return u"add-unique"_s;
    case K::DropUnique:
        return u"drop-unique"_s;
    case K::AddCheck:
        return u"add-check"_s;
    case K::DropCheck:
        return u"drop-check"_s;
    case K::AddForeignKey:
        return u"add-foreign-key"_s;
    case K::DropForeignKey:
        return u"drop-foreign-key"_s;
    case K::AlterPrimaryKey:
        return u"alter-primary-key"_s;
    case K::CreateView:
        return u"create-view"_s;
    case K::DropView:
        return u"drop-view"_s;
    case K::CreateTrigger:
        return u"create-trigger"_s;
    case K::DropTrigger:
        return u"drop-trigger"_s;
    case K::RebuildTable:
        return u"rebuild-table"_s;
    }
    return {};
}

QByteArray planJson(const MigrationPlan &plan, const Side &from, const Side &to)
{
    QJsonArray steps;
    for (const MigrationStep &step : plan.steps) {
        QJsonObject object;
        object.insert(u"kind"_s, kindName(step.kind));
        object.insert(u"schema"_s, step.schema);
        object.insert(u"table"_s, step.table);
        object.insert(u"object"_s, step.object);
        object.insert(u"description"_s, step.description);
        object.insert(u"destructive"_s, step.destructive);
        object.insert(u"sql"_s, QJsonArray::fromStringList(step.sql));
        steps.append(object);
    }
    QJsonObject root;
    root.insert(u"from"_s, from.name);
    root.insert(u"to"_s, to.name);
    root.insert(u"dialect"_s, plan.dialect);
    root.insert(u"equal"_s, plan.isEmpty());
    root.insert(u"destructive"_s, plan.isDestructive());
    root.insert(u"steps"_s, steps);
    return QJsonDocument(root).toJson();
}

QString planText(const MigrationPlan &plan)
{
    if (plan.isEmpty())
        return Tr::tr("no differences\n");
    QString text;
    qsizetype destructive = 0;
    for (const MigrationStep &step : plan.steps) {
        destructive += step.destructive ? 1 : 0;
        text += (step.destructive ? u"! "_s : u"  "_s) + step.description + u'\n';
        for (const QString &sql : step.sql)
            text += u"    "_s + QString(sql).replace(u"\n"_s, u"\n    "_s) + u";\n"_s;
    }
    text += Tr::tr("%n change(s)", nullptr, int(plan.steps.size()));
    if (destructive)
        text += Tr::tr(", %n destructive (marked !)", nullptr, int(destructive));
    return text + u'\n';
}

const Dialect *chooseDialect(const DiffCommand &command, const Side &from, const Side &to)
{
    if (command.dialect)
        return command.dialect;
    return to.dialect ? to.dialect : from.dialect;
}

/// Either side in \a dialect's terms: another engine's reflection is made portable first.
Metadata inDialect(const Metadata &metadata, const Dialect &dialect)
{
    if (metadata.dialect.isEmpty() || metadata.dialect == dialect.name())
        return metadata;
    return convertMetadata(metadata, dialect);
}

QCoro::Task<int> diff(DiffCommand command)
{
    const Side from = co_await readSide(command.from, command.schemas, command.echo, u"FROM"_s);
    const Side to = co_await readSide(command.to, command.schemas, command.echo, u"TO"_s);
    const Dialect *dialect = chooseDialect(command, from, to);
    if (!dialect) {
        printError(Tr::tr("both sides are model files: pass --dialect sqlite or postgresql"));
        co_return 2;
    }
    const MigrationPlan plan =
        diffMetadata(inDialect(from.metadata, *dialect), inDialect(to.metadata, *dialect), *dialect,
                     command.options);
    StdOut out;
    if (command.json)
        out.device()->write(planJson(plan, from, to));
    else
        out.write(planText(plan));
    co_return command.exitCode && !plan.isEmpty() ? differencesExitCode : 0;
}

} // namespace

QCoro::Task<int> runDiffCommand(QStringList arguments)
{
    int exitCode = 0;
    auto parsed = parseDiff(arguments, exitCode);
    // Not `parsed ? co_await … : exitCode`: GCC 12 evaluates a co_await operand of ?: even
    // when the condition picks the other side.
    if (!parsed)
        co_return exitCode;
    co_return co_await diff(std::move(*parsed));
}

} // namespace Quarry::Cli
