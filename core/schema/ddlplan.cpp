// SPDX-License-Identifier: MIT
#include "schema/ddlplan.h"

#include "schema/ddlcompiler.h"
#include "schema/dialect.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

using Key = std::pair<QString, QString>;

Key keyOf(const QString &schema, const QString &name, const Dialect &dialect)
{
    return {schema.isEmpty() ? dialect.defaultSchema() : schema, name};
}

// Tarjan's algorithm: emits each component after every component it references, which is the
// order CREATE needs. Tables are visited in metadata order so unrelated tables keep it.
class GroupFinder {
public:
    explicit GroupFinder(const Metadata &metadata)
    {
        for (const Table *t : metadata.tables())
            m_tables.append(t);
        for (qsizetype i = 0; i < m_tables.size(); ++i)
            m_byKey.insert({m_tables[i]->schema, m_tables[i]->name}, i);
    }

    QList<QList<const Table *>> run()
    {
        m_index.fill(-1, m_tables.size());
        m_low.fill(0, m_tables.size());
        m_onStack.fill(false, m_tables.size());
        for (qsizetype i = 0; i < m_tables.size(); ++i) {
            if (m_index[i] < 0)
                visit(i);
        }
        return m_groups;
    }

private:
    QList<qsizetype> references(qsizetype i) const
    {
        QList<qsizetype> out;
        const Table *t = m_tables[i];
        for (const ForeignKey &fk : t->foreignKeys) {
            const QString schema = fk.referredSchema.isEmpty() ? t->schema : fk.referredSchema;
            const auto it = m_byKey.constFind({schema, fk.referredTable});
            if (it != m_byKey.cend() && *it != i)
                out.append(*it);
        }
        return out;
    }

    void visit(qsizetype v)
    {
        m_index[v] = m_low[v] = m_counter++;
        m_stack.append(v);
        m_onStack[v] = true;
        for (qsizetype w : references(v)) {
            if (m_index[w] < 0) {
                visit(w);
                m_low[v] = std::min(m_low[v], m_low[w]);
            } else if (m_onStack[w]) {
                m_low[v] = std::min(m_low[v], m_index[w]);
            }
        }
        if (m_low[v] != m_index[v])
            return;
        QList<const Table *> group;
        qsizetype w = -1;
        do {
            w = m_stack.takeLast();
            m_onStack[w] = false;
            group.prepend(m_tables[w]);
        } while (w != v);
        std::sort(group.begin(), group.end(), [this](const Table *a, const Table *b) {
            return m_byKey.value({a->schema, a->name}) < m_byKey.value({b->schema, b->name});
        });
        m_groups.append(group);
    }

    QList<const Table *> m_tables;
    QHash<Key, qsizetype> m_byKey;
    QList<qsizetype> m_index, m_low, m_stack;
    QList<bool> m_onStack;
    qsizetype m_counter = 0;
    QList<QList<const Table *>> m_groups;
};

// A view must follow the views its query names; the check is textual (a quoted or bare name
// as a word), which can only over-order, never break, the result.
QList<const View *> viewsInDependencyOrder(const Metadata &metadata)
{
    QList<const View *> pending;
    for (const Schema &s : metadata.schemas)
        for (const View &v : s.views)
            pending.append(&v);
    auto mentions = [](const View *v, const View *other) {
        if (v == other)
            return false;
        const QString pattern =
            u"(^|[^\\w\"])(\"?)"_s + QRegularExpression::escape(other->name) + u"\\2($|[^\\w\"])"_s;
        return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
            .match(v->sql)
            .hasMatch();
    };
    QList<const View *> ordered;
    while (!pending.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            bool ready = true;
            for (const View *other : pending)
                ready = ready && !mentions(pending[i], other);
            if (ready) {
                pick = i;
                break;
            }
        }
        ordered.append(pending.takeAt(pick));
    }
    return ordered;
}

} // namespace

QList<QList<const Table *>> dependencyGroups(const Metadata &metadata)
{
    return GroupFinder(metadata).run();
}

QStringList createAllStatements(const Metadata &metadata, const Dialect &dialect,
                                const ExistingObjects *existingObjects)
{
    const DdlCompiler ddl(dialect, metadata.dialect);
    const bool checkFirst = existingObjects != nullptr;
    const ExistingObjects existing = checkFirst ? *existingObjects : ExistingObjects();
    QStringList statements;

    if (dialect.kind() == Dialect::Kind::Postgres) {
        for (const Schema &s : metadata.schemas) {
            if (!s.name.isEmpty() && s.name != dialect.defaultSchema())
                statements.append(u"CREATE SCHEMA IF NOT EXISTS "_s + dialect.quote(s.name));
        }
    }
    if (dialect.supportsSequences()) {
        for (const Schema &s : metadata.schemas)
            for (const Sequence &seq : s.sequences)
                statements.append(ddl.createSequence(seq, checkFirst));
    }

    QStringList laterForeignKeys;
    QSet<Key> created;
    for (const QList<const Table *> &group : dependencyGroups(metadata)) {
        QSet<Key> before = created; // tables of this group created so far
        for (const Table *table : group) {
            const Key key = keyOf(table->schema, table->name, dialect);
            if (existing.contains(key))
                continue;
            DdlCompiler::TableOptions options;
            // In a cycle, a reference to a table of the group not yet created is added after
            // all tables exist, where the engine would reject it inline.
            for (qsizetype i = 0; i < table->foreignKeys.size() && group.size() > 1; ++i) {
                const ForeignKey &fk = table->foreignKeys[i];
                const Key target =
                    keyOf(fk.referredSchema.isEmpty() ? table->schema : fk.referredSchema,
                          fk.referredTable, dialect);
                const bool inGroup = std::any_of(group.cbegin(), group.cend(), [&](const Table *t) {
                    return keyOf(t->schema, t->name, dialect) == target;
                });
                if (inGroup && target != key && !before.contains(target) &&
                    dialect.supportsAddForeignKey()) {
                    options.omitForeignKeys.append(i);
                    laterForeignKeys.append(ddl.addForeignKey(*table, fk));
                }
            }
            statements.append(ddl.createTable(*table, options));
            before.insert(key);
            created.insert(key);
        }
    }
    statements.append(laterForeignKeys);

    for (const View *view : viewsInDependencyOrder(metadata)) {
        if (existing.contains(keyOf(view->schema, view->name, dialect)))
            continue;
        statements.append(ddl.createView(*view));
        if (const QString c = ddl.comment(*view); !c.isEmpty())
            statements.append(c);
    }
    for (const Schema &s : metadata.schemas) {
        for (const Trigger &trigger : s.triggers) {
            // a trigger belongs to its table: only created with it
            if (existing.contains(keyOf(trigger.schema, trigger.table, dialect)))
                continue;
            statements.append(trigger.sql);
        }
    }
    return statements;
}

QStringList dropAllStatements(const Metadata &metadata, const Dialect &dialect, bool ifExists)
{
    const DdlCompiler ddl(dialect, metadata.dialect);
    QStringList statements;
    if (dialect.kind() == Dialect::Kind::Sqlite) // dropping a parent checks its children at COMMIT
        statements.append(u"PRAGMA defer_foreign_keys = ON"_s);

    const QList<const View *> views = viewsInDependencyOrder(metadata);
    for (auto it = views.crbegin(); it != views.crend(); ++it)
        statements.append(ddl.dropView(**it, ifExists));

    const QList<QList<const Table *>> groups = dependencyGroups(metadata);
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        if (dialect.kind() == Dialect::Kind::Postgres) {
            statements.append(ddl.dropTables(*group, ifExists, false));
            continue;
        }
        for (auto t = group->crbegin(); t != group->crend(); ++t)
            statements.append(ddl.dropTables({*t}, ifExists, false));
    }
    if (dialect.supportsSequences()) {
        for (const Schema &s : metadata.schemas)
            for (const Sequence &seq : s.sequences)
                statements.append(ddl.dropSequence(seq, ifExists));
    }
    return statements;
}

} // namespace Quarry
