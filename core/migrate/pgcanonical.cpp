// SPDX-License-Identifier: MIT
#include "migrate/pgcanonical.h"

#include "connection/errors.h"
#include "schema/ddlplan.h"
#include "schema/dialect.h"
#include "schema/dialectconversion.h"
#include "schema/reflector.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <exception>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

using SchemaMap = QHash<QString, QString>;

const Dialect &postgres()
{
    return Dialect::forKind(Dialect::Kind::Postgres);
}

QString realName(const QString &schema)
{
    return schema.isEmpty() ? postgres().defaultSchema() : schema;
}

// How PostgreSQL writes a schema name in the texts it generates (quote_ident).
QString identifierText(const QString &name)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_$]*$"_s);
    return plain.match(name).hasMatch() ? name : postgres().quote(name);
}

// A trigger qualified with a real schema would be created on the live table.
bool namesRealSchema(const QString &sql, const SchemaMap &scratch)
{
    for (auto it = scratch.cbegin(); it != scratch.cend(); ++it) {
        const QRegularExpression qualified(
            u"(^|[^\\w\"])\"?"_s + QRegularExpression::escape(it.key()) + u"\"?\\s*\\."_s,
            QRegularExpression::CaseInsensitiveOption);
        if (qualified.match(sql).hasMatch())
            return true;
    }
    return false;
}

// \a target with every schema concerned renamed to its scratch name; references to tables
// outside the target keep pointing at the live ones.
Metadata scratchCopy(const Metadata &target, const SchemaMap &scratch, QList<Trigger> &kept)
{
    Metadata out;
    out.dialect = target.dialect;
    for (const Schema &s : target.schemas) {
        const QString real = realName(s.name);
        if (!scratch.contains(real))
            continue;
        Schema copy = s;
        copy.name = scratch.value(real);
        for (Table &t : copy.tables) {
            t.schema = copy.name;
            for (ForeignKey &fk : t.foreignKeys) {
                if (fk.referredSchema.isEmpty()) {
                    if (!s.table(fk.referredTable))
                        fk.referredSchema = real;
                } else if (scratch.contains(fk.referredSchema)) {
                    fk.referredSchema = scratch.value(fk.referredSchema);
                }
            }
        }
        for (View &v : copy.views)
            v.schema = copy.name;
        for (Sequence &seq : copy.sequences)
            seq.schema = copy.name;
        QList<Trigger> triggers;
        for (Trigger &t : copy.triggers) {
            if (namesRealSchema(t.sql, scratch)) {
                kept.append(t);
                continue;
            }
            t.schema = copy.name;
            triggers.append(t);
        }
        copy.triggers = triggers;
        out.schemas.append(std::move(copy));
    }
    return out;
}

void restoreText(QString &sql, const SchemaMap &real)
{
    for (auto it = real.cbegin(); it != real.cend(); ++it)
        sql.replace(it.key(), identifierText(it.value()));
}

// The reflected scratch schemas under their real names again.
Metadata restored(Metadata reflected, const SchemaMap &scratch, const QList<Trigger> &kept)
{
    SchemaMap real;
    for (auto it = scratch.cbegin(); it != scratch.cend(); ++it)
        real.insert(it.value(), it.key());
    for (Schema &s : reflected.schemas) {
        s.name = real.value(s.name, s.name);
        for (Table &t : s.tables) {
            t.schema = s.name;
            for (Column &c : t.columns) {
                restoreText(c.defaultSql, real);
                restoreText(c.generatedSql, real);
            }
            for (CheckConstraint &check : t.checks)
                restoreText(check.sql, real);
            for (Index &index : t.indexes) {
                restoreText(index.where, real);
                for (IndexPart &part : index.parts)
                    restoreText(part.expression, real);
            }
            for (ForeignKey &fk : t.foreignKeys) {
                fk.referredSchema = real.value(fk.referredSchema, fk.referredSchema);
                if (fk.referredSchema == t.schema)
                    fk.referredSchema.clear();
            }
        }
        for (View &v : s.views) {
            v.schema = s.name;
            restoreText(v.sql, real);
        }
        for (Sequence &seq : s.sequences)
            seq.schema = s.name;
        for (Trigger &t : s.triggers) {
            t.schema = s.name;
            restoreText(t.sql, real);
        }
        for (const Trigger &t : kept) {
            if (realName(t.schema) == s.name)
                s.triggers.append(t);
        }
    }
    return reflected;
}

// The session's search path with each scratch schema in front of the schema it stands for.
QString searchPath(const QVariant &current, const SchemaMap &scratch)
{
    QStringList path;
    const QString defaultScratch = scratch.value(postgres().defaultSchema());
    bool defaultSeen = false;
    for (const QString &schema : current.toString().split(u',', Qt::SkipEmptyParts)) {
        if (scratch.contains(schema))
            path.append(postgres().quote(scratch.value(schema)));
        defaultSeen = defaultSeen || schema == postgres().defaultSchema();
        path.append(postgres().quote(schema));
    }
    if (!defaultSeen && !defaultScratch.isEmpty())
        path.prepend(postgres().quote(defaultScratch));
    return path.join(u", "_s);
}

QCoro::Task<Metadata> createAndReflect(Session session, QStringList statements, QString path,
                                       QStringList scratchNames)
{
    co_await session.execute(u"SET LOCAL search_path = "_s + path);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QString sql = statements[i];
        co_await session.execute(std::move(sql));
    }
    ReflectOptions options;
    options.schemas = scratchNames;
    co_return co_await reflect(session, std::move(options));
}

} // namespace

QCoro::Task<std::optional<Metadata>> pgCanonical(Session session, Metadata target,
                                                 QStringList schemas)
{
    const Dialect &pg = postgres();
    std::optional<Metadata> result;
    if (target.dialect == pg.name() || Dialect::forUrl(session.url()).kind() != pg.kind())
        co_return result;
    const Metadata portable = convertMetadata(target, pg);
    const QString tag = QString::number(QRandomGenerator::global()->generate(), 16);
    SchemaMap scratch;
    for (qsizetype i = 0; i < schemas.size(); ++i)
        scratch.insert(schemas[i], u"quarry_diff_%1_%2"_s.arg(tag).arg(i));
    QList<Trigger> kept;
    const Metadata copy = scratchCopy(portable, scratch, kept);
    QStringList statements = createAllStatements(copy, pg);
    const QVariant current = co_await session.scalar(
        u"SELECT pg_catalog.array_to_string(pg_catalog.current_schemas(false), ',')"_s);

    const bool own = !session.inTransaction();
    co_await session.execute(own ? u"BEGIN"_s : u"SAVEPOINT quarry_canonical"_s);
    std::exception_ptr error;
    try {
        Metadata reflected =
            co_await createAndReflect(session, std::move(statements), searchPath(current, scratch),
                                      QStringList(scratch.values()));
        result = restored(std::move(reflected), scratch, kept);
    } catch (...) {
        error = std::current_exception();
    }
    // Nothing of the scratch schemas is ever committed.
    co_await session.execute(own ? u"ROLLBACK"_s
                                 : u"ROLLBACK TO SAVEPOINT quarry_canonical; "
                                   "RELEASE SAVEPOINT quarry_canonical"_s);
    if (error) {
        try {
            std::rethrow_exception(error);
        } catch (const SqlError &) {
            result.reset(); // the server would not take the target as it is: compare texts
        }
    }
    co_return result;
}

} // namespace Quarry
