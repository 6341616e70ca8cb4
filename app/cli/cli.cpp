// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include "cli/common.h"
#include "cli/migratecommands.h"
#include "cli/schemacommands.h"
#include "cli/scriptcommand.h"

#include "connection/errors.h"
#include "database/database.h"
#include "io/rowwriter.h"
#include "sql/splitstatements.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

namespace {

// Argument parsing stays out of coroutine bodies: GCC 12 miscompiles brace lists there.
struct QueryCommand {
    Common common;
    QString sql;
    QVariantList values;
    /// With --file: the script's name, run statement by statement.
    QString fileName;
    bool continueOnError = false;
};

/// Parses `query`; on a bad invocation prints why and sets \a exitCode.
std::optional<QueryCommand> parseQuery(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Run SQL and stream its rows to stdout."));
    parser.addPositionalArgument(u"url"_s, Tr::tr("Database URL, e.g. sqlite:///file.db"));
    parser.addPositionalArgument(u"sql"_s, Tr::tr("The statement (or use --file)."));
    parser.addOption({{u"f"_s, u"file"_s},
                      Tr::tr("Run the SQL script in <file>, statement by statement."),
                      u"file"_s});
    parser.addOption({u"continue-on-error"_s,
                      Tr::tr("With --file: go on after a failed statement (the exit code is "
                             "still non-zero).")});
    parser.addOption(
        {{u"p"_s, u"param"_s}, Tr::tr("Bind <value> to the next $n placeholder."), u"value"_s});
    QueryCommand command;
    if (!parse(parser, arguments, command.common, 2, exitCode))
        return std::nullopt;
    command.sql = parser.positionalArguments().value(2);
    if (parser.isSet(u"file"_s)) {
        QFile file(parser.value(u"file"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            exitCode = 1;
            return std::nullopt;
        }
        command.sql = QString::fromUtf8(file.readAll());
        command.fileName = file.fileName();
        command.continueOnError = parser.isSet(u"continue-on-error"_s);
    }
    if (command.sql.trimmed().isEmpty()) {
        printError(command.fileName.isEmpty()
                       ? Tr::tr("no SQL given; pass it as an argument or with --file")
                       : Tr::tr("%1 holds no SQL statement").arg(command.fileName));
        exitCode = 2;
        return std::nullopt;
    }
    for (const QString &value : parser.values(u"param"_s))
        command.values.append(value);
    return command;
}

ScriptCommand scriptCommand(QueryCommand command)
{
    return ScriptCommand{.common = command.common,
                         .fileName = command.fileName,
                         .script = command.sql,
                         .values = command.values,
                         .continueOnError = command.continueOnError};
}

QCoro::Task<int> query(QueryCommand command)
{
    if (!command.fileName.isEmpty()) {
        ScriptCommand script = scriptCommand(std::move(command));
        co_return co_await runScript(std::move(script));
    }
    Database db = openDatabase(command.common);
    Session session = db.session();
    StdOut out;
    const auto writer = RowWriter::create(command.common.format, out.device());
    if (command.values.isEmpty() && splitStatements(command.sql).size() > 1) {
        // A script: run it all, print what the last statement returned.
        const Result result = co_await session.execute(command.sql);
        if (result.columnCount()) {
            writer->write(result);
            writer->finish(result.columns());
        }
        co_return 0;
    }
    // Rows go out batch by batch as they arrive: any result size in bounded memory.
    ResultColumns columns;
    auto stream = session.stream(command.sql, command.values);
    QCORO_FOREACH(const Result &batch, stream)
    {
        columns = batch.columns();
        writer->write(batch);
    }
    if (!columns.isEmpty())
        writer->finish(columns);
    co_return 0;
}

std::optional<Common> parseTables(const QStringList &arguments, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the tables of a database with their row counts."));
    parser.addPositionalArgument(u"url"_s, Tr::tr("Database URL, e.g. sqlite:///file.db"));
    Common common;
    if (!parse(parser, arguments, common, 2, exitCode))
        return std::nullopt;
    return common;
}

ResultColumns tableListColumns()
{
    return {ResultColumn{u"schema"_s}, ResultColumn{u"table"_s}, ResultColumn{u"rows"_s}};
}

QString tableCatalogQuery(DatabaseUrl::Backend backend)
{
    switch (backend) {
    case DatabaseUrl::Backend::Sqlite:
        return u"SELECT 'main' AS schema, name FROM sqlite_schema WHERE type = 'table' "
               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s;
    case DatabaseUrl::Backend::Postgres:
        return u"SELECT schemaname, tablename FROM pg_catalog.pg_tables WHERE schemaname "
               "NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2"_s;
    case DatabaseUrl::Backend::QtSql:
        break;
    }
    return {};
}

QCoro::Task<int> tables(Common common)
{
    Database db = openDatabase(common);
    const QString catalog = tableCatalogQuery(db.backend());
    if (catalog.isEmpty()) {
        printError(Tr::tr("'tables' supports sqlite:// and postgresql:// URLs"));
        co_return 2;
    }
    Session session = db.session();
    const Result names = co_await session.all(catalog);
    Result counts(tableListColumns());
    for (qsizetype i = 0; i < names.rowCount(); ++i) {
        const QString schema = names.value(i, 0).toString();
        const QString table = names.value(i, 1).toString();
        const QString qualified =
            session.quoteIdentifier(schema) + u'.' + session.quoteIdentifier(table);
        const QVariant count = co_await session.scalar(u"SELECT count(*) FROM "_s + qualified);
        counts.values() << schema << table << count;
    }
    StdOut out;
    const auto writer = RowWriter::create(common.format, out.device());
    writer->write(counts);
    writer->finish(counts.columns());
    co_return 0;
}

} // namespace

bool isCommand(const QString &word)
{
    return word == u"query"_s || word == u"tables"_s || isSchemaCommand(word) ||
           isMigrateCommand(word);
}

QStringList commands()
{
    return {u"query"_s,    u"tables"_s, u"reflect"_s, u"create-all"_s,
            u"drop-all"_s, u"diff"_s,   u"migrate"_s};
}

QString unknownCommand(const QString &word)
{
    return Tr::tr("unknown command '%1' (commands: %2; a database to open is an existing file "
                  "or a URL)")
        .arg(word, commands().join(u", "_s));
}

QString usage()
{
    return Tr::tr(
        "Usage: quarry <command> [options]\n"
        "\n"
        "Commands:\n"
        "  query URL SQL [--csv|--json] [-p VALUE]...\n"
        "  query URL -f FILE [--continue-on-error] [--csv|--json]\n"
        "                  run SQL (or a script, statement by statement) and stream its\n"
        "                  rows to stdout\n"
        "  tables URL [--csv|--json]\n"
        "                  list tables and their row counts\n"
        "  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...\n"
        "                  describe the live schema, or write it as DDL or a model file\n"
        "  create-all URL MODEL [--dry-run]\n"
        "                  create the tables of a JSON model file (skipping existing ones)\n"
        "  drop-all URL MODEL [--dry-run]\n"
        "                  drop the tables of a JSON model file\n"
        "  diff FROM TO [--json] [--dialect NAME] [--rename-table OLD=NEW]...\n"
        "       [--rename-column TABLE.OLD=NEW]... [--exit-code]\n"
        "                  the steps that turn FROM into TO (database URLs or model files)\n"
        "  migrate status|history URL --dir DIR [--json]\n"
        "  migrate upgrade URL --dir DIR [TARGET] [--sql]\n"
        "  migrate downgrade URL --dir DIR TARGET [--sql]\n"
        "  migrate stamp URL --dir DIR REVISION [--sql]\n"
        "  migrate sync URL --dir DIR --model FILE [--sql]\n"
        "  migrate new [URL] --dir DIR -m MESSAGE [--autogenerate --model FILE]\n"
        "                  versioned migrations (see docs/migrations.md)\n"
        "\n"
        "URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (memory)\n"
        "      postgresql://user@host:port/dbname?sslmode=require\n"
        "      qt+QSQLITE:///file.db  (any Qt SQL driver)\n"
        "Run 'quarry <command> --help' for a command's options.\n");
}

QCoro::Task<int> run(QStringList arguments)
{
    const QString command = arguments.value(1);
    int exitCode = 0;
    try {
        if (command == u"query"_s) {
            auto parsed = parseQuery(arguments, exitCode);
            if (!parsed)
                co_return exitCode;
            co_return co_await query(std::move(*parsed));
        }
        if (command == u"tables"_s) {
            auto parsed = parseTables(arguments, exitCode);
            if (!parsed)
                co_return exitCode;
            co_return co_await tables(std::move(*parsed));
        }
        if (isSchemaCommand(command))
            co_return co_await runSchemaCommand(std::move(arguments));
        if (isMigrateCommand(command))
            co_return co_await runMigrateCommand(std::move(arguments));
    } catch (const DatabaseError &e) {
        printError(e.message());
        co_return 1;
    } catch (const std::exception &e) {
        printError(QString::fromLocal8Bit(e.what()));
        co_return 1;
    }
    printError(unknownCommand(command));
    co_return 2;
}

} // namespace Quarry::Cli
