// SPDX-License-Identifier: MIT
#include "editor/sqlkeywords.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry::Ui::SqlKeywords {

namespace {

constexpr const char *Common[] = {
    "ABORT",      "ADD",        "ALL",       "ALTER",        "ANALYZE",      "AND",
    "AS",         "ASC",        "BEGIN",     "BETWEEN",      "BY",           "CASCADE",
    "CASE",       "CAST",       "CHECK",     "COLLATE",      "COLUMN",       "COMMIT",
    "CONSTRAINT", "CREATE",     "CROSS",     "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
    "DEFAULT",    "DEFERRABLE", "DEFERRED",  "DELETE",       "DESC",         "DISTINCT",
    "DO",         "DROP",       "ELSE",      "END",          "ESCAPE",       "EXCEPT",
    "EXISTS",     "EXPLAIN",    "FALSE",     "FILTER",       "FIRST",        "FOLLOWING",
    "FOR",        "FOREIGN",    "FROM",      "FULL",         "GENERATED",    "GROUP",
    "HAVING",     "IF",         "IMMEDIATE", "IN",           "INDEX",        "INNER",
    "INSERT",     "INTERSECT",  "INTO",      "IS",           "JOIN",         "KEY",
    "LAST",       "LEFT",       "LIKE",      "LIMIT",        "MATERIALIZED", "NATURAL",
    "NO",         "NOT",        "NOTHING",   "NULL",         "NULLS",        "OF",
    "OFFSET",     "ON",         "OR",        "ORDER",        "OUTER",        "OVER",
    "PARTITION",  "PRECEDING",  "PRIMARY",   "RANGE",        "RECURSIVE",    "REFERENCES",
    "RELEASE",    "RENAME",     "REPLACE",   "RESTRICT",     "RETURNING",    "RIGHT",
    "ROLLBACK",   "ROW",        "ROWS",      "SAVEPOINT",    "SELECT",       "SET",
    "TABLE",      "TEMPORARY",  "THEN",      "TO",           "TRANSACTION",  "TRIGGER",
    "TRUE",       "UNBOUNDED",  "UNION",     "UNIQUE",       "UPDATE",       "USING",
    "VALUES",     "VIEW",       "WHEN",      "WHERE",        "WINDOW",       "WITH"};

constexpr const char *SqliteOnly[] = {
    "ATTACH", "AUTOINCREMENT", "CONFLICT", "DATABASE", "DETACH", "EXCLUSIVE", "FAIL",
    "GLOB",   "IGNORE",        "INDEXED",  "INSTEAD",  "ISNULL", "MATCH",     "NOTNULL",
    "PLAN",   "PRAGMA",        "QUERY",    "RAISE",    "REGEXP", "REINDEX",   "ROWID",
    "STRICT", "TEMP",          "VACUUM",   "VIRTUAL",  "WITHOUT"};

constexpr const char *PostgresOnly[] = {
    "ANY",       "ARRAY",       "ASYMMETRIC",   "AUTHORIZATION", "BOTH",      "CALL",
    "CLUSTER",   "COMMENT",     "CONCURRENTLY", "CONFLICT",      "COPY",      "CURRENT_USER",
    "CURSOR",    "DECLARE",     "DISCARD",      "DOMAIN",        "EXTENSION", "FETCH",
    "FUNCTION",  "GRANT",       "IDENTITY",     "ILIKE",         "INHERITS",  "LANGUAGE",
    "LATERAL",   "LISTEN",      "LOCK",         "NOTIFY",        "ONLY",      "OWNED",
    "OWNER",     "PROCEDURE",   "REFRESH",      "RETURNS",       "REVOKE",    "ROLE",
    "SCHEMA",    "SEQUENCE",    "SESSION_USER", "SHOW",          "SIMILAR",   "SOME",
    "SYMMETRIC", "TABLESAMPLE", "TRUNCATE",     "TYPE",          "UNLOGGED",  "USER",
    "VACUUM",    "VARIADIC",    "VERBOSE"};

constexpr const char *CommonTypes[] = {
    "ABS",  "AVG",     "BLOB",   "BOOLEAN",   "CHAR",    "COALESCE", "COUNT",
    "DATE", "DECIMAL", "DOUBLE", "FLOAT",     "INTEGER", "LENGTH",   "LOWER",
    "MAX",  "MIN",     "NULLIF", "NUMERIC",   "REAL",    "ROUND",    "SUBSTR",
    "SUM",  "TEXT",    "TIME",   "TIMESTAMP", "TRIM",    "UPPER",    "VARCHAR"};

constexpr const char *SqliteTypes[] = {"CHANGES",   "DATETIME", "GROUP_CONCAT", "HEX",
                                       "IFNULL",    "INSTR",    "JSON",         "JSON_EXTRACT",
                                       "JULIANDAY", "PRINTF",   "RANDOM",       "RANDOMBLOB",
                                       "STRFTIME",  "TYPEOF",   "ZEROBLOB"};

constexpr const char *PostgresTypes[] = {
    "ARRAY_AGG", "BIGINT",     "BIGSERIAL",   "BYTEA",           "CHARACTER",
    "CONCAT",    "DATE_TRUNC", "EXTRACT",     "GEN_RANDOM_UUID", "INTERVAL",
    "JSONB",     "JSON_AGG",   "NOW",         "REGCLASS",        "SERIAL",
    "SMALLINT",  "STRING_AGG", "TIMESTAMPTZ", "TO_CHAR",         "UNNEST",
    "UUID",      "VARYING"};

// Clause words and others that cannot be an alias; a name spelled like one must be quoted.
constexpr const char *Reserved[] = {
    "ALL",   "AND",     "AS",         "CASE",      "CHECK",  "COLLATE", "CONSTRAINT", "CREATE",
    "CROSS", "DEFAULT", "DELETE",     "DISTINCT",  "DROP",   "ELSE",    "END",        "EXCEPT",
    "FETCH", "FOR",     "FOREIGN",    "FROM",      "FULL",   "GROUP",   "HAVING",     "IN",
    "INNER", "INSERT",  "INTERSECT",  "INTO",      "IS",     "JOIN",    "LATERAL",    "LEFT",
    "LIMIT", "NATURAL", "NOT",        "NULL",      "OFFSET", "ON",      "OR",         "ORDER",
    "OUTER", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT",  "SELECT",  "SET",        "TABLE",
    "THEN",  "TO",      "UNION",      "UNIQUE",    "UPDATE", "USER",    "USING",      "VALUES",
    "WHEN",  "WHERE",   "WINDOW",     "WITH"};

template<std::size_t N, std::size_t M>
QStringList merged(const char *const (&a)[N], const char *const (&b)[M])
{
    QStringList out;
    for (const char *word : a)
        out.append(QString::fromLatin1(word));
    for (const char *word : b)
        out.append(QString::fromLatin1(word));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

const QStringList &keywords(Dialect::Kind kind)
{
    static const QStringList sqlite = merged(Common, SqliteOnly);
    static const QStringList postgres = merged(Common, PostgresOnly);
    static const QStringList generic = merged(Common, Common);
    switch (kind) {
    case Dialect::Kind::Sqlite:
        return sqlite;
    case Dialect::Kind::Postgres:
        return postgres;
    case Dialect::Kind::Generic:
        break;
    }
    return generic;
}

const QStringList &typesAndFunctions(Dialect::Kind kind)
{
    static const QStringList sqlite = merged(CommonTypes, SqliteTypes);
    static const QStringList postgres = merged(CommonTypes, PostgresTypes);
    static const QStringList generic = merged(CommonTypes, CommonTypes);
    switch (kind) {
    case Dialect::Kind::Sqlite:
        return sqlite;
    case Dialect::Kind::Postgres:
        return postgres;
    case Dialect::Kind::Generic:
        break;
    }
    return generic;
}

bool isReserved(QStringView word)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> set;
        for (const char *w : Reserved)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return reserved.contains(word.toString().toUpper());
}

} // namespace Quarry::Ui::SqlKeywords
