// SPDX-License-Identifier: MIT
// Writing a model file. QJsonObject sorts keys alphabetically, which would put "columns" before
// "name"; the file is meant to be read and edited by people, so it is written from an ordered
// tree, short objects and arrays on one line.
#include "model/modelfile.h"

#include "driver/valuetext.h"

#include <QJsonValue>

#include <vector>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

constexpr qsizetype lineWidth = 100;

struct Node {
    enum class Kind { Scalar, Array, Object };
    Kind kind = Kind::Scalar;
    /// A scalar's JSON text.
    QString text{};
    /// Object keys, parallel to items.
    std::vector<QString> keys{};
    std::vector<Node> items{};

    static Node string(const QString &value);
    static Node boolean(bool value) { return Node{Kind::Scalar, value ? u"true"_s : u"false"_s}; }
    static Node integer(qint64 value) { return Node{Kind::Scalar, QString::number(value)}; }
    static Node array() { return Node{Kind::Array}; }
    static Node object() { return Node{Kind::Object}; }
    static Node strings(const QStringList &values)
    {
        Node node = array();
        for (const QString &value : values)
            node.append(string(value));
        return node;
    }

    Node &add(const QString &key, Node value)
    {
        keys.push_back(key);
        items.push_back(std::move(value));
        return *this;
    }
    /// Adds a string unless it is empty (the loader's default).
    Node &addText(const QString &key, const QString &value)
    {
        return value.isEmpty() ? *this : add(key, string(value));
    }
    /// Adds true; false is the loader's default.
    Node &addFlag(const QString &key, bool value)
    {
        return value ? add(key, boolean(true)) : *this;
    }
    /// Adds an array unless it is empty.
    Node &addList(const QString &key, Node list)
    {
        return list.items.empty() ? *this : add(key, std::move(list));
    }
    void append(Node value) { items.push_back(std::move(value)); }
};

Node Node::string(const QString &value)
{
    return Node{Kind::Scalar, QString::fromUtf8(ValueText::formatJson(QJsonValue(value)))};
}

void writeCompact(const Node &node, QString &out)
{
    switch (node.kind) {
    case Node::Kind::Scalar:
        out += node.text;
        return;
    case Node::Kind::Array:
        out += u'[';
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            writeCompact(node.items[i], out);
        }
        out += u']';
        return;
    case Node::Kind::Object:
        out += u'{';
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            out += Node::string(node.keys[i]).text + u": "_s;
            writeCompact(node.items[i], out);
        }
        out += u'}';
        return;
    }
}

// \a used: the columns taken on the current line before the node (indent and key).
void writePretty(const Node &node, qsizetype indent, qsizetype used, bool root, QString &out)
{
    QString compact;
    writeCompact(node, compact);
    if (node.kind == Node::Kind::Scalar || node.items.empty() ||
        (!root && used + compact.size() + 1 <= lineWidth)) {
        out += compact;
        return;
    }
    const bool isObject = node.kind == Node::Kind::Object;
    const QString inner(indent + 2, u' ');
    out += isObject ? u"{\n"_s : u"[\n"_s;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
        out += inner;
        qsizetype lineUsed = inner.size();
        if (isObject) {
            const QString key = Node::string(node.keys[i]).text + u": "_s;
            out += key;
            lineUsed += key.size();
        }
        writePretty(node.items[i], indent + 2, lineUsed, false, out);
        out += i + 1 < node.items.size() ? u",\n"_s : u"\n"_s;
    }
    out += QString(indent, u' ') + (isObject ? u'}' : u']');
}

// The model spells actions in lower case ("set null"); NO ACTION, the default, is left out.
QString actionText(ReferentialAction action)
{
    return action == ReferentialAction::NoAction ? QString()
                                                 : referentialActionSql(action).toLower();
}

QString typeText(const Type &type)
{
    // Type::name() spells an unsized char "char", which parses back as char(1);
    // PostgreSQL's name for the unsized form parses back unchanged.
    if (type.kind == TypeKind::Char && type.length < 0)
        return u"bpchar"_s;
    return type.name();
}

Node columnNode(const Column &column, const Table &table)
{
    Node node = Node::object();
    node.add(u"name"_s, Node::string(column.name));
    node.add(u"type"_s, Node::string(typeText(column.type)));
    // an SQLite column declared without a type: "other" with an empty native type
    if (column.type.kind == TypeKind::Other && column.nativeType.isEmpty())
        node.add(u"nativeType"_s, Node::string(QString()));
    else
        node.addText(u"nativeType"_s, column.nativeType);
    // the loader makes primary key columns NOT NULL unless told otherwise
    if (column.nullable != !table.primaryKey.columns.contains(column.name))
        node.add(u"nullable"_s, Node::boolean(column.nullable));
    if (!column.defaultSql.isEmpty()) {
        node.add(u"default"_s, Node::string(column.defaultSql));
    } else if (column.defaultFunction != DefaultFunction::None) {
        const bool now = column.defaultFunction == DefaultFunction::Now;
        node.add(u"default"_s,
                 Node::object().add(u"function"_s, Node::string(now ? u"now"_s : u"uuid"_s)));
    }
    if (!column.generatedSql.isEmpty()) {
        if (column.generatedStored)
            node.add(u"generated"_s, Node::string(column.generatedSql));
        else
            node.add(u"generated"_s, Node::object()
                                         .add(u"sql"_s, Node::string(column.generatedSql))
                                         .add(u"stored"_s, Node::boolean(false)));
    }
    if (column.identity != Identity::None)
        node.add(u"identity"_s,
                 Node::string(column.identity == Identity::Always ? u"always"_s : u"byDefault"_s));
    node.addFlag(u"autoincrement"_s, column.autoincrement);
    node.addText(u"collation"_s, column.collation);
    node.addText(u"comment"_s, column.comment);
    return node;
}

Node foreignKeyNode(const ForeignKey &fk, const Table &table, const Metadata &metadata)
{
    Node node = Node::object();
    node.addText(u"name"_s, fk.name);
    node.add(u"columns"_s, Node::strings(fk.columns));
    Node references = Node::object();
    references.addText(u"schema"_s, fk.referredSchema);
    references.add(u"table"_s, Node::string(fk.referredTable));
    references.addList(u"columns"_s, Node::strings(fk.referredColumns));
    const QString schema = fk.referredSchema.isEmpty() ? table.schema : fk.referredSchema;
    const Schema *target = metadata.schema(schema);
    references.addFlag(u"external"_s, !target || !target->table(fk.referredTable));
    node.add(u"references"_s, std::move(references));
    node.addText(u"onDelete"_s, actionText(fk.onDelete));
    node.addText(u"onUpdate"_s, actionText(fk.onUpdate));
    node.addFlag(u"deferrable"_s, fk.deferrable);
    node.addFlag(u"initiallyDeferred"_s, fk.initiallyDeferred);
    return node;
}

Node indexNode(const Index &index)
{
    Node node = Node::object();
    node.addText(u"name"_s, index.name);
    node.addFlag(u"unique"_s, index.unique);
    Node parts = Node::array();
    for (const IndexPart &part : index.parts) {
        const bool plain = !part.column.isEmpty() && !part.descending && part.collation.isEmpty() &&
                           part.opclass.isEmpty();
        if (plain) {
            parts.append(Node::string(part.column));
            continue;
        }
        Node object = Node::object();
        object.addText(u"column"_s, part.column);
        object.addText(u"expression"_s, part.expression);
        object.addFlag(u"descending"_s, part.descending);
        object.addText(u"collation"_s, part.collation);
        object.addText(u"opclass"_s, part.opclass);
        parts.append(std::move(object));
    }
    node.add(u"columns"_s, std::move(parts));
    node.addText(u"where"_s, index.where);
    node.addText(u"method"_s, index.method);
    return node;
}

Node tableNode(const Table &table, const Metadata &metadata)
{
    Node node = Node::object();
    node.add(u"name"_s, Node::string(table.name));
    node.addText(u"comment"_s, table.comment);
    if (!table.primaryKey.isEmpty()) {
        Node columns = Node::strings(table.primaryKey.columns);
        if (table.primaryKey.name.isEmpty())
            node.add(u"primaryKey"_s, std::move(columns));
        else
            node.add(u"primaryKey"_s, Node::object()
                                          .add(u"name"_s, Node::string(table.primaryKey.name))
                                          .add(u"columns"_s, std::move(columns)));
    }
    Node columns = Node::array();
    for (const Column &column : table.columns)
        columns.append(columnNode(column, table));
    node.addList(u"columns"_s, std::move(columns));
    Node foreignKeys = Node::array();
    for (const ForeignKey &fk : table.foreignKeys)
        foreignKeys.append(foreignKeyNode(fk, table, metadata));
    node.addList(u"foreignKeys"_s, std::move(foreignKeys));
    Node uniques = Node::array();
    for (const UniqueConstraint &unique : table.uniques)
        uniques.append(Node::object()
                           .addText(u"name"_s, unique.name)
                           .add(u"columns"_s, Node::strings(unique.columns)));
    node.addList(u"uniques"_s, std::move(uniques));
    Node checks = Node::array();
    for (const CheckConstraint &check : table.checks)
        checks.append(
            Node::object().addText(u"name"_s, check.name).add(u"sql"_s, Node::string(check.sql)));
    node.addList(u"checks"_s, std::move(checks));
    Node indexes = Node::array();
    for (const Index &index : table.indexes)
        indexes.append(indexNode(index));
    node.addList(u"indexes"_s, std::move(indexes));
    node.addFlag(u"withoutRowid"_s, table.withoutRowid);
    node.addFlag(u"strict"_s, table.strict);
    return node;
}

Node sequenceNode(const Sequence &sequence)
{
    Node node = Node::object();
    node.add(u"name"_s, Node::string(sequence.name));
    if (sequence.start != 1)
        node.add(u"start"_s, Node::integer(sequence.start));
    if (sequence.increment != 1)
        node.add(u"increment"_s, Node::integer(sequence.increment));
    if (sequence.minValue)
        node.add(u"minValue"_s, Node::integer(*sequence.minValue));
    if (sequence.maxValue)
        node.add(u"maxValue"_s, Node::integer(*sequence.maxValue));
    node.addFlag(u"cycle"_s, sequence.cycle);
    return node;
}

// Adds the schema's objects to \a node: a "schemas" entry, or the file itself.
void addSchemaContents(Node &node, const Schema &schema, const Metadata &metadata)
{
    Node tables = Node::array();
    for (const Table &table : schema.tables)
        tables.append(tableNode(table, metadata));
    Node views = Node::array();
    for (const View &view : schema.views)
        views.append(Node::object()
                         .add(u"name"_s, Node::string(view.name))
                         .addList(u"columns"_s, Node::strings(view.columns))
                         .add(u"sql"_s, Node::string(view.sql))
                         .addFlag(u"materialized"_s, view.materialized)
                         .addText(u"comment"_s, view.comment));
    Node sequences = Node::array();
    for (const Sequence &sequence : schema.sequences)
        sequences.append(sequenceNode(sequence));
    Node triggers = Node::array();
    for (const Trigger &trigger : schema.triggers)
        triggers.append(Node::object()
                            .add(u"name"_s, Node::string(trigger.name))
                            .add(u"table"_s, Node::string(trigger.table))
                            .add(u"sql"_s, Node::string(trigger.sql)));
    const bool empty = tables.items.empty() && views.items.empty() && sequences.items.empty() &&
                       triggers.items.empty();
    if (empty) {
        node.add(u"tables"_s, std::move(tables)); // so that the schema exists when read back
        return;
    }
    node.addList(u"tables"_s, std::move(tables));
    node.addList(u"views"_s, std::move(views));
    node.addList(u"sequences"_s, std::move(sequences));
    node.addList(u"triggers"_s, std::move(triggers));
}

} // namespace

QByteArray saveModel(const Metadata &metadata, const QString &name)
{
    Node root = Node::object();
    root.add(u"$schema"_s, Node::string(QString::fromUtf16(modelSchemaUrl)));
    root.addText(u"name"_s, name);
    root.add(u"version"_s, Node::integer(modelFormatVersion));
    root.addText(u"dialect"_s, metadata.dialect);
    // every name is explicit (empty ones are the engine's), so no convention may add any
    root.add(u"naming"_s, Node::boolean(false));
    if (metadata.schemas.size() == 1 && metadata.schemas.first().name.isEmpty()) {
        addSchemaContents(root, metadata.schemas.first(), metadata);
    } else if (!metadata.schemas.isEmpty()) {
        Node schemas = Node::array();
        for (const Schema &schema : metadata.schemas) {
            Node node = Node::object();
            node.add(u"name"_s, Node::string(schema.name));
            addSchemaContents(node, schema, metadata);
            schemas.append(std::move(node));
        }
        root.add(u"schemas"_s, std::move(schemas));
    }
    QString text;
    writePretty(root, 0, 0, true, text);
    text += u'\n';
    return text.toUtf8();
}

} // namespace Quarry
