// SPDX-License-Identifier: MIT
#include "migrate/alterddl.h"

#include "migrate/sqlnormalizer.h"
#include "schema/dialect.h"
#include "schema/postgres/pgnames.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

QString generatedName(const QString &table, const QString &addition, const char *label)
{
    return QString::fromUtf8(PgNames::objectName(table.toUtf8(), addition.toUtf8(), label));
}

bool isSerial(const Column &column)
{
    return column.autoincrement && column.identity == Identity::None;
}

QString identityKind(Identity identity)
{
    return identity == Identity::Always ? u"ALWAYS"_s : u"BY DEFAULT"_s;
}

} // namespace

AlterDdl::AlterDdl(const ColumnCompare &compare)
    : m_compare(compare)
    , m_dialect(compare.dialect())
{}

QString AlterDdl::name(const Table &table) const
{
    return m_dialect.qualified(table.schema, table.name);
}

QString AlterDdl::columnList(const QStringList &columns) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(m_dialect.quote(c));
    return u'(' + quoted.join(u", "_s) + u')';
}

QString AlterDdl::constraintPrefix(const QString &constraint) const
{
    return constraint.isEmpty() ? QString() : u"CONSTRAINT "_s + m_dialect.quote(constraint) + u' ';
}

QString AlterDdl::renameTable(const Table &from, const QString &newName) const
{
    return u"ALTER TABLE "_s + name(from) + u" RENAME TO "_s + m_dialect.quote(newName);
}

QString AlterDdl::renameColumn(const Table &table, const QString &from, const QString &to) const
{
    return u"ALTER TABLE "_s + name(table) + u" RENAME COLUMN "_s + m_dialect.quote(from) +
           u" TO "_s + m_dialect.quote(to);
}

// DdlCompiler's column definition, for ADD COLUMN (never the inline SQLite primary key).
QString AlterDdl::columnDefinition(const Table &table, const Column &column) const
{
    Q_UNUSED(table)
    QString sql = m_dialect.quote(column.name);
    const QString type = m_dialect.columnType(column, m_compare.toSource());
    if (!type.isEmpty())
        sql += u' ' + type;
    if (!column.collation.isEmpty())
        sql += u" COLLATE "_s + m_dialect.quote(column.collation);
    const bool postgres = m_dialect.kind() == Dialect::Kind::Postgres;
    if (!column.generatedSql.isEmpty()) {
        sql += u" GENERATED ALWAYS AS ("_s + column.generatedSql + u')';
        sql += column.generatedStored || postgres ? u" STORED"_s : u" VIRTUAL"_s;
    }
    if (column.identity != Identity::None && postgres)
        sql += u" GENERATED "_s + identityKind(column.identity) + u" AS IDENTITY"_s;
    if (!column.nullable)
        sql += u" NOT NULL"_s;
    if (!(column.autoincrement && postgres)) {
        const QString value = m_compare.defaultSql(column, m_compare.toSource());
        if (!value.isEmpty())
            sql += u" DEFAULT "_s + value;
    }
    return sql;
}

QString AlterDdl::foreignKeyClause(const Table &table, const ForeignKey &fk,
                                   bool inlineColumn) const
{
    // SQLite resolves REFERENCES in the referring table's database and rejects a qualifier.
    const QString refSchema =
        m_dialect.kind() == Dialect::Kind::Sqlite
            ? QString()
            : (fk.referredSchema.isEmpty() ? table.schema : fk.referredSchema);
    QString sql = constraintPrefix(fk.name);
    if (!inlineColumn)
        sql += u"FOREIGN KEY "_s + columnList(fk.columns) + u' ';
    sql += u"REFERENCES "_s + m_dialect.qualified(refSchema, fk.referredTable);
    if (!fk.referredColumns.isEmpty())
        sql += u' ' + columnList(fk.referredColumns);
    if (fk.onDelete != ReferentialAction::NoAction)
        sql += u" ON DELETE "_s + referentialActionSql(fk.onDelete);
    if (fk.onUpdate != ReferentialAction::NoAction)
        sql += u" ON UPDATE "_s + referentialActionSql(fk.onUpdate);
    if (fk.deferrable)
        sql += fk.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s
                                    : u" DEFERRABLE INITIALLY IMMEDIATE"_s;
    return sql;
}

QString AlterDdl::addColumn(const Table &table, const Column &column,
                            const ForeignKey *reference) const
{
    QString sql =
        u"ALTER TABLE "_s + name(table) + u" ADD COLUMN "_s + columnDefinition(table, column);
    if (reference)
        sql += u' ' + foreignKeyClause(table, *reference, true);
    return sql;
}

QString AlterDdl::dropColumn(const Table &table, const QString &column) const
{
    return u"ALTER TABLE "_s + name(table) + u" DROP COLUMN "_s + m_dialect.quote(column);
}

QStringList AlterDdl::alterColumn(const Table &table, const Table &fromTable, const Column &from,
                                  const Column &to, const ColumnCompare::Differences &d) const
{
    QStringList out;
    const QString column = m_dialect.quote(to.name);
    const QString alter = u"ALTER TABLE "_s + name(table) + u" ALTER COLUMN "_s + column + u' ';
    if (d.generated && !to.generatedSql.isEmpty()) {
        // PostgreSQL cannot change a generation expression: the column is computed anew.
        out.append(dropColumn(table, to.name));
        out.append(addColumn(table, to));
        return out;
    }
    if (d.generated)
        out.append(alter + u"DROP EXPRESSION"_s);
    if (d.identity && from.identity != Identity::None && to.identity == Identity::None)
        out.append(alter + u"DROP IDENTITY"_s);
    const QString sequence =
        m_dialect.qualified(table.schema, generatedName(fromTable.name, from.name, "seq"));
    const bool serialDropped = d.autoincrement && isSerial(from) && !isSerial(to);
    if (serialDropped) {
        out.append(alter + u"DROP DEFAULT"_s);
        out.append(u"DROP SEQUENCE IF EXISTS "_s + sequence);
    }
    const bool hadDefault = !m_compare.defaultKey(from, m_compare.fromSource()).isEmpty();
    // A default of the old type may not cast to the new one: set again afterwards.
    const bool defaultAround = d.type && hadDefault;
    if (defaultAround)
        out.append(alter + u"DROP DEFAULT"_s);
    if (d.type || d.collation) {
        const QString type = m_compare.typeSql(to, m_compare.toSource());
        QString sql = alter + u"TYPE "_s + type;
        if (!to.collation.isEmpty())
            sql += u" COLLATE "_s + m_dialect.quote(to.collation);
        if (d.type)
            sql += u" USING "_s + column + u"::"_s + type;
        out.append(sql);
    }
    if (d.nullable)
        out.append(alter +
                   (m_compare.isNullable(table, to) ? u"DROP NOT NULL"_s : u"SET NOT NULL"_s));
    if (d.defaultValue || defaultAround) {
        const QString value = (to.autoincrement || to.identity != Identity::None)
                                  ? QString()
                                  : m_compare.defaultSql(to, m_compare.toSource());
        if (!value.isEmpty())
            out.append(alter + u"SET DEFAULT "_s + value);
        else if (hadDefault && !defaultAround)
            out.append(alter + u"DROP DEFAULT"_s);
    }
    if (d.identity && to.identity != Identity::None) {
        out.append(alter +
                   (from.identity == Identity::None ? u"ADD GENERATED "_s : u"SET GENERATED "_s) +
                   identityKind(to.identity) +
                   (from.identity == Identity::None ? u" AS IDENTITY"_s : QString()));
    }
    if (d.autoincrement && isSerial(to) && !isSerial(from)) {
        const QString newSequence =
            m_dialect.qualified(table.schema, generatedName(table.name, to.name, "seq"));
        out.append(u"CREATE SEQUENCE IF NOT EXISTS "_s + newSequence + u" OWNED BY "_s +
                   name(table) + u'.' + column);
        out.append(alter + u"SET DEFAULT nextval("_s + m_dialect.literal(newSequence) +
                   u"::regclass)"_s);
        out.append(u"SELECT pg_catalog.setval("_s + m_dialect.literal(newSequence) +
                   u", COALESCE(max("_s + column + u"), 0) + 1, false) FROM "_s + name(table));
    }
    if (d.comment) {
        out.append(u"COMMENT ON COLUMN "_s + name(table) + u'.' + column + u" IS "_s +
                   (to.comment.isEmpty() ? u"NULL"_s : m_dialect.literal(to.comment)));
    }
    return out;
}

QString AlterDdl::dropConstraint(const Table &table, const QString &constraint) const
{
    return u"ALTER TABLE "_s + name(table) + u" DROP CONSTRAINT "_s + m_dialect.quote(constraint);
}

QString AlterDdl::addPrimaryKey(const Table &table) const
{
    return u"ALTER TABLE "_s + name(table) + u" ADD "_s + constraintPrefix(table.primaryKey.name) +
           u"PRIMARY KEY "_s + columnList(table.primaryKey.columns);
}

QString AlterDdl::addUnique(const Table &table, const UniqueConstraint &unique) const
{
    return u"ALTER TABLE "_s + name(table) + u" ADD "_s + constraintPrefix(unique.name) +
           u"UNIQUE "_s + columnList(unique.columns);
}

QString AlterDdl::addCheck(const Table &table, const CheckConstraint &check) const
{
    return u"ALTER TABLE "_s + name(table) + u" ADD "_s + constraintPrefix(check.name) +
           u"CHECK ("_s + check.sql + u')';
}

QString AlterDdl::addForeignKey(const Table &table, const ForeignKey &fk) const
{
    return u"ALTER TABLE "_s + name(table) + u" ADD "_s + foreignKeyClause(table, fk, false);
}

QString AlterDdl::primaryKeyName(const Table &table)
{
    return table.primaryKey.name.isEmpty() ? generatedName(table.name, {}, "pkey")
                                           : table.primaryKey.name;
}

QString AlterDdl::uniqueName(const Table &table, const UniqueConstraint &unique)
{
    if (!unique.name.isEmpty())
        return unique.name;
    return QString::fromUtf8(
        PgNames::objectName(table.name.toUtf8(), PgNames::columnsAddition(unique.columns), "key"));
}

QString AlterDdl::foreignKeyName(const Table &table, const ForeignKey &fk)
{
    if (!fk.name.isEmpty())
        return fk.name;
    return QString::fromUtf8(
        PgNames::objectName(table.name.toUtf8(), PgNames::columnsAddition(fk.columns), "fkey"));
}

QString AlterDdl::checkName(const Table &table, const CheckConstraint &check)
{
    if (!check.name.isEmpty())
        return check.name;
    // PostgreSQL names a check after the one column its expression uses, else the table alone.
    QSet<QString> used;
    const QStringList words = SqlNormalizer::words(check.sql);
    for (const Column &column : table.columns) {
        if (words.contains(column.name.toLower()))
            used.insert(column.name);
    }
    return generatedName(table.name, used.size() == 1 ? *used.cbegin() : QString(), "check");
}

QString AlterDdl::dropTrigger(const Trigger &trigger) const
{
    if (m_dialect.kind() == Dialect::Kind::Postgres)
        return u"DROP TRIGGER "_s + m_dialect.quote(trigger.name) + u" ON "_s +
               m_dialect.qualified(trigger.schema, trigger.table);
    return u"DROP TRIGGER "_s + m_dialect.qualified(trigger.schema, trigger.name);
}

QString AlterDdl::tableComment(const Table &table) const
{
    return u"COMMENT ON TABLE "_s + name(table) + u" IS "_s +
           (table.comment.isEmpty() ? u"NULL"_s : m_dialect.literal(table.comment));
}

} // namespace Quarry
