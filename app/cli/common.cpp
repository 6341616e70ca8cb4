// SPDX-License-Identifier: MIT
#include "cli/common.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

void printError(const QString &message)
{
    std::fprintf(stderr, "quarry: %s\n", message.toLocal8Bit().constData());
}

Database openDatabase(const Common &common)
{
    return Database(common.url, {.poolSize = 1, .echo = common.echo});
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, Common &common,
           int positionalRequired, int &exitCode, bool formats)
{
    if (formats) {
        parser.addOption({u"csv"_s, Tr::tr("Write rows as CSV.")});
        parser.addOption({u"json"_s, Tr::tr("Write rows as a JSON array of objects.")});
    }
    parser.addOption({u"echo"_s, Tr::tr("Log each statement with its timing to stderr.")});
    parser.addHelpOption();
    exitCode = 2;
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", parser.helpText().toLocal8Bit().constData());
        exitCode = 0;
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < positionalRequired) {
        printError(Tr::tr("missing arguments; see quarry %1 --help").arg(arguments.value(1)));
        return false;
    }
    common.url = positional.value(1);
    if (formats) {
        if (parser.isSet(u"csv"_s) && parser.isSet(u"json"_s)) {
            printError(Tr::tr("--csv and --json exclude each other"));
            return false;
        }
        if (parser.isSet(u"csv"_s))
            common.format = RowWriter::Format::Csv;
        else if (parser.isSet(u"json"_s))
            common.format = RowWriter::Format::Json;
    }
    common.echo = parser.isSet(u"echo"_s);
    exitCode = 0;
    return true;
}

} // namespace Quarry::Cli
