// SPDX-License-Identifier: MIT
// DiffPlanner: the steps that change one table (ALTER TABLE, CREATE / DROP INDEX, SQLite's
// rebuild).
#include "migrate/diffplanner.h"

#include "migrate/sqliterebuild.h"
#include "schema/dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

using Kind = MigrationStep::Kind;

QString columns(const QStringList &names)
{
    return u'(' + names.join(u", "_s) + u')';
}

// "type varchar(80) → text, NOT NULL, default 0"
QString describe(const ColumnCompare &compare, const Table &to, const ColumnChange &change)
{
    const ColumnCompare::Differences &d = change.differences;
    QStringList parts;
    if (d.type) {
        parts.append(Tr::tr("type %1 → %2")
                         .arg(compare.typeSql(*change.from, compare.fromSource()),
                              compare.typeSql(*change.to, compare.toSource())));
    }
    if (d.nullable)
        parts.append(compare.isNullable(to, *change.to) ? u"NULL"_s : u"NOT NULL"_s);
    if (d.defaultValue) {
        const QString value = compare.defaultSql(*change.to, compare.toSource());
        parts.append(value.isEmpty() ? Tr::tr("no default") : Tr::tr("default %1").arg(value));
    }
    if (d.generated)
        parts.append(change.to->generatedSql.isEmpty()
                         ? Tr::tr("not generated")
                         : Tr::tr("generated as %1").arg(change.to->generatedSql));
    if (d.identity)
        parts.append(Tr::tr("identity"));
    if (d.autoincrement)
        parts.append(change.to->autoincrement ? Tr::tr("autoincrement")
                                              : Tr::tr("no autoincrement"));
    if (d.collation)
        parts.append(Tr::tr("collation %1").arg(change.to->collation));
    if (d.comment)
        parts.append(Tr::tr("comment"));
    return parts.join(u", "_s);
}

bool losesData(const ColumnCompare &compare, const Table &to, const ColumnChange &change)
{
    const ColumnCompare::Differences &d = change.differences;
    return (d.type && !compare.isWidening(*change.from, *change.to)) ||
           (d.nullable && !compare.isNullable(to, *change.to));
}

// A new NOT NULL column with nothing to fill existing rows with.
QStringList unfillable(const ColumnCompare &compare, const Table &to,
                       const QList<const Column *> &added)
{
    QStringList names;
    for (const Column *c : added) {
        if (!compare.isNullable(to, *c) && c->generatedSql.isEmpty() && !c->autoincrement &&
            c->identity == Identity::None && compare.defaultKey(*c, compare.toSource()).isEmpty())
            names.append(c->name);
    }
    return names;
}

} // namespace

void DiffPlanner::alterTable(const Pair &p)
{
    if (p.rebuild) {
        rebuild(p);
        return;
    }
    if (m_dialect.kind() == Dialect::Kind::Sqlite) {
        alterInPlace(p);
        return;
    }
    const Table &from = *p.from;
    const Table &to = *p.to;
    const TableChanges &c = p.changes;
    for (const Index *index : c.droppedIndexes) {
        const QString name = TableCompare::indexName(from, *index);
        add(Kind::DropIndex, to.schema, to.name, name,
            Tr::tr("drop index %1 on %2").arg(name, to.name),
            QStringList(m_ddl.dropIndex(from.schema, name, false)));
    }
    for (const UniqueConstraint *u : c.droppedUniques) {
        const QString name = DdlCompiler::uniqueName(from, *u);
        add(Kind::DropUnique, to.schema, to.name, name,
            Tr::tr("drop unique %1 on %2").arg(columns(u->columns), to.name),
            QStringList(m_ddl.dropConstraint(to, name)));
    }
    for (const CheckConstraint *check : c.droppedChecks) {
        const QString name = TableCompare::checkName(from, *check);
        add(Kind::DropCheck, to.schema, to.name, name,
            Tr::tr("drop check (%1) on %2").arg(check->sql, to.name),
            QStringList(m_ddl.dropConstraint(to, name)));
    }
    if (c.primaryKeyChanged && !from.primaryKey.isEmpty()) {
        const QString name = DdlCompiler::primaryKeyName(from);
        add(Kind::AlterPrimaryKey, to.schema, to.name, name,
            Tr::tr("drop primary key %1 of %2").arg(columns(from.primaryKey.columns), to.name),
            QStringList(m_ddl.dropConstraint(to, name)));
    }
    for (const Column *column : c.droppedColumns) {
        add(Kind::DropColumn, to.schema, to.name, column->name,
            Tr::tr("drop column %1.%2").arg(to.name, column->name),
            QStringList(m_ddl.dropColumn(to, column->name)), true);
    }
    const QStringList noFill = unfillable(m_compare, to, c.addedColumns);
    for (const Column *column : c.addedColumns) {
        QString description =
            Tr::tr("add column %1.%2 (%3)")
                .arg(to.name, column->name, m_dialect.columnType(*column, m_to.dialect));
        if (noFill.contains(column->name))
            description += Tr::tr(": NOT NULL without a default fails if the table has rows");
        add(Kind::AddColumn, to.schema, to.name, column->name, description,
            QStringList(m_ddl.addColumn(to, *column)));
    }
    for (const ColumnChange &change : c.alteredColumns) {
        const bool fromHasDefault =
            !m_compare.defaultKey(*change.from, m_compare.fromSource()).isEmpty();
        const QStringList sql =
            m_ddl.alterColumn(to, from, *change.from, *change.to, change.differences,
                              fromHasDefault, m_compare.isNullable(to, *change.to));
        if (sql.isEmpty())
            continue;
        add(Kind::AlterColumn, to.schema, to.name, change.to->name,
            Tr::tr("alter column %1.%2: %3")
                .arg(to.name, change.to->name, describe(m_compare, to, change)),
            sql, losesData(m_compare, to, change));
    }
    if (c.primaryKeyChanged && !to.primaryKey.isEmpty()) {
        add(Kind::AlterPrimaryKey, to.schema, to.name, to.primaryKey.name,
            Tr::tr("add primary key %1 to %2").arg(columns(to.primaryKey.columns), to.name),
            QStringList(m_ddl.addPrimaryKey(to)));
    }
    for (const UniqueConstraint *u : c.addedUniques) {
        add(Kind::AddUnique, to.schema, to.name, u->name,
            Tr::tr("add unique %1 on %2").arg(columns(u->columns), to.name),
            QStringList(m_ddl.addUnique(to, *u)));
    }
    for (const CheckConstraint *check : c.addedChecks) {
        add(Kind::AddCheck, to.schema, to.name, check->name,
            Tr::tr("add check (%1) on %2").arg(check->sql, to.name),
            QStringList(m_ddl.addCheck(to, *check)));
    }
    for (const Index *index : c.addedIndexes) {
        const QString name = TableCompare::indexName(to, *index);
        add(Kind::AddIndex, to.schema, to.name, name,
            Tr::tr("add index %1 on %2").arg(name, to.name),
            QStringList(m_ddl.createIndex(to, *index)));
    }
    if (c.commentChanged) {
        add(Kind::AlterColumn, to.schema, to.name, {}, Tr::tr("comment on table %1").arg(to.name),
            QStringList(m_ddl.tableComment(to)));
    }
}

void DiffPlanner::alterInPlace(const Pair &p)
{
    const Table &from = *p.from;
    const Table &to = *p.to;
    const TableChanges &c = p.changes;
    for (const Index *index : c.droppedIndexes) {
        const QString name = TableCompare::indexName(from, *index);
        add(Kind::DropIndex, to.schema, to.name, name,
            Tr::tr("drop index %1 on %2").arg(name, to.name),
            QStringList(m_ddl.dropIndex(from.schema, name, false)));
    }
    for (const Column *column : c.droppedColumns) {
        add(Kind::DropColumn, to.schema, to.name, column->name,
            Tr::tr("drop column %1.%2").arg(to.name, column->name),
            QStringList(m_ddl.dropColumn(to, column->name)), true);
    }
    for (const Column *column : c.addedColumns) {
        add(Kind::AddColumn, to.schema, to.name, column->name,
            Tr::tr("add column %1.%2 (%3)")
                .arg(to.name, column->name, m_dialect.columnType(*column, m_to.dialect)),
            QStringList(m_ddl.addColumn(to, *column, SqliteRebuild::inlineReference(c, *column))));
    }
    for (const Index *index : c.addedIndexes) {
        const QString name = TableCompare::indexName(to, *index);
        add(Kind::AddIndex, to.schema, to.name, name,
            Tr::tr("add index %1 on %2").arg(name, to.name),
            QStringList(m_ddl.createIndex(to, *index)));
    }
}

void DiffPlanner::rebuild(const Pair &p)
{
    const Table &to = *p.to;
    const TableChanges &c = p.changes;
    QStringList what;
    bool destructive = !c.droppedColumns.isEmpty();
    for (const Column *column : c.addedColumns)
        what.append(Tr::tr("add column %1").arg(column->name));
    for (const Column *column : c.droppedColumns)
        what.append(Tr::tr("drop column %1").arg(column->name));
    for (const ColumnChange &change : c.alteredColumns) {
        what.append(
            Tr::tr("alter column %1: %2").arg(change.to->name, describe(m_compare, to, change)));
        destructive = destructive || losesData(m_compare, to, change);
    }
    if (c.primaryKeyChanged)
        what.append(Tr::tr("primary key %1").arg(columns(to.primaryKey.columns)));
    for (const UniqueConstraint *u : c.droppedUniques)
        what.append(Tr::tr("drop unique %1").arg(columns(u->columns)));
    for (const UniqueConstraint *u : c.addedUniques)
        what.append(Tr::tr("add unique %1").arg(columns(u->columns)));
    for (const CheckConstraint *check : c.droppedChecks)
        what.append(Tr::tr("drop check (%1)").arg(check->sql));
    for (const CheckConstraint *check : c.addedChecks)
        what.append(Tr::tr("add check (%1)").arg(check->sql));
    for (const ForeignKey *fk : c.droppedForeignKeys)
        what.append(
            Tr::tr("drop foreign key %1 → %2").arg(columns(fk->columns), fk->referredTable));
    for (const ForeignKey *fk : c.addedForeignKeys)
        what.append(Tr::tr("add foreign key %1 → %2").arg(columns(fk->columns), fk->referredTable));
    if (c.optionsChanged)
        what.append(Tr::tr("table options"));
    if (!c.droppedIndexes.isEmpty() || !c.addedIndexes.isEmpty())
        what.append(Tr::tr("indexes"));
    QString description = Tr::tr("rebuild table %1: %2").arg(to.name, what.join(u"; "_s));
    if (const QStringList noFill = unfillable(m_compare, to, c.addedColumns); !noFill.isEmpty()) {
        description += Tr::tr(" (the new NOT NULL column %1 has no default: copying the rows "
                              "fails unless the table is empty)")
                           .arg(noFill.join(u", "_s));
    }
    add(Kind::RebuildTable, to.schema, to.name, {}, description,
        SqliteRebuild::statements(c, m_compare, temporaryName(to.name)), destructive);
}

} // namespace Quarry
