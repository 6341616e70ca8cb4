// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Issue 14: a row-returning statement in auto-commit mode is read to its end into a local
/// spool. Per engine, one line `spool-<rows>-<engine>`: quarry = the editor tab's path (Run to
/// every row counted in the result grid, with the GUI stall meanwhile), raw = the bare spool
/// (Session::streamTo into a ResultSpool, no widgets), ratio = raw / quarry. Needs a
/// QApplication; \a pgUrl empty: PostgreSQL is skipped.
void benchSpool(bool sqlite, const QString &pgUrl, qint64 rows, int repeat);
