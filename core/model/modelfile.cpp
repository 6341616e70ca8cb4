// SPDX-License-Identifier: MIT
// Reading a model file: the document, its top-level settings and schemas, and the names that
// share one namespace per schema (tables, views, sequences, indexes). Tables are read in
// modeltable.cpp, foreign keys across tables checked in modelreferences.cpp.
#include "model/modelfile.h"

#include "connection/errors.h"
#include "model/modelparser.h"
#include "schema/dialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry {

using namespace ModelDetail;

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ModelFile)
};

enum class Relation { Table, View, Index, Sequence };

/// PostgreSQL and SQLite keep tables, views, sequences and indexes in one namespace per schema.
class RelationNames {
public:
    explicit RelationNames(const ModelContext &context)
        : m_context(context)
    {}
    void claim(const QString &name, Relation kind, const QString &path)
    {
        const auto it = m_names.constFind(name);
        if (it == m_names.cend()) {
            m_names.insert(name, kind);
            return;
        }
        if (*it == kind)
            m_context.fail(path, duplicate(kind).arg(name));
        m_context.fail(path, usedBy(*it).arg(name));
    }

private:
    static QString duplicate(Relation kind)
    {
        switch (kind) {
        case Relation::Table:
            return Tr::tr("duplicate table \"%1\"");
        case Relation::View:
            return Tr::tr("duplicate view \"%1\"");
        case Relation::Index:
            return Tr::tr("duplicate index \"%1\"");
        case Relation::Sequence:
            break;
        }
        return Tr::tr("duplicate sequence \"%1\"");
    }
    static QString usedBy(Relation kind)
    {
        switch (kind) {
        case Relation::Table:
            return Tr::tr("the name \"%1\" is already used by a table");
        case Relation::View:
            return Tr::tr("the name \"%1\" is already used by a view");
        case Relation::Index:
            return Tr::tr("the name \"%1\" is already used by an index");
        case Relation::Sequence:
            break;
        }
        return Tr::tr("the name \"%1\" is already used by a sequence");
    }

    const ModelContext &m_context;
    QHash<QString, Relation> m_names;
};

NamingConvention parseNaming(const ObjectReader &root)
{
    const QJsonValue value = root.value(u"naming");
    if (value.isBool())
        return {};
    if (!value.isObject())
        root.fail(u"naming", Tr::tr("expected true, false or an object"));
    const ObjectReader reader(root.context(), value, root.at(u"naming"),
                              {u"primaryKey", u"foreignKey", u"unique", u"check", u"index"});
    NamingConvention convention;
    const auto pattern = [&reader](QStringView key, QString &target) {
        target = reader.string(key, target);
        const QString invalid = NamingConvention::invalidPlaceholder(target, key == u"foreignKey");
        if (invalid == u"{" || invalid == u"}")
            reader.fail(key, Tr::tr("unmatched \"%1\"").arg(invalid));
        if (!invalid.isEmpty())
            reader.fail(key, Tr::tr("unknown placeholder \"%1\"").arg(invalid));
    };
    pattern(u"primaryKey", convention.primaryKey);
    pattern(u"foreignKey", convention.foreignKey);
    pattern(u"unique", convention.unique);
    pattern(u"check", convention.check);
    pattern(u"index", convention.index);
    return convention;
}

View parseView(const ModelContext &context, const QJsonValue &value, const QString &path,
               const QString &schema)
{
    const ObjectReader reader(context, value, path,
                              {u"name", u"columns", u"sql", u"materialized", u"comment"});
    View view;
    view.schema = schema;
    view.name = reader.name();
    if (reader.has(u"columns"))
        view.columns = expectNameList(context, reader.value(u"columns"), reader.at(u"columns"));
    view.sql = reader.name(u"sql");
    view.materialized = reader.boolean(u"materialized", false);
    view.comment = reader.string(u"comment");
    return view;
}

Sequence parseSequence(const ModelContext &context, const QJsonValue &value, const QString &path,
                       const QString &schema)
{
    const ObjectReader reader(
        context, value, path,
        {u"name", u"start", u"increment", u"minValue", u"maxValue", u"cycle"});
    Sequence sequence;
    sequence.schema = schema;
    sequence.name = reader.name();
    sequence.start = reader.integer(u"start").value_or(1);
    sequence.increment = reader.integer(u"increment").value_or(1);
    if (sequence.increment == 0)
        reader.fail(u"increment", Tr::tr("must not be 0"));
    sequence.minValue = reader.integer(u"minValue");
    sequence.maxValue = reader.integer(u"maxValue");
    sequence.cycle = reader.boolean(u"cycle", false);
    return sequence;
}

/// The tables, views, sequences and triggers of one schema (a "schemas" entry, or the top
/// level for the default schema).
Schema parseSchema(const ObjectReader &reader, const QString &name, const ModelOptions &options,
                   QList<TableSource> &sources)
{
    const ModelContext &context = reader.context();
    Schema schema;
    schema.name = name;
    RelationNames names(context);

    const QJsonArray tables = reader.array(u"tables");
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString path = indexPath(reader.at(u"tables"), i);
        TableSource source;
        Table table = parseTable(context, tables.at(i), path, name, options, source);
        names.claim(table.name, Relation::Table, path + u".name"_s);
        for (qsizetype j = 0; j < table.indexes.size(); ++j)
            names.claim(table.indexes.at(j).name, Relation::Index, source.indexes.at(j).path);
        schema.tables.append(std::move(table));
        sources.append(std::move(source));
    }
    const QJsonArray views = reader.array(u"views");
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QString path = indexPath(reader.at(u"views"), i);
        schema.views.append(parseView(context, views.at(i), path, name));
        names.claim(schema.views.last().name, Relation::View, path + u".name"_s);
    }
    const QJsonArray sequences = reader.array(u"sequences");
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        const QString path = indexPath(reader.at(u"sequences"), i);
        schema.sequences.append(parseSequence(context, sequences.at(i), path, name));
        names.claim(schema.sequences.last().name, Relation::Sequence, path + u".name"_s);
    }
    QSet<QString> triggers; // "table\nname": PostgreSQL names triggers per table
    const QJsonArray triggerValues = reader.array(u"triggers");
    for (qsizetype i = 0; i < triggerValues.size(); ++i) {
        const QString path = indexPath(reader.at(u"triggers"), i);
        const ObjectReader trigger(context, triggerValues.at(i), path, {u"name", u"table", u"sql"});
        Trigger t{name, trigger.name(), trigger.name(u"table"), trigger.name(u"sql")};
        if (!schema.table(t.table) && !schema.view(t.table))
            trigger.fail(u"table", Tr::tr("table \"%1\" does not exist").arg(t.table));
        const QString key = t.table + u'\n' + t.name;
        if (triggers.contains(key))
            trigger.fail(u"name",
                         Tr::tr("duplicate trigger \"%1\" on table \"%2\"").arg(t.name, t.table));
        triggers.insert(key);
        schema.triggers.append(std::move(t));
    }
    return schema;
}

[[noreturn]] void failJson(const QByteArray &json, const QJsonParseError &error,
                           const QString &sourceName)
{
    const QByteArray head = json.left(error.offset);
    const qsizetype line = head.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(head.mid(head.lastIndexOf('\n') + 1)).size() + 1;
    const QString where = Tr::tr("line %1, column %2").arg(line).arg(column);
    const QString message = Tr::tr("malformed JSON: %1").arg(error.errorString());
    if (sourceName.isEmpty())
        throw ModelError(u"%1: %2"_s.arg(where, message));
    throw ModelError(u"%1: %2: %3"_s.arg(sourceName, where, message));
}

} // namespace

Metadata loadModel(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(
            Tr::tr("%1: cannot read the model file: %2").arg(path, file.errorString()));
    return parseModel(file.readAll(), path);
}

Metadata parseModel(const QByteArray &json, const QString &sourceName)
{
    const ModelContext context(sourceName);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        failJson(json, error, sourceName);
    const QJsonValue rootValue =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const ObjectReader root(context, rootValue, u"$"_s,
                            {u"$schema", u"name", u"description", u"version", u"dialect", u"naming",
                             u"tables", u"views", u"sequences", u"triggers", u"schemas"});
    root.string(u"$schema");
    root.string(u"name");
    root.string(u"description");
    if (const std::optional<qint64> version = root.integer(u"version");
        version && *version != modelFormatVersion)
        root.fail(u"version", Tr::tr("unsupported format version %1 (this Quarry reads version %2)")
                                  .arg(*version)
                                  .arg(modelFormatVersion));

    Metadata metadata;
    if (root.has(u"dialect")) {
        const QString name = root.name(u"dialect");
        const Dialect *dialect = Dialect::forName(name);
        if (!dialect)
            root.fail(u"dialect",
                      Tr::tr("unknown dialect \"%1\" (expected sqlite, postgresql or generic)")
                          .arg(name));
        metadata.dialect = dialect->name();
    }
    ModelOptions options;
    if (root.has(u"naming")) {
        options.naming = !root.value(u"naming").isBool() || root.value(u"naming").toBool();
        options.convention = parseNaming(root);
    }

    QList<QList<TableSource>> sources;
    const bool topLevel = root.has(u"tables") || root.has(u"views") || root.has(u"sequences") ||
                          root.has(u"triggers");
    if (topLevel) {
        sources.append(QList<TableSource>());
        metadata.schemas.append(parseSchema(root, QString(), options, sources.last()));
    }
    const QJsonArray schemas = root.array(u"schemas");
    for (qsizetype i = 0; i < schemas.size(); ++i) {
        const QString path = indexPath(root.at(u"schemas"), i);
        const ObjectReader reader(context, schemas.at(i), path,
                                  {u"name", u"tables", u"views", u"sequences", u"triggers"});
        const QString name = reader.string(u"name");
        if (metadata.schema(name)) {
            if (name.isEmpty())
                context.fail(path, Tr::tr("the default schema is given twice"));
            reader.fail(u"name", Tr::tr("duplicate schema \"%1\"").arg(name));
        }
        sources.append(QList<TableSource>());
        metadata.schemas.append(parseSchema(reader, name, options, sources.last()));
    }

    resolveForeignKeys(context, metadata, sources);
    for (Schema &schema : metadata.schemas)
        for (Table &table : schema.tables)
            sortCanonically(table);
    return metadata;
}

} // namespace Quarry
