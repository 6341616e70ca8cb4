// SPDX-License-Identifier: MIT
#include "sql/secretstatement.h"

#include "sql/sqltokens.h"

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

bool isWord(const SqlToken &token, QStringView word)
{
    return token.word && token.text.compare(word, Qt::CaseInsensitive) == 0;
}

// A literal where a value goes: a string, a dollar-quoted string (read as words starting
// with '$'), a number, or '=' before one.
bool isValue(const SqlToken &token)
{
    return token.string || token.text == u"=" ||
           (token.word && (token.text.startsWith(u'$') || token.text.front().isDigit()));
}

} // namespace

bool carriesPassword(QStringView statement, Dialect::Kind dialect)
{
    const QList<SqlToken> tokens = sqlTokens(statement, dialect, true);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens[i];
        if (token.string && token.text.contains(u"password"_s, Qt::CaseInsensitive))
            return true;
        // dollar quotes are read as words: "$$host=h password=x$$"
        if (token.word && token.text.startsWith(u'$') &&
            token.text.contains(u"password"_s, Qt::CaseInsensitive))
            return true;
        if (isWord(token, u"IDENTIFIED"))
            return true;
        if (isWord(token, u"PASSWORD") && ((i + 1 < tokens.size() && isValue(tokens[i + 1])) ||
                                           (i == 1 && isWord(tokens[0], u"SET"))))
            return true;
    }
    return false;
}

} // namespace Quarry
