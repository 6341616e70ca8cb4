// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/columncompare.h"
#include "schema/metadata.h"

#include <QString>
#include <QStringList>

namespace Quarry {

/// ALTER statements for one dialect (DdlCompiler writes CREATE and DROP). Identifiers go
/// through Dialect::quote(); SQL fragments of the metadata are written as they are.
class AlterDdl {
public:
    /// \a compare knows the dialect and both sides' source dialects.
    explicit AlterDdl(const ColumnCompare &compare);

    /// `"schema"."table"`.
    QString name(const Table &table) const;

    QString renameTable(const Table &from, const QString &newName) const;
    QString renameColumn(const Table &table, const QString &from, const QString &to) const;
    /// `ALTER TABLE … ADD COLUMN <definition>`; with \a reference (SQLite: a foreign key on
    /// just this column) its REFERENCES clause inline.
    QString addColumn(const Table &table, const Column &column,
                      const ForeignKey *reference = nullptr) const;
    QString dropColumn(const Table &table, const QString &column) const;
    /// PostgreSQL: what turns \a change's old column into the new one on \a table (already
    /// renamed): type (USING a cast; the default dropped around it), nullability, default,
    /// identity, serial, generated expression, collation, comment.
    QStringList alterColumn(const Table &table, const Table &fromTable, const Column &from,
                            const Column &to, const ColumnCompare::Differences &d) const;

    /// The column as written in CREATE TABLE / ADD COLUMN (of the `to` side).
    QString columnDefinition(const Table &table, const Column &column) const;
    /// `FOREIGN KEY (…) REFERENCES …` (or `REFERENCES …` alone when \a inlineColumn).
    QString foreignKeyClause(const Table &table, const ForeignKey &fk, bool inlineColumn) const;

    QString dropConstraint(const Table &table, const QString &name) const;
    QString addPrimaryKey(const Table &table) const;
    QString addUnique(const Table &table, const UniqueConstraint &unique) const;
    QString addCheck(const Table &table, const CheckConstraint &check) const;
    QString addForeignKey(const Table &table, const ForeignKey &fk) const;

    // The name PostgreSQL gave a constraint created without one (the reflector leaves those
    // empty); \a table is the table it was created on, under its name then.
    static QString primaryKeyName(const Table &table);
    static QString uniqueName(const Table &table, const UniqueConstraint &unique);
    static QString checkName(const Table &table, const CheckConstraint &check);
    static QString foreignKeyName(const Table &table, const ForeignKey &fk);

    QString dropTrigger(const Trigger &trigger) const;
    QString tableComment(const Table &table) const;

private:
    QString columnList(const QStringList &columns) const;
    QString constraintPrefix(const QString &name) const;

    const ColumnCompare &m_compare;
    const Dialect &m_dialect;
};

} // namespace Quarry
