// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"
#include "schema/reflector.h"

#include <QString>
#include <QStringList>

/// The SQL the PostgreSQL reflector tests build their databases with.
namespace PgReflectFixture {

/// Every feature the reflector reads, in the schemas public and inventory.
QString featureSchema();
/// Table and column names that need quoting, in the schema `Odd Schema`.
QStringList oddNames();
QString oddNamesSchema();
/// A table called like \a table with its text columns and its checks re-created from their
/// reflected SQL.
QString tableFromChecks(const Quarry::Table &table);
/// Reflects the database at \a url through a Database of its own.
Quarry::Metadata reflectUrl(const QString &url, const Quarry::ReflectOptions &options = {});
/// Runs \a sql (one or more statements) on the database at \a url.
void run(const QString &url, const QString &sql);
Quarry::ReflectOptions onlyTables(const QStringList &tables);
/// The column or index called \a name (an empty column, a null index, when there is none).
const Quarry::Column &column(const Quarry::Table &table, const QString &name);
const Quarry::Index *findIndex(const Quarry::Table &table, const QString &name);

/// Tables t<first> … t<first + count - 1>, five columns each, each referring to the previous.
QString manyTables(int first, int count);

} // namespace PgReflectFixture
