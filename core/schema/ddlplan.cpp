// SPDX-License-Identifier: MIT
#include "schema/ddlplan.h"

#include "schema/ddlcompiler.h"
#include "schema/dialect.h"
#include "schema/dialectconversion.h"

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
    GroupFinder(const Metadata &metadata, const QString &defaultSchema)
        : m_defaultSchema(defaultSchema)
    {
        for (const Table *t : metadata.tables())
            m_tables.append(t);
        for (qsizetype i = 0; i < m_tables.size(); ++i)
            m_byKey.insert(key(m_tables[i]->schema, m_tables[i]->name), i);
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
    // An empty schema and the default schema's name mean the same tables.
    Key key(const QString &schema, const QString &name) const
    {
        return {schema.isEmpty() ? m_defaultSchema : schema, name};
    }

    QList<qsizetype> references(qsizetype i) const
    {
        QList<qsizetype> out;
        const Table *t = m_tables[i];
        for (const ForeignKey &fk : t->foreignKeys) {
            const QString schema = fk.referredSchema.isEmpty() ? t->schema : fk.referredSchema;
            const auto it = m_byKey.constFind(key(schema, fk.referredTable));
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
            return m_byKey.value(key(a->schema, a->name)) < m_byKey.value(key(b->schema, b->name));
        });
        m_groups.append(group);
    }

    QString m_defaultSchema;
    QList<const Table *> m_tables;
    QHash<Key, qsizetype> m_byKey;
    QList<qsizetype> m_index, m_low, m_stack;
    QList<bool> m_onStack;
    qsizetype m_counter = 0;
    QList<QList<const Table *>> m_groups;
};

QList<const View *> allViews(const Metadata &metadata)
{
    QList<const View *> views;
    for (const Schema &s : metadata.schemas)
        for (const View &v : s.views)
            views.append(&v);
    return views;
}

} // namespace

QList<QList<const Table *>> dependencyGroups(const Metadata &metadata, const QString &defaultSchema)
{
    return GroupFinder(metadata, defaultSchema).run();
}

// The check is textual (the name as a word, quoted or bare), which can only over-order, never
// break, the result. One pattern per view, one pass over each query: linear in the views for
// the usual few dependencies.
QList<const View *> viewsInDependencyOrder(const QList<const View *> &views)
{
    QList<QRegularExpression> patterns;
    patterns.reserve(views.size());
    for (const View *v : views) {
        patterns.append(QRegularExpression(
            u"(^|[^\\w\"])\"?"_s + QRegularExpression::escape(v->name) + u"\"?($|[^\\w\"])"_s,
            QRegularExpression::CaseInsensitiveOption));
    }
    QList<QList<qsizetype>> uses(views.size());
    for (qsizetype i = 0; i < views.size(); ++i)
        for (qsizetype j = 0; j < views.size(); ++j)
            if (i != j && patterns[j].match(views[i]->sql).hasMatch())
                uses[i].append(j);
    QList<const View *> ordered;
    QList<int> state(views.size(), 0); // 0 new, 1 visiting, 2 done; a cycle is just cut
    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        if (state[i])
            return;
        state[i] = 1;
        for (qsizetype j : uses[i])
            visit(j);
        state[i] = 2;
        ordered.append(views[i]);
    };
    for (qsizetype i = 0; i < views.size(); ++i)
        visit(i);
    return ordered;
}

QStringList createAllStatements(const Metadata &source, const Dialect &dialect,
                                const ExistingObjects *existingObjects)
{
    const Metadata metadata = convertMetadata(source, dialect);
    const DdlCompiler ddl(dialect, metadata.dialect);
    const bool checkFirst = existingObjects != nullptr;
    const ExistingObjects existing = checkFirst ? *existingObjects : ExistingObjects();
    QStringList statements;

    if (dialect.kind() == Dialect::Kind::Postgres) {
        for (const Schema &s : metadata.schemas) {
            if (!s.name.isEmpty() && s.name != dialect.defaultSchema())
                statements.append(ddl.createSchema(s.name));
        }
    }
    if (dialect.supportsSequences()) {
        for (const Schema &s : metadata.schemas)
            for (const Sequence &seq : s.sequences)
                statements.append(ddl.createSequence(seq, checkFirst));
    }

    QStringList laterForeignKeys;
    QSet<Key> created;
    for (const QList<const Table *> &group : dependencyGroups(metadata, dialect.defaultSchema())) {
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

    for (const View *view : viewsInDependencyOrder(allViews(metadata))) {
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

QStringList dropAllStatements(const Metadata &source, const Dialect &dialect, bool ifExists)
{
    const Metadata metadata = convertSchemaNames(source, dialect);
    const DdlCompiler ddl(dialect, metadata.dialect);
    QStringList statements;
    if (dialect.kind() == Dialect::Kind::Sqlite) // dropping a parent checks its children at COMMIT
        statements.append(u"PRAGMA defer_foreign_keys = ON"_s);

    const QList<const View *> views = viewsInDependencyOrder(allViews(metadata));
    for (auto it = views.crbegin(); it != views.crend(); ++it)
        statements.append(ddl.dropView(**it, ifExists));

    const QList<QList<const Table *>> groups = dependencyGroups(metadata, dialect.defaultSchema());
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
