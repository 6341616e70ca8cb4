// SPDX-License-Identifier: MIT
#include "sql/scriptsplitter.h"

#include "sql/scriptscanner.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ScriptSplitter)
};

/// Why a psql backslash command is not run, by its name (`\set` → "set").
QString metaNote(QStringView command)
{
    const QString name = command.toString();
    if (name == u"i"_s || name == u"ir"_s || name == u"include"_s || name == u"include_relative"_s)
        return Tr::tr("psql meta-command \\%1 is not run: the file it includes is not read")
            .arg(name);
    if (name == u"if"_s || name == u"elif"_s || name == u"else"_s || name == u"endif"_s)
        return Tr::tr("psql meta-command \\%1 is not evaluated: the statements of every branch "
                      "run")
            .arg(name);
    if (name == u"c"_s || name == u"connect"_s)
        return Tr::tr("psql meta-command \\%1 is not run: the statements after it run on the "
                      "same connection")
            .arg(name);
    if (name.startsWith(u'g'))
        return Tr::tr("psql meta-command \\%1 is not run: it has no statement to send").arg(name);
    return Tr::tr("psql meta-command \\%1 is not run").arg(name);
}

QStringView commandName(QStringView meta)
{
    qsizetype end = 1;
    while (end < meta.size() && meta[end].isLetterOrNumber())
        ++end;
    if (end == 1 && meta.size() > 1)
        end = 2; // \! \? \.
    return meta.sliced(1, end - 1);
}

} // namespace

ScriptSplitter::ScriptSplitter(Dialect::Kind dialect)
    : m_dialect(dialect)
{}

QList<ScriptStatement> ScriptSplitter::split(QStringView script) const
{
    QList<ScriptStatement> out;
    ScriptScanner scanner(script, m_dialect);
    ScriptScanner::Piece piece;
    while (scanner.next(piece)) {
        ScriptStatement &statement = out.emplace_back();
        statement.text = script.sliced(piece.begin, piece.end - piece.begin).toString();
        statement.begin = piece.begin;
        statement.end = piece.end;
        statement.line = piece.line;
        if (piece.dataBegin >= 0)
            statement.copyData =
                script.sliced(piece.dataBegin, piece.dataEnd - piece.dataBegin).toString();
        if (piece.kind == ScriptScanner::Piece::Kind::PsqlMeta) {
            statement.kind = ScriptStatement::Kind::PsqlMeta;
            statement.note = metaNote(commandName(statement.text));
        }
    }
    return out;
}

qsizetype ScriptSplitter::statementAt(const QList<ScriptStatement> &statements, qsizetype offset)
{
    // Statements come in script order; the last one starting at or before the offset.
    const auto it = std::upper_bound(
        statements.cbegin(), statements.cend(), offset,
        [](qsizetype value, const ScriptStatement &statement) { return value < statement.begin; });
    return (it - statements.cbegin()) - 1;
}

} // namespace Quarry
