// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Quarry {

/// Splits a script into its statements at top-level semicolons. Quoted strings ('…', "…",
/// `…`, […]), comments (-- and /* */) and PostgreSQL dollar-quoted bodies ($tag$…$tag$) are
/// respected; inside a CREATE statement, semicolons between BEGIN/CASE and their END (trigger
/// bodies) do not split. Returns the statements trimmed, without the separating semicolon;
/// pieces holding only blanks and comments are dropped.
///
/// ScriptSplitter's generic rules, for backends that run one statement at a time; the editor
/// and `quarry query --file` use ScriptSplitter itself (offsets, dialects, psql lines).
QStringList splitStatements(QStringView sql);

/// The first keyword of \a sql after blanks and comments, upper-cased ("SELECT", "BEGIN");
/// empty when the statement does not start with a word.
QString leadingKeyword(QStringView sql);

/// Whether a statement with leading keyword \a keyword returns rows (SELECT, WITH, VALUES,
/// TABLE, SHOW, PRAGMA, EXPLAIN, FETCH): clients stream those instead of collecting them.
bool returnsRows(QStringView keyword);

} // namespace Quarry
