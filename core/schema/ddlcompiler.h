// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

#include <QString>
#include <QStringList>

namespace Quarry {

class Dialect;

/// Writes CREATE / DROP statements for schema objects in one dialect. Identifiers always go
/// through Dialect::quote(); SQL fragments held by the metadata (defaults, checks, view queries,
/// index predicates) are written as they are.
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

    /// CREATE TABLE followed by its CREATE INDEX and COMMENT ON statements.
    QStringList createTable(const Table &table, const TableOptions &options) const;
    QStringList createTable(const Table &table) const { return createTable(table, {}); }
    QString createIndex(const Table &table, const Index &index, bool ifNotExists = false) const;
    QString addForeignKey(const Table &table, const ForeignKey &fk) const;
    QString createView(const View &view) const;
    QString createSequence(const Sequence &sequence, bool ifNotExists = false) const;
    QStringList comments(const Table &table) const;
    QString comment(const View &view) const;

    /// DROP TABLE of one or more tables (one statement; PostgreSQL drops references between
    /// them together).
    QString dropTables(const QList<const Table *> &tables, bool ifExists, bool cascade) const;
    QString dropTable(QStringView schema, QStringView name, bool ifExists, bool cascade) const;
    QString dropView(const View &view, bool ifExists) const;
    QString dropSequence(const Sequence &sequence, bool ifExists) const;
    QString dropIndex(QStringView schema, QStringView name, bool ifExists) const;

    /// The generated name an unnamed index gets: `ix_<table>_<columns>`.
    static QString indexName(const Table &table, const Index &index);

    const Dialect &dialect() const { return m_dialect; }

private:
    QString columnDefinition(const Table &table, const Column &column, bool inlinePrimaryKey) const;
    QString foreignKeyClause(const Table &table, const ForeignKey &fk) const;
    QString columnList(const QStringList &columns) const;
    QString constraintName(const QString &name) const;

    const Dialect &m_dialect;
    QString m_source;
};

} // namespace Quarry
