// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace Quarry {

/// An exact decimal number as the engine printed it (PostgreSQL numeric, SQLite NUMERIC text).
/// Kept as text so no digit is lost through double; QVariant converts it to QString and double.
struct Numeric {
    QString text;
    friend bool operator==(const Numeric &, const Numeric &) = default;
};

/// Registers the QVariant conversions of the core's value types; called by the drivers.
void registerValueTypes();

} // namespace Quarry

Q_DECLARE_METATYPE(Quarry::Numeric)
