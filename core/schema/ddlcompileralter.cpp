// SPDX-License-Identifier: MIT
// DdlCompiler: ALTER statements, and the names PostgreSQL gives constraints created without one.
#include "schema/ddlcompiler.h"

#include "schema/dialect.h"
#include "schema/postgres/pgnames.h"

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

QString DdlCompiler::renameTable(const Table &from, const QString &newName) const
{
    return u"ALTER TABLE "_s + tableName(from) + u" RENAME TO "_s + m_dialect.quote(newName);
}

QString DdlCompiler::renameColumn(const Table &table, const QString &from, const QString &to) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" RENAME COLUMN "_s + m_dialect.quote(from) +
           u" TO "_s + m_dialect.quote(to);
}

QString DdlCompiler::addColumn(const Table &table, const Column &column,
                               const ForeignKey *reference) const
{
    QString sql = u"ALTER TABLE "_s + tableName(table) + u" ADD COLUMN "_s +
                  columnDefinition(table, column, ColumnUse::AddColumn);
    if (reference)
        sql += u' ' + foreignKeyClause(table, *reference, true);
    return sql;
}

QString DdlCompiler::dropColumn(const Table &table, const QString &column) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" DROP COLUMN "_s + m_dialect.quote(column);
}

QStringList DdlCompiler::alterColumn(const Table &table, const Table &fromTable, const Column &from,
                                     const Column &to, const ColumnDifferences &d,
                                     bool fromHasDefault, bool toNullable) const
{
    QStringList out;
    const QString column = m_dialect.quote(to.name);
    const QString alter =
        u"ALTER TABLE "_s + tableName(table) + u" ALTER COLUMN "_s + column + u' ';
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
    // A default of the old type may not cast to the new one: set again afterwards.
    const bool defaultAround = d.type && fromHasDefault;
    if (defaultAround)
        out.append(alter + u"DROP DEFAULT"_s);
    if (d.type || d.collation) {
        // the type itself: a serial's sequence is taken care of on its own
        Column plain = to;
        plain.autoincrement = false;
        const QString type = m_dialect.columnType(plain, m_source);
        QString sql = alter + u"TYPE "_s + type;
        if (!to.collation.isEmpty())
            sql += u" COLLATE "_s + m_dialect.quote(to.collation);
        if (d.type)
            sql += u" USING "_s + column + u"::"_s + type;
        out.append(sql);
    }
    if (d.nullable)
        out.append(alter + (toNullable ? u"DROP NOT NULL"_s : u"SET NOT NULL"_s));
    if (d.defaultValue || defaultAround) {
        const QString value =
            (to.autoincrement || to.identity != Identity::None) ? QString() : defaultValue(to);
        if (!value.isEmpty())
            out.append(alter + u"SET DEFAULT "_s + value);
        else if (fromHasDefault && !defaultAround)
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
                   tableName(table) + u'.' + column);
        out.append(alter + u"SET DEFAULT nextval("_s + m_dialect.literal(newSequence) +
                   u"::regclass)"_s);
        out.append(u"SELECT pg_catalog.setval("_s + m_dialect.literal(newSequence) +
                   u", COALESCE(max("_s + column + u"), 0) + 1, false) FROM "_s + tableName(table));
    }
    if (d.comment)
        out.append(commentOn(u"COLUMN", tableName(table) + u'.' + column, to.comment));
    return out;
}

QString DdlCompiler::dropConstraint(const Table &table, const QString &constraint) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" DROP CONSTRAINT "_s +
           m_dialect.quote(constraint);
}

QString DdlCompiler::addPrimaryKey(const Table &table) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" ADD "_s +
           constraintName(table.primaryKey.name) + u"PRIMARY KEY "_s +
           columnList(table.primaryKey.columns);
}

QString DdlCompiler::addUnique(const Table &table, const UniqueConstraint &unique) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" ADD "_s + constraintName(unique.name) +
           u"UNIQUE "_s + columnList(unique.columns);
}

QString DdlCompiler::addCheck(const Table &table, const CheckConstraint &check) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" ADD "_s + constraintName(check.name) +
           u"CHECK ("_s + check.sql + u')';
}

QString DdlCompiler::addForeignKey(const Table &table, const ForeignKey &fk) const
{
    return u"ALTER TABLE "_s + tableName(table) + u" ADD "_s + foreignKeyClause(table, fk);
}

QString DdlCompiler::tableComment(const Table &table) const
{
    return commentOn(u"TABLE", tableName(table), table.comment);
}

QString DdlCompiler::primaryKeyName(const Table &table)
{
    return table.primaryKey.name.isEmpty() ? generatedName(table.name, {}, "pkey")
                                           : table.primaryKey.name;
}

QString DdlCompiler::uniqueName(const Table &table, const UniqueConstraint &unique)
{
    if (!unique.name.isEmpty())
        return unique.name;
    return QString::fromUtf8(
        PgNames::objectName(table.name.toUtf8(), PgNames::columnsAddition(unique.columns), "key"));
}

QString DdlCompiler::foreignKeyName(const Table &table, const ForeignKey &fk)
{
    if (!fk.name.isEmpty())
        return fk.name;
    return QString::fromUtf8(
        PgNames::objectName(table.name.toUtf8(), PgNames::columnsAddition(fk.columns), "fkey"));
}

QString DdlCompiler::checkName(const Table &table, const CheckConstraint &check,
                               const QString &onlyColumn)
{
    if (!check.name.isEmpty())
        return check.name;
    return generatedName(table.name, onlyColumn, "check");
}

} // namespace Quarry
