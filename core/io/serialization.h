// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "schema/table.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QVariantMap>

/// Rows to JSON objects and back, in the forms `quarry query --json` writes: blobs as base64,
/// numerics as exact decimal strings, dates and times ISO 8601 (or the engine's text where no
/// Qt type holds them: microseconds, BC), -0, NaN and infinities as strings, text that is not
/// UTF-8 as `{"$hex": "…"}`, JSON columns as JSON, NULL as null.
namespace Quarry::Serialization {

/// A timestamp as ISO 8601 (`2026-11-21T12:34:56.789`), the form both JSON writers use.
QString isoTimestamp(const QDateTime &value);

QJsonValue toJson(const QVariant &value);
QJsonObject rowToJson(const Row &row);

/// The value for \a column from its JSON form, typed by the column's portable type (blob from
/// base64, numeric as Numeric, timestamps as QDateTime …). A value of the wrong shape throws
/// ConfigurationError naming the column.
QVariant fromJson(const QJsonValue &value, const Column &column);
/// The values of \a object for the columns of \a table, by name; a key that is not a column
/// throws ConfigurationError naming it.
QVariantMap rowFromJson(const QJsonObject &object, const Table &table);

} // namespace Quarry::Serialization
