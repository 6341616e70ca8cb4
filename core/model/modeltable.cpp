// SPDX-License-Identifier: MIT
// One table of a model file: its columns, keys, constraints and indexes, the conveniences
// (primary key kinds, timestamps), convention names, and the checks that need only the table.
#include "model/modelparser.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry::ModelDetail {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ModelFile)
};

/// The column a primary key kind adds (`"primaryKey": "uuid"`), or nullopt for none.
std::optional<Column> keyColumn(const ObjectReader &reader, const QString &kind,
                                const QString &name, const QString &kindPath)
{
    Column column;
    column.name = name;
    column.nullable = false;
    if (kind == u"integer" || kind == u"bigint") {
        column.type.kind = kind == u"integer" ? TypeKind::Integer : TypeKind::BigInt;
        column.autoincrement = true;
    } else if (kind == u"uuid") {
        column.type.kind = TypeKind::Uuid;
        column.defaultFunction = DefaultFunction::Uuid;
    } else {
        reader.context().fail(kindPath,
                              Tr::tr("unknown primary key kind \"%1\" (expected integer, bigint "
                                     "or uuid, or the key's columns in an array)")
                                  .arg(kind));
    }
    return column;
}

/// Reads "primaryKey": a kind, an array of columns, or an object with a name.
std::optional<Column> parsePrimaryKey(const ObjectReader &reader, Table &table, TableSource &source)
{
    const QString path = reader.at(u"primaryKey");
    const QJsonValue value = reader.value(u"primaryKey");
    const ModelContext &context = reader.context();
    source.primaryKey.path = path;
    if (value.isString())
        return keyColumn(reader, value.toString(), u"id"_s, path);
    if (value.isArray()) {
        table.primaryKey.columns = expectNameList(context, value, path);
        source.primaryKey.columnsPath = path;
        return std::nullopt;
    }
    if (!value.isObject())
        context.fail(path, Tr::tr("expected a string, an array or an object"));
    const ObjectReader object(context, value, path, {u"name", u"columns", u"kind", u"column"});
    table.primaryKey.name = object.optionalName(u"name");
    if (object.has(u"columns") == object.has(u"kind"))
        context.fail(path, Tr::tr("give either \"columns\" or \"kind\""));
    if (object.has(u"columns")) {
        if (object.has(u"column"))
            object.fail(u"column", Tr::tr("\"column\" goes with \"kind\""));
        table.primaryKey.columns =
            expectNameList(context, object.value(u"columns"), object.at(u"columns"));
        source.primaryKey.columnsPath = object.at(u"columns");
        return std::nullopt;
    }
    const QString name = object.has(u"column") ? object.name(u"column") : u"id"_s;
    return keyColumn(object, object.string(u"kind"), name, object.at(u"kind"));
}

ForeignKey parseForeignKey(const ModelContext &context, const QJsonValue &value,
                           const QString &path, ForeignKeySource &source)
{
    const ObjectReader reader(context, value, path,
                              {u"name", u"columns", u"references", u"onDelete", u"onUpdate",
                               u"deferrable", u"initiallyDeferred"});
    ForeignKey fk;
    fk.name = reader.optionalName(u"name");
    if (!reader.has(u"columns"))
        reader.fail({}, Tr::tr("missing \"%1\"").arg(u"columns"_s));
    fk.columns = expectNameList(context, reader.value(u"columns"), reader.at(u"columns"));
    if (!reader.has(u"references"))
        reader.fail({}, Tr::tr("missing \"%1\"").arg(u"references"_s));
    const ObjectReader references(context, reader.value(u"references"), reader.at(u"references"),
                                  {u"schema", u"table", u"columns", u"external"});
    fk.referredSchema = references.optionalName(u"schema");
    fk.referredTable = references.name(u"table");
    source.path = path;
    source.columns = {path, reader.at(u"columns")};
    source.tablePath = references.at(u"table");
    source.referredColumns.path = source.tablePath;
    if (references.has(u"columns")) {
        fk.referredColumns =
            expectNameList(context, references.value(u"columns"), references.at(u"columns"));
        source.referredColumns.columnsPath = references.at(u"columns");
    }
    source.external = references.boolean(u"external", false);
    parseForeignKeyOptions(reader, fk);
    return fk;
}

Index parseIndex(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    const ObjectReader reader(context, value, path,
                              {u"name", u"unique", u"columns", u"where", u"method"});
    Index index;
    index.name = reader.optionalName(u"name");
    index.unique = reader.boolean(u"unique", false);
    index.where = reader.optionalName(u"where");
    index.method = reader.optionalName(u"method");
    if (!reader.has(u"columns"))
        reader.fail({}, Tr::tr("missing \"%1\"").arg(u"columns"_s));
    const QJsonArray parts = expectArray(context, reader.value(u"columns"), reader.at(u"columns"));
    if (parts.isEmpty())
        reader.fail(u"columns", Tr::tr("expected at least one column"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString partPath = indexPath(reader.at(u"columns"), i);
        IndexPart part;
        if (parts.at(i).isString()) {
            part.column = expectName(context, parts.at(i), partPath);
        } else {
            if (!parts.at(i).isObject())
                context.fail(partPath, Tr::tr("expected a string or an object"));
            const ObjectReader object(
                context, parts.at(i), partPath,
                {u"column", u"expression", u"descending", u"collation", u"opclass"});
            if (object.has(u"column") == object.has(u"expression"))
                context.fail(partPath, Tr::tr("give either \"column\" or \"expression\""));
            part.column = object.optionalName(u"column");
            part.expression = object.optionalName(u"expression");
            part.descending = object.boolean(u"descending", false);
            part.collation = object.optionalName(u"collation");
            part.opclass = object.optionalName(u"opclass");
        }
        index.parts.append(part);
    }
    return index;
}

void requireColumns(const ModelContext &context, const Table &table, const QStringList &columns,
                    const ColumnsSource &source)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!table.hasColumn(columns.at(i)))
            context.fail(source.columnPath(i),
                         Tr::tr("column \"%1\" does not exist in table \"%2\"")
                             .arg(columns.at(i), table.name));
    }
}

void requireIndexName(const ModelContext &context, const Index &index, const QString &path,
                      const ModelOptions &options)
{
    if (!index.name.isEmpty())
        return;
    if (!options.naming)
        context.fail(path, Tr::tr("an index needs a \"name\" when \"naming\" is false"));
    context.fail(path, Tr::tr("an index needs a \"name\": the naming convention's \"index\" "
                              "pattern is empty"));
}

// Fills in convention names, then rejects two constraints of the table with one name.
void nameConstraints(const ModelContext &context, Table &table, TableSource &source,
                     const QStringList &checkKeys, const ModelOptions &options)
{
    const NamingConvention &convention = options.convention;
    if (options.naming) {
        if (!table.primaryKey.isEmpty() && table.primaryKey.name.isEmpty())
            table.primaryKey.name = convention.primaryKeyName(table);
        for (ForeignKey &fk : table.foreignKeys)
            if (fk.name.isEmpty())
                fk.name = convention.foreignKeyName(table, fk);
        for (UniqueConstraint &unique : table.uniques)
            if (unique.name.isEmpty())
                unique.name = convention.uniqueName(table, unique);
        for (qsizetype i = 0; i < table.checks.size(); ++i)
            if (table.checks[i].name.isEmpty())
                table.checks[i].name = convention.checkName(table, checkKeys.at(i));
        for (Index &index : table.indexes)
            if (index.name.isEmpty())
                index.name = convention.indexName(table, index);
    }
    for (qsizetype i = 0; i < table.indexes.size(); ++i)
        requireIndexName(context, table.indexes.at(i), source.indexes.at(i).path, options);

    QSet<QString> names;
    const auto claim = [&](const QString &name, const QString &path) {
        if (name.isEmpty())
            return;
        if (names.contains(name))
            context.fail(path, Tr::tr("duplicate constraint name \"%1\"").arg(name));
        names.insert(name);
    };
    claim(table.primaryKey.name, source.primaryKey.path);
    for (qsizetype i = 0; i < table.foreignKeys.size(); ++i)
        claim(table.foreignKeys.at(i).name, source.foreignKeys.at(i).path);
    for (qsizetype i = 0; i < table.uniques.size(); ++i)
        claim(table.uniques.at(i).name, source.uniques.at(i).path);
    for (qsizetype i = 0; i < table.checks.size(); ++i)
        claim(table.checks.at(i).name, source.checks.at(i));
}

} // namespace

QString ColumnsSource::columnPath(qsizetype i) const
{
    return columnsPath.isEmpty() ? path : indexPath(columnsPath, i);
}

namespace {

// The columns in file order: the primary key kind's column first, then the declared ones,
// then the timestamps. Column-level primary key flags are collected into the table's key.
QList<ParsedColumn> readColumns(const ObjectReader &reader, Table &table, TableSource &source)
{
    const ModelContext &context = reader.context();
    QList<ParsedColumn> parsed;
    bool keyColumnAdded = false;
    if (reader.has(u"primaryKey")) {
        if (std::optional<Column> key = parsePrimaryKey(reader, table, source)) {
            keyColumnAdded = true;
            table.primaryKey.columns = QStringList(key->name);
            ParsedColumn keyColumn;
            keyColumn.column = *key;
            parsed.append(keyColumn);
            source.columnPaths.append(reader.at(u"primaryKey"));
        }
    }
    const QJsonArray columns = reader.array(u"columns");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString columnPath = indexPath(reader.at(u"columns"), i);
        ParsedColumn column = parseColumn(context, columns.at(i), columnPath);
        if (const QString problem = nativeTypeProblem(column.column.nativeType);
            !problem.isEmpty()) {
            context.fail(
                columnPath + u".nativeType"_s,
                Tr::tr("table \"%1\", column \"%2\": native type \"%3\" %4")
                    .arg(table.name, column.column.name, column.column.nativeType, problem));
        }
        for (qsizetype j = 0; j < parsed.size(); ++j) {
            if (parsed.at(j).column.name != column.column.name)
                continue;
            if (j == 0 && keyColumnAdded)
                reader.fail(u"primaryKey", Tr::tr("adds a column \"%1\", but the table declares "
                                                  "one already")
                                               .arg(column.column.name));
            context.fail(columnPath + u".name"_s,
                         Tr::tr("duplicate column \"%1\"").arg(column.column.name));
        }
        if (column.primaryKey && reader.has(u"primaryKey"))
            context.fail(columnPath + u".primaryKey"_s,
                         Tr::tr("the table's \"primaryKey\" names the primary key already"));
        if (column.primaryKey)
            table.primaryKey.columns.append(column.column.name);
        parsed.append(column);
        source.columnPaths.append(columnPath);
    }
    if (reader.boolean(u"timestamps", false)) {
        for (const QString &name : {u"created_at"_s, u"updated_at"_s}) {
            for (const ParsedColumn &earlier : std::as_const(parsed))
                if (earlier.column.name == name)
                    reader.fail(u"timestamps", Tr::tr("adds a column \"%1\", but the table "
                                                      "declares one already")
                                                   .arg(name));
            ParsedColumn stamp;
            stamp.column.name = name;
            stamp.column.type.kind = TypeKind::TimestampTz;
            stamp.column.nullable = false;
            stamp.column.defaultFunction = DefaultFunction::Now;
            parsed.append(stamp);
            source.columnPaths.append(reader.at(u"timestamps"));
        }
    }
    return parsed;
}

// Adds the columns to the table, and what was declared on them as table-level entries. A
// column-level check is keyed by its column for the naming convention.
void addColumns(const QList<ParsedColumn> &parsed, Table &table, TableSource &source,
                QStringList &checkKeys)
{
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const ParsedColumn &p = parsed.at(i);
        const QString &columnPath = source.columnPaths.at(i);
        Column column = p.column;
        // primary key columns are NOT NULL unless the column says otherwise
        if (p.nullable)
            column.nullable = *p.nullable;
        else if (table.primaryKey.columns.contains(column.name))
            column.nullable = false;
        table.columns.append(column);
        const QStringList own(column.name);
        if (p.unique) {
            table.uniques.append(UniqueConstraint{{}, own});
            source.uniques.append(ColumnsSource{columnPath + u".unique"_s, {}});
        }
        if (!p.check.isEmpty()) {
            table.checks.append(CheckConstraint{{}, p.check});
            source.checks.append(columnPath + u".check"_s);
            checkKeys.append(column.name);
        }
        if (p.index) {
            Index index;
            index.parts.append(IndexPart{column.name, {}, false, {}, {}});
            table.indexes.append(index);
            source.indexes.append(ColumnsSource{columnPath + u".index"_s, {}});
        }
        if (p.reference) {
            table.foreignKeys.append(*p.reference);
            source.foreignKeys.append(p.referenceSource);
        }
    }
}

// The table's own lists, after the column-level entries. A table-level check is keyed by its
// 1-based position for the naming convention.
void readConstraints(const ObjectReader &reader, Table &table, TableSource &source,
                     QStringList &checkKeys)
{
    const ModelContext &context = reader.context();
    const QJsonArray foreignKeys = reader.array(u"foreignKeys");
    for (qsizetype i = 0; i < foreignKeys.size(); ++i) {
        ForeignKeySource fkSource;
        table.foreignKeys.append(parseForeignKey(
            context, foreignKeys.at(i), indexPath(reader.at(u"foreignKeys"), i), fkSource));
        source.foreignKeys.append(fkSource);
    }
    const QJsonArray uniques = reader.array(u"uniques");
    for (qsizetype i = 0; i < uniques.size(); ++i) {
        const QString uniquePath = indexPath(reader.at(u"uniques"), i);
        const ObjectReader unique(context, uniques.at(i), uniquePath, {u"name", u"columns"});
        if (!unique.has(u"columns"))
            unique.fail({}, Tr::tr("missing \"%1\"").arg(u"columns"_s));
        table.uniques.append(UniqueConstraint{
            unique.optionalName(u"name"),
            expectNameList(context, unique.value(u"columns"), unique.at(u"columns"))});
        source.uniques.append(ColumnsSource{uniquePath, unique.at(u"columns")});
    }
    const QJsonArray checks = reader.array(u"checks");
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QString checkPath = indexPath(reader.at(u"checks"), i);
        const ObjectReader check(context, checks.at(i), checkPath, {u"name", u"sql"});
        table.checks.append(CheckConstraint{check.optionalName(u"name"), check.name(u"sql")});
        source.checks.append(checkPath);
        checkKeys.append(QString::number(i + 1));
    }
    const QJsonArray indexes = reader.array(u"indexes");
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const QString indexObjectPath = indexPath(reader.at(u"indexes"), i);
        table.indexes.append(parseIndex(context, indexes.at(i), indexObjectPath));
        source.indexes.append(ColumnsSource{indexObjectPath, indexObjectPath + u".columns"_s});
    }
}

void requireAllColumns(const ModelContext &context, const Table &table, const TableSource &source)
{
    requireColumns(context, table, table.primaryKey.columns, source.primaryKey);
    for (qsizetype i = 0; i < table.foreignKeys.size(); ++i)
        requireColumns(context, table, table.foreignKeys.at(i).columns,
                       source.foreignKeys.at(i).columns);
    for (qsizetype i = 0; i < table.uniques.size(); ++i)
        requireColumns(context, table, table.uniques.at(i).columns, source.uniques.at(i));
    for (qsizetype i = 0; i < table.indexes.size(); ++i) {
        const QList<IndexPart> &parts = table.indexes.at(i).parts;
        for (qsizetype j = 0; j < parts.size(); ++j)
            if (!parts.at(j).column.isEmpty())
                requireColumns(context, table, QStringList(parts.at(j).column),
                               ColumnsSource{source.indexes.at(i).columnPath(j), {}});
    }
}

} // namespace

Table parseTable(const ModelContext &context, const QJsonValue &value, const QString &path,
                 const QString &schema, const ModelOptions &options, TableSource &source)
{
    const ObjectReader reader(context, value, path,
                              {u"name", u"comment", u"primaryKey", u"timestamps", u"columns",
                               u"foreignKeys", u"uniques", u"checks", u"indexes", u"withoutRowid",
                               u"strict"});
    Table table;
    table.schema = schema;
    table.name = reader.name();
    table.comment = reader.string(u"comment");
    source.path = path;

    const QList<ParsedColumn> parsed = readColumns(reader, table, source);
    if (source.primaryKey.path.isEmpty())
        source.primaryKey.path = path; // declared on columns
    QStringList checkKeys;
    addColumns(parsed, table, source, checkKeys);
    readConstraints(reader, table, source, checkKeys);
    table.withoutRowid = reader.boolean(u"withoutRowid", false);
    table.strict = reader.boolean(u"strict", false);
    if (table.withoutRowid && table.primaryKey.isEmpty())
        reader.fail(u"withoutRowid", Tr::tr("needs a primary key"));

    requireAllColumns(context, table, source);
    nameConstraints(context, table, source, checkKeys, options);
    return table;
}

} // namespace Quarry::ModelDetail
