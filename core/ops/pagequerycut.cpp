// SPDX-License-Identifier: MIT
// PageQuery's cut reads: large values come as a prefix and their size, whole only by value().
#include "ops/pagequery.h"

#include "schema/dialect.h"

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

QString placeholder(qsizetype number)
{
    return u'$' + QString::number(number);
}

} // namespace

// Text and binary columns, where values can run to megabytes. SQLite stores any value in any
// column, but the driver reads a column's declared JSON, date or number types into values of
// their own, which a cut expression (without a declared type) would lose: only columns read
// by their storage class are cut there. PostgreSQL's other types (json, xml, arrays) have no
// prefix of the same type; they are read whole.
bool PageQuery::cuttable(const Column &column) const
{
    if (m_table.primaryKey.columns.contains(column.name))
        return false;
    switch (column.type.kind) {
    case TypeKind::Text:
    case TypeKind::Blob:
        return true;
    case TypeKind::Varchar:
        // Four bytes a character at most: varchar(n) shorter than that is never large.
        return column.type.length < 0 || qint64(column.type.length) * 4 > m_cut;
    case TypeKind::Other:
        return m_dialect->kind() == Dialect::Kind::Sqlite &&
               (column.nativeType.isEmpty() ||
                column.nativeType.contains(u"CHAR"_s, Qt::CaseInsensitive) ||
                column.nativeType.contains(u"CLOB"_s, Qt::CaseInsensitive) ||
                column.nativeType.contains(u"TEXT"_s, Qt::CaseInsensitive) ||
                column.nativeType.contains(u"BLOB"_s, Qt::CaseInsensitive));
    default:
        return false;
    }
}

void PageQuery::setCut(int size)
{
    m_cut = std::max(size, 0);
    m_cutColumns.clear();
    m_address.clear();
    if (m_cut == 0)
        return;
    // Rows are found again by their primary key or, without a usable one, by their address.
    if (m_table.primaryKey.columns.isEmpty() || m_primaryKeyNullable) {
        if (m_view)
            return; // a view's rows have no address: read whole
        if (m_dialect->kind() == Dialect::Kind::Sqlite) {
            if (m_table.withoutRowid)
                return;
            for (const QString &alias : {u"rowid"_s, u"_rowid_"_s, u"oid"_s}) {
                if (!m_table.column(alias)) {
                    m_address.append(alias);
                    break;
                }
            }
            if (m_address.isEmpty())
                return; // every name of the rowid taken by a column
        } else if (m_dialect->kind() == Dialect::Kind::Postgres) {
            m_address = {u"tableoid"_s, u"ctid"_s};
        } else {
            return;
        }
    }
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        if (cuttable(m_table.columns[i]))
            m_cutColumns.append(int(i));
    }
    if (m_cutColumns.isEmpty())
        m_address.clear();
}

int PageQuery::width() const
{
    return int(m_table.columns.size() + m_cutColumns.size() + m_address.size());
}

QList<int> PageQuery::identityColumns() const
{
    QList<int> columns;
    if (m_address.isEmpty()) {
        for (const QString &name : m_table.primaryKey.columns) {
            for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
                if (m_table.columns[i].name == name)
                    columns.append(int(i));
            }
        }
        return columns;
    }
    const int first = int(m_table.columns.size() + m_cutColumns.size());
    for (qsizetype i = 0; i < m_address.size(); ++i)
        columns.append(first + int(i));
    return columns;
}

QString PageQuery::selected(int column) const
{
    const QString name = m_dialect->quote(m_table.columns[column].name);
    if (!m_cutColumns.contains(column))
        return name;
    const QString n = QString::number(m_cut);
    if (m_dialect->kind() == Dialect::Kind::Sqlite) {
        // substr() counts characters in text and bytes in a blob, as length() does.
        return u"CASE WHEN length(%1) > %2 THEN substr(%1, 1, %2) ELSE %1 END AS %1"_s.arg(name, n);
    }
    const QString prefix = m_table.columns[column].type.kind == TypeKind::Blob
                               ? u"substring(%1 FROM 1 FOR %2)"_s.arg(name, n)
                               : u"left(%1, %2)"_s.arg(name, n);
    return u"CASE WHEN octet_length(%1) > %2 THEN %3 ELSE %1 END AS %1"_s.arg(name, n, prefix);
}

QStringList PageQuery::cutExtras() const
{
    QStringList extras;
    const QString n = QString::number(m_cut);
    const bool sqlite = m_dialect->kind() == Dialect::Kind::Sqlite;
    for (const int column : m_cutColumns) {
        const QString name = m_dialect->quote(m_table.columns[column].name);
        // In bytes: SQLite's length() counts a text's characters (its octet_length() is newer
        // than Debian's SQLite), its blob form's size is the text's in UTF-8.
        extras.append(
            sqlite ? u"CASE WHEN length(%1) > %2 THEN length(CAST(%1 AS BLOB)) END"_s.arg(name, n)
                   : u"CASE WHEN octet_length(%1) > %2 THEN octet_length(%1) END"_s.arg(name, n));
    }
    extras.append(m_address);
    return extras;
}

Statement PageQuery::value(const QString &column, const QVariantList &identity) const
{
    QStringList conditions;
    if (m_address.isEmpty()) {
        for (const QString &name : m_table.primaryKey.columns)
            conditions.append(m_dialect->quote(name) + u" = "_s +
                              placeholder(conditions.size() + 1));
    } else if (m_dialect->kind() == Dialect::Kind::Postgres) {
        // Typed: an address comes back as an integer and text.
        conditions = {u"tableoid = CAST($1 AS oid)"_s, u"ctid = CAST($2 AS tid)"_s};
    } else {
        conditions.append(m_address.first() + u" = $1"_s);
    }
    return {u"SELECT "_s + m_dialect->quote(column) + from() + u" WHERE "_s +
                conditions.join(u" AND "_s),
            Params(identity)};
}

} // namespace Quarry
