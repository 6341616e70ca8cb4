// SPDX-License-Identifier: MIT
#include "schema/dialectconversion.h"

#include "connection/errors.h"
#include "schema/dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

struct Conversion {
    const Dialect &source;
    const Dialect &target;

    [[noreturn]] void fail(const QString &what) const
    {
        throw ModelError(QCoreApplication::translate("Quarry::Dialect",
                                                     "%1 is written for %2 and has no %3 form")
                             .arg(what, source.name(), target.name()));
    }

    QString schema(const QString &name) const
    {
        return name == source.defaultSchema() ? QString() : name;
    }

    // Literals lose PostgreSQL casts ('x'::text → 'x'); the clock and UUID generators become
    // portable functions; anything else is engine SQL we cannot vouch for.
    void convertDefault(Column &column, const QString &where) const
    {
        if (column.defaultSql.isEmpty())
            return;
        QString sql = column.defaultSql.trimmed();
        while (sql.startsWith(u'(') && sql.endsWith(u')'))
            sql = sql.mid(1, sql.size() - 2).trimmed();
        static const QRegularExpression now(
            uR"(^(now\(\)|current_timestamp|transaction_timestamp\(\)|datetime\('now'\)|strftime\('[^']*',\s*'now'\))$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression uuid(uR"(^(gen_random_uuid|uuid_generate_v4)\(\)$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression literal(
            uR"(^('(?:[^']|'')*'|[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)(?:\s*::\s*[\w ]+(?:\(\d+(?:,\s*\d+)?\))?)*$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        column.defaultSql.clear();
        if (now.match(sql).hasMatch()) {
            column.defaultFunction = DefaultFunction::Now;
        } else if (uuid.match(sql).hasMatch()) {
            column.defaultFunction = DefaultFunction::Uuid;
        } else if (const auto m = literal.match(sql); m.hasMatch()) {
            column.defaultSql = m.captured(1);
        } else {
            fail(QCoreApplication::translate("Quarry::Dialect", "the default %1 of %2")
                     .arg(sql, where));
        }
    }

    void convertTable(Table &table) const
    {
        table.schema = schema(table.schema);
        const bool toSqlite = target.kind() == Dialect::Kind::Sqlite;
        for (Column &column : table.columns) {
            const QString where = table.name + u'.' + column.name;
            column.nativeType.clear();
            column.collation.clear(); // collation names are engine-specific (NOCASE, "C")
            convertDefault(column, where);
            if (toSqlite && column.identity != Identity::None) {
                column.identity = Identity::None;
                column.autoincrement = table.primaryKey.columns == QStringList(column.name);
            }
        }
        for (ForeignKey &fk : table.foreignKeys)
            fk.referredSchema = schema(fk.referredSchema);
        for (Index &index : table.indexes) {
            if (toSqlite)
                index.method.clear();
            for (IndexPart &part : index.parts) {
                part.collation.clear();
                part.opclass.clear();
            }
        }
        if (!toSqlite) {
            table.withoutRowid = false;
            table.strict = false;
        }
    }
};

} // namespace

Metadata convertSchemaNames(const Metadata &metadata, const Dialect &target)
{
    const Dialect *source = Dialect::forName(metadata.dialect);
    if (!source || source->kind() == target.kind())
        return metadata;
    const Conversion conversion{*source, target};
    Metadata out = metadata;
    for (Schema &s : out.schemas) {
        s.name = conversion.schema(s.name);
        for (Table &t : s.tables)
            t.schema = conversion.schema(t.schema);
        for (View &v : s.views)
            v.schema = conversion.schema(v.schema);
        for (Sequence &seq : s.sequences)
            seq.schema = conversion.schema(seq.schema);
    }
    return out;
}

Metadata convertMetadata(const Metadata &metadata, const Dialect &target)
{
    const Dialect *source = Dialect::forName(metadata.dialect);
    if (!source || source->kind() == target.kind())
        return metadata;
    const Conversion conversion{*source, target};
    Metadata out = convertSchemaNames(metadata, target);
    out.dialect.clear();
    for (Schema &s : out.schemas) {
        for (Table &t : s.tables)
            conversion.convertTable(t);
        if (!s.triggers.isEmpty())
            conversion.fail(QCoreApplication::translate("Quarry::Dialect", "trigger \"%1\"")
                                .arg(s.triggers.first().name));
        if (!target.supportsSequences())
            s.sequences.clear();
    }
    return out;
}

} // namespace Quarry
