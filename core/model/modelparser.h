// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/model: the steps of parseModel(). Each parsed table carries a TableSource
// (the JSON paths of its parts, parallel to its lists) until the whole model is checked, so that
// errors found across tables still name where in the file the problem is.

#include "model/modelreader.h"
#include "model/namingconvention.h"
#include "schema/metadata.h"

#include <optional>

namespace Quarry::ModelDetail {

/// Top-level settings that apply to every table.
struct ModelOptions {
    /// "naming": false leaves unnamed constraints to the engine (indexes must then be named).
    bool naming = true;
    NamingConvention convention{};
};

/// Where a list of column names came from. Errors about its i-th column name
/// `<columnsPath>[i]`, or \a path when the list was implied (a column-level `unique`).
struct ColumnsSource {
    QString path{};
    QString columnsPath{};
    QString columnPath(qsizetype i) const;
};

struct ForeignKeySource {
    /// The foreign key object, or the column's `references`.
    QString path{};
    /// Its local columns (see ColumnsSource); for column-level references only \a path.
    ColumnsSource columns{};
    /// Where the referred table is named.
    QString tablePath{};
    /// The referred columns; with no columnsPath when the columns were implied (the referred
    /// table's primary key) or named in a string.
    ColumnsSource referredColumns{};
    /// `"external": true`: the referred table may be outside the model.
    bool external = false;
};

struct TableSource {
    QString path{};
    QStringList columnPaths{};
    ColumnsSource primaryKey{};
    QList<ForeignKeySource> foreignKeys{};
    QList<ColumnsSource> uniques{};
    QStringList checks{};
    QList<ColumnsSource> indexes{};
};

/// A column and what was declared on it that becomes table-level.
struct ParsedColumn {
    Column column{};
    std::optional<bool> nullable{};
    bool primaryKey = false;
    bool unique = false;
    bool index = false;
    QString check{};
    std::optional<ForeignKey> reference{};
    ForeignKeySource referenceSource{};
};

ParsedColumn parseColumn(const ModelContext &context, const QJsonValue &value, const QString &path);
/// What keeps \a nativeType from being a type name, or empty. A native type is written into DDL
/// as it is, so it may hold only a type's grammar: identifiers (also "quoted"), digits, spaces,
/// commas, dots, signs, balanced parentheses and brackets; no `;`, comments or string quotes.
QString nativeTypeProblem(QStringView nativeType);
/// `cascade`, `restrict`, `set null`, `set default`, `no action` (any case).
ReferentialAction parseAction(const ObjectReader &reader, QStringView key);
/// Reads onDelete, onUpdate, deferrable, initiallyDeferred of \a reader into \a foreignKey.
void parseForeignKeyOptions(const ObjectReader &reader, ForeignKey &foreignKey);

/// Parses one table of \a schema and checks everything that needs only the table itself.
Table parseTable(const ModelContext &context, const QJsonValue &value, const QString &path,
                 const QString &schema, const ModelOptions &options, TableSource &source);

/// Checks every foreign key's referred table and columns (filling in the referred table's
/// primary key where the columns were left out). \a sources runs parallel to the schemas and
/// their tables.
void resolveForeignKeys(const ModelContext &context, Metadata &metadata,
                        const QList<QList<TableSource>> &sources);

} // namespace Quarry::ModelDetail
