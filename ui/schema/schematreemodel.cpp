// SPDX-License-Identifier: MIT
#include "schema/schematreemodel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

// A comment from the database as a tooltip: Qt renders one that looks like markup, so it goes
// escaped, in rich text.
QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? text
                          : u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(text.toHtmlEscaped());
}

QStandardItem *makeItem(const QString &text, SchemaTreeModel::Kind kind, const QString &schema = {},
                        const QString &object = {})
{
    auto *it = new QStandardItem(text);
    it->setEditable(false);
    it->setData(int(kind), SchemaTreeModel::KindRole);
    it->setData(schema, SchemaTreeModel::SchemaRole);
    it->setData(object, SchemaTreeModel::ObjectRole);
    return it;
}

QIcon icon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QString columnText(const Table &table, const Column &column)
{
    QStringList marks;
    if (table.primaryKey.columns.contains(column.name))
        marks.append(SchemaTreeModel::tr("PK"));
    if (!column.nullable)
        marks.append(SchemaTreeModel::tr("NOT NULL"));
    const QString type = column.nativeType.isEmpty() ? column.type.name() : column.nativeType;
    return marks.isEmpty() ? u"%1  %2"_s.arg(column.name, type)
                           : u"%1  %2  %3"_s.arg(column.name, type, marks.join(u", "_s));
}

// An expandable row whose real children come later.
void addPlaceholder(QStandardItem *parent)
{
    parent->appendRow(
        makeItem(SchemaTreeModel::tr("Loading…"), SchemaTreeModel::Kind::Placeholder));
}

} // namespace

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{}

void SchemaTreeModel::setMetadata(Metadata metadata)
{
    m_metadata = std::move(metadata);
    clear();
    for (const Schema &schema : m_metadata.schemas) {
        auto *schemaItem = makeItem(schema.name.isEmpty() ? tr("(default)") : schema.name,
                                    Kind::Schema, schema.name);
        schemaItem->setIcon(icon(QStyle::SP_DirIcon));
        auto *tables =
            makeItem(tr("Tables (%1)").arg(schema.tables.size()), Kind::Group, schema.name);
        for (const Table &table : schema.tables) {
            auto *t = makeItem(table.name, Kind::Table, schema.name, table.name);
            t->setIcon(icon(QStyle::SP_FileIcon));
            t->setToolTip(plainToolTip(table.comment));
            addPlaceholder(t);
            tables->appendRow(t);
        }
        schemaItem->appendRow(tables);
        if (!schema.views.isEmpty()) {
            auto *views =
                makeItem(tr("Views (%1)").arg(schema.views.size()), Kind::Group, schema.name);
            for (const View &view : schema.views) {
                auto *v = makeItem(view.name, Kind::View, schema.name, view.name);
                v->setIcon(icon(QStyle::SP_FileDialogContentsView));
                v->setToolTip(plainToolTip(view.comment));
                addPlaceholder(v);
                views->appendRow(v);
            }
            schemaItem->appendRow(views);
        }
        appendRow(schemaItem);
    }
}

void SchemaTreeModel::populate(const QModelIndex &index)
{
    QStandardItem *parent = itemFromIndex(index);
    if (!parent || parent->rowCount() != 1 || kind(parent->child(0)->index()) != Kind::Placeholder)
        return;
    parent->removeRow(0);
    const QString schema = index.data(SchemaRole).toString();
    if (const View *v = view(index)) {
        for (const QString &column : v->columns)
            parent->appendRow(makeItem(column, Kind::Column, schema, v->name));
        return;
    }
    const Table *t = table(index);
    if (!t)
        return;
    for (const Column &column : t->columns)
        parent->appendRow(makeItem(columnText(*t, column), Kind::Column, schema, t->name));
    if (!t->indexes.isEmpty()) {
        auto *group = makeItem(tr("Indexes (%1)").arg(t->indexes.size()), Kind::Group, schema);
        for (const Index &ix : t->indexes) {
            QStringList parts;
            for (const IndexPart &part : ix.parts)
                parts.append(part.column.isEmpty() ? part.expression : part.column);
            const QString text = u"%1 (%2)%3"_s.arg(ix.name, parts.join(u", "_s),
                                                    ix.unique ? tr(" unique") : QString());
            group->appendRow(makeItem(text, Kind::Index, schema, ix.name));
        }
        parent->appendRow(group);
    }
    if (!t->foreignKeys.isEmpty()) {
        auto *group =
            makeItem(tr("Foreign keys (%1)").arg(t->foreignKeys.size()), Kind::Group, schema);
        for (const ForeignKey &fk : t->foreignKeys) {
            const QString text = u"(%1) → %2 (%3)"_s.arg(fk.columns.join(u", "_s), fk.referredTable,
                                                         fk.referredColumns.join(u", "_s));
            group->appendRow(makeItem(text, Kind::ForeignKey, schema, fk.name));
        }
        parent->appendRow(group);
    }
    const Schema *s = m_metadata.schema(schema);
    QStandardItem *triggers = nullptr;
    for (const Trigger &trigger : s ? s->triggers : QList<Trigger>()) {
        if (trigger.table != t->name)
            continue;
        if (!triggers)
            triggers = makeItem(tr("Triggers"), Kind::Group, schema);
        triggers->appendRow(makeItem(trigger.name, Kind::Trigger, schema, trigger.name));
    }
    if (triggers)
        parent->appendRow(triggers);
}

SchemaTreeModel::Kind SchemaTreeModel::kind(const QModelIndex &index)
{
    return Kind(index.data(KindRole).toInt());
}

const Table *SchemaTreeModel::table(const QModelIndex &index) const
{
    if (kind(index) != Kind::Table)
        return nullptr;
    const Schema *schema = m_metadata.schema(index.data(SchemaRole).toString());
    return schema ? schema->table(index.data(ObjectRole).toString()) : nullptr;
}

const View *SchemaTreeModel::view(const QModelIndex &index) const
{
    if (kind(index) != Kind::View)
        return nullptr;
    const Schema *schema = m_metadata.schema(index.data(SchemaRole).toString());
    return schema ? schema->view(index.data(ObjectRole).toString()) : nullptr;
}

} // namespace Quarry::Ui
