// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "schema/metadata.h"
#include "schema/sqlite/sqlitecreateparser.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Quarry::SqliteDdl {

/// Assembles one SQLite schema from the rows of the reflector's bulk catalog queries (see
/// sqlitereflector.cpp for the queries and their column order), adding what the pragmas do
/// not give from the CREATE statements. Plain code, no coroutines: the reflector feeds it.
class SchemaBuilder {
public:
    SchemaBuilder(QString schema, QStringList tableFilter);

    /// Rows of the objects query: type, name, tbl_name, sql, wr, strict; sqlite_schema's rows
    /// plus, typed 'pragma', pragma_table_list's for tables that are not plain rowid tables
    /// (with the list's type in the tbl_name column).
    void addObjects(const Result &rows);

    /// JSON arrays of names to feed the pragma queries (empty when there are none): every
    /// reflected table; those whose CREATE text declares a foreign key (after setParsed()); the
    /// indexes on reflected tables, autoindexes only where resolveUniques() could not account
    /// for them. The queries return each row's position in its array (json_each's key) rather
    /// than the name.
    QString tablesJson() const;
    QString referringTablesJson();
    QString indexesJson();

    /// The CREATE TABLE text of each table, in tablesJson() order, to parse with
    /// parseCreateTables() (on another thread while the queries run); then setParsed(), before
    /// the add…() functions below.
    QStringList tableSql() const;
    void setParsed(QList<ParsedTable> parsed);

    /// Rows of the columns query: key, name, type, notnull, dflt_value, pk, hidden.
    void addColumns(const Result &rows);
    /// Takes each table's UNIQUE constraints from its CREATE text when that accounts for all
    /// its autoindexes; call after addColumns() and before indexesJson(), which then leaves
    /// those autoindexes out.
    void resolveUniques();
    /// Rows of the foreign-key query: key, id, table, from, to, on_update, on_delete.
    /// Call after addColumns(): a NULL `to` (the referred table's primary key) is resolved
    /// from the reflected tables.
    void addForeignKeys(const Result &rows);
    /// Referred tables whose primary key is still needed (not reflected themselves, e.g. left
    /// out by the table filter), as a JSON array; empty when none.
    QString unresolvedTablesJson() const;
    /// Rows of the primary-key query for those: table, column, pk position.
    void addReferredKeys(const Result &rows);
    /// Rows of the index query: key, cid, column, desc, coll. Call after addColumns().
    void addIndexes(const Result &rows);

    /// The schema, everything sorted.
    Schema finish();

private:
    struct Entry {
        Table table{};
        QString sql{};
        ParsedTable parsed{};
        bool uniquesParsed = false;
    };
    struct IndexInfo {
        QString table{};
        QString sql{};
    };
    /// A foreign key whose referred columns are the referred table's primary key.
    struct PendingReference {
        qsizetype entry = 0;
        qsizetype key = 0;
    };

    static bool sameUnique(const Entry &e, const ParsedUnique &a, const ParsedUnique &b);
    static QString collation(const Entry &e, const ParsedUnique &unique, qsizetype k);
    bool wanted(const QString &name) const;
    Entry *entry(const QString &name);
    const QStringList *primaryKeyOf(const QString &table) const;
    void resolveReferences();
    void addForeignKey(Entry &entry, int id, ForeignKey fk, qsizetype pragmaCount,
                       QList<bool> &used) const;
    void addIndex(const QString &name, const QList<IndexPart> &parts, const QList<int> &cids);

    QString m_schema;
    QStringList m_filter;
    QList<Entry> m_tables;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, IndexInfo> m_indexes;
    QHash<QString, int> m_autoindexes; // table → number of autoindexes
    QList<qsizetype> m_referring;      // referringTablesJson() position → m_tables index
    QStringList m_indexOrder;          // indexesJson() position → index name
    QList<PendingReference> m_pending;
    QHash<QString, QStringList> m_referredKeys; // case-folded name → primary key
    QList<View> m_views;
    QList<Trigger> m_triggers;
};

} // namespace Quarry::SqliteDdl
