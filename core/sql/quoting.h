// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Quarry {

/// Quotes \a name as an SQL identifier the ANSI way: wrapped in double quotes, embedded double
/// quotes doubled. Always quotes, so reserved words and mixed case keep their meaning.
QString quoteIdentifier(QStringView name);

} // namespace Quarry
