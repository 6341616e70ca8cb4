// SPDX-License-Identifier: MIT
#pragma once

#include "url/databaseurl.h"

#include <QString>

/// The pieces DatabaseUrl::parse() reads a URL with: scheme and driver names, percent-decoding
/// of one component, and host[:port] entries. Every failure throws ConfigurationError with a
/// message that quotes the URL only as \a shown (secrets already redacted).
namespace Quarry::UrlParts {

enum class Part { User, Password, Host, Database, Path, QueryKey, QueryValue };

[[noreturn]] void fail(const QString &message);
/// The component's name in messages ("user name", "host" …).
QString partName(Part part);
/// A scheme as RFC 3986 spells one: a letter, then letters, digits, '+', '-', '.' or '_'.
bool isSchemeText(QStringView text);
/// A Qt SQL driver name as written after "qt+": letters, digits, '_'.
bool isDriverName(QStringView text);
/// Qt SQL drivers whose "database name" is a file path, so their URLs read like sqlite ones.
bool isFileDriver(QStringView driver);
bool isFileBased(DatabaseUrl::Backend backend, QStringView driver);
/// \a raw percent-decoded as UTF-8; \a shown is the URL as messages may quote it.
QString decode(QStringView raw, Part part, const QString &shown);

struct HostPort {
    QString host;
    int port = -1;
};

struct ParseContext {
    QString shown;  // the URL as written, password replaced, for messages
    bool ambiguous; // host/port/query may hold pieces of an unencoded password
    bool hideHost;  // the host or port may: messages show neither
};

/// A port of 1 to 65535 from \a text, the port part of host entry \a entry.
int parsePort(QStringView text, QStringView entry, const ParseContext &ctx);
/// One `host[:port]` or `[ipv6][:port]` entry.
HostPort parseHostEntry(QStringView entry, const ParseContext &ctx);

} // namespace Quarry::UrlParts
