// SPDX-License-Identifier: MIT
#pragma once

#include "connection/options.h"
#include "url/databaseurl.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Quarry::Ui {

/// A saved connection: everything needed to connect except the password, which lives in the
/// OS keychain (PasswordStore) under the profile's id.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Ui::ConnectionProfile)

public:
    enum class Kind { Sqlite, Postgres };
    /// libpq's sslmode values, weakest first.
    enum class SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull };

    QUuid id{};
    QString name{};
    Kind kind = Kind::Sqlite;
    /// SQLite: the database file.
    QString filePath{};
    QString host{};
    int port = DefaultPostgresPort;
    QString database{};
    QString user{};
    SslMode sslMode = SslMode::Prefer;
    bool readOnly = false;

    static constexpr int DefaultPostgresPort = 5432;

    /// The URL to connect with: components percent-encoded, the SSL mode as `sslmode`, and
    /// \a password when not empty (an empty one leaves libpq to .pgpass or trust). Throws
    /// ConfigurationError for what no URL can hold (a host with ",", for one).
    DatabaseUrl toUrl(const QString &password = {}) const;
    /// Pool settings for the app with the read-only flag applied.
    Options options() const;
    /// The first thing that keeps this profile from connecting (a missing name, file, host …),
    /// as a sentence for the user; empty when it is complete.
    QString problem() const;
    /// Where it connects, for lists and tooltips: the file, or user@host:port/database. Never
    /// holds a password.
    QString target() const;
    bool usesPassword() const { return kind == Kind::Postgres; }

    static QString sslModeKeyword(SslMode mode);
    /// SslMode::Prefer for an unknown keyword.
    static SslMode sslModeFromKeyword(QStringView keyword);
    static QList<SslMode> sslModes();
    /// A short explanation of \a mode for the dialog.
    static QString sslModeDescription(SslMode mode);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace Quarry::Ui

Q_DECLARE_METATYPE(Quarry::Ui::ConnectionProfile)
