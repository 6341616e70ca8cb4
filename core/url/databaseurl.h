// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Quarry {

/// A parsed database URL:
///   sqlite:///relative.db   sqlite:////absolute/path.db   sqlite://  (in memory)
///   postgresql://user:password@host:port/dbname?sslmode=require&application_name=x
///   qt+QSQLITE:///path.db   qt+QPSQL://user@host/db   (any Qt SQL driver)
/// Async-driver spellings (`sqlite+aiosqlite`, `postgresql+asyncpg`, `postgresql+psycopg`,
/// `postgres`) mean the same. Components are percent-decoded. Query parameters pass through to
/// the engine in order (libpq keywords, SQLite URI parameters, Qt connect options).
class DatabaseUrl {
public:
    enum class Backend { Sqlite, Postgres, QtSql };

    DatabaseUrl() = default;
    /// Throws ConfigurationError naming the bad part (scheme, port, path, query …).
    static DatabaseUrl parse(QStringView text);

    Backend backend() const { return m_backend; }
    /// Canonical scheme: "sqlite", "postgresql" or "qt+DRIVER".
    QString scheme() const;
    /// The Qt SQL driver name for Backend::QtSql ("QSQLITE", "QPSQL", …).
    QString qtDriver() const { return m_qtDriver; }

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool hasPassword() const { return m_hasPassword; }
    /// Percent-decoded, IPv6 without brackets. Several PostgreSQL hosts (`h1:5432,h2:5433`) are
    /// kept exactly as written, ports and percent-escapes included, and port() is then -1.
    QString host() const { return m_host; }
    /// -1 when not given.
    int port() const { return m_port; }
    /// PostgreSQL: the database name. SQLite and file-based Qt drivers: the file path (relative
    /// or absolute as written); empty for an in-memory database.
    QString database() const { return m_database; }
    bool isMemory() const;
    const QList<QPair<QString, QString>> &query() const { return m_query; }
    QString queryValue(QStringView key) const;

    void setPassword(const QString &password);
    void setDatabase(const QString &database) { m_database = database; }

    /// Full URL, password included: for handing to a driver, never for display.
    QString toString() const;
    /// The URL with the password replaced by `***` (also the values of secret query
    /// parameters): safe for logs, errors and UI.
    QString redacted() const;

    /// libpq's secret keywords (`password`, `sslpassword`, `oauth_client_secret`), in any case.
    static bool isSecretParameter(QStringView key);
    /// A password in the user info or any secret query parameter.
    bool hasSecrets() const;
    /// The URL with no password and no secret query parameter: what may be kept on disk.
    DatabaseUrl withoutSecrets() const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;

private:
    QString format(bool hidePassword) const;

    Backend m_backend = Backend::Sqlite;
    QString m_qtDriver;
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QList<QPair<QString, QString>> m_query;
};

} // namespace Quarry
