// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Quarry {

/// The portable column types every dialect maps in both directions.
enum class TypeKind {
    Other, ///< engine-specific; only Column::nativeType says what it is
    SmallInt,
    Integer,
    BigInt,
    Real,
    Double,
    Numeric, ///< numeric(p,s); precision/scale -1 when unconstrained
    Boolean,
    Text,
    Varchar, ///< varchar(n); length -1 when unbounded
    Char,    ///< char(n)
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Blob,
    Json,
    Uuid,
};

/// A portable type: its kind plus the length / precision / scale its spelling carries.
struct Type {
    TypeKind kind = TypeKind::Other;
    int length = -1;
    int precision = -1;
    int scale = -1;

    /// The portable spelling: `integer`, `varchar(40)`, `numeric(10,2)`, `timestamptz`, … and
    /// `other` for TypeKind::Other.
    QString name() const;
    /// Parses a portable spelling (case-insensitive; `double precision`, `timestamp with time
    /// zone`, `bytea`, `int`, `bool` are accepted as aliases). std::nullopt when unknown.
    static std::optional<Type> parse(QStringView text);

    friend bool operator==(const Type &, const Type &) = default;
};

} // namespace Quarry
