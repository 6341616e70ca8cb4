// SPDX-License-Identifier: MIT
#include "grid/pendingedits.h"

#include "io/serialization.h"
#include "ops/opsstatements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quarry::Ui {

namespace {

QVariantMap keyFilters(const Table &table, const PendingEdits::Key &key)
{
    QVariantMap filters;
    for (qsizetype i = 0; i < table.primaryKey.columns.size() && i < key.size(); ++i)
        filters.insert(table.primaryKey.columns[i], key[i]);
    return filters;
}

QString describeKey(const PendingEdits::Key &key)
{
    QStringList parts;
    for (const QVariant &value : key)
        parts.append(value.toString());
    return parts.join(QStringLiteral(", "));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Quarry::Ui::PendingEdits", text);
}

// Where each column of \a before is in \a after, by name and type; -1 where it is gone.
QList<int> columnMap(const Table &before, const Table &after)
{
    QList<int> map;
    map.reserve(before.columns.size());
    for (const Column &column : before.columns) {
        int to = -1;
        for (qsizetype i = 0; i < after.columns.size(); ++i) {
            const Column &now = after.columns[i];
            if (now.name == column.name && now.nativeType == column.nativeType &&
                now.type == column.type)
                to = int(i);
        }
        map.append(to);
    }
    return map;
}

bool sameKey(const Table &before, const Table &after, const QList<int> &map)
{
    if (before.primaryKey.columns != after.primaryKey.columns)
        return false;
    for (const QString &name : before.primaryKey.columns) {
        for (qsizetype i = 0; i < before.columns.size(); ++i) {
            if (before.columns[i].name == name && map[i] < 0)
                return false;
        }
    }
    return true;
}

} // namespace

int PendingEdits::follow(const Table &before, const Table &after)
{
    const QList<int> map = columnMap(before, after);
    const int was = count();
    if (!sameKey(before, after, map)) {
        m_changed.clear();
        m_removed.clear();
    }
    for (Changed &changed : m_changed) {
        QMap<int, QVariant> values;
        for (auto it = changed.values.cbegin(); it != changed.values.cend(); ++it) {
            if (const int to = map.value(it.key(), -1); to >= 0)
                values.insert(to, it.value());
        }
        changed.values = std::move(values);
    }
    m_changed.removeIf([](const auto &it) { return it.value().values.isEmpty(); });
    for (QVariantList &row : m_added) {
        QVariantList values(after.columns.size());
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (const int to = map.value(c, -1); to >= 0)
                values[to] = row[c];
        }
        row = std::move(values);
    }
    return was - count();
}

QString PendingEdits::keyText(const Key &key)
{
    QJsonArray array;
    for (const QVariant &value : key)
        array.append(Serialization::toJson(value));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool PendingEdits::isEmpty() const
{
    return m_changed.isEmpty() && m_removed.isEmpty() && m_added.isEmpty();
}

int PendingEdits::count() const
{
    int cells = 0;
    for (const Changed &changed : m_changed)
        cells += int(changed.values.size());
    return cells + int(m_removed.size()) + int(m_added.size());
}

void PendingEdits::clear()
{
    m_changed.clear();
    m_removed.clear();
    m_added.clear();
}

void PendingEdits::setValue(const Key &key, int column, const QVariant &value)
{
    Changed &changed = m_changed[keyText(key)];
    changed.key = key;
    changed.values.insert(column, value);
}

std::optional<QVariant> PendingEdits::value(const Key &key, int column) const
{
    if (m_changed.isEmpty())
        return std::nullopt;
    const auto it = m_changed.constFind(keyText(key));
    if (it == m_changed.cend() || !it->values.contains(column))
        return std::nullopt;
    return it->values.value(column);
}

void PendingEdits::remove(const Key &key)
{
    m_removed.insert(keyText(key), key);
}

bool PendingEdits::isRemoved(const Key &key) const
{
    return !m_removed.isEmpty() && m_removed.contains(keyText(key));
}

int PendingEdits::addRow(int columns)
{
    m_added.append(QVariantList(columns));
    return int(m_added.size()) - 1;
}

QVariant PendingEdits::addedValue(int row, int column) const
{
    return m_added.value(row).value(column);
}

void PendingEdits::setAddedValue(int row, int column, const QVariant &value)
{
    if (row >= 0 && row < m_added.size() && column >= 0 && column < m_added[row].size())
        m_added[row][column] = value.isValid() ? value : QVariant(QMetaType::fromType<QString>());
}

void PendingEdits::removeAdded(int row)
{
    if (row >= 0 && row < m_added.size())
        m_added.removeAt(row);
}

QList<PendingEdits::Write> PendingEdits::writes(const Table &table, const Dialect &dialect) const
{
    QList<Write> writes;
    for (const Key &key : m_removed) {
        writes.append({OpsStatements::remove(table, dialect, keyFilters(table, key)), 1,
                       tr("delete the row with key (%1)").arg(describeKey(key))});
    }
    for (const Changed &changed : m_changed) {
        if (isRemoved(changed.key))
            continue;
        QVariantMap values;
        for (auto it = changed.values.cbegin(); it != changed.values.cend(); ++it)
            values.insert(table.columns.value(it.key()).name, it.value());
        writes.append(
            {OpsStatements::update(table, dialect, keyFilters(table, changed.key), values), 1,
             tr("update the row with key (%1)").arg(describeKey(changed.key))});
    }
    for (qsizetype i = 0; i < m_added.size(); ++i) {
        QVariantMap values;
        for (qsizetype c = 0; c < m_added[i].size(); ++c) {
            if (m_added[i][c].isValid())
                values.insert(table.columns.value(c).name, m_added[i][c]);
        }
        writes.append({OpsStatements::insert(table, dialect, values), -1,
                       tr("insert new row %1").arg(i + 1)});
    }
    return writes;
}

} // namespace Quarry::Ui
