// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QStringView>

namespace Quarry {

/// Whether \a statement carries a password in its text: `CREATE/ALTER ROLE|USER … PASSWORD
/// '…'`, `IDENTIFIED BY`, `SET PASSWORD`, `OPTIONS (password '…')`, `WHERE password = '…'`, or
/// a string that holds one (a libpq conninfo `'… password=…'` of CREATE SUBSCRIPTION or
/// dblink). Such statements are kept out of the query history, as the mysql client's default
/// history filter keeps out anything naming IDENTIFIED or PASSWORD. `SELECT password FROM
/// users` names a column, not a password, and is kept.
bool carriesPassword(QStringView statement, Dialect::Kind dialect);

} // namespace Quarry
