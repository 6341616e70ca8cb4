// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Quarry {

/// A word, quoted identifier, string or punctuation character of a statement.
struct SqlToken {
    QString text;
    bool word = false;   // a keyword or an unquoted identifier
    bool quoted = false; // a quoted identifier
    bool string = false; // a '…' literal (only when asked for)
    bool isName() const { return word || quoted; }
};

/// The statement's words, quoted identifiers and punctuation, comments skipped; string
/// literals too unless \a withStrings. Enough to find the names a statement is about and what
/// it carries, not a parser. Internal to the core.
QList<SqlToken> sqlTokens(QStringView statement, Dialect::Kind dialect, bool withStrings = false);

} // namespace Quarry
