// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

#include <QStandardItemModel>

namespace Quarry::Ui {

/// The schema browser's tree for one reflected Metadata: schemas, then tables and views; a
/// table's columns, indexes, foreign keys and triggers are added when it is first expanded
/// (populate()), so thousands of tables load at once.
class SchemaTreeModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum class Kind { Schema, Group, Table, View, Column, Index, ForeignKey, Trigger, Placeholder };
    enum Role { KindRole = Qt::UserRole + 1, SchemaRole, ObjectRole };

    explicit SchemaTreeModel(QObject *parent = nullptr);

    void setMetadata(Metadata metadata);
    const Metadata &metadata() const { return m_metadata; }
    /// Adds the children of the table or view at \a index if not there yet.
    void populate(const QModelIndex &index);

    static Kind kind(const QModelIndex &index);
    /// The table or view the item belongs to, if any.
    const Table *table(const QModelIndex &index) const;
    const View *view(const QModelIndex &index) const;

private:
    Metadata m_metadata;
};

} // namespace Quarry::Ui
