// SPDX-License-Identifier: MIT
#pragma once

#include "schema/constraints.h"

#include <QList>
#include <QString>
#include <QStringList>

// What SQLite's pragmas do not tell, read from the CREATE statements kept in sqlite_schema:
// constraint names, CHECK and generated-column expressions, defaults as written, COLLATE,
// AUTOINCREMENT, DEFERRABLE, index WHERE clauses and expression keys.

namespace Quarry::SqliteDdl {

struct ParsedColumn {
    QString name{};
    /// The DEFAULT clause's expression exactly as written (`0`, `'x'`, `(datetime('now'))`).
    QString defaultSql{};
    QString collation{};
    /// `GENERATED ALWAYS AS (expr)` / `AS (expr)`: the expression without the parentheses.
    QString generatedSql{};
    bool autoincrement = false;
};

/// A UNIQUE constraint as declared, with each column's COLLATE (empty when none), which
/// decides whether SQLite folds it into an equal one.
struct ParsedUnique {
    QString name{};
    QStringList columns{};
    QStringList collations{};
    friend bool operator==(const ParsedUnique &, const ParsedUnique &) = default;
};

struct ParsedTable {
    /// False when the text is not a CREATE TABLE with a column list (CREATE VIRTUAL TABLE).
    bool valid = false;
    QList<ParsedColumn> columns{};
    QString primaryKeyName{};
    QStringList primaryKey{};
    /// `INTEGER PRIMARY KEY DESC` (which, unlike ASC, is no rowid alias).
    bool primaryKeyDescending = false;
    /// In declaration order; referredColumns empty when the clause omits them.
    QList<ForeignKey> foreignKeys{};
    /// In declaration order; column-level UNIQUE as one-column constraints.
    QList<ParsedUnique> uniques{};
    QList<CheckConstraint> checks{};
    bool withoutRowid = false;
    bool strict = false;

    /// The column called \a name (compared as SQLite compares names), or nullptr.
    const ParsedColumn *column(QStringView name) const;
};

/// Parses `CREATE [TEMP] TABLE [IF NOT EXISTS] [schema.]name (…) [options]`.
ParsedTable parseCreateTable(const QString &sql);
/// parseCreateTable() of each text.
QList<ParsedTable> parseCreateTables(const QStringList &sql);

struct ParsedIndexPart {
    /// The key without its COLLATE / ASC / DESC: a column name or an expression, as written.
    QString text{};
    /// The part's COLLATE name as written; empty when none.
    QString collation{};
};

struct ParsedIndex {
    bool valid = false;
    /// CREATE UNIQUE INDEX.
    bool unique = false;
    QList<ParsedIndexPart> parts{};
    /// The WHERE predicate as written; empty when the index is not partial.
    QString where{};
};

/// Parses `CREATE [UNIQUE] INDEX … ON table (keys) [WHERE expr]`.
ParsedIndex parseCreateIndex(const QString &sql);

struct ParsedView {
    /// The names of `CREATE VIEW v (a, b) AS …`, unquoted; empty when the statement has none.
    QStringList columns{};
    /// The query after AS, as written; empty when there is no AS.
    QString query{};
};

/// Parses `CREATE [TEMP] VIEW [IF NOT EXISTS] [schema.]name [(columns)] AS query`.
ParsedView parseCreateView(const QString &sql);
/// The query of a `CREATE VIEW … AS query` statement; empty when there is no AS.
QString parseViewQuery(const QString &sql);

} // namespace Quarry::SqliteDdl
