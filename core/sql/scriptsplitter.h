// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Quarry {

/// One piece of a script, with where it stands in the text (UTF-16 offsets into the script,
/// 0-based lines), so errors can point into the editor.
struct ScriptStatement {
    enum class Kind {
        /// SQL to run: text is the statement without the terminating semicolon, trimmed.
        Sql,
        /// A psql meta-command line (`\set`, `\connect` …): not run; note says so.
        PsqlMeta,
    };
    Kind kind = Kind::Sql;
    QString text{};
    /// [begin, end) of text in the script (end excludes the semicolon).
    qsizetype begin = 0;
    qsizetype end = 0;
    /// Line (0-based) of begin.
    int line = 0;
    /// For `COPY … FROM stdin`: the data lines up to `\.`, without that terminator.
    QString copyData{};
    /// Why a piece is not run (PsqlMeta), empty otherwise.
    QString note{};
};

/// Splits SQL scripts into statements the way the engine's own shell would (psql, sqlite3):
/// single/double/backtick quotes, PostgreSQL E'' strings (backslash escapes), dollar-quoted
/// bodies ($$, $tag$), line comments and block comments (nested on PostgreSQL), SQLite
/// `CREATE TRIGGER … BEGIN … END;` bodies, `COPY … FROM stdin` data blocks up to `\.`, and
/// psql backslash lines (reported as PsqlMeta, not run). Pieces holding only blanks and comments
/// are dropped.
class ScriptSplitter {
public:
    explicit ScriptSplitter(Dialect::Kind dialect);

    QList<ScriptStatement> split(QStringView script) const;
    /// The statement under (or, between statements, just before) the cursor \a offset; -1
    /// when there is none.
    static qsizetype statementAt(const QList<ScriptStatement> &statements, qsizetype offset);

private:
    Dialect::Kind m_dialect;
};

} // namespace Quarry
