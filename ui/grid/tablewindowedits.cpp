// SPDX-License-Identifier: MIT
// TableWindowModel's editing: pending edits shown over the rows read, and save() writing
// them all or nothing.
#include "grid/tablewindowmodel.h"

#include "connection/errors.h"
#include "grid/cellformat.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QPointer>

#include <algorithm>

namespace Quarry::Ui {

namespace {

struct Applied {
    QString failure{};
    /// The table as it is in the database, when it no longer is as the edits were made for.
    std::optional<Table> changed{};
};

// Writes \a writes in one transaction (a savepoint inside the session's own): on any failure
// everything is undone and the message says which edit failed and why. First, inside that
// transaction, the table's definition is read again: edits made for \a table are never written
// through another column map. Never throws: even when undoing fails too (the connection
// dropped), the message says so and the caller stays usable.
QCoro::Task<Applied> applyWrites(Session session, Table table, QList<PendingEdits::Write> writes)
{
    std::optional<Transaction> tx;
    std::optional<Savepoint> savepoint;
    Applied applied;
    QString &failure = applied.failure;
    try {
        if (session.inTransaction())
            savepoint.emplace(co_await session.savepoint());
        else
            tx.emplace(co_await session.begin());
        std::optional<Relation> relation =
            co_await describeRelation(session, table.name, table.schema);
        std::optional<Table> now;
        if (relation)
            now = std::move(relation->table);
        if (!now || now->columns != table.columns ||
            now->primaryKey.columns != table.primaryKey.columns) {
            failure = now ? TableWindowModel::tr("The table %1 was changed in the database since "
                                                 "it was read.")
                                .arg(table.name)
                          : TableWindowModel::tr("The table %1 no longer exists in the database.")
                                .arg(table.name);
            applied.changed = std::move(now);
            writes.clear();
        }
        for (const PendingEdits::Write &write : writes) {
            const Result result =
                co_await session.execute(write.statement.sql, write.statement.params);
            if (write.expectedRows >= 0 && result.rowsAffected() != write.expectedRows) {
                failure = TableWindowModel::tr("Could not %1: the row was changed or deleted "
                                               "meanwhile.")
                              .arg(write.what);
                break;
            }
        }
        if (failure.isEmpty()) {
            if (savepoint)
                co_await savepoint->release();
            else
                co_await tx->commit();
        }
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (failure.isEmpty())
        co_return applied;
    QString undoFailure;
    try {
        if (savepoint && savepoint->isActive())
            co_await savepoint->rollback();
        else if (tx && tx->isActive())
            co_await tx->rollback();
    } catch (const DatabaseError &e) {
        undoFailure = e.message();
    }
    if (!undoFailure.isEmpty())
        failure = TableWindowModel::tr("%1 Rolling back failed too: %2").arg(failure, undoFailure);
    co_return applied;
}

} // namespace

bool TableWindowModel::isEditable() const
{
    const QList<int> &keyIndexes = m_engine->keyIndexes();
    return !m_readOnly && !keyIndexes.isEmpty() &&
           keyIndexes.size() == table().primaryKey.columns.size();
}

PendingEdits::Key TableWindowModel::keyOf(int row) const
{
    const Result *page = m_engine->page(row / PageSize);
    return page ? keyOf(*page, row % PageSize) : PendingEdits::Key();
}

PendingEdits::Key TableWindowModel::keyOf(const Result &page, qsizetype r) const
{
    PendingEdits::Key key;
    if (r >= page.rowCount())
        return key;
    for (const int column : m_engine->keyIndexes())
        key.append(page.value(r, column));
    return key;
}

bool TableWindowModel::canEdit(const QModelIndex &index) const
{
    if (!index.isValid() || !isEditable())
        return false;
    return index.row() >= m_engine->rows() ||
           (isLoaded(index.row()) && !m_edits.isRemoved(keyOf(index.row())));
}

Qt::ItemFlags TableWindowModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A value held cut is never edited from its start: the viewer edits it whole.
    if (canEdit(index) && (cutSize(index.row(), index.column()) < 0 ||
                           m_edits.value(keyOf(index.row()), index.column())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TableWindowModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !canEdit(index))
        return false;
    const int rows = m_engine->rows();
    if (index.row() >= rows) {
        m_edits.setAddedValue(index.row() - rows, index.column(), value);
    } else {
        const PendingEdits::Key key = keyOf(index.row());
        const QVariant original = this->value(index.row(), index.column());
        const std::optional<QVariant> pending = m_edits.value(key, index.column());
        // Typing the value that is already there is not an edit (a value held cut is only
        // its start: any value given for it replaces it whole).
        if (!pending && cutSize(index.row(), index.column()) < 0 &&
            original.isNull() == value.isNull() && original == value)
            return false;
        m_edits.setValue(key, index.column(), value);
    }
    editsTouched(index.row(), index.row());
    return true;
}

int TableWindowModel::addRow()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_edits.addRow(columnCount());
    endInsertRows();
    Q_EMIT editsChanged(m_edits.count());
    return row;
}

void TableWindowModel::removeRowsAt(QList<int> rows)
{
    if (!isEditable())
        return;
    // New rows go at once, from the bottom up so the numbers stay right.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    const int tableRows = m_engine->rows();
    for (const int row : rows) {
        if (row >= tableRows && row < rowCount()) {
            beginRemoveRows({}, row, row);
            m_edits.removeAdded(row - tableRows);
            endRemoveRows();
        } else if (isLoaded(row)) {
            m_edits.remove(keyOf(row));
            editsTouched(row, row);
        }
    }
    Q_EMIT editsChanged(m_edits.count());
}

void TableWindowModel::setNull(const QModelIndexList &indexes)
{
    for (const QModelIndex &index : indexes) {
        const QMetaType type = value(index.row(), index.column()).metaType();
        setData(index, QVariant(type.isValid() ? type : QMetaType::fromType<QString>()));
    }
}

void TableWindowModel::editsTouched(int firstRow, int lastRow)
{
    Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
    Q_EMIT editsChanged(m_edits.count());
}

void TableWindowModel::discard()
{
    if (m_edits.isEmpty())
        return;
    const int rows = m_engine->rows();
    if (m_edits.addedCount() > 0) {
        beginRemoveRows({}, rows, rowCount() - 1);
        m_edits.clear();
        endRemoveRows();
    }
    m_edits.clear();
    if (rows > 0)
        editsTouched(0, rows - 1);
    else
        Q_EMIT editsChanged(0);
}

QCoro::Task<bool> TableWindowModel::save()
{
    if (m_edits.isEmpty())
        co_return true;
    QPointer<TableWindowModel> self(this);
    const QList<PendingEdits::Write> writes =
        m_edits.writes(table(), Dialect::forUrl(m_engine->database().url()));
    Applied applied = co_await applyWrites(m_engine->session(), table(), writes);
    if (!self)
        co_return false;
    if (!applied.failure.isEmpty()) {
        if (applied.changed) {
            const QString message = adoptTable(std::move(*applied.changed));
            m_engine->restart();
            Q_EMIT tableChanged(message);
        }
        Q_EMIT errorOccurred(tr("Nothing was saved. %1").arg(applied.failure));
        co_return false;
    }
    if (m_edits.addedCount() > 0) {
        beginRemoveRows({}, m_engine->rows(), rowCount() - 1);
        m_edits.clear();
        endRemoveRows();
    }
    m_edits.clear();
    Q_EMIT editsChanged(0);
    m_engine->restart(); // the rows as stored: defaults, generated keys, triggers' work
    co_return true;
}

} // namespace Quarry::Ui
