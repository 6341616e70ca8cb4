// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Quarry {

struct View {
    QString schema{};
    QString name{};
    /// The query (`SELECT …`), without `CREATE VIEW … AS`.
    QString sql{};
    /// PostgreSQL materialized view.
    bool materialized = false;
    QString comment{};
    /// Explicit column names of `CREATE VIEW v (a, b)`; empty = the query's own names.
    QStringList columns{};
    friend bool operator==(const View &, const View &) = default;
};

/// A trigger, kept as the engine's full `CREATE TRIGGER …` statement (PostgreSQL triggers call
/// functions the metadata does not model).
struct Trigger {
    QString schema{};
    QString name{};
    /// The table or view it fires on.
    QString table{};
    QString sql{};
    friend bool operator==(const Trigger &, const Trigger &) = default;
};

/// A free-standing PostgreSQL sequence (sequences owned by serial or identity columns belong to
/// their column and do not appear here).
struct Sequence {
    QString schema{};
    QString name{};
    qint64 start = 1;
    qint64 increment = 1;
    /// Unset = the type's default bound.
    std::optional<qint64> minValue{};
    std::optional<qint64> maxValue{};
    bool cycle = false;
    friend bool operator==(const Sequence &, const Sequence &) = default;
};

} // namespace Quarry
