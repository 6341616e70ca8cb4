// SPDX-License-Identifier: MIT
#pragma once

#include "connection/params.h"
#include "connection/result.h"
#include "schema/table.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace Quarry {
class Dialect;
}

/// The SQL of Ops, written by plain functions (brace lists are unsafe in GCC 12 coroutines).
namespace Quarry::OpsStatements {

/// `SELECT * FROM t WHERE … ORDER BY … LIMIT $n OFFSET $m`; \a limit ≤ 0 = no limit. The primary
/// key is appended to \a orderBy so pages are disjoint.
Statement select(const Table &table, const Dialect &dialect, const QVariantMap &filters,
                 const QStringList &orderBy, qint64 limit, qint64 offset = 0);
/// `SELECT count(*) FROM t WHERE …`.
Statement count(const Table &table, const Dialect &dialect, const QVariantMap &filters);
/// `INSERT … RETURNING *`: the row as stored, defaults and all.
Statement insert(const Table &table, const Dialect &dialect, const QVariantMap &values);
/// `INSERT INTO t (columns) VALUES ($1 …)`, for rows bound one by one.
QString insertColumns(const Table &table, const Dialect &dialect, const QStringList &columns);
/// `INSERT … ON CONFLICT (primary key) DO UPDATE SET … RETURNING *`.
Statement upsert(const Table &table, const Dialect &dialect, const QVariantMap &values);
/// `UPDATE t SET … WHERE … [RETURNING *]`.
Statement update(const Table &table, const Dialect &dialect, const QVariantMap &filters,
                 const QVariantMap &values, bool returning = false);
/// `DELETE FROM t WHERE …`.
Statement remove(const Table &table, const Dialect &dialect, const QVariantMap &filters);

/// \a filters with \a extra's entries added (extra wins).
QVariantMap merged(QVariantMap filters, const QVariantMap &extra);
/// The filters that find exactly \a row: its primary key values, or \a fallback without a key.
QVariantMap keyOf(const Table &table, const Row &row, const QVariantMap &fallback);
/// \a rows as value lists in the order of their keys (all maps must share them, else
/// ConfigurationError naming the first row that differs); the keys go to \a columns.
QList<QVariantList> toLists(const QList<QVariantMap> &rows, QStringList &columns);

} // namespace Quarry::OpsStatements
