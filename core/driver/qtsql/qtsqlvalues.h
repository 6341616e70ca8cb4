// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "driver/sqlite/sqlitevalues.h"

#include <QSqlDriver>
#include <QVariant>

class QSqlError;
class QSqlQuery;

/// Value and error conversions between Qt SQL and the forms driver.h promises; internal to
/// QtSqlDriver.
namespace Quarry::QtSqlValues {

/// How one result column's values are read back.
struct ColumnReader {
    /// QSQLITE: what the declared type says, exactly as the native SQLite driver reads it.
    SqliteValues::Hint hint = SqliteValues::Hint::None;
    /// A decimal column whose values arrive as text (QSql::HighPrecision): read as Numeric.
    bool numericText = false;
};

/// \a value in a form the Qt driver binds as Quarry's native drivers would store it. For
/// QSQLITE (\a sqlite) dates, times, timestamps, UUIDs, JSON and decimals become the text the
/// native SQLite driver writes. Throws ConfigurationError for a value no column can hold.
QVariant toBindValue(const QVariant &value, bool sqlite);

/// A value as Qt returned it, converted to the forms of driver.h.
QVariant fromQt(const QVariant &value, const ColumnReader &reader);

/// The columns of \a query's current result and how to read each. For QSQLITE the declared
/// types come from the statement itself, as Qt's record does not keep them.
ResultColumns columns(const QSqlQuery &query, bool sqlite, QList<ColumnReader> &readers);

/// Throws the DatabaseError subclass for \a error: IntegrityError for constraint violations
/// (SQLite result code 19, SQLSTATE class 23, MySQL's key errors), ConnectionError when the
/// connection is unusable, SqlError otherwise. \a context prefixes the message when not empty.
[[noreturn]] void throwError(const QSqlError &error, QSqlDriver::DbmsType dbms,
                             const QString &context = {});

} // namespace Quarry::QtSqlValues
