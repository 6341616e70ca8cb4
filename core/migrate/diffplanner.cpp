// SPDX-License-Identifier: MIT
// DiffPlanner: pairing the tables and ordering the steps. Views and triggers are in
// diffdependents.cpp, the per-table steps in diffsteps.cpp.
#include "migrate/diffplanner.h"

#include "migrate/sqliterebuild.h"
#include "migrate/sqlnormalizer.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"
#include "schema/dialectconversion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

constexpr auto versionTable = u"quarry_migrations";

// \a metadata in \a dialect's terms (or portable), only the schemas concerned.
Metadata prepared(const Metadata &metadata, const Dialect &dialect, const QStringList &schemas)
{
    Metadata out = convertMetadata(metadata, dialect);
    QList<Schema> kept;
    for (Schema &s : out.schemas) {
        if (!schemas.contains(s.name.isEmpty() ? dialect.defaultSchema() : s.name))
            continue;
        s.tables.removeIf([](const Table &t) { return t.name == versionTable; });
        s.triggers.removeIf([](const Trigger &t) { return t.table == versionTable; });
        kept.append(std::move(s));
    }
    out.schemas = std::move(kept);
    return out;
}

} // namespace

QStringList DiffPlanner::schemasConcerned(const Metadata &to, const Dialect &dialect,
                                          const DiffOptions &options)
{
    QStringList schemas;
    auto add = [&](const QString &name) {
        const QString real = name.isEmpty() ? dialect.defaultSchema() : name;
        if (!schemas.contains(real))
            schemas.append(real);
    };
    if (!options.schemas.isEmpty()) {
        for (const QString &s : options.schemas)
            add(s);
        return schemas;
    }
    for (const Schema &s : to.schemas) {
        const Dialect *source = Dialect::forName(to.dialect);
        // another dialect's default schema is the target's
        add(source && s.name == source->defaultSchema() ? QString() : s.name);
    }
    if (schemas.isEmpty())
        add({});
    return schemas;
}

DiffPlanner::DiffPlanner(const Metadata &from, const Metadata &to, const Dialect &dialect,
                         DiffOptions options)
    : m_dialect(dialect)
    , m_options(std::move(options))
    , m_from(prepared(from, dialect, schemasConcerned(to, dialect, m_options)))
    , m_to(prepared(to, dialect, schemasConcerned(to, dialect, m_options)))
    , m_compare(dialect, m_from.dialect, m_to.dialect)
    , m_ddl(dialect, m_to.dialect)
    , m_tables(m_compare, m_from, m_to, m_options)
{}

DiffPlanner::Key DiffPlanner::key(const QString &schema, const QString &name) const
{
    return {schema.isEmpty() ? m_dialect.defaultSchema() : schema, name};
}

QString DiffPlanner::stepSchema(const QString &schema) const
{
    return schema == m_dialect.defaultSchema() ? QString() : schema;
}

const DiffPlanner::Pair *DiffPlanner::pairOfFrom(const Key &fromKey) const
{
    const auto it = m_pairsByFrom.constFind(fromKey);
    return it == m_pairsByFrom.cend() ? nullptr : &m_pairs[*it];
}

const DiffPlanner::Pair *DiffPlanner::pairOfTo(const Key &toKey) const
{
    const auto it = m_pairsByTo.constFind(toKey);
    return it == m_pairsByTo.cend() ? nullptr : &m_pairs[*it];
}

bool DiffPlanner::mentionsChanged(const QString &sql) const
{
    const QStringList words = SqlNormalizer::words(sql);
    return std::any_of(words.cbegin(), words.cend(),
                       [this](const QString &w) { return m_changedNames.contains(w); });
}

void DiffPlanner::matchTables()
{
    QHash<Key, const Table *> fromTables;
    QSet<Key> taken;
    for (const Table *t : m_from.tables())
        fromTables.insert(key(t->schema, t->name), t);
    for (const Table *to : m_to.tables()) {
        const Key toKey = key(to->schema, to->name);
        const Table *from = fromTables.value(toKey);
        // a rename only when the old table exists and the new name is free
        for (auto it = m_options.renameTables.cbegin();
             !from && it != m_options.renameTables.cend(); ++it) {
            const Key old{toKey.first, it.key()};
            if (it.value() == to->name && fromTables.contains(old) && !taken.contains(old))
                from = fromTables.value(old);
        }
        if (!from) {
            m_created.append(to);
            continue;
        }
        taken.insert(key(from->schema, from->name));
        Pair pair;
        pair.from = from;
        pair.to = to;
        pair.changes = m_tables.compare(*from, *to);
        pair.rebuild = m_dialect.kind() == Dialect::Kind::Sqlite &&
                       SqliteRebuild::needed(pair.changes, m_compare);
        m_pairsByFrom.insert(key(from->schema, from->name), m_pairs.size());
        m_pairsByTo.insert(toKey, m_pairs.size());
        m_pairs.append(std::move(pair));
    }
    for (const Table *t : m_from.tables()) {
        if (!taken.contains(key(t->schema, t->name)))
            m_dropped.append(t);
    }
    for (const Table *t : m_dropped)
        m_changedNames.insert(t->name.toLower());
    for (const Pair &p : m_pairs) {
        if (p.rebuild || p.changes.changesShape()) {
            m_changedNames.insert(p.from->name.toLower());
            m_changedNames.insert(p.to->name.toLower());
        }
    }
}

bool DiffPlanner::foreignKeyAffected(const Pair &pair, const ForeignKey &fk) const
{
    auto retyped = [](const TableChanges &c, const QStringList &columns) {
        return std::any_of(
            c.alteredColumns.cbegin(), c.alteredColumns.cend(), [&](const ColumnChange &change) {
                return change.differences.type && columns.contains(change.from->name);
            });
    };
    if (retyped(pair.changes, fk.columns))
        return true;
    const QString schema = fk.referredSchema.isEmpty() ? pair.from->schema : fk.referredSchema;
    const Pair *referred = pairOfFrom(key(schema, fk.referredTable));
    if (!referred)
        return false;
    const TableChanges &c = referred->changes;
    const QStringList columns =
        fk.referredColumns.isEmpty() ? referred->from->primaryKey.columns : fk.referredColumns;
    if (retyped(c, columns) ||
        (c.primaryKeyChanged && referred->from->primaryKey.columns == columns))
        return true;
    for (const UniqueConstraint *u : c.droppedUniques) {
        if (u->columns == columns)
            return true;
    }
    for (const Index *index : c.droppedIndexes) {
        QStringList indexed;
        for (const IndexPart &part : index->parts)
            indexed.append(part.column);
        if (index->unique && indexed == columns)
            return true;
    }
    return false;
}

void DiffPlanner::planForeignKeys()
{
    if (m_dialect.kind() != Dialect::Kind::Postgres)
        return; // SQLite writes them with the table, which a rebuild recreates
    for (const Pair &p : m_pairs) {
        for (const ForeignKey *fk : p.changes.droppedForeignKeys)
            m_foreignKeysToDrop.append({p.from, fk});
        for (const auto &[before, after] : p.changes.keptForeignKeys) {
            if (foreignKeyAffected(p, *before)) {
                m_foreignKeysToDrop.append({p.from, before});
                m_foreignKeysToAdd.append({p.to, after});
            }
        }
        for (const ForeignKey *fk : p.changes.addedForeignKeys)
            m_foreignKeysToAdd.append({p.to, fk});
    }
}

QString DiffPlanner::temporaryName(const QString &table) const
{
    QString name = u"quarry_new_"_s + table;
    for (int n = 2; m_from.table(name) || m_to.table(name); ++n)
        name = u"quarry_new%1_"_s.arg(n) + table;
    return name;
}

void DiffPlanner::add(MigrationStep::Kind kind, const QString &schema, const QString &table,
                      const QString &object, const QString &description, QStringList sql,
                      bool destructive)
{
    MigrationStep step;
    step.kind = kind;
    step.schema = stepSchema(schema.isEmpty() ? m_dialect.defaultSchema() : schema);
    step.table = table;
    step.object = object;
    step.description = description;
    step.sql = std::move(sql);
    step.destructive = destructive;
    m_plan.steps.append(std::move(step));
}

MigrationPlan DiffPlanner::plan()
{
    m_plan = {};
    m_plan.dialect = m_dialect.name();
    matchTables();
    planViews();
    planTriggers();
    planForeignKeys();

    dropDependents();
    dropTables();
    renameTables();
    createTables();
    renameColumns();
    for (const Pair &p : std::as_const(m_pairs))
        alterTable(p);
    addForeignKeys();
    createDependents();
    return m_plan;
}

void DiffPlanner::dropTables()
{
    Metadata dropped;
    for (const Table *t : m_dropped)
        dropped.schema(t->schema, true)->tables.append(*t);
    const auto groups = dependencyGroups(dropped, m_dialect.defaultSchema());
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        // PostgreSQL drops a reference cycle in one statement; SQLite has enforcement off
        QList<QList<const Table *>> statements;
        if (m_dialect.kind() == Dialect::Kind::Postgres) {
            statements.append(*group);
        } else {
            for (auto t = group->crbegin(); t != group->crend(); ++t)
                statements.append(QList<const Table *>{*t});
        }
        for (const QList<const Table *> &tables : std::as_const(statements)) {
            QStringList names;
            for (const Table *t : tables)
                names.append(t->name);
            add(MigrationStep::Kind::DropTable, tables.first()->schema, tables.first()->name, {},
                Tr::tr("drop table %1").arg(names.join(u", "_s)),
                QStringList(m_ddl.dropTables(tables, false, false)), true);
        }
    }
}

void DiffPlanner::renameTables()
{
    for (const Pair &p : std::as_const(m_pairs)) {
        if (!p.changes.renamed())
            continue;
        add(MigrationStep::Kind::RenameTable, p.to->schema, p.to->name, {},
            Tr::tr("rename table %1 to %2").arg(p.from->name, p.to->name),
            QStringList(m_ddl.renameTable(*p.from, p.to->name)));
    }
}

void DiffPlanner::createTables()
{
    Metadata created;
    QHash<Key, const Table *> originals; // dependencyGroups() points into the copy
    for (const Table *t : m_created) {
        created.schema(t->schema, true)->tables.append(*t);
        originals.insert(key(t->schema, t->name), t);
    }
    QSet<QString> schemasMade;
    for (const Schema &s : m_from.schemas)
        schemasMade.insert(s.name.isEmpty() ? m_dialect.defaultSchema() : s.name);
    QSet<Key> done;
    const bool postgres = m_dialect.kind() == Dialect::Kind::Postgres;
    for (const QList<const Table *> &group : dependencyGroups(created, m_dialect.defaultSchema())) {
        for (const Table *copy : group) {
            const Table *table = originals.value(key(copy->schema, copy->name));
            QStringList sql;
            const QString schema = key(table->schema, table->name).first;
            if (postgres && !schemasMade.contains(schema)) {
                sql.append(m_ddl.createSchema(schema));
                schemasMade.insert(schema);
            }
            DdlCompiler::TableOptions options;
            // PostgreSQL checks a reference when it is declared: one into a table of this
            // group not made yet, or into a table this migration changes (its key may come
            // later), is added with the other foreign keys.
            for (qsizetype i = 0; i < table->foreignKeys.size() && postgres; ++i) {
                const ForeignKey &fk = table->foreignKeys[i];
                const Key target =
                    key(fk.referredSchema.isEmpty() ? table->schema : fk.referredSchema,
                        fk.referredTable);
                const Pair *changed = pairOfTo(target);
                const bool later = target != key(table->schema, table->name) &&
                                   ((originals.contains(target) && !done.contains(target)) ||
                                    (changed && !changed->changes.isEmpty()));
                if (later) {
                    options.omitForeignKeys.append(i);
                    m_foreignKeysToAdd.append({table, &fk});
                }
            }
            sql.append(m_ddl.createTable(*table, options));
            add(MigrationStep::Kind::CreateTable, table->schema, table->name, {},
                Tr::tr("create table %1").arg(table->name), sql);
            done.insert(key(table->schema, table->name));
        }
    }
}

void DiffPlanner::renameColumns()
{
    for (const Pair &p : std::as_const(m_pairs)) {
        for (const auto &[old, renamed] : p.changes.renamedColumns) {
            add(MigrationStep::Kind::RenameColumn, p.to->schema, p.to->name, renamed,
                Tr::tr("rename column %1.%2 to %3").arg(p.to->name, old, renamed),
                QStringList(m_ddl.renameColumn(*p.to, old, renamed)));
        }
    }
}

void DiffPlanner::addForeignKeys()
{
    for (const auto &[table, fk] : m_foreignKeysToAdd) {
        add(MigrationStep::Kind::AddForeignKey, table->schema, table->name, fk->name,
            Tr::tr("add foreign key %1 (%2) → %3")
                .arg(table->name, fk->columns.join(u", "_s), fk->referredTable),
            QStringList(m_ddl.addForeignKey(*table, *fk)));
    }
}

} // namespace Quarry
