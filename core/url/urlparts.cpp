// SPDX-License-Identifier: MIT
#include "url/urlparts.h"

#include "connection/errors.h"
#include "url/percentencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Quarry::UrlParts {

using namespace PercentEncoding;

[[noreturn]] void fail(const QString &message)
{
    throw ConfigurationError(message);
}

QString partName(Part part)
{
    switch (part) {
    case Part::User:
        return QCoreApplication::translate("Quarry::DatabaseUrl", "user name");
    case Part::Password:
        return QCoreApplication::translate("Quarry::DatabaseUrl", "password");
    case Part::Host:
        return QCoreApplication::translate("Quarry::DatabaseUrl", "host");
    case Part::Database:
        return QCoreApplication::translate("Quarry::DatabaseUrl", "database name");
    case Part::Path:
        return QCoreApplication::translate("Quarry::DatabaseUrl", "path");
    case Part::QueryKey:
    case Part::QueryValue:
        break;
    }
    return QCoreApplication::translate("Quarry::DatabaseUrl", "query");
}

bool isSchemeText(QStringView text)
{
    if (text.isEmpty() || !isAsciiAlpha(text.front().unicode()))
        return false;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.' &&
            c != u'_')
            return false;
    }
    return true;
}

bool isDriverName(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'_')
            return false;
    }
    return true;
}

bool isFileDriver(QStringView driver)
{
    return driver.compare(u"QSQLITE", Qt::CaseInsensitive) == 0 ||
           driver.compare(u"QSQLITE3", Qt::CaseInsensitive) == 0 ||
           driver.compare(u"QSPATIALITE", Qt::CaseInsensitive) == 0;
}

bool isFileBased(DatabaseUrl::Backend backend, QStringView driver)
{
    return backend == DatabaseUrl::Backend::Sqlite ||
           (backend == DatabaseUrl::Backend::QtSql && isFileDriver(driver));
}

QString decode(QStringView raw, Part part, const QString &shown)
{
    if (!raw.contains(u'%'))
        return raw.toString();
    const QByteArray utf8 = raw.toUtf8();
    QByteArray bytes;
    bytes.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c != '%') {
            bytes += c;
            continue;
        }
        const int high = i + 1 < utf8.size() ? hexValue(utf8.at(i + 1)) : -1;
        const int low = i + 2 < utf8.size() ? hexValue(utf8.at(i + 2)) : -1;
        if (high < 0 || low < 0) {
            if (part == Part::Password)
                fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                 "invalid percent-encoding in the password of "
                                                 "URL %1")
                         .arg(shown));
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "invalid percent-encoding \"%1\" in the %2 of URL %3")
                     .arg(QString::fromUtf8(utf8.mid(i, 3)), partName(part), shown));
        }
        const char decoded = char(high * 16 + low);
        if (decoded == 0)
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "forbidden \"%1\" in the %2 of URL %3")
                     .arg(u"%00"_s, partName(part), shown));
        bytes += decoded;
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "invalid UTF-8 in the percent-encoded %1 of URL %2")
                 .arg(partName(part), shown));
    return text;
}

int parsePort(QStringView text, QStringView entry, const ParseContext &ctx)
{
    bool ok = !text.isEmpty() && text.size() <= 5;
    int port = 0;
    for (qsizetype i = 0; ok && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        ok = isAsciiDigit(c);
        port = port * 10 + (c - u'0');
    }
    if (!ok || port < 1 || port > 65535) {
        if (text.contains(u':') && !entry.startsWith(u'['))
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "IPv6 address \"%1\" must be enclosed in brackets "
                                             "in URL %2, e.g. [::1]:5432")
                     .arg(entry.toString(), ctx.shown));
        fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                         "invalid port \"%1\" in URL %2 (expected 1 to 65535)")
                 .arg(text.toString(), ctx.shown));
    }
    return port;
}

HostPort parseHostEntry(QStringView entry, const ParseContext &ctx)
{
    HostPort result;
    QStringView rawHost = entry;
    QStringView portText;
    bool hasPort = false;
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                             "unterminated IPv6 address \"%1\" in URL %2")
                     .arg(entry.toString(), ctx.shown));
        rawHost = entry.sliced(1, close - 1);
        const QStringView after = entry.sliced(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                fail(QCoreApplication::translate("Quarry::DatabaseUrl",
                                                 "unexpected \"%1\" after IPv6 address \"%2\" in "
                                                 "URL %3")
                         .arg(after.toString(), entry.first(close + 1).toString(), ctx.shown));
            hasPort = true;
            portText = after.sliced(1);
        }
    } else {
        const qsizetype colon = entry.indexOf(u':');
        if (colon >= 0) {
            rawHost = entry.first(colon);
            portText = entry.sliced(colon + 1);
            hasPort = true;
        }
        if (rawHost.contains(u'[') || rawHost.contains(u']'))
            fail(QCoreApplication::translate("Quarry::DatabaseUrl", "invalid host \"%1\" in URL %2")
                     .arg(rawHost.toString(), ctx.shown));
    }
    if (hasPort)
        result.port = parsePort(portText, entry, ctx);
    result.host = decode(rawHost, Part::Host, ctx.shown);
    return result;
}

} // namespace Quarry::UrlParts
