// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QStringView>

namespace Quarry {

/// The one pass behind ScriptSplitter and splitStatements(): walks a script and hands out its
/// pieces with their offsets, without allocating. Internal to the core.
class ScriptScanner {
public:
    struct Piece {
        enum class Kind { Sql, PsqlMeta };
        Kind kind = Kind::Sql;
        /// Where the piece's text starts after the previous one (blanks and comments included).
        qsizetype pieceBegin = 0;
        /// First character that is neither blank nor part of a comment.
        qsizetype begin = 0;
        /// After the last non-blank character before the terminator.
        qsizetype end = 0;
        int line = 0;
        /// COPY … FROM stdin data: [dataBegin, dataEnd), or dataBegin < 0 when there is none.
        qsizetype dataBegin = -1;
        qsizetype dataEnd = -1;
    };

    ScriptScanner(QStringView script, Dialect::Kind dialect);

    /// The next piece holding something other than blanks and comments; false at the end.
    bool next(Piece &piece);

private:
    struct Rules {
        bool dollarQuotes = false;
        bool nestedComments = false;
        bool escapeStrings = false; // E'…'
        bool backticks = false;
        bool brackets = false;          // [identifier]
        bool bracketsAfterWord = false; // … also right after a word (SQLite's tokenizer)
        bool psql = false;              // backslash commands, COPY data, parentheses
    };

    qsizetype skipBlockComment(qsizetype i) const;
    qsizetype skipQuoted(qsizetype i, char16_t close, bool backslashes) const;
    qsizetype dollarTagEnd(qsizetype i) const;
    int lineOf(qsizetype offset);
    void word(qsizetype i, qsizetype j);
    void resetStatement();
    /// Hands out the statement read so far as \a piece; the next piece starts at \a next.
    void takeStatement(Piece &piece, qsizetype next);
    /// Whether a semicolon at the current state ends the statement.
    bool semicolonEnds();
    qsizetype lineEnd(qsizetype i) const;
    bool metaPiece(qsizetype i, Piece &piece);
    void takeCopyData(qsizetype from, Piece &piece);

    const char16_t *m_s;
    qsizetype m_n;
    Dialect::Kind m_dialect;
    Rules m_rules;
    qsizetype m_pos = 0;
    // line counting, forward only
    qsizetype m_lineOffset = 0;
    int m_line = 0;

    // state of the statement being read
    qsizetype m_pieceBegin = 0;
    qsizetype m_begin = -1;
    int m_beginLine = 0;
    qsizetype m_lastEnd = 0;
    int m_words = 0;
    int m_parens = 0;
    int m_depth = 0;
    char m_lead[4] = {}; // psql: first letters of CREATE/OR/REPLACE/FUNCTION/PROCEDURE
    bool m_blockMode = false;
    bool m_isCreate = false;
    int m_sqliteState = 1; // sqlite3_complete()'s state machine
    int m_copy = 0;        // 1 COPY, 2 … FROM, 3 … FROM STDIN
};

} // namespace Quarry
