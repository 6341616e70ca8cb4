// SPDX-License-Identifier: MIT
#pragma once

#include "schema/type.h"

#include <QString>

namespace Quarry {

/// PostgreSQL identity columns (`GENERATED … AS IDENTITY`).
enum class Identity { None, Always, ByDefault };

/// Server-side defaults that are spelled differently per dialect; the DDL compiler writes the
/// dialect's form (Now: `CURRENT_TIMESTAMP`; Uuid: `gen_random_uuid()` on PostgreSQL, a
/// randomblob() expression on SQLite).
enum class DefaultFunction { None, Now, Uuid };

/// A table column as declared.
struct Column {
    QString name{};
    /// Portable type; TypeKind::Other when the native type has no portable equivalent.
    Type type{};
    /// The exact type text of the engine the metadata came from (`character varying(20)`,
    /// `INTEGER`, `text[]`); empty for model columns, which the dialect maps from `type`.
    QString nativeType{};
    bool nullable = true;
    /// Server default as SQL text in the source dialect (`0`, `'x'::text`, `now()`); empty = none.
    QString defaultSql{};
    /// A portable default, used when defaultSql is empty.
    DefaultFunction defaultFunction = DefaultFunction::None;
    /// Generated column expression (`GENERATED ALWAYS AS (expr)`); empty = not generated.
    QString generatedSql{};
    /// STORED (true) or VIRTUAL (false, SQLite only).
    bool generatedStored = true;
    Identity identity = Identity::None;
    /// SQLite: `INTEGER PRIMARY KEY AUTOINCREMENT`. PostgreSQL: a serial column (a default of
    /// nextval() on a sequence owned by the column; defaultSql is then empty).
    bool autoincrement = false;
    /// Explicit COLLATE name; empty = the default.
    QString collation{};
    QString comment{};

    friend bool operator==(const Column &, const Column &) = default;
};

} // namespace Quarry
