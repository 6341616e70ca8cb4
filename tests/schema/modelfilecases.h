// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

namespace Quarry::Test {

/// A column of \a kind with nothing else set.
Column modelColumn(const QString &name, TypeKind kind, bool nullable = true);

/// Adds the QTest columns "json" (QByteArray) and "message" (QString) and one row per way a
/// model can be invalid; the message is what parseModel(json, "m.json") must throw.
void addInvalidModelRows();

/// Two schemas with every kind of object, column feature and constraint a reflected
/// PostgreSQL database can hold, in canonical order.
Metadata richModelMetadata();

} // namespace Quarry::Test
