// SPDX-License-Identifier: MIT
#pragma once

#include "schema/column.h"
#include "url/databaseurl.h"

#include <QString>
#include <QStringView>

namespace Quarry {

/// What differs between engines when writing schema SQL: quoting, type names, defaults, and
/// which features exist. Stateless singletons; get one with forKind(), forName() or forUrl().
class Dialect {
public:
    enum class Kind { Sqlite, Postgres, Generic };

    static const Dialect &forKind(Kind kind);
    /// `sqlite`, `postgresql` (also `postgres`, `pg`), `generic`; nullptr when unknown.
    static const Dialect *forName(QStringView name);
    /// The dialect of a database URL (`qt+QSQLITE` is sqlite, `qt+QPSQL` postgresql).
    static const Dialect &forUrl(const DatabaseUrl &url);

    virtual ~Dialect() = default;
    virtual Kind kind() const = 0;
    /// `sqlite`, `postgresql`, `generic` — the value of Metadata::dialect.
    virtual QString name() const = 0;
    /// `main` on SQLite, `public` on PostgreSQL, empty for generic.
    virtual QString defaultSchema() const = 0;

    /// The one identifier-quoting function: `"` + name with `"` doubled + `"`.
    QString quote(QStringView identifier) const;
    /// `"schema"."name"`, or just `"name"` when \a schema is empty.
    QString qualified(QStringView schema, QStringView name) const;
    /// An SQL string literal (`'` doubled). Only for DDL text that cannot take parameters
    /// (PostgreSQL COMMENT ON); values in DML are always bound.
    QString literal(QStringView text) const;

    /// The column's type in this dialect: Column::nativeType when \a sourceDialect is this
    /// dialect, else the mapping of Column::type (serial/bigserial for autoincrement on
    /// PostgreSQL). Metadata of another dialect goes through convertMetadata() first.
    virtual QString columnType(const Column &column, QStringView sourceDialect) const = 0;
    /// Maps a native type text to the portable type (TypeKind::Other when it has none).
    virtual Type portableType(QStringView nativeType) const = 0;
    /// The SQL of a portable default function.
    virtual QString defaultFunctionSql(DefaultFunction function) const = 0;

    virtual bool supportsSchemas() const = 0;
    virtual bool supportsComments() const = 0;
    virtual bool supportsSequences() const = 0;
    /// ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY (PostgreSQL yes, SQLite no).
    virtual bool supportsAddForeignKey() const = 0;
    /// DROP TABLE … CASCADE.
    virtual bool supportsDropCascade() const = 0;
    /// GENERATED … AS IDENTITY columns (PostgreSQL).
    virtual bool supportsIdentityColumns() const = 0;
    /// Generated columns computed when read (VIRTUAL) besides STORED ones (SQLite; PostgreSQL up
    /// to 17 only has stored ones).
    virtual bool supportsVirtualGeneratedColumns() const = 0;
    /// REFERENCES may name the referred table's schema (SQLite resolves it in the referring
    /// table's database and rejects a qualifier).
    virtual bool supportsQualifiedReferences() const = 0;
    /// Autoincrement is a serial type (columnType()) that brings its own default (PostgreSQL).
    virtual bool autoincrementIsSerial() const = 0;
    /// Autoincrement is written on the column as `PRIMARY KEY AUTOINCREMENT`, which only a lone
    /// primary-key column can carry (SQLite's rowid alias).
    virtual bool autoincrementOnPrimaryKeyColumn() const = 0;
    /// Trigger names are per table, `DROP TRIGGER name ON table` (PostgreSQL), not per schema.
    virtual bool triggerNamesPerTable() const = 0;

protected:
    Dialect() = default;
};

} // namespace Quarry
