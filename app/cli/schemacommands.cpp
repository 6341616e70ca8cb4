// SPDX-License-Identifier: MIT
#include "cli/schemacommands.h"

#include "cli/common.h"
#include "connection/errors.h"
#include "database/database.h"
#include "model/modelfile.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"

#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

namespace {

enum class ReflectOutput { Text, Json, Ddl, Model };

struct SchemaCommand {
    QString name;
    Common common;
    QString
        modelPath; // create-all / drop-all: the model to read; reflect --model: the file to write
    ReflectOutput output = ReflectOutput::Text;
    QStringList schemas;
    bool dryRun = false;
};

std::optional<SchemaCommand> parseReflect(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Describe the schema of a live database."));
    parser.addPositionalArgument(u"url"_s, Tr::tr("Database URL, e.g. sqlite:///file.db"));
    parser.addOption({u"json"_s, Tr::tr("Write the schema as a JSON model to stdout.")});
    parser.addOption({u"ddl"_s, Tr::tr("Write the CREATE statements that rebuild the schema.")});
    parser.addOption({u"model"_s, Tr::tr("Save the schema as a model file <file>."), u"file"_s});
    parser.addOption({u"schema"_s, Tr::tr("Only read schema <name> (repeatable)."), u"name"_s});
    SchemaCommand command;
    command.name = u"reflect"_s;
    if (!parse(parser, arguments, command.common, 2, exitCode, false))
        return std::nullopt;
    const int outputs =
        int(parser.isSet(u"json"_s)) + int(parser.isSet(u"ddl"_s)) + int(parser.isSet(u"model"_s));
    if (outputs > 1) {
        printError(Tr::tr("--json, --ddl and --model exclude each other"));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(u"json"_s))
        command.output = ReflectOutput::Json;
    else if (parser.isSet(u"ddl"_s))
        command.output = ReflectOutput::Ddl;
    else if (parser.isSet(u"model"_s))
        command.output = ReflectOutput::Model;
    command.modelPath = parser.value(u"model"_s);
    command.schemas = parser.values(u"schema"_s);
    return command;
}

std::optional<SchemaCommand> parseModelCommand(const QStringList &arguments, int &exitCode)
{
    const QString name = arguments.value(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(name == u"create-all"_s
                                         ? Tr::tr("Create the tables of a JSON model file.")
                                         : Tr::tr("Drop the tables of a JSON model file."));
    parser.addPositionalArgument(u"url"_s, Tr::tr("Database URL, e.g. sqlite:///file.db"));
    parser.addPositionalArgument(u"model"_s, Tr::tr("The JSON model file."));
    parser.addOption({u"dry-run"_s, Tr::tr("Print the statements instead of running them.")});
    SchemaCommand command;
    command.name = name;
    if (!parse(parser, arguments, command.common, 3, exitCode, false))
        return std::nullopt;
    command.modelPath = parser.positionalArguments().value(2);
    command.dryRun = parser.isSet(u"dry-run"_s);
    return command;
}

QString script(const QStringList &statements)
{
    QString text;
    for (const QString &sql : statements)
        text += sql + u";\n\n"_s;
    return text;
}

QString columnLine(const Column &column, const Table &table)
{
    QString line = u"    %1 %2"_s.arg(column.name, column.nativeType.isEmpty() ? column.type.name()
                                                                               : column.nativeType);
    if (table.primaryKey.columns.contains(column.name))
        line += u" PK"_s;
    if (!column.nullable)
        line += u" NOT NULL"_s;
    if (!column.defaultSql.isEmpty())
        line += u" DEFAULT "_s + column.defaultSql;
    if (column.autoincrement)
        line += u" AUTOINCREMENT"_s;
    if (column.identity != Identity::None)
        line += u" IDENTITY"_s;
    if (!column.generatedSql.isEmpty())
        line += u" GENERATED ("_s + column.generatedSql + u')';
    return line + u'\n';
}

/// A `\d`-like listing: each table with its columns, keys and indexes, then views.
QString describe(const Metadata &metadata)
{
    QString text;
    for (const Schema &schema : metadata.schemas) {
        for (const Table &table : schema.tables) {
            text += Tr::tr("table %1.%2\n").arg(schema.name, table.name);
            for (const Column &column : table.columns)
                text += columnLine(column, table);
            for (const ForeignKey &fk : table.foreignKeys)
                text += u"    FOREIGN KEY (%1) -> %2(%3)\n"_s.arg(
                    fk.columns.join(u", "_s), fk.referredTable, fk.referredColumns.join(u", "_s));
            for (const UniqueConstraint &u : table.uniques)
                text += u"    UNIQUE (%1)\n"_s.arg(u.columns.join(u", "_s));
            for (const CheckConstraint &c : table.checks)
                text += u"    CHECK (%1)\n"_s.arg(c.sql);
            for (const Index &index : table.indexes)
                text +=
                    u"    %1 %2\n"_s.arg(index.unique ? u"UNIQUE INDEX"_s : u"INDEX"_s, index.name);
        }
        for (const View &view : schema.views)
            text += Tr::tr("view %1.%2\n").arg(schema.name, view.name);
    }
    return text;
}

void saveTo(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw ConfigurationError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
}

QCoro::Task<int> reflectCommand(SchemaCommand command)
{
    Database db = openDatabase(command.common);
    ReflectOptions options;
    options.schemas = command.schemas;
    const Metadata metadata = co_await db.reflect(std::move(options));
    StdOut out;
    switch (command.output) {
    case ReflectOutput::Text:
        out.write(describe(metadata));
        break;
    case ReflectOutput::Json:
        out.device()->write(saveModel(metadata));
        break;
    case ReflectOutput::Ddl:
        out.write(script(createAllStatements(metadata, Dialect::forUrl(db.url()))));
        break;
    case ReflectOutput::Model:
        saveTo(command.modelPath, saveModel(metadata));
        break;
    }
    co_return 0;
}

QCoro::Task<int> modelCommand(SchemaCommand command)
{
    const Metadata model = loadModel(command.modelPath);
    Database db = openDatabase(command.common);
    Session session = db.session();
    const bool create = command.name == u"create-all"_s;
    QStringList statements;
    if (create) {
        CreateOptions options;
        statements = co_await createAllPlan(session, model, options);
    } else {
        statements = dropAllPlan(session, model, {});
    }
    StdOut out;
    if (command.dryRun) {
        out.write(script(statements));
        co_return 0;
    }
    co_await executeAll(session, statements);
    const QString done = create ? Tr::tr("%n statement(s) run; the model's tables exist now.\n",
                                         nullptr, int(statements.size()))
                                : Tr::tr("%n statement(s) run; the model's tables are gone.\n",
                                         nullptr, int(statements.size()));
    out.write(done);
    co_return 0;
}

} // namespace

bool isSchemaCommand(const QString &word)
{
    return word == u"reflect"_s || word == u"create-all"_s || word == u"drop-all"_s;
}

QCoro::Task<int> runSchemaCommand(QStringList arguments)
{
    int exitCode = 0;
    if (arguments.value(1) == u"reflect"_s) {
        auto parsed = parseReflect(arguments, exitCode);
        if (!parsed)
            co_return exitCode;
        co_return co_await reflectCommand(std::move(*parsed));
    }
    auto parsed = parseModelCommand(arguments, exitCode);
    if (!parsed)
        co_return exitCode;
    co_return co_await modelCommand(std::move(*parsed));
}

} // namespace Quarry::Cli
