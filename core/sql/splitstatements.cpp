// SPDX-License-Identifier: MIT
#include "sql/splitstatements.h"

namespace Quarry {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

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

/// Index after a quoted string/identifier or dollar-quoted body starting at \a i, or \a i.
qsizetype skipQuoted(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    const QChar c = s[i];
    if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
        const QChar close = c == u'[' ? u']' : c;
        for (qsizetype j = i + 1; j < n; ++j) {
            if (s[j] != close)
                continue;
            if (close != u']' && j + 1 < n && s[j + 1] == close) {
                ++j; // a doubled quote stands for itself
                continue;
            }
            return j + 1;
        }
        return n;
    }
    // $tag$ … $tag$; the caller makes sure the $ does not continue an identifier, and $1 is a
    // parameter, not a tag.
    if (c == u'$' && i + 1 < n && !s[i + 1].isDigit()) {
        qsizetype j = i + 1;
        while (j < n && (s[j].isLetterOrNumber() || s[j] == u'_'))
            ++j;
        if (j < n && s[j] == u'$') {
            const QStringView tag = s.sliced(i, j - i + 1);
            const qsizetype end = s.indexOf(tag, j + 1);
            return end < 0 ? n : end + tag.size();
        }
    }
    return i;
}

} // namespace

QStringList splitStatements(QStringView sql)
{
    QStringList out;
    const qsizetype n = sql.size();
    qsizetype start = 0;
    int words = 0; // words seen of the statement, to recognise CREATE … TRIGGER in the first four
    bool isCreate = false;
    bool blockMode = false;
    int depth = 0;

    const auto flush = [&](qsizetype end) {
        const QStringView piece = sql.sliced(start, end - start).trimmed();
        if (skipBlanksAndComments(piece, 0) < piece.size())
            out.append(piece.toString());
        start = end + 1;
        words = 0;
        isCreate = false;
        blockMode = false;
        depth = 0;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql[i];
        const bool continuesWord = i > 0 && isWordChar(sql[i - 1]);
        if (qsizetype next = skipComment(sql, i); next != i) {
            i = next;
            continue;
        }
        if (!continuesWord) {
            if (qsizetype next = skipQuoted(sql, i); next != i) {
                i = next;
                continue;
            }
        }
        if (c == u';' && depth == 0) {
            flush(i);
            ++i;
            continue;
        }
        if ((c.isLetter() || c == u'_') && !continuesWord) {
            qsizetype j = i + 1;
            while (j < n && isWordChar(sql[j]))
                ++j;
            const QStringView word = sql.sliced(i, j - i);
            const auto is = [word](QStringView keyword) {
                return word.compare(keyword, Qt::CaseInsensitive) == 0;
            };
            if (words < 4) {
                isCreate = words++ == 0 ? is(u"CREATE") : isCreate;
                // Trigger bodies (and SQL-standard function bodies) hold semicolons of their own.
                blockMode = blockMode ||
                            (isCreate && (is(u"TRIGGER") || is(u"FUNCTION") || is(u"PROCEDURE")));
            }
            if (blockMode) {
                if (is(u"BEGIN") || is(u"CASE"))
                    ++depth;
                else if (is(u"END") && depth > 0)
                    --depth;
            }
            i = j;
            continue;
        }
        ++i;
    }
    if (start < n)
        flush(n);
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

} // namespace Quarry
