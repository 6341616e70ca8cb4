// SPDX-License-Identifier: MIT
#pragma once
// What the schema-diff tests share: small tables (owner <- pet), their rows, and MIGRATE, which
// diffs a database against a target, applies the plan and checks that a second diff is empty.

#include "testsupport.h"

#include "database/database.h"
#include "migrate/migrationrun.h"
#include "migrate/schemadiff.h"
#include "schema/dialect.h"

#include <QTest>

namespace Quarry::DiffTest {

using namespace Qt::StringLiterals;
using Quarry::Test::await;

inline Column col(const QString &name, TypeKind kind, bool nullable = true, int length = -1)
{
    return Column{.name = name, .type = Type{.kind = kind, .length = length}, .nullable = nullable};
}

inline ForeignKey fkTo(const QString &column, const QString &table, const QString &refColumn)
{
    return ForeignKey{.columns = {column}, .referredTable = table, .referredColumns = {refColumn}};
}

inline Metadata metadataOf(const QList<Table> &tables, const QList<View> &views = {})
{
    Metadata m;
    Schema *s = m.schema({}, true);
    s->tables = tables;
    s->views = views;
    return m;
}

inline Table owner()
{
    Table t{.name = u"owner"_s};
    t.columns = {col(u"id"_s, TypeKind::Integer, false),
                 col(u"name"_s, TypeKind::Varchar, false, 40)};
    t.primaryKey.columns = {u"id"_s};
    return t;
}

inline Table pet()
{
    Table t{.name = u"pet"_s};
    t.columns = {col(u"id"_s, TypeKind::Integer, false), col(u"owner_id"_s, TypeKind::Integer),
                 col(u"name"_s, TypeKind::Varchar, false, 20), col(u"age"_s, TypeKind::Integer),
                 col(u"note"_s, TypeKind::Text)};
    t.columns[3].defaultSql = u"1"_s;
    t.primaryKey.columns = {u"id"_s};
    t.foreignKeys = {fkTo(u"owner_id"_s, u"owner"_s, u"id"_s)};
    t.indexes = {Index{.name = u"ix_pet_name"_s, .parts = {IndexPart{.column = u"name"_s}}}};
    return t;
}

inline QString describe(const MigrationPlan &plan)
{
    QStringList lines;
    for (const MigrationStep &step : plan.steps)
        lines.append(step.description + u"\n    "_s + step.sql.join(u"\n    "_s));
    return lines.join(u'\n');
}

const MigrationStep *stepOf(const MigrationPlan &plan, MigrationStep::Kind kind,
                            const QString &object = {})
{
    for (const MigrationStep &step : plan.steps) {
        if (step.kind == kind && (object.isEmpty() || step.object == object))
            return &step;
    }
    return nullptr;
}

inline void seed(Database &db)
{
    Session s = db.session();
    await(s.execute(u"INSERT INTO owner (id, name) VALUES (1, 'ann'), (2, 'bob')"_s));
    await(
        s.execute(u"INSERT INTO pet (id, owner_id, name, age, note) VALUES "
                  "(1, 1, 'rex', 3, 'good'), (2, 2, 'tom', NULL, NULL), (3, 1, 'kit', 7, 'x')"_s));
}

inline QString petRows(Database &db)
{
    const Result r = await(db.session().all(u"SELECT id, owner_id, name FROM pet ORDER BY id"_s));
    QStringList rows;
    for (qsizetype i = 0; i < r.rowCount(); ++i)
        rows.append(u"%1:%2:%3"_s.arg(r.value(i, 0).toString(), r.value(i, 1).toString(),
                                      r.value(i, 2).toString()));
    return rows.join(u',');
}

inline const Dialect &dialectOf(Test::Engine e)
{
    return Dialect::forKind(e == Test::Postgres ? Dialect::Kind::Postgres : Dialect::Kind::Sqlite);
}

} // namespace Quarry::DiffTest

/// Diffs \a db against \a target, applies the plan, and fails unless a second diff is empty.
#define MIGRATE(db, target, options, plan)                                                         \
    const MigrationPlan plan = await(diffDatabase((db).session(), (target), (options)));           \
    await(applyPlan((db).session(), plan));                                                        \
    {                                                                                              \
        const MigrationPlan again = await(diffDatabase((db).session(), (target), (options)));      \
        QVERIFY2(again.isEmpty(), qPrintable(u"still different:\n"_s + describe(again) +           \
                                             u"\nafter applying:\n"_s + describe(plan)));          \
    }
