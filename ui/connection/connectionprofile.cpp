// SPDX-License-Identifier: MIT
#include "connection/connectionprofile.h"

#include "connection/openconnection.h"
#include "url/percentencoding.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

using PercentEncoding::Keep;

DatabaseUrl ConnectionProfile::toUrl(const QString &password) const
{
    if (kind == Kind::Sqlite) {
        DatabaseUrl url = DatabaseUrl::parse(u"sqlite://");
        url.setDatabase(filePath);
        return url;
    }
    // Built from encoded pieces and parsed back, so the URL reads exactly as the fields say
    // whatever '@', ':', '/' or '%' they hold.
    QString text = u"postgresql://"_s;
    if (!user.isEmpty()) {
        PercentEncoding::appendEncoded(text, user, Keep::Unreserved);
        text += u'@';
    }
    const QString trimmedHost = host.trimmed();
    if (trimmedHost.contains(u':'))
        text += u'[' + PercentEncoding::encoded(trimmedHost, Keep::HostInBrackets) + u']';
    else
        PercentEncoding::appendEncoded(text, trimmedHost, Keep::Unreserved);
    if (port > 0)
        text += u':' + QString::number(port);
    if (!database.isEmpty()) {
        text += u'/';
        PercentEncoding::appendEncoded(text, database, Keep::Unreserved);
    }
    text += u"?sslmode="_s + sslModeKeyword(sslMode);
    DatabaseUrl url = DatabaseUrl::parse(text);
    if (!password.isEmpty())
        url.setPassword(password);
    return url;
}

Options ConnectionProfile::options() const
{
    Options options = OpenConnection::defaultOptions();
    options.readOnly = readOnly;
    return options;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (kind == Kind::Sqlite) {
        if (filePath.isEmpty())
            return tr("Choose the database file.");
        const QFileInfo info(filePath);
        // Connecting would create a missing file; a saved connection should name an existing one.
        if (!info.exists())
            return tr("There is no file %1.").arg(QDir::toNativeSeparators(filePath));
        if (!info.isFile())
            return tr("%1 is not a file.").arg(QDir::toNativeSeparators(filePath));
        return {};
    }
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (host.contains(u','))
        return tr("Enter one host name; \",\" cannot be part of it.");
    if (host.count(u':') == 1) // an IPv6 address has more
        return tr("Enter the port in the Port field, not after the host name.");
    if (port < 1 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    return {};
}

QString ConnectionProfile::target() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(filePath);
    QString text;
    if (!user.isEmpty())
        text = user + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0 && port != DefaultPostgresPort)
        text += u':' + QString::number(port);
    if (!database.isEmpty())
        text += u'/' + database;
    return text;
}

QString ConnectionProfile::sslModeKeyword(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return u"disable"_s;
    case SslMode::Allow:
        return u"allow"_s;
    case SslMode::Prefer:
        break;
    case SslMode::Require:
        return u"require"_s;
    case SslMode::VerifyCa:
        return u"verify-ca"_s;
    case SslMode::VerifyFull:
        return u"verify-full"_s;
    }
    return u"prefer"_s;
}

ConnectionProfile::SslMode ConnectionProfile::sslModeFromKeyword(QStringView keyword)
{
    for (SslMode mode : sslModes()) {
        if (keyword.compare(sslModeKeyword(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return SslMode::Prefer;
}

QList<ConnectionProfile::SslMode> ConnectionProfile::sslModes()
{
    return {SslMode::Disable, SslMode::Allow,    SslMode::Prefer,
            SslMode::Require, SslMode::VerifyCa, SslMode::VerifyFull};
}

QString ConnectionProfile::sslModeDescription(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return tr("Never use SSL");
    case SslMode::Allow:
        return tr("Use SSL only if the server insists");
    case SslMode::Prefer:
        break;
    case SslMode::Require:
        return tr("Always use SSL; do not check the certificate");
    case SslMode::VerifyCa:
        return tr("Always use SSL; check the certificate is signed by a trusted CA");
    case SslMode::VerifyFull:
        return tr("Always use SSL; check the certificate and the host name");
    }
    return tr("Use SSL when the server offers it (the default)");
}

} // namespace Quarry::Ui
