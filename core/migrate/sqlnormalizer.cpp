// SPDX-License-Identifier: MIT
#include "migrate/sqlnormalizer.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry::SqlNormalizer {

namespace {

enum class Kind { Word, String, Number, Op, Open, Close, Comma };

struct Token {
    Kind kind = Kind::Op;
    QString text{};
};

bool identStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool identPart(QChar c)
{
    return identStart(c) || c.isDigit() || c == u'$';
}

// Longest first, so `!~~*` is not read as `!~` `~*`.
constexpr const char16_t *operators[] = {
    u"!~~*", u"->>", u"#>>", u"~~*", u"!~~", u"!~*", u"~~", u"::", u"<>", u"!=", u">=", u"<=",
    u"||",   u"==",  u"->",  u"#>",  u"@>",  u"<@",  u"&&", u"<<", u">>", u"~*", u"!~"};

qsizetype quotedEnd(QStringView sql, qsizetype i, QChar close)
{
    qsizetype j = i + 1;
    while (j < sql.size()) {
        if (sql[j] == close) {
            if (close != u']' && j + 1 < sql.size() && sql[j + 1] == close) {
                j += 2;
                continue;
            }
            return j;
        }
        ++j;
    }
    return sql.size() - 1;
}

// `[name]` quotes an identifier in SQLite; `x[1]` and `ARRAY[…]` subscript or build arrays.
bool bracketQuotes(QStringView sql, qsizetype i, const QList<Token> &out)
{
    if (i == 0)
        return true;
    if (!out.isEmpty() && out.last().kind == Kind::Word && out.last().text == u"array")
        return false;
    const QChar before = sql[i - 1];
    return before.isSpace() || QStringView(u"(,=<>+-*/|").contains(before);
}

// `$$` or `$tag$` opening a dollar-quoted string at \a i: its length, else 0.
qsizetype dollarTagLength(QStringView sql, qsizetype i)
{
    if (sql[i] != u'$')
        return 0;
    qsizetype j = i + 1;
    while (j < sql.size() && (sql[j].isLetter() || sql[j] == u'_'))
        ++j;
    return j < sql.size() && sql[j] == u'$' ? j - i + 1 : 0;
}

void append(QList<Token> &out, Kind kind, QString text)
{
    out.append(Token{.kind = kind, .text = std::move(text)});
}

void appendOperator(QList<Token> &out, const QString &op)
{
    // the aliases engines rewrite to
    if (op == u"!=")
        append(out, Kind::Op, u"<>"_s);
    else if (op == u"==")
        append(out, Kind::Op, u"="_s);
    else if (op == u"~~" || op == u"~~*") {
        append(out, Kind::Word, op == u"~~" ? u"like"_s : u"ilike"_s);
    } else if (op == u"!~~" || op == u"!~~*") {
        append(out, Kind::Word, u"not"_s);
        append(out, Kind::Word, op == u"!~~" ? u"like"_s : u"ilike"_s);
    } else
        append(out, Kind::Op, op);
}

QList<Token> tokenize(QStringView sql)
{
    QList<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            const qsizetype end = quotedEnd(sql, i, u'\'');
            append(out, Kind::String, sql.mid(i, end - i + 1).toString());
            i = end + 1;
        } else if (c == u'"' || c == u'`' || (c == u'[' && bracketQuotes(sql, i, out))) {
            const QChar close = c == u'[' ? u']' : c;
            const qsizetype end = quotedEnd(sql, i, close);
            QString name = sql.mid(i + 1, end - i - 1).toString();
            name.replace(QString(2, close), QString(close));
            append(out, Kind::Word, name.toLower());
            i = end + 1;
        } else if (const qsizetype tag = dollarTagLength(sql, i); tag > 0) {
            const qsizetype close = sql.indexOf(sql.mid(i, tag), i + tag);
            const qsizetype end = close < 0 ? n : close + tag;
            append(out, Kind::String, sql.mid(i, end - i).toString());
            i = end;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < n && (sql[j].isDigit() || sql[j] == u'.'))
                ++j;
            if (j < n && (sql[j] == u'e' || sql[j] == u'E')) {
                qsizetype k = j + 1;
                if (k < n && (sql[k] == u'+' || sql[k] == u'-'))
                    ++k;
                if (k < n && sql[k].isDigit()) {
                    while (k < n && sql[k].isDigit())
                        ++k;
                    j = k;
                }
            }
            append(out, Kind::Number, sql.mid(i, j - i).toString());
            i = j;
        } else if (identStart(c) || c == u'$') {
            qsizetype j = i + 1;
            while (j < n && identPart(sql[j]))
                ++j;
            append(out, Kind::Word, sql.mid(i, j - i).toString().toLower());
            i = j;
        } else if (c == u'(') {
            append(out, Kind::Open, u"("_s);
            ++i;
        } else if (c == u')') {
            append(out, Kind::Close, u")"_s);
            ++i;
        } else if (c == u',') {
            append(out, Kind::Comma, u","_s);
            ++i;
        } else {
            QString op(c);
            for (const char16_t *candidate : operators) {
                const QStringView text(candidate);
                if (sql.mid(i).startsWith(text)) {
                    op = text.toString();
                    break;
                }
            }
            appendOperator(out, op);
            i += op.size();
        }
    }
    while (!out.isEmpty() && out.last().kind == Kind::Op && out.last().text == u";")
        out.removeLast();
    return out;
}

bool isWord(const QList<Token> &t, qsizetype i, QStringView word)
{
    return i >= 0 && i < t.size() && t[i].kind == Kind::Word && t[i].text == word;
}

bool isOp(const QList<Token> &t, qsizetype i, QStringView op)
{
    return i >= 0 && i < t.size() && t[i].kind == Kind::Op && t[i].text == op;
}

// Index of the token closing the group opened at \a open (`(`/`)` or `[`/`]`), or -1.
qsizetype closing(const QList<Token> &t, qsizetype open)
{
    const bool bracket = t[open].kind == Kind::Op;
    int depth = 0;
    for (qsizetype i = open; i < t.size(); ++i) {
        const bool opens = bracket ? isOp(t, i, u"[") : t[i].kind == Kind::Open;
        const bool closes = bracket ? isOp(t, i, u"]") : t[i].kind == Kind::Close;
        if (opens)
            ++depth;
        else if (closes && --depth == 0)
            return i;
    }
    return -1;
}

// `::type`, `::character varying(20)`, `::timestamp with time zone`, `::text[]`.
void stripCasts(QList<Token> &t)
{
    static const QSet<QString> continuations{u"varying"_s, u"precision"_s, u"with"_s,
                                             u"without"_s, u"time"_s,      u"zone"_s};
    for (qsizetype i = 0; i < t.size();) {
        if (!isOp(t, i, u"::")) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (end < t.size() && t[end].kind == Kind::Word)
            ++end;
        while (isOp(t, end, u".") && end + 1 < t.size() && t[end + 1].kind == Kind::Word)
            end += 2;
        while (end < t.size() && t[end].kind == Kind::Word && continuations.contains(t[end].text))
            ++end;
        if (end < t.size() && t[end].kind == Kind::Open) {
            const qsizetype close = closing(t, end);
            bool numbers = close > end;
            for (qsizetype k = end + 1; k < close && numbers; ++k)
                numbers = t[k].kind == Kind::Number || t[k].kind == Kind::Comma;
            if (numbers)
                end = close + 1;
        }
        while (isOp(t, end, u"[") && isOp(t, end + 1, u"]"))
            end += 2;
        t.remove(i, end - i);
    }
}

// `x = ANY (ARRAY[a, b])` is how PostgreSQL stores `x IN (a, b)`; `<> ALL` is NOT IN.
bool rewriteAnyArray(QList<Token> &t)
{
    bool changed = false;
    for (qsizetype i = 0; i + 4 < t.size(); ++i) {
        const bool any = isOp(t, i, u"=") && isWord(t, i + 1, u"any");
        const bool all = isOp(t, i, u"<>") && isWord(t, i + 1, u"all");
        if (!(any || all) || t[i + 2].kind != Kind::Open || !isWord(t, i + 3, u"array") ||
            !isOp(t, i + 4, u"["))
            continue;
        const qsizetype close = closing(t, i + 2);
        const qsizetype bracket = closing(t, i + 4);
        if (close < 0 || bracket != close - 1)
            continue;
        t.removeAt(bracket); // `]`; the `)` after it closes the IN list
        t.remove(i, 5);
        if (all) {
            t.insert(i, Token{.kind = Kind::Word, .text = u"not"_s});
            ++i;
        }
        t.insert(i, Token{.kind = Kind::Word, .text = u"in"_s});
        t.insert(i + 1, Token{.kind = Kind::Open, .text = u"("_s});
        changed = true;
    }
    return changed;
}

// How tightly an expression binds, loosest first.
enum class Level { Or, And, Not, Compare, Arith, Atom, Opaque };
// What sits next to a parenthesised group.
enum class Context { Boundary, Or, And, Not, Compare, Arith, Opaque };

const QSet<QString> &compareWords()
{
    static const QSet<QString> words{u"is"_s,    u"in"_s,     u"like"_s,    u"ilike"_s,  u"glob"_s,
                                     u"match"_s, u"regexp"_s, u"between"_s, u"similar"_s};
    return words;
}

bool isCompareOp(const QString &op)
{
    static const QSet<QString> ops{u"="_s,  u"<>"_s, u"<"_s,   u">"_s,  u"<="_s, u">="_s, u"~"_s,
                                   u"!~"_s, u"~*"_s, u"!~*"_s, u"@>"_s, u"<@"_s, u"&&"_s};
    return ops.contains(op);
}

Level levelOf(const QList<Token> &t, qsizetype from, qsizetype to)
{
    if (to - from == 1)
        return Level::Atom;
    if (isWord(t, from, u"case") && isWord(t, to - 1, u"end"))
        return Level::Atom;
    bool orFound = false, compare = false, arith = false, comma = false;
    int ands = 0;
    int depth = 0;
    for (qsizetype i = from; i < to; ++i) {
        const Token &tok = t[i];
        if (tok.kind == Kind::Open || isOp(t, i, u"[")) {
            ++depth;
            continue;
        }
        if (tok.kind == Kind::Close || isOp(t, i, u"]")) {
            --depth;
            continue;
        }
        if (depth > 0)
            continue;
        if (tok.kind == Kind::Comma) {
            comma = true;
        } else if (tok.kind == Kind::Word) {
            if (tok.text == u"or")
                orFound = true;
            else if (tok.text == u"and")
                ++ands;
            else if (tok.text == u"between") {
                --ands; // its AND is not a conjunction
                compare = true;
            } else if (compareWords().contains(tok.text) || (tok.text == u"not" && i > from))
                compare = true;
            else if (tok.text == u"select" || tok.text == u"case")
                return Level::Opaque;
        } else if (tok.kind == Kind::Op) {
            if (isCompareOp(tok.text))
                compare = true;
            else if (tok.text != u".")
                arith = true;
        }
    }
    if (comma)
        return Level::Opaque;
    if (orFound)
        return Level::Or;
    if (ands > 0)
        return Level::And;
    if (isWord(t, from, u"not"))
        return Level::Not;
    if (compare)
        return Level::Compare;
    return arith ? Level::Arith : Level::Atom;
}

Context contextOf(const QList<Token> &t, qsizetype i, bool left)
{
    static const QSet<QString> leftBoundaries{
        u"select"_s, u"where"_s, u"when"_s,      u"then"_s,   u"else"_s,  u"on"_s,      u"having"_s,
        u"by"_s,     u"from"_s,  u"returning"_s, u"return"_s, u"check"_s, u"distinct"_s};
    static const QSet<QString> rightBoundaries{
        u"when"_s,      u"then"_s,   u"else"_s,  u"end"_s,    u"from"_s,  u"where"_s, u"group"_s,
        u"order"_s,     u"having"_s, u"limit"_s, u"as"_s,     u"on"_s,    u"union"_s, u"except"_s,
        u"intersect"_s, u"join"_s,   u"left"_s,  u"inner"_s,  u"right"_s, u"full"_s,  u"cross"_s,
        u"asc"_s,       u"desc"_s,   u"nulls"_s, u"offset"_s, u"window"_s};
    if (i < 0 || i >= t.size())
        return Context::Boundary;
    const Token &tok = t[i];
    if (tok.kind == Kind::Comma || (left ? tok.kind == Kind::Open : tok.kind == Kind::Close))
        return Context::Boundary;
    if (tok.kind == Kind::Word) {
        if (tok.text == u"or")
            return Context::Or;
        if (tok.text == u"and")
            return Context::And;
        if (left && tok.text == u"not")
            return Context::Not;
        if (compareWords().contains(tok.text))
            return Context::Compare;
        if ((left ? leftBoundaries : rightBoundaries).contains(tok.text))
            return Context::Boundary;
        return Context::Opaque;
    }
    if (tok.kind == Kind::Op)
        return isCompareOp(tok.text) ? Context::Compare : Context::Arith;
    return Context::Opaque;
}

bool mayDrop(Context context, Level level)
{
    if (level == Level::Opaque)
        return false;
    switch (context) {
    case Context::Boundary:
    case Context::Or:
        return true;
    case Context::And:
        return level != Level::Or;
    case Context::Not:
        return level >= Level::Not;
    case Context::Compare:
        return level >= Level::Arith;
    case Context::Arith:
    case Context::Opaque:
        return level == Level::Atom;
    }
    return false;
}

// A `(` right after a function name or IN/ANY/EXISTS/VALUES belongs to that word.
bool belongsToWord(const QList<Token> &t, qsizetype open)
{
    static const QSet<QString> grouping{
        u"and"_s,       u"or"_s,     u"not"_s,  u"select"_s,  u"where"_s, u"when"_s,
        u"then"_s,      u"else"_s,   u"on"_s,   u"having"_s,  u"by"_s,    u"from"_s,
        u"returning"_s, u"return"_s, u"case"_s, u"is"_s,      u"like"_s,  u"ilike"_s,
        u"between"_s,   u"check"_s,  u"join"_s, u"distinct"_s};
    if (open == 0 || t[open - 1].kind != Kind::Word)
        return false;
    return !grouping.contains(t[open - 1].text);
}

bool dropRedundantParentheses(QList<Token> &t)
{
    bool changed = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].kind != Kind::Open || belongsToWord(t, i))
            continue;
        const qsizetype close = closing(t, i);
        if (close < 0)
            return changed;
        const Level level = levelOf(t, i + 1, close);
        if (close == i + 1 || !mayDrop(contextOf(t, i - 1, true), level) ||
            !mayDrop(contextOf(t, close + 1, false), level))
            continue;
        t.removeAt(close);
        t.removeAt(i);
        changed = true;
        --i;
    }
    return changed;
}

} // namespace

QString expressionKey(QStringView sql, const QHash<QString, QString> &renames)
{
    QList<Token> tokens = tokenize(sql);
    stripCasts(tokens);
    while (dropRedundantParentheses(tokens) || rewriteAnyArray(tokens)) {
    }
    QString key;
    key.reserve(sql.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0)
            key += u' ';
        const Token &tok = tokens[i];
        if (tok.kind == Kind::Word && !renames.isEmpty()) {
            const auto it = renames.constFind(tok.text);
            key += it == renames.cend() ? tok.text : it->toLower();
        } else {
            key += tok.text;
        }
    }
    return key;
}

QStringList words(QStringView sql)
{
    QStringList out;
    for (const Token &tok : tokenize(sql)) {
        if (tok.kind == Kind::Word)
            out.append(tok.text);
    }
    return out;
}

bool mentions(QStringView sql, QStringView name)
{
    const QRegularExpression pattern(
        u"(^|[^\\w\"])\"?"_s + QRegularExpression::escape(name.toString()) + u"\"?($|[^\\w\"])"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(sql.toString()).hasMatch();
}

} // namespace Quarry::SqlNormalizer
