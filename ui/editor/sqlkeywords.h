// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QStringList>

namespace Quarry::Ui::SqlKeywords {

/// The dialect's SQL keywords, upper case, sorted: what completion offers and the highlighter
/// shows as keywords.
const QStringList &keywords(Dialect::Kind kind);
/// Type names and common functions of the dialect, upper case, sorted (highlighted apart).
const QStringList &typesAndFunctions(Dialect::Kind kind);
/// Words that end a table reference, so `FROM t WHERE` does not take WHERE as t's alias, and
/// that completion quotes when they name a table or column.
bool isReserved(QStringView word);

} // namespace Quarry::Ui::SqlKeywords
