// SPDX-License-Identifier: MIT
#pragma once

// The concrete dialects; use Dialect::forKind() rather than these.

#include "schema/dialect.h"

namespace Quarry {

/// ANSI SQL types and syntax, for engines Quarry has no dialect for (Qt SQL drivers).
class GenericDialect : public Dialect {
public:
    Kind kind() const override { return Kind::Generic; }
    QString name() const override;
    QString defaultSchema() const override { return {}; }
    QString columnType(const Column &column, QStringView sourceDialect) const override;
    Type portableType(QStringView nativeType) const override;
    QString defaultFunctionSql(DefaultFunction function) const override;
    bool supportsSchemas() const override { return true; }
    bool supportsComments() const override { return false; }
    bool supportsSequences() const override { return false; }
    bool supportsAddForeignKey() const override { return true; }
    bool supportsDropCascade() const override { return true; }
    bool supportsIdentityColumns() const override { return false; }
    bool supportsVirtualGeneratedColumns() const override { return false; }
    bool supportsQualifiedReferences() const override { return true; }
    bool autoincrementIsSerial() const override { return false; }
    bool autoincrementOnPrimaryKeyColumn() const override { return false; }
    bool triggerNamesPerTable() const override { return false; }

protected:
    /// The type written for \a type when no native type applies.
    virtual QString typeSql(const Type &type) const;
};

class SqliteDialect : public GenericDialect {
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString name() const override;
    QString defaultSchema() const override;
    QString columnType(const Column &column, QStringView sourceDialect) const override;
    QString defaultFunctionSql(DefaultFunction function) const override;
    bool supportsSchemas() const override { return true; }
    bool supportsComments() const override { return false; }
    bool supportsSequences() const override { return false; }
    bool supportsAddForeignKey() const override { return false; }
    bool supportsDropCascade() const override { return false; }
    bool supportsVirtualGeneratedColumns() const override { return true; }
    bool supportsQualifiedReferences() const override { return false; }
    bool autoincrementOnPrimaryKeyColumn() const override { return true; }

protected:
    QString typeSql(const Type &type) const override;
};

class PostgresDialect : public GenericDialect {
public:
    Kind kind() const override { return Kind::Postgres; }
    QString name() const override;
    QString defaultSchema() const override;
    QString columnType(const Column &column, QStringView sourceDialect) const override;
    QString defaultFunctionSql(DefaultFunction function) const override;
    bool supportsComments() const override { return true; }
    bool supportsSequences() const override { return true; }
    bool supportsIdentityColumns() const override { return true; }
    bool autoincrementIsSerial() const override { return true; }
    bool triggerNamesPerTable() const override { return true; }

protected:
    QString typeSql(const Type &type) const override;
};

} // namespace Quarry
