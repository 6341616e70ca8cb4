// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Quarry {

enum class Nullability { Unknown, Nullable, NotNull };

/// What the engine says about one result column.
struct ResultColumn {
    QString name{};
    /// Declared type as the engine spells it (`varchar(20)`, `INTEGER`, `timestamptz`), empty
    /// when the engine gives none (SQLite expressions).
    QString typeName{};
    Nullability nullable = Nullability::Unknown;
    /// Engine type id: the PostgreSQL type OID, the SQLite storage class of the first row, or the
    /// QMetaType id for the Qt SQL backend.
    int typeId = 0;
    friend bool operator==(const ResultColumn &, const ResultColumn &) = default;
};
using ResultColumns = QList<ResultColumn>;

/// One row: values in column order, with the (shared) column list for lookup by name.
class Row {
public:
    Row() = default;
    Row(ResultColumns columns, QVariantList values)
        : m_columns(std::move(columns))
        , m_values(std::move(values))
    {}

    qsizetype size() const { return m_values.size(); }
    const QVariant &operator[](qsizetype i) const { return m_values[i]; }
    QVariant value(qsizetype i) const { return m_values.value(i); }
    /// Value of the first column called \a name; an invalid QVariant when there is none.
    QVariant value(QStringView name) const;
    const ResultColumns &columns() const { return m_columns; }
    const QVariantList &values() const { return m_values; }

private:
    ResultColumns m_columns;
    QVariantList m_values;
};

/// A statement's result, or one batch of a streamed result: column metadata plus rows held in
/// one flat list (row-major), so a batch of thousands of rows is a single allocation.
class Result {
public:
    Result() = default;
    explicit Result(ResultColumns columns)
        : m_columns(std::move(columns))
    {}

    const ResultColumns &columns() const { return m_columns; }
    void setColumns(ResultColumns columns) { m_columns = std::move(columns); }
    qsizetype columnCount() const { return m_columns.size(); }
    qsizetype rowCount() const
    {
        return m_columns.isEmpty() ? 0 : m_values.size() / m_columns.size();
    }
    bool isEmpty() const { return m_values.isEmpty(); }

    const QVariant &value(qsizetype row, qsizetype column) const
    {
        return m_values[row * m_columns.size() + column];
    }
    Row row(qsizetype i) const;
    QList<Row> rows() const;

    /// The flat value list; drivers append a row's values in column order.
    QVariantList &values() { return m_values; }
    const QVariantList &values() const { return m_values; }

    /// Rows changed by INSERT/UPDATE/DELETE, -1 when not applicable.
    qint64 rowsAffected() const { return m_rowsAffected; }
    void setRowsAffected(qint64 n) { m_rowsAffected = n; }
    /// SQLite's last rowid after an INSERT; null elsewhere (use RETURNING).
    QVariant lastInsertId() const { return m_lastInsertId; }
    void setLastInsertId(QVariant id) { m_lastInsertId = std::move(id); }

private:
    ResultColumns m_columns;
    QVariantList m_values;
    qint64 m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace Quarry
