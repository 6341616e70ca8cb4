// SPDX-License-Identifier: MIT
#include "url/databaseurl.h"

#include "connection/errors.h"
#include "url/percentencoding.h"
#include "url/urlparts.h"
#include "url/urlredaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Grammar, as RFC 3986 and libpq read it: the authority ends at the first '/' or '?'; inside
// it the *last* '@' ends the user info (so a raw '@' in a password still works) and the first
// ':' of the user info starts the password. Reserved characters ('/', '?', '@' after the
// host …) in user names and passwords must be percent-encoded; when a URL looks as if they were
// not, error messages stop echoing its host, port and query, since those may hold pieces of
// the password. '#' has no special meaning (libpq gives it none either).
//
// Several PostgreSQL hosts (`h1:5432,h2:5433`) are kept verbatim in host(), ports included and
// still percent-encoded, with port() -1: libpq reads that list itself.

namespace Quarry {

namespace {

using namespace PercentEncoding;
using UrlRedaction::isSecretParameter;
using UrlRedaction::redactedQuery;
using UrlRedaction::redactedUserInfo;
using namespace UrlParts;

} // namespace

DatabaseUrl DatabaseUrl::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        fail(QCoreApplication::translate("Quarry::DatabaseUrl", "empty database URL"));

    const qsizetype sep = text.indexOf(u"://");
    if (sep < 0) {
        // Echo only what cannot be a password: a scheme-like prefix, or text without ':'/'@'.
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0 && isSchemeText(text.first(colon)))
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "missing \"://\" after \"%1\" in the database URL "
                                             "(expected e.g. sqlite:///file.db or "
                                             "postgresql://host/db)")
                     .arg(text.first(colon).toString()));
        if (colon < 0 && !text.contains(u'@'))
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "invalid database URL \"%1\": missing \"://\" "
                                             "(expected e.g. sqlite:///file.db or "
                                             "postgresql://host/db)")
                     .arg(redactedQuery(text)));
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "invalid database URL: missing \"://\" (expected e.g. "
                                         "sqlite:///file.db or postgresql://host/db)"));
    }

    const QStringView schemeText = text.first(sep);
    const QStringView rest = text.sliced(sep + 3);
    qsizetype authorityEnd = 0;
    while (authorityEnd < rest.size() && rest[authorityEnd] != u'/' && rest[authorityEnd] != u'?')
        ++authorityEnd;
    const QStringView authority = rest.first(authorityEnd);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QStringView userInfo = at >= 0 ? authority.first(at) : QStringView();
    const QStringView hostPort = authority.sliced(at + 1);
    const QStringView afterAuthority = rest.sliced(authorityEnd);
    const qsizetype questionMark = afterAuthority.indexOf(u'?');
    const QStringView path = questionMark < 0 ? afterAuthority : afterAuthority.first(questionMark);
    const QStringView query =
        questionMark < 0 ? QStringView() : afterAuthority.sliced(questionMark + 1);

    if (!isSchemeText(schemeText))
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "invalid database URL: the text before \"://\" is not a "
                                         "scheme (expected e.g. sqlite or postgresql)"));

    DatabaseUrl url;
    bool known = true;
    const QString scheme = schemeText.toString().toLower();
    if (scheme == u"sqlite" || scheme == u"sqlite+aiosqlite" || scheme == u"sqlite+pysqlite") {
        url.m_backend = Backend::Sqlite;
    } else if (scheme == u"postgresql" || scheme == u"postgres" ||
               scheme == u"postgresql+asyncpg" || scheme == u"postgresql+psycopg" ||
               scheme == u"postgresql+psycopg2") {
        url.m_backend = Backend::Postgres;
    } else if (scheme.startsWith(u"qt+")) {
        url.m_backend = Backend::QtSql;
        url.m_qtDriver = schemeText.sliced(3).toString();
        known = isDriverName(url.m_qtDriver);
    } else {
        known = false;
    }
    const bool fileBased = known && isFileBased(url.m_backend, url.m_qtDriver);

    // A password with an unencoded '/', '?' or '@' ends the authority early: "u:p/ss@h/db"
    // (no '@' before the first '/', but a ':' that makes "p" a port) or "u:p@ss/w@h/db" (an
    // '@' in the path). Both forms may put pieces of the password into host, port, path or
    // query, so messages then show nothing before the last '@'. The first form is also legal
    // ("h:5432/db?x=a@b") and parses; an '@' in a network URL's path is rejected.
    const bool atInPath = !fileBased && path.contains(u'@');
    ParseContext ctx;
    // Without user info, a ':' before an '@' anywhere after the scheme looks like credentials
    // put where they do not belong ("h/db?u:pw@x", a '?' typed before "u:pw@h").
    const qsizetype lastAt = afterAuthority.lastIndexOf(u'@');
    ctx.ambiguous =
        atInPath || (at < 0 && lastAt >= 0 &&
                     (authority.contains(u':') || afterAuthority.first(lastAt).contains(u':')));
    ctx.hideHost = false;
    for (QStringView entry : hostPort.tokenize(u','))
        ctx.hideHost = ctx.hideHost || UrlRedaction::mayHoldSecret(entry);
    if (ctx.ambiguous) {
        // What follows the last '@' may still hold a query with a secret in it.
        ctx.shown = schemeText + u"://***@" + redactedQuery(afterAuthority.sliced(lastAt + 1));
    } else {
        ctx.shown = schemeText + u"://";
        if (at >= 0)
            ctx.shown += redactedUserInfo(userInfo) + u'@';
        ctx.shown += ctx.hideHost ? u"***"_s : hostPort.toString();
        ctx.shown += path;
        if (questionMark >= 0)
            ctx.shown += u'?' + redactedQuery(query);
    }

    if (url.m_backend == Backend::QtSql && !known)
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "invalid Qt SQL driver name \"%1\" in URL %2 "
                                         "(expected qt+<DRIVER> with letters, digits and "
                                         "underscores, e.g. qt+QPSQL)")
                 .arg(url.m_qtDriver, ctx.shown));
    if (!known)
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "unsupported URL scheme \"%1\" in %2; supported: sqlite, "
                                         "sqlite+aiosqlite, sqlite+pysqlite, postgresql, "
                                         "postgres, postgresql+asyncpg, postgresql+psycopg, "
                                         "postgresql+psycopg2 and qt+<DRIVER> (e.g. qt+QSQLITE, "
                                         "qt+QPSQL, qt+QMYSQL, qt+QODBC)")
                 .arg(schemeText.toString(), ctx.shown));

    try {
        if (atInPath)
            fail(QString()); // replaced by the message below
        if (fileBased) {
            if (!authority.isEmpty()) {
                QString shownAuthority = u"***"_s;
                if (!ctx.ambiguous && !ctx.hideHost) {
                    shownAuthority.clear();
                    if (at >= 0)
                        shownAuthority = redactedUserInfo(userInfo) + u'@';
                    shownAuthority += hostPort;
                }
                fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                 "unexpected host \"%1\" in URL %2: SQLite URLs "
                                                 "take a path only (sqlite:///relative.db, "
                                                 "sqlite:////absolute/path.db, sqlite:// for "
                                                 "memory)")
                         .arg(shownAuthority, ctx.shown));
            }
            url.m_database = decode(path.isEmpty() ? path : path.sliced(1), Part::Path, ctx.shown);
            if (url.m_database == u":memory:")
                url.m_database.clear();
        } else {
            if (at >= 0) {
                const qsizetype colon = userInfo.indexOf(u':');
                url.m_user =
                    decode(colon < 0 ? userInfo : userInfo.first(colon), Part::User, ctx.shown);
                if (colon >= 0) {
                    url.m_password = decode(userInfo.sliced(colon + 1), Part::Password, ctx.shown);
                    url.m_hasPassword = true;
                }
            }
            if (hostPort.contains(u',')) {
                for (QStringView entry : hostPort.tokenize(u','))
                    parseHostEntry(entry, ctx); // validates; the list itself stays as written
                url.m_host = hostPort.toString();
            } else {
                HostPort parsed = parseHostEntry(hostPort, ctx);
                // A decoded ',' would read back as a host list; libpq could not use it either.
                if (parsed.host.contains(u','))
                    fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                     "invalid host \"%1\" in URL %2: a host name "
                                                     "cannot contain \",\"")
                             .arg(parsed.host, ctx.shown));
                url.m_host = std::move(parsed.host);
                url.m_port = parsed.port;
            }
            url.m_database =
                decode(path.isEmpty() ? path : path.sliced(1), Part::Database, ctx.shown);
        }

        for (QStringView segment : query.tokenize(u'&')) {
            if (segment.isEmpty())
                continue; // "?a=1&&b=2", a trailing '&' or a bare '?'
            const qsizetype eq = segment.indexOf(u'=');
            if (eq < 0)
                fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                 "query parameter \"%1\" has no value in URL %2 "
                                                 "(expected key=value)")
                         .arg(redactedQuery(segment), ctx.shown));
            if (eq == 0)
                fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                 "empty query parameter name in \"%1\" in URL %2")
                         .arg(isSecretParameter(segment.sliced(1)) ? u"=***"_s : segment.toString(),
                              ctx.shown));
            QString key = decode(segment.first(eq), Part::QueryKey, ctx.shown);
            QString value = decode(
                segment.sliced(eq + 1),
                UrlRedaction::looksSecret(key) ? Part::Password : Part::QueryValue, ctx.shown);
            url.m_query.append({std::move(key), std::move(value)});
        }
    } catch (const ConfigurationError &) {
        if (ctx.hideHost && !ctx.ambiguous)
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "invalid host or port in URL %1: a port is a number "
                                             "from 1 to 65535, and a user name and password end "
                                             "with \"@\" before the host")
                     .arg(ctx.shown));
        if (!ctx.ambiguous)
            throw;
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "cannot parse URL %1: percent-encode \"/\", \"?\", \"@\" "
                                         "and \":\" in the user name and password, and \"@\" in "
                                         "the database name")
                 .arg(ctx.shown));
    }
    return url;
}

QString DatabaseUrl::scheme() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return u"sqlite"_s;
    case Backend::Postgres:
        return u"postgresql"_s;
    case Backend::QtSql:
        break;
    }
    return u"qt+"_s + m_qtDriver;
}

bool DatabaseUrl::isMemory() const
{
    return isFileBased(m_backend, m_qtDriver) &&
           (m_database.isEmpty() || m_database == u":memory:");
}

QString DatabaseUrl::queryValue(QStringView key) const
{
    for (auto it = m_query.crbegin(); it != m_query.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return {};
}

bool DatabaseUrl::isSecretParameter(QStringView key)
{
    return UrlRedaction::isSecretParameter(key);
}

bool DatabaseUrl::hasSecrets() const
{
    if (m_hasPassword)
        return true;
    for (const auto &[key, value] : m_query)
        if (UrlRedaction::looksSecret(key))
            return true;
    return false;
}

DatabaseUrl DatabaseUrl::withoutSecrets() const
{
    DatabaseUrl url = *this;
    url.m_password.clear();
    url.m_hasPassword = false;
    url.m_query.removeIf(
        [](const auto &parameter) { return UrlRedaction::looksSecret(parameter.first); });
    return url;
}

void DatabaseUrl::setPassword(const QString &password)
{
    m_password = password;
    m_hasPassword = true;
}

QString DatabaseUrl::toString() const
{
    return format(false);
}

QString DatabaseUrl::redacted() const
{
    return format(true);
}

QString DatabaseUrl::format(bool hidePassword) const
{
    QString out = scheme() + u"://";
    if (isFileBased(m_backend, m_qtDriver)) {
        if (!m_database.isEmpty()) {
            out += u'/';
            appendEncoded(out, m_database, Keep::Path);
        }
    } else {
        if (!m_user.isEmpty() || m_hasPassword) {
            appendEncoded(out, m_user, Keep::Unreserved);
            if (m_hasPassword) {
                out += u':';
                if (hidePassword)
                    out += u"***";
                else
                    appendEncoded(out, m_password, Keep::Unreserved);
            }
            out += u'@';
        }
        if (m_host.contains(u',')) {
            out += m_host; // a host list, kept as written
        } else if (m_host.contains(u':')) {
            out += u'[' + encoded(m_host, Keep::HostInBrackets) + u']';
        } else {
            appendEncoded(out, m_host, Keep::Unreserved);
        }
        if (m_port >= 0)
            out += u':' + QString::number(m_port);
        if (!m_database.isEmpty()) {
            out += u'/';
            appendEncoded(out, m_database, Keep::Unreserved);
        }
    }
    for (qsizetype i = 0; i < m_query.size(); ++i) {
        const auto &[key, value] = m_query.at(i);
        out += i == 0 ? u'?' : u'&';
        appendEncoded(out, key, Keep::QueryKey);
        out += u'=';
        if (hidePassword && UrlRedaction::looksSecret(key))
            out += u"***";
        else
            appendEncoded(out, value, Keep::QueryValue);
    }
    return out;
}

} // namespace Quarry
