// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

/// The PostgreSQL catalog queries of the reflector. Each reads every requested schema at once;
/// all take the same two parameters (see filterParams()). Column order of each result is fixed
/// by an enum in pgbuilder.cpp.
namespace Quarry::PgCatalog {

/// $1: schema names (text[]), NULL = every user schema; $2: relation names (text[]), NULL = all.
QVariantList filterParams(const QStringList &schemas, const QStringList &relations);

/// Schemas, and in them the tables, views and materialized views (with comments and view text).
QString relationsSql();
/// Table columns in attnum order, with type text, default, identity, generation, collation,
/// comment, and whether the column owns a sequence its default depends on (a serial, when the
/// default is a bare nextval()).
QString columnsSql();
/// Primary key, foreign key, unique and check constraints, keys as JSON arrays of names.
QString constraintsSql();
/// Indexes that do not back a constraint, their keys as a JSON array.
QString indexesSql();
/// Sequences owned neither by an identity column nor by a serial column.
QString sequencesSql();
/// User triggers (not the internal ones of foreign keys).
QString triggersSql();
/// $1: schema name, NULL = current_schema(). Table names (partitions excluded).
QString tableNamesSql();

} // namespace Quarry::PgCatalog
