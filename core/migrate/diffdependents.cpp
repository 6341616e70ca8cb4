// SPDX-License-Identifier: MIT
// DiffPlanner: the views and triggers to drop before the tables change and to create after.
#include "migrate/diffplanner.h"

#include "migrate/sqlnormalizer.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

bool sameView(const View &a, const View &b, const Dialect &dialect)
{
    return SqlNormalizer::expressionKey(a.sql) == SqlNormalizer::expressionKey(b.sql) &&
           a.columns == b.columns && a.materialized == b.materialized &&
           (a.comment == b.comment || !dialect.supportsComments());
}

} // namespace

void DiffPlanner::planViews()
{
    QHash<Key, const View *> targets;
    for (const Schema &s : m_to.schemas)
        for (const View &v : s.views)
            targets.insert(key(v.schema.isEmpty() ? s.name : v.schema, v.name), &v);
    QList<const View *> existing;
    for (const Schema &s : m_from.schemas)
        for (const View &v : s.views)
            existing.append(&v);
    QSet<const View *> dropped;
    for (const View *v : existing) {
        const View *target = targets.value(key(v->schema, v->name));
        if (!target || !sameView(*v, *target, m_dialect) || mentionsChanged(v->sql))
            dropped.insert(v);
    }
    // what uses a dropped view goes too
    for (bool grew = true; grew;) {
        grew = false;
        for (const View *v : existing) {
            if (dropped.contains(v))
                continue;
            for (const View *d : std::as_const(dropped)) {
                if (SqlNormalizer::mentions(v->sql, d->name)) {
                    dropped.insert(v);
                    grew = true;
                    break;
                }
            }
        }
    }
    const QList<const View *> order = viewsInDependencyOrder(existing);
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (dropped.contains(*it))
            m_viewsToDrop.append(*it);
    }
    QSet<Key> keptKeys;
    for (const View *v : existing) {
        if (!dropped.contains(v))
            keptKeys.insert(key(v->schema, v->name));
    }
    QList<const View *> wanted;
    for (const Schema &s : m_to.schemas)
        for (const View &v : s.views)
            wanted.append(&v);
    for (const View *v : viewsInDependencyOrder(wanted)) {
        if (!keptKeys.contains(key(v->schema, v->name)))
            m_viewsToCreate.append(v);
    }
}

void DiffPlanner::planTriggers()
{
    auto triggerKey = [this](const Trigger &t, const QString &schema, const QString &table) {
        return std::make_pair(key(t.schema.isEmpty() ? schema : t.schema, table), t.name);
    };
    QHash<std::pair<Key, QString>, const Trigger *> targets;
    for (const Schema &s : m_to.schemas)
        for (const Trigger &t : s.triggers)
            targets.insert(triggerKey(t, s.name, t.table), &t);
    QSet<std::pair<Key, QString>> kept;
    QSet<Key> droppedTables;
    for (const Table *t : m_dropped)
        droppedTables.insert(key(t->schema, t->name));
    for (const Schema &s : m_from.schemas) {
        for (const Trigger &t : s.triggers) {
            const Key table = key(t.schema.isEmpty() ? s.name : t.schema, t.table);
            if (droppedTables.contains(table))
                continue; // goes with its table
            const QString newTable = m_options.renameTables.value(t.table, t.table);
            const auto k = triggerKey(t, s.name, newTable);
            const Trigger *target = targets.value(k);
            if (target && target->table == newTable && !mentionsChanged(t.sql) &&
                SqlNormalizer::expressionKey(t.sql) == SqlNormalizer::expressionKey(target->sql)) {
                kept.insert(k);
                continue;
            }
            m_triggersToDrop.append(&t);
        }
    }
    for (const Schema &s : m_to.schemas) {
        for (const Trigger &t : s.triggers) {
            if (!kept.contains(triggerKey(t, s.name, t.table)))
                m_triggersToCreate.append(&t);
        }
    }
}

void DiffPlanner::dropDependents()
{
    using Kind = MigrationStep::Kind;
    for (const Trigger *t : m_triggersToDrop) {
        add(Kind::DropTrigger, t->schema, t->table, t->name,
            Tr::tr("drop trigger %1 on %2").arg(t->name, t->table),
            QStringList(m_ddl.dropTrigger(*t)));
    }
    for (const View *v : m_viewsToDrop) {
        add(Kind::DropView, v->schema, {}, v->name, Tr::tr("drop view %1").arg(v->name),
            QStringList(m_ddl.dropView(*v, false)));
    }
    for (const auto &[table, fk] : m_foreignKeysToDrop) {
        const QString name = DdlCompiler::foreignKeyName(*table, *fk);
        add(Kind::DropForeignKey, table->schema, table->name, name,
            Tr::tr("drop foreign key %1 of %2").arg(name, table->name),
            QStringList(m_ddl.dropConstraint(*table, name)));
    }
}

void DiffPlanner::createDependents()
{
    for (const View *v : m_viewsToCreate) {
        QStringList sql(m_ddl.createView(*v));
        if (const QString comment = m_ddl.comment(*v); !comment.isEmpty())
            sql.append(comment);
        add(MigrationStep::Kind::CreateView, v->schema, {}, v->name,
            Tr::tr("create view %1").arg(v->name), sql);
    }
    for (const Trigger *t : m_triggersToCreate) {
        add(MigrationStep::Kind::CreateTrigger, t->schema, t->table, t->name,
            Tr::tr("create trigger %1 on %2").arg(t->name, t->table), QStringList(t->sql));
    }
}

} // namespace Quarry
