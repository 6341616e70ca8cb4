// SPDX-License-Identifier: MIT
#pragma once

#include "schema/column.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Quarry::Ui {

/// What a person types into a column's filter box, as FilterCompiler filters:
///   `text`        text columns: contains, ignoring case; other columns: equals
///   `=v` `!=v` `<>v` `>v` `>=v` `<v` `<=v`   comparisons
///   `a..b`        between a and b (inclusive)
///   `NULL` `!NULL` (or `NOT NULL`)            is / is not NULL
///   `=` alone     equals the empty string
/// Values are converted to the column's type (integers, decimals, booleans), so the engine
/// compares them as such; a value that does not fit is an error naming the column.
class ColumnFilter {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Ui::ColumnFilter)

public:
    /// Adds the filter for \a text on \a column to \a filters; returns an error message, or an
    /// empty string when \a text was understood (blank text adds nothing).
    static QString add(const Column &column, const QString &text, QVariantMap &filters);
};

} // namespace Quarry::Ui
