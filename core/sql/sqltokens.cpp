// SPDX-License-Identifier: MIT
#include "sql/sqltokens.h"

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() > 127;
}

} // namespace

QList<SqlToken> sqlTokens(QStringView s, Dialect::Kind dialect, bool withStrings)
{
    const bool sqlite = dialect == Dialect::Kind::Sqlite;
    QList<SqlToken> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    const auto quotedUntil = [&](char16_t close) {
        QString text;
        ++i;
        while (i < n) {
            if (s[i] == close) {
                if (close != u']' && i + 1 < n && s[i + 1] == close) {
                    text += close;
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            text += s[i++];
        }
        return text;
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && s[i + 1] == u'-') {
            while (i < n && s[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            const qsizetype end = s.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'') {
            QString text = quotedUntil(u'\'');
            if (withStrings)
                tokens.append({std::move(text), false, false, true});
        } else if (c == u'"' || (sqlite && c == u'`')) {
            tokens.append({quotedUntil(c.unicode()), false, true, false});
        } else if (sqlite && c == u'[') {
            tokens.append({quotedUntil(u']'), false, true, false});
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(s[i]))
                ++i;
            tokens.append({s.sliced(start, i - start).toString(), true, false, false});
        } else {
            tokens.append({QString(c), false, false, false});
            ++i;
        }
    }
    return tokens;
}

} // namespace Quarry
