// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/columncompare.h"
#include "migrate/schemadiff.h"
#include "migrate/tablecompare.h"
#include "schema/ddlcompiler.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Quarry {

/// diffMetadata()'s work: pairs the tables, views and triggers of two prepared schemas and
/// writes the steps in an order the engine accepts:
///  1. drop the triggers, views and (PostgreSQL) foreign keys that are removed, changed, or
///     stand on a table whose shape changes;
///  2. drop tables (referring ones first), rename tables, create tables (referred ones first);
///  3. rename columns, then per table drop indexes and constraints, drop / add / alter columns
///     (SQLite: in place where ALTER TABLE can, else one rebuild), add keys, constraints and
///     indexes;
///  4. add foreign keys (PostgreSQL), create views (used ones first) and triggers.
class DiffPlanner {
public:
    /// \a from and \a to may be of any dialect or portable; only the schemas concerned are
    /// compared (DiffOptions::schemas, else those of \a to), never `quarry_migrations`.
    DiffPlanner(const Metadata &from, const Metadata &to, const Dialect &dialect,
                DiffOptions options);
    MigrationPlan plan();

    /// The schemas (their real names, never empty) a diff towards \a to compares.
    static QStringList schemasConcerned(const Metadata &to, const Dialect &dialect,
                                        const DiffOptions &options);

private:
    using Key = std::pair<QString, QString>;
    struct Pair {
        const Table *from = nullptr;
        const Table *to = nullptr;
        TableChanges changes{};
        bool rebuild = false;
    };
    struct TriggerRef {
        const Trigger *trigger = nullptr;
        Key key{};
    };

    Key key(const QString &schema, const QString &name) const;
    QString stepSchema(const QString &schema) const;
    const Pair *pairOfFrom(const Key &fromKey) const;
    const Pair *pairOfTo(const Key &toKey) const;
    bool mentionsChanged(const QString &sql) const;
    bool foreignKeyAffected(const Pair &pair, const ForeignKey &fromKey) const;

    void matchTables();
    void planViews();
    void planTriggers();
    void planForeignKeys();

    void dropDependents();
    void dropTables();
    void renameTables();
    void createTables();
    void renameColumns();
    void alterTable(const Pair &pair);
    void alterInPlace(const Pair &pair);
    void rebuild(const Pair &pair);
    void addForeignKeys();
    void createDependents();

    void add(MigrationStep::Kind kind, const QString &schema, const QString &table,
             const QString &object, const QString &description, QStringList sql,
             bool destructive = false);
    QString temporaryName(const QString &table) const;

    const Dialect &m_dialect;
    DiffOptions m_options;
    Metadata m_from;
    Metadata m_to;
    ColumnCompare m_compare;
    /// All the DDL; the target side's types and defaults (drops need no source dialect).
    DdlCompiler m_ddl;
    TableCompare m_tables;

    QList<Pair> m_pairs;
    QHash<Key, qsizetype> m_pairsByFrom;
    QHash<Key, qsizetype> m_pairsByTo;
    QList<const Table *> m_created;
    QList<const Table *> m_dropped;
    /// Lower-case names of the tables dropped or changing shape, in both versions.
    QSet<QString> m_changedNames;
    QList<const View *> m_viewsToDrop;
    QList<const View *> m_viewsToCreate;
    QList<const Trigger *> m_triggersToDrop;
    QList<const Trigger *> m_triggersToCreate;
    /// PostgreSQL: (table under its old name, key) dropped first; (table, key) added last.
    QList<std::pair<const Table *, const ForeignKey *>> m_foreignKeysToDrop;
    QList<std::pair<const Table *, const ForeignKey *>> m_foreignKeysToAdd;
    MigrationPlan m_plan;
};

} // namespace Quarry
