// SPDX-License-Identifier: MIT
#include "sql/splitstatements.h"

#include "sql/scriptscanner.h"

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// Index after a comment starting at \a i, or \a i when there is none.
qsizetype skipComment(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i + 1 >= n)
        return i;
    if (s[i] == u'-' && s[i + 1] == u'-') {
        const qsizetype eol = s.indexOf(u'\n', i + 2);
        return eol < 0 ? n : eol + 1;
    }
    if (s[i] == u'/' && s[i + 1] == u'*') {
        const qsizetype end = s.indexOf(u"*/", i + 2);
        return end < 0 ? n : end + 2;
    }
    return i;
}

qsizetype skipBlanksAndComments(QStringView s, qsizetype i)
{
    while (i < s.size()) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        const qsizetype next = skipComment(s, i);
        if (next == i)
            break;
        i = next;
    }
    return i;
}

} // namespace

QStringList splitStatements(QStringView sql)
{
    // Generic rules: those of the splitter this function always was. The text of each piece
    // keeps its leading comments, as callers (migration files) have always seen it.
    QStringList out;
    ScriptScanner scanner(sql, Dialect::Kind::Generic);
    ScriptScanner::Piece piece;
    while (scanner.next(piece))
        out.append(sql.sliced(piece.pieceBegin, piece.end - piece.pieceBegin).trimmed().toString());
    return out;
}

QString leadingKeyword(QStringView sql)
{
    const qsizetype begin = skipBlanksAndComments(sql, 0);
    qsizetype end = begin;
    while (end < sql.size() && (sql[end].isLetter() || sql[end] == u'_'))
        ++end;
    return sql.sliced(begin, end - begin).toString().toUpper();
}

bool returnsRows(QStringView keyword)
{
    static const QStringList keywords{u"SELECT"_s, u"WITH"_s,   u"VALUES"_s,  u"TABLE"_s,
                                      u"SHOW"_s,   u"PRAGMA"_s, u"EXPLAIN"_s, u"FETCH"_s};
    return keywords.contains(keyword);
}

} // namespace Quarry
