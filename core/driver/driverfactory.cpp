// SPDX-License-Identifier: MIT
#include "driver/driver.h"

#include "driver/postgres/pgdriver.h"
#include "driver/qtsql/qtsqldriver.h"
#include "driver/sqlite/sqlitedriver.h"

namespace Quarry {

std::unique_ptr<Driver> createDriver(const DatabaseUrl &url, const Options &options)
{
    switch (url.backend()) {
    case DatabaseUrl::Backend::Sqlite:
        return std::make_unique<SqliteDriver>(url, options);
    case DatabaseUrl::Backend::Postgres:
        return std::make_unique<PgDriver>(url, options);
    case DatabaseUrl::Backend::QtSql:
        return std::make_unique<QtSqlDriver>(url, options);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace Quarry
