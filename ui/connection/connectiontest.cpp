// SPDX-License-Identifier: MIT
#include "connection/connectiontest.h"

#include "connection/errors.h"
#include "database/database.h"

#include <QCoreApplication>

#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

QString versionQuery(DatabaseUrl::Backend backend)
{
    // SQLite: touching sqlite_master reads the header, so a file that is no database fails.
    return backend == DatabaseUrl::Backend::Postgres
               ? u"SHOW server_version"_s
               : u"SELECT sqlite_version(), (SELECT count(*) FROM sqlite_master)"_s;
}

QString successMessage(DatabaseUrl::Backend backend, const QString &version)
{
    // "15.4 (Debian 15.4-1.pgdg120+1)": the number says enough.
    const QString number = version.section(u' ', 0, 0);
    if (backend == DatabaseUrl::Backend::Postgres)
        return QCoreApplication::translate("Quarry::Ui::ConnectionTest",
                                           "Connected to PostgreSQL %1.")
            .arg(number);
    return QCoreApplication::translate("Quarry::Ui::ConnectionTest", "Connected to SQLite %1.")
        .arg(number);
}

} // namespace

QCoro::Task<ConnectionTestResult> testConnection(DatabaseUrl url, Options options)
{
    ConnectionTestResult result;
    options.poolSize = 1;
    options.maxOverflow = 0;
    std::optional<Database> database;
    try {
        database.emplace(url, options);
    } catch (const DatabaseError &e) {
        result.message = e.message();
        co_return result;
    }
    const QString sql = versionQuery(url.backend());
    try {
        co_await database->connect();
        Session session = database->session();
        const QVariant version = co_await session.scalar(sql);
        result.ok = true;
        result.message = successMessage(url.backend(), version.toString());
    } catch (const DatabaseError &e) {
        result.message = e.message();
    }
    co_await database->close();
    co_return result;
}

} // namespace Quarry::Ui
