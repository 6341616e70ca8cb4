// SPDX-License-Identifier: MIT
#include "schema/sqlite/sqlitetokens.h"

// A scanner for the DDL SQLite keeps in sqlite_schema: enough of SQLite's own tokenizer
// (tokenize.c) to find names, parentheses and keywords. Unterminated strings and comments run
// to the end of the text; the engine accepted the text, so that only happens on garbage.

namespace Quarry::SqliteDdl {

namespace {

bool isWordStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || isDigit(c) || c == u'$';
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
}

/// The end of a quoted run starting at \a i (on the opening quote) closed by \a close, where a
/// doubled closing character escapes it when \a doubled.
qsizetype quotedEnd(QStringView s, qsizetype i, QChar close, bool doubled)
{
    const qsizetype n = s.size();
    for (qsizetype j = i + 1; j < n; ++j) {
        if (s[j] != close)
            continue;
        if (doubled && j + 1 < n && s[j + 1] == close) {
            ++j;
            continue;
        }
        return j + 1;
    }
    return n;
}

qsizetype numberEnd(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    const bool hex = s[i] == u'0' && i + 1 < n && (s[i + 1] == u'x' || s[i + 1] == u'X');
    qsizetype j = i;
    while (j < n) {
        const QChar c = s[j];
        if (isDigit(c) || c == u'.' || c == u'_' || (c.unicode() < 0x80 && c.isLetter())) {
            ++j;
            continue;
        }
        // An exponent sign: 1e-5, 2.5E+3.
        if (!hex && (c == u'+' || c == u'-') && (s[j - 1] == u'e' || s[j - 1] == u'E')) {
            ++j;
            continue;
        }
        break;
    }
    return j;
}

QList<Token> tokenize(QStringView s)
{
    QList<Token> tokens;
    tokens.reserve(s.size() / 4);
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            const qsizetype eol = s.indexOf(u'\n', i);
            i = eol < 0 ? n : eol + 1;
            continue;
        }
        if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            const qsizetype close = s.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }
        Token t;
        t.begin = i;
        if ((c == u'x' || c == u'X') && i + 1 < n && s[i + 1] == u'\'') {
            t.kind = Token::Kind::Blob;
            t.end = quotedEnd(s, i + 1, u'\'', false);
        } else if (isWordStart(c)) {
            t.kind = Token::Kind::Word;
            qsizetype j = i + 1;
            while (j < n && isWordPart(s[j]))
                ++j;
            t.end = j;
        } else if (isDigit(c) || (c == u'.' && i + 1 < n && isDigit(s[i + 1]))) {
            t.kind = Token::Kind::Number;
            t.end = numberEnd(s, i);
        } else if (c == u'\'') {
            t.kind = Token::Kind::String;
            t.end = quotedEnd(s, i, u'\'', true);
        } else if (c == u'"' || c == u'`') {
            t.kind = Token::Kind::Quoted;
            t.end = quotedEnd(s, i, c, true);
        } else if (c == u'[') {
            t.kind = Token::Kind::Quoted;
            t.end = quotedEnd(s, i, u']', false);
        } else if (c == u'?' || c == u':' || c == u'@' || c == u'$') {
            t.kind = Token::Kind::Variable;
            qsizetype j = i + 1;
            while (j < n && isWordPart(s[j]))
                ++j;
            t.end = j;
        } else {
            t.kind = Token::Kind::Punct;
            t.end = i + 1;
        }
        tokens.append(t);
        i = t.end;
    }
    return tokens;
}

} // namespace

TokenList::TokenList(const QString &sql)
    : m_sql(sql)
    , m_tokens(tokenize(sql))
{}

QStringView TokenList::raw(qsizetype i) const
{
    if (i < 0 || i >= size())
        return {};
    const Token &t = m_tokens[i];
    return QStringView(m_sql).sliced(t.begin, t.end - t.begin);
}

QString TokenList::name(qsizetype i) const
{
    if (!isName(i))
        return {};
    const QStringView text = raw(i);
    if (m_tokens[i].kind == Token::Kind::Word)
        return text.toString();
    const QChar open = text.front();
    const QChar close = open == u'[' ? u']' : open;
    QStringView inner = text.sliced(1);
    if (!inner.isEmpty() && inner.back() == close)
        inner.chop(1);
    if (open == u'[')
        return inner.toString();
    QString doubled(2, close);
    return inner.toString().replace(doubled, QString(close));
}

bool TokenList::isName(qsizetype i) const
{
    if (i < 0 || i >= size())
        return false;
    const Token::Kind k = m_tokens[i].kind;
    return k == Token::Kind::Word || k == Token::Kind::Quoted || k == Token::Kind::String;
}

bool TokenList::isKeyword(qsizetype i, QStringView keyword) const
{
    if (i < 0 || i >= size() || m_tokens[i].kind != Token::Kind::Word)
        return false;
    // Hot: the parsers ask this for most tokens. Keywords are upper-case ASCII, so compare by
    // length first, then fold ASCII letters only.
    const Token &t = m_tokens[i];
    if (t.end - t.begin != keyword.size())
        return false;
    const QChar *text = m_sql.constData() + t.begin;
    for (qsizetype k = 0; k < keyword.size(); ++k) {
        char16_t c = text[k].unicode();
        if (c >= u'a' && c <= u'z')
            c -= u'a' - u'A';
        if (c != keyword[k].unicode())
            return false;
    }
    return true;
}

bool TokenList::isPunct(qsizetype i, QChar c) const
{
    if (i < 0 || i >= size() || m_tokens[i].kind != Token::Kind::Punct)
        return false;
    return m_sql[m_tokens[i].begin] == c;
}

qsizetype TokenList::closing(qsizetype open) const
{
    int depth = 0;
    for (qsizetype i = open; i < size(); ++i) {
        if (isPunct(i, u'('))
            ++depth;
        else if (isPunct(i, u')') && --depth == 0)
            return i;
    }
    return size();
}

QString TokenList::slice(qsizetype first, qsizetype last) const
{
    if (first < 0 || first > last || last >= size())
        return {};
    const qsizetype begin = m_tokens[first].begin;
    return m_sql.sliced(begin, m_tokens[last].end - begin).trimmed();
}

QList<std::pair<qsizetype, qsizetype>> TokenList::items(qsizetype open) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    const qsizetype close = closing(open);
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open + 1; i < close; ++i) {
        if (isPunct(i, u'('))
            ++depth;
        else if (isPunct(i, u')'))
            --depth;
        else if (depth == 0 && isPunct(i, u',')) {
            out.append({start, i - 1});
            start = i + 1;
        }
    }
    if (start < close)
        out.append({start, close - 1});
    return out;
}

bool sameName(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace Quarry::SqliteDdl
