// SPDX-License-Identifier: MIT
#include "cli/scriptcommand.h"

#include "connection/errors.h"
#include "schema/dialect.h"
#include "sql/scriptsplitter.h"
#include "sql/splitstatements.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Quarry::Cli {

namespace {

/// Where status lines go: with --csv/--json stdout holds only rows.
void printStatus(RowWriter::Format format, StdOut &out, const QString &text)
{
    if (format == RowWriter::Format::Text)
        out.write(text + u'\n');
    else
        std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

void printAt(const ScriptCommand &command, const ScriptStatement &statement, const QString &what)
{
    std::fprintf(stderr, "%s\n",
                 Tr::tr("%1:%2: %3")
                     .arg(command.fileName, QString::number(statement.line + 1), what)
                     .toLocal8Bit()
                     .constData());
}

/// The status line of a statement that returned no rows, like psql's command tag.
QString statusOf(const QString &sql, const QString &keyword, const Result &result)
{
    static const QStringList counted{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"MERGE"_s,
                                     u"REPLACE"_s};
    if (counted.contains(keyword) && result.rowsAffected() >= 0)
        return Tr::tr("%n row(s) affected", nullptr, int(result.rowsAffected()));
    static const QStringList twoWords{u"CREATE"_s, u"DROP"_s, u"ALTER"_s};
    if (twoWords.contains(keyword)) {
        const QStringList words = sql.simplified().split(u' ');
        return keyword + u' ' + words.value(1).toUpper();
    }
    return keyword;
}

QCoro::Task<void> streamRows(Session session, QString sql, QVariantList values,
                             RowWriter::Format format)
{
    StdOut out;
    const auto writer = RowWriter::create(format, out.device());
    ResultColumns columns;
    auto stream = session.stream(std::move(sql), Params(std::move(values)));
    QCORO_FOREACH(const Result &batch, stream)
    {
        columns = batch.columns();
        writer->write(batch);
    }
    if (!columns.isEmpty())
        writer->finish(columns);
}

QCoro::Task<void> runStatement(Session session, RowWriter::Format format, QString sql,
                               QVariantList values)
{
    const QString keyword = leadingKeyword(sql);
    if (returnsRows(keyword)) {
        co_await streamRows(session, sql, std::move(values), format);
        co_return;
    }
    const Result result = co_await session.execute(sql, Params(std::move(values)));
    StdOut out;
    if (result.columnCount()) {
        const auto writer = RowWriter::create(format, out.device());
        writer->write(result);
        writer->finish(result.columns());
        co_return;
    }
    printStatus(format, out, statusOf(sql, keyword, result));
}

} // namespace

QCoro::Task<int> runScript(ScriptCommand command)
{
    Database db = openDatabase(command.common);
    Session session = db.session();
    const QList<ScriptStatement> statements =
        ScriptSplitter(Dialect::forUrl(session.url()).kind()).split(command.script);
    qsizetype sqlCount = 0;
    for (const ScriptStatement &statement : statements)
        sqlCount += statement.kind == ScriptStatement::Kind::Sql;
    if (sqlCount == 0 && !command.fileName.isEmpty()) {
        printError(Tr::tr("%1 holds no SQL statement").arg(command.fileName));
        co_return 2;
    }
    if (!command.values.isEmpty() && sqlCount != 1) {
        printError(Tr::tr("--param needs a script of exactly one statement; %1 has %2")
                       .arg(command.fileName, QString::number(sqlCount)));
        co_return 2;
    }
    int failed = 0;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const ScriptStatement statement =
            statements[i]; // no reference into the list across co_await
        if (statement.kind == ScriptStatement::Kind::PsqlMeta) {
            printAt(command, statement, Tr::tr("note: %1").arg(statement.note));
            continue;
        }
        QString message;
        if (!statement.copyData.isEmpty() || leadingKeyword(statement.text) == u"COPY"_s) {
            // COPY … FROM stdin reads its rows from the client; the core has no path that
            // passes raw COPY text through, so say so instead of running it.
            const bool fromStdin = statement.copyData.size() > 0 ||
                                   statement.text.contains(u"stdin"_s, Qt::CaseInsensitive);
            if (fromStdin)
                message = Tr::tr("COPY … FROM stdin with inline data is not supported by "
                                 "'quarry query'; load the data with psql or a COPY from a file");
        }
        if (message.isEmpty()) {
            try {
                co_await runStatement(session, command.common.format, statement.text,
                                      command.values);
            } catch (const DatabaseError &e) {
                message = e.message();
            }
        }
        if (message.isEmpty())
            continue;
        printAt(command, statement, Tr::tr("ERROR: %1").arg(message));
        ++failed;
        if (!command.continueOnError)
            break;
    }
    co_return failed ? 1 : 0;
}

} // namespace Quarry::Cli
