// SPDX-License-Identifier: MIT
#include "editor/sqllexer.h"
#include "editor/sqlkeywords.h"

#include <QFontDatabase>
#include <QPalette>

namespace Quarry::Ui {

namespace {

QByteArray wordList(const QStringList &words)
{
    // Scintilla matches keywords in lower case.
    return words.join(QLatin1Char(' ')).toLower().toUtf8();
}

struct Scheme {
    QColor keyword, type, comment, string, number, quoted, op;
};

Scheme scheme(bool dark)
{
    if (dark)
        return {QColor(0x56, 0x9c, 0xd6), QColor(0x4e, 0xc9, 0xb0), QColor(0x6a, 0x99, 0x55),
                QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8), QColor(0x9c, 0xdc, 0xfe),
                QColor(0xd4, 0xd4, 0xd4)};
    return {QColor(0x00, 0x33, 0xb3), QColor(0x00, 0x80, 0x80), QColor(0x70, 0x70, 0x70),
            QColor(0x06, 0x7d, 0x17), QColor(0x17, 0x50, 0xeb), QColor(0x87, 0x10, 0x94),
            QColor(0x40, 0x40, 0x40)};
}

} // namespace

SqlLexer::SqlLexer(QObject *parent)
    : QsciLexerSQL(parent)
{
    // Neither engine has `#` comments (`#` is an operator in PostgreSQL) or backslash escapes
    // in standard strings.
    setHashComments(false);
    setBackslashEscapes(false);
    setDottedWords(false);
    setFoldComments(true);
    setFoldCompact(false);
    setDialect(Dialect::Kind::Generic);
}

void SqlLexer::setDialect(Dialect::Kind kind)
{
    m_keywords = wordList(SqlKeywords::keywords(kind));
    m_types = wordList(SqlKeywords::typesAndFunctions(kind));
    // SQLite also reads `name` as an identifier.
    setQuotedIdentifiers(kind == Dialect::Kind::Sqlite);
}

const char *SqlLexer::keywords(int set) const
{
    // Set 1: keywords; set 5 ("user keywords 1"): types and functions. The others (Oracle
    // objects, PLDoc, SQL*Plus) stay empty: they would colour ordinary names.
    if (set == 1)
        return m_keywords.constData();
    if (set == 5)
        return m_types.constData();
    return nullptr;
}

bool SqlLexer::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void SqlLexer::applyPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const Scheme colors = scheme(isDark(palette));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setDefaultFont(font);
    setDefaultColor(text);
    setDefaultPaper(base);
    setFont(font, -1);
    setColor(text, -1);
    setPaper(base, -1);
    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    setFont(bold, Keyword);
    setColor(colors.keyword, Keyword);
    setColor(colors.type, KeywordSet5);
    for (const int style : {Comment, CommentLine, CommentDoc, CommentLineHash, CommentDocKeyword,
                            CommentDocKeywordError, PlusComment}) {
        setColor(colors.comment, style);
        setFont(italic, style);
    }
    setColor(colors.string, SingleQuotedString);
    // Standard SQL's double quotes delimit identifiers, not strings.
    setColor(colors.quoted, DoubleQuotedString);
    setColor(colors.quoted, QuotedIdentifier);
    setColor(colors.number, Number);
    setColor(colors.op, Operator);
    setColor(colors.op, QuotedOperator);
    setColor(text, Identifier);
    setColor(text, Default);
}

} // namespace Quarry::Ui
