// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The SQL editor's scenarios of issue 6, on a real QueryTab (offscreen; needs a
/// QApplication): time from Run to the first rows of a 1M-row result shown, the GUI stall
/// meanwhile, and how long Cancel takes to stop a long statement. \a pgUrl empty: PostgreSQL
/// is skipped (and says so).
void benchEditor(bool sqlite, const QString &pgUrl, int repeat);
