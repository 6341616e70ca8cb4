// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>

struct sqlite3_stmt;

namespace Quarry::SqliteValues {

/// What a column's declared type says about the values SQLite stores loosely (dates as text,
/// booleans as integers …), so they come back as the type they went in as.
enum class Hint { None, Bool, Date, Time, Timestamp, Uuid, Json, Numeric };

Hint hintFor(QStringView declaredType);

/// Binds \a value to parameter \a index (1-based); returns the sqlite3_bind_* result code.
/// Throws ConfigurationError for a value of a type no engine column can hold.
int bind(sqlite3_stmt *stmt, int index, const QVariant &value);

/// Reads column \a column of the current row as the QVariant described in driver.h.
QVariant read(sqlite3_stmt *stmt, int column, Hint hint);

} // namespace Quarry::SqliteValues
