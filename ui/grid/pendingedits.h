// SPDX-License-Identifier: MIT
#pragma once

#include "connection/params.h"
#include "schema/table.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QVariantList>

namespace Quarry {
class Dialect;
}

namespace Quarry::Ui {

/// The grid's edits not yet written: changed cells and deleted rows by primary key (rows move
/// when pages are read again or sorted; keys do not), and new rows. statements() writes them
/// as bound UPDATE / DELETE / INSERT statements, deletes first, inserts last.
class PendingEdits {
public:
    using Key = QVariantList;

    /// One statement and how many rows it must touch (-1: any); fewer means the row was
    /// changed or deleted by someone else meanwhile.
    struct Write {
        Statement statement{};
        qint64 expectedRows = -1;
        QString what{};
    };

    bool isEmpty() const;
    /// Changed cells + deleted rows + new rows.
    int count() const;
    void clear();

    void setValue(const Key &key, int column, const QVariant &value);
    /// The pending value of a cell, if it was changed.
    std::optional<QVariant> value(const Key &key, int column) const;
    void remove(const Key &key);
    bool isRemoved(const Key &key) const;

    /// Adds an empty new row (every column left to its default); returns its number.
    int addRow(int columns);
    int addedCount() const { return int(m_added.size()); }
    /// An unset cell of a new row is an invalid QVariant (the column's default applies).
    QVariant addedValue(int row, int column) const;
    void setAddedValue(int row, int column, const QVariant &value);
    void removeAdded(int row);

    QList<Write> writes(const Table &table, const Dialect &dialect) const;

    /// The table's definition changed from \a before to \a after: edits follow their columns
    /// by name. Edits of a column that is gone or changed type are dropped, and so are changed
    /// and deleted rows when the primary key changed (their keys name other rows now). Returns
    /// how many edits were dropped.
    int follow(const Table &before, const Table &after);

private:
    static QString keyText(const Key &key);

    struct Changed {
        Key key{};
        QMap<int, QVariant> values{};
    };
    QMap<QString, Changed> m_changed;
    QMap<QString, Key> m_removed;
    QList<QVariantList> m_added;
};

} // namespace Quarry::Ui
