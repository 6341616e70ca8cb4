// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

#include <QString>
#include <QStringList>

namespace Quarry {

class Dialect;

/// What differs between two versions of a column, as a schema diff compared them (in the
/// target dialect's terms); DdlCompiler::alterColumn() writes what turns one into the other.
struct ColumnDifferences {
    bool type = false;
    bool nullable = false;
    bool defaultValue = false;
    bool generated = false;
    bool identity = false;
    bool autoincrement = false;
    bool collation = false;
    bool comment = false;
    bool any() const
    {
        return type || nullable || defaultValue || generated || identity || autoincrement ||
               collation || comment;
    }
};

/// Writes the DDL statements for schema objects in one dialect: CREATE and DROP
/// (ddlcompiler.cpp), ALTER and the names PostgreSQL generates (ddlcompileralter.cpp).
/// Identifiers always go through Dialect::quote(); SQL fragments held by the metadata
/// (defaults, checks, view queries, index predicates) are written as they are.
class DdlCompiler {
public:
    /// \a sourceDialect is the dialect the metadata's native types and SQL texts are written in
    /// (Metadata::dialect); native types are used only when it matches \a dialect.
    explicit DdlCompiler(const Dialect &dialect, QString sourceDialect = {});

    struct TableOptions {
        bool ifNotExists = false;
        /// Foreign keys left out of CREATE TABLE (indexes into Table::foreignKeys), to be added
        /// later with addForeignKey() — how cycles are created on engines that check references.
        QList<qsizetype> omitForeignKeys{};
    };

    // --- CREATE and DROP (ddlcompiler.cpp) ---

    /// `CREATE SCHEMA IF NOT EXISTS`.
    QString createSchema(QStringView name) const;
    /// CREATE TABLE followed by its CREATE INDEX and COMMENT ON statements.
    QStringList createTable(const Table &table, const TableOptions &options) const;
    QStringList createTable(const Table &table) const { return createTable(table, {}); }
    QString createIndex(const Table &table, const Index &index, bool ifNotExists = false) const;
    QString createView(const View &view) const;
    QString createSequence(const Sequence &sequence, bool ifNotExists = false) const;
    /// The COMMENT ON statements of a table and its columns that have comments (none where the
    /// dialect has no comments).
    QStringList comments(const Table &table) const;
    QString comment(const View &view) const;

    /// DROP TABLE of one or more tables (one statement; PostgreSQL drops references between
    /// them together).
    QString dropTables(const QList<const Table *> &tables, bool ifExists, bool cascade) const;
    QString dropTable(QStringView schema, QStringView name, bool ifExists, bool cascade) const;
    QString dropView(const View &view, bool ifExists) const;
    QString dropSequence(const Sequence &sequence, bool ifExists) const;
    QString dropIndex(QStringView schema, QStringView name, bool ifExists) const;
    QString dropTrigger(const Trigger &trigger) const;

    /// The generated name an unnamed index gets: `ix_<table>_<columns>`.
    static QString indexName(const Table &table, const Index &index);

    // --- ALTER (ddlcompileralter.cpp) ---

    QString renameTable(const Table &from, const QString &newName) const;
    QString renameColumn(const Table &table, const QString &from, const QString &to) const;
    /// `ALTER TABLE … ADD COLUMN <definition>`; with \a reference (SQLite: a foreign key on
    /// just this column) its REFERENCES clause inline.
    QString addColumn(const Table &table, const Column &column,
                      const ForeignKey *reference = nullptr) const;
    QString dropColumn(const Table &table, const QString &column) const;
    /// What turns the column \a from of \a fromTable into \a to on \a table (already renamed),
    /// given the differences \a d: type (USING a cast; the default dropped around it),
    /// nullability, default, identity, serial, generated expression, collation, comment
    /// (PostgreSQL's ALTER COLUMN). \a fromHasDefault: \a from has a default the engine keeps;
    /// \a toNullable: \a to accepts NULL as the engine enforces it.
    QStringList alterColumn(const Table &table, const Table &fromTable, const Column &from,
                            const Column &to, const ColumnDifferences &d, bool fromHasDefault,
                            bool toNullable) const;

    QString dropConstraint(const Table &table, const QString &name) const;
    QString addPrimaryKey(const Table &table) const;
    QString addUnique(const Table &table, const UniqueConstraint &unique) const;
    QString addCheck(const Table &table, const CheckConstraint &check) const;
    QString addForeignKey(const Table &table, const ForeignKey &fk) const;
    /// `COMMENT ON TABLE … IS …` (`IS NULL` for none).
    QString tableComment(const Table &table) const;

    // The name PostgreSQL gave a constraint created without one (the reflectors leave those
    // empty); \a table is the table it was created on, under its name then.
    static QString primaryKeyName(const Table &table);
    static QString uniqueName(const Table &table, const UniqueConstraint &unique);
    static QString foreignKeyName(const Table &table, const ForeignKey &fk);
    /// A check is named after the one column its expression uses (\a onlyColumn; empty when it
    /// uses none or several), else after the table alone.
    static QString checkName(const Table &table, const CheckConstraint &check,
                             const QString &onlyColumn);

    const Dialect &dialect() const { return m_dialect; }

private:
    enum class ColumnUse { CreateTable, InlinePrimaryKey, AddColumn };
    QString columnDefinition(const Table &table, const Column &column, ColumnUse use) const;
    /// The column's default as written (empty = none): its SQL, else its default function's.
    QString defaultValue(const Column &column) const;
    /// `FOREIGN KEY (…) REFERENCES …`, or `REFERENCES …` alone when \a inlineColumn.
    QString foreignKeyClause(const Table &table, const ForeignKey &fk,
                             bool inlineColumn = false) const;
    QString columnList(const QStringList &columns) const;
    QString constraintName(const QString &name) const;
    QString tableName(const Table &table) const;
    /// `COMMENT ON <what> <name> IS <text>` (`IS NULL` when \a text is empty).
    QString commentOn(QStringView what, const QString &name, const QString &text) const;

    const Dialect &m_dialect;
    QString m_source;
};

} // namespace Quarry
