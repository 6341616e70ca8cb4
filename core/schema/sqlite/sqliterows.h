// SPDX-License-Identifier: MIT
#pragma once

// Small helpers the two halves of SchemaBuilder share (sqliteschemabuilder.cpp: objects,
// columns, assembly; sqliteschemakeys.cpp: keys, constraints, indexes).

#include "connection/result.h"
#include "schema/sqlite/sqlitetokens.h"

#include <QString>
#include <QStringList>

namespace Quarry::SqliteDdl {

inline QString text(const Result &rows, qsizetype row, qsizetype column)
{
    return rows.value(row, column).toString();
}

inline int number(const Result &rows, qsizetype row, qsizetype column)
{
    return rows.value(row, column).toInt();
}

/// Whether two name lists are equal as SQLite compares names.
bool sameNames(const QStringList &a, const QStringList &b);

/// A JSON array of the strings (to bind to json_each()); empty when there are none.
QString jsonArray(const QStringList &names);

} // namespace Quarry::SqliteDdl
