// SPDX-License-Identifier: MIT
// One pass over the UTF-16 text, no allocation: quotes, comments and dollar bodies are skipped
// with plain loops, keywords compared in place. The rules for statement ends follow the shells
// the scripts are written for: psql's lexer (psqlscan.l) on PostgreSQL, sqlite3_complete()'s
// state machine on SQLite, and the old splitStatements() rules for generic SQL.
#include "sql/scriptscanner.h"

#include <QChar>

#include <algorithm>

namespace Quarry {

namespace {

bool isBlank(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
    return QChar(c).isSpace();
}

bool isIdentStart(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    return !QChar(c).isSpace();
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/// Identifier characters after the first; `$` belongs to identifiers on every engine.
bool isIdentChar(char16_t c)
{
    return isIdentStart(c) || isDigit(c) || c == u'$';
}

/// Case-insensitive comparison of s[0, len) with the upper-case ASCII \a keyword.
template<qsizetype N> bool is(const char16_t *s, qsizetype len, const char (&keyword)[N])
{
    if (len != N - 1)
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        char16_t c = s[k];
        if (c >= u'a' && c <= u'z')
            c = char16_t(c - (u'a' - u'A'));
        if (c != char16_t(keyword[k]))
            return false;
    }
    return true;
}

// sqlite3_complete()'s tokens and transitions (sqlite3/complete.c): after CREATE [TEMP]
// TRIGGER, only `; END ;` ends the statement, so CASE … END inside a trigger body is safe.
enum SqliteToken { TkSemi, TkWs, TkOther, TkExplain, TkCreate, TkTemp, TkTrigger, TkEnd };
constexpr int sqliteTransitions[8][8] = {
    {1, 0, 2, 3, 4, 2, 2, 2}, {1, 1, 2, 3, 4, 2, 2, 2}, {1, 2, 2, 2, 2, 2, 2, 2},
    {1, 3, 3, 2, 4, 2, 2, 2}, {1, 4, 2, 2, 2, 4, 5, 2}, {6, 5, 5, 5, 5, 5, 5, 5},
    {6, 6, 5, 5, 5, 5, 5, 7}, {1, 7, 5, 5, 5, 5, 5, 5},
};

} // namespace

ScriptScanner::ScriptScanner(QStringView script, Dialect::Kind dialect)
    : m_s(reinterpret_cast<const char16_t *>(script.utf16()))
    , m_n(script.size())
    , m_dialect(dialect)
{
    switch (dialect) {
    case Dialect::Kind::Postgres:
        m_rules = {
            .dollarQuotes = true, .nestedComments = true, .escapeStrings = true, .psql = true};
        break;
    case Dialect::Kind::Sqlite:
        m_rules = {.backticks = true, .brackets = true, .bracketsAfterWord = true};
        break;
    case Dialect::Kind::Generic:
        m_rules = {.dollarQuotes = true, .backticks = true, .brackets = true};
        break;
    }
    resetStatement();
}

void ScriptScanner::resetStatement()
{
    m_begin = -1;
    m_words = 0;
    m_parens = 0;
    m_depth = 0;
    std::fill(std::begin(m_lead), std::end(m_lead), '\0');
    m_blockMode = false;
    m_isCreate = false;
    m_sqliteState = 1;
    m_copy = 0;
}

void ScriptScanner::takeStatement(Piece &piece, qsizetype next)
{
    piece = {.kind = Piece::Kind::Sql,
             .pieceBegin = m_pieceBegin,
             .begin = m_begin,
             .end = m_lastEnd,
             .line = m_beginLine};
    resetStatement();
    m_pieceBegin = next;
}

int ScriptScanner::lineOf(qsizetype offset)
{
    m_line += int(std::count(m_s + m_lineOffset, m_s + offset, u'\n'));
    m_lineOffset = offset;
    return m_line;
}

qsizetype ScriptScanner::lineEnd(qsizetype i) const
{
    const char16_t *end = std::find(m_s + i, m_s + m_n, u'\n');
    return end - m_s;
}

qsizetype ScriptScanner::skipBlockComment(qsizetype i) const
{
    int depth = 1;
    for (qsizetype j = i + 2; j + 1 < m_n; ++j) {
        if (m_s[j] == u'*' && m_s[j + 1] == u'/') {
            if (--depth == 0)
                return j + 2;
            ++j;
        } else if (m_rules.nestedComments && m_s[j] == u'/' && m_s[j + 1] == u'*') {
            ++depth;
            ++j;
        }
    }
    return m_n;
}

qsizetype ScriptScanner::skipQuoted(qsizetype i, char16_t close, bool backslashes) const
{
    for (qsizetype j = i + 1; j < m_n; ++j) {
        const char16_t c = m_s[j];
        if (backslashes && c == u'\\') {
            ++j;
            continue;
        }
        if (c != close)
            continue;
        if (close != u']' && j + 1 < m_n && m_s[j + 1] == close) {
            ++j; // a doubled quote stands for itself
            continue;
        }
        return j + 1;
    }
    return m_n;
}

/// End of the opening `$tag$` at \a i, or \a i when there is none (`$1` is a parameter).
qsizetype ScriptScanner::dollarTagEnd(qsizetype i) const
{
    qsizetype j = i + 1;
    if (j < m_n && isIdentStart(m_s[j])) {
        while (j < m_n && (isIdentStart(m_s[j]) || isDigit(m_s[j])))
            ++j;
    }
    return j < m_n && m_s[j] == u'$' ? j + 1 : i;
}

void ScriptScanner::word(qsizetype i, qsizetype j)
{
    const char16_t *w = m_s + i;
    const qsizetype len = j - i;
    switch (m_dialect) {
    case Dialect::Kind::Sqlite: {
        SqliteToken token = TkOther;
        if (is(w, len, "CREATE"))
            token = TkCreate;
        else if (is(w, len, "TEMP") || is(w, len, "TEMPORARY"))
            token = TkTemp;
        else if (is(w, len, "TRIGGER"))
            token = TkTrigger;
        else if (is(w, len, "END"))
            token = TkEnd;
        else if (is(w, len, "EXPLAIN"))
            token = TkExplain;
        m_sqliteState = sqliteTransitions[m_sqliteState][token];
        return;
    }
    case Dialect::Kind::Postgres: {
        // psql's heuristic: CREATE [OR REPLACE] FUNCTION|PROCEDURE … BEGIN [ATOMIC] … END
        // holds semicolons; CASE … END counts inside such a BEGIN.
        if (m_words < 4 && (is(w, len, "CREATE") || is(w, len, "FUNCTION") ||
                            is(w, len, "PROCEDURE") || is(w, len, "OR") || is(w, len, "REPLACE")))
            m_lead[m_words] = char(w[0] | 0x20);
        if (m_words == 0 && is(w, len, "COPY"))
            m_copy = 1;
        else if (m_copy == 1 && m_parens == 0 && is(w, len, "FROM"))
            m_copy = 2;
        else if (m_copy == 2)
            m_copy = is(w, len, "STDIN") ? 3 : 1;
        ++m_words;
        const bool routine =
            m_lead[0] == 'c' &&
            (m_lead[1] == 'f' || m_lead[1] == 'p' ||
             (m_lead[1] == 'o' && m_lead[2] == 'r' && (m_lead[3] == 'f' || m_lead[3] == 'p')));
        if (routine && m_parens == 0) {
            if (is(w, len, "BEGIN"))
                ++m_depth;
            else if (is(w, len, "CASE") && m_depth >= 1)
                ++m_depth;
            else if (is(w, len, "END") && m_depth > 0)
                --m_depth;
        }
        return;
    }
    case Dialect::Kind::Generic:
        if (m_words < 4) {
            m_isCreate = m_words++ == 0 ? is(w, len, "CREATE") : m_isCreate;
            m_blockMode =
                m_blockMode || (m_isCreate && (is(w, len, "TRIGGER") || is(w, len, "FUNCTION") ||
                                               is(w, len, "PROCEDURE")));
        }
        if (m_blockMode) {
            if (is(w, len, "BEGIN") || is(w, len, "CASE"))
                ++m_depth;
            else if (is(w, len, "END") && m_depth > 0)
                --m_depth;
        }
        return;
    }
}

bool ScriptScanner::semicolonEnds()
{
    switch (m_dialect) {
    case Dialect::Kind::Sqlite:
        m_sqliteState = sqliteTransitions[m_sqliteState][TkSemi];
        return m_sqliteState == 1;
    case Dialect::Kind::Postgres:
        return m_parens == 0 && m_depth == 0;
    case Dialect::Kind::Generic:
        return m_depth == 0;
    }
    return true;
}

/// A psql backslash command at \a i: runs to the end of the line. `\g…` sends the statement
/// read so far, like a semicolon. Returns true when \a piece is filled.
bool ScriptScanner::metaPiece(qsizetype i, Piece &piece)
{
    const qsizetype eol = lineEnd(i);
    qsizetype end = eol;
    while (end > i && isBlank(m_s[end - 1]))
        --end;
    m_pos = eol;
    const bool sends = i + 1 < m_n && m_s[i + 1] == u'g';
    if (sends && m_begin >= 0) {
        takeStatement(piece, eol);
        return true;
    }
    piece = {
        .kind = Piece::Kind::PsqlMeta, .pieceBegin = i, .begin = i, .end = end, .line = lineOf(i)};
    if (m_begin < 0)
        m_pieceBegin = eol;
    return true;
}

/// psql reads the data of `COPY … FROM stdin` from the lines after the statement's line, up
/// to a line holding just `\.` (or the end of the script).
void ScriptScanner::takeCopyData(qsizetype from, Piece &piece)
{
    qsizetype line = std::min(lineEnd(from) + 1, m_n);
    piece.dataBegin = line;
    while (line < m_n) {
        const qsizetype eol = lineEnd(line);
        if (m_s[line] == u'\\' && line + 1 < m_n && m_s[line + 1] == u'.' &&
            (eol == line + 2 || (eol == line + 3 && m_s[line + 2] == u'\r'))) {
            piece.dataEnd = line;
            m_pos = std::min(eol + 1, m_n);
            m_pieceBegin = m_pos;
            return;
        }
        line = eol + 1;
    }
    piece.dataEnd = m_n;
    m_pos = m_n;
    m_pieceBegin = m_n;
}

bool ScriptScanner::next(Piece &piece)
{
    const char16_t *s = m_s;
    const qsizetype n = m_n;
    qsizetype i = m_pos;
    while (i < n) {
        const char16_t c = s[i];
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            i = lineEnd(i);
            m_lastEnd = i > 0 && s[i - 1] == u'\r' ? i - 1 : i;
            continue;
        }
        if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            i = m_lastEnd = skipBlockComment(i);
            continue;
        }
        if (c == u';') {
            if (semicolonEnds()) {
                if (m_begin >= 0) {
                    const bool copy = m_copy == 3;
                    m_pos = i + 1;
                    takeStatement(piece, i + 1);
                    if (copy)
                        takeCopyData(i + 1, piece);
                    return true;
                }
                resetStatement();
                m_pieceBegin = i + 1;
                ++i;
                continue;
            }
        } else if (c == u'\\' && m_rules.psql) {
            if (i + 1 < n && (s[i + 1] == u';' || s[i + 1] == u':')) {
                // `\;` and `\:` put the character into the statement
            } else {
                return metaPiece(i, piece);
            }
        }
        if (m_begin < 0) {
            m_begin = i;
            m_beginLine = lineOf(i);
        }
        qsizetype j = i + 1;
        const bool afterWord = i > 0 && isIdentChar(s[i - 1]);
        if (c == u'\'' || c == u'"') {
            j = skipQuoted(i, c, false);
        } else if (c == u'`' && m_rules.backticks) {
            j = skipQuoted(i, c, false);
        } else if (c == u'[' && m_rules.brackets && (m_rules.bracketsAfterWord || !afterWord)) {
            j = skipQuoted(i, u']', false);
        } else if (c == u'$' && m_rules.dollarQuotes && !afterWord) {
            if (const qsizetype tagEnd = dollarTagEnd(i); tagEnd != i) {
                const QStringView text(s, n);
                const qsizetype close = text.indexOf(text.sliced(i, tagEnd - i), tagEnd);
                j = close < 0 ? n : close + (tagEnd - i);
            }
        } else if (c == u'\\' && m_rules.psql) {
            j = i + 2; // psql's `\;` or `\:`
        } else if (isIdentStart(c)) {
            while (j < n && isIdentChar(s[j]))
                ++j;
            if (m_rules.escapeStrings && j == i + 1 && (c == u'e' || c == u'E') && j < n &&
                s[j] == u'\'') {
                j = skipQuoted(j, u'\'', true);
            } else {
                word(i, j);
                m_lastEnd = i = j;
                continue;
            }
        } else if (isDigit(c)) {
            while (j < n && (isIdentStart(s[j]) || isDigit(s[j]) || s[j] == u'.'))
                ++j;
        } else if (c == u'(' && m_rules.psql) {
            ++m_parens;
        } else if (c == u')' && m_rules.psql && m_parens > 0) {
            --m_parens;
        }
        if (m_dialect == Dialect::Kind::Sqlite && c != u';')
            m_sqliteState = sqliteTransitions[m_sqliteState][TkOther];
        m_lastEnd = i = j;
    }
    m_pos = n;
    if (m_begin < 0)
        return false;
    takeStatement(piece, n);
    return true;
}

} // namespace Quarry
