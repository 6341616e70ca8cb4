// SPDX-License-Identifier: MIT
#include "url/urlredaction.h"

#include "url/percentencoding.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Quarry::UrlRedaction {

namespace {

using namespace PercentEncoding;

constexpr std::array SecretParameters{u"password", u"sslpassword", u"oauth_client_secret"};

// Percent-escapes decoded where they are valid, the rest kept: enough to recognize a key name
// in text that may not parse.
QString looselyDecoded(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    const QByteArray utf8 = text.toUtf8();
    QByteArray bytes;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const int high = i + 2 < utf8.size() ? hexValue(utf8.at(i + 1)) : -1;
        const int low = i + 2 < utf8.size() ? hexValue(utf8.at(i + 2)) : -1;
        if (utf8.at(i) == '%' && high >= 0 && low >= 0) {
            bytes += char(high * 16 + low);
            i += 2;
        } else {
            bytes += utf8.at(i);
        }
    }
    return QString::fromUtf8(bytes);
}

// The secret key \a piece starts with, if any.
QStringView secretPrefix(const QString &piece)
{
    for (const char16_t *name : SecretParameters) {
        const QStringView key(name);
        if (piece.startsWith(key, Qt::CaseInsensitive))
            return key;
    }
    return {};
}

bool allDigits(QStringView text)
{
    for (QChar c : text)
        if (!isAsciiDigit(c.unicode()))
            return false;
    return true;
}

// Hex digits, ':' and '.', with two colons at least (a zone after '%' may hold any letters).
bool looksLikeIpv6(QStringView text)
{
    const qsizetype zone = text.indexOf(u'%');
    const QStringView address = zone < 0 ? text : text.first(zone);
    if (address.count(u':') < 2)
        return false;
    for (QChar ch : address) {
        const char16_t c = ch.unicode();
        if (!isAsciiDigit(c) && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F') &&
            c != u':' && c != u'.')
            return false;
    }
    return true;
}

} // namespace

bool isSecretParameter(QStringView key)
{
    for (const char16_t *name : SecretParameters)
        if (key.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool looksSecret(QStringView key)
{
    return isSecretParameter(key) || key.contains(u"password", Qt::CaseInsensitive) ||
           key.contains(u"secret", Qt::CaseInsensitive);
}

QString redactedQuery(QStringView text)
{
    QString out;
    qsizetype begin = 0;
    while (begin <= text.size()) {
        qsizetype end = begin;
        while (end < text.size() && text[end] != u'&' && text[end] != u'?')
            ++end;
        const QStringView piece = text.sliced(begin, end - begin);
        const qsizetype eq = piece.indexOf(u'=');
        if (eq >= 0 && looksSecret(looselyDecoded(piece.first(eq)))) {
            out += piece.first(eq) + u"=***";
        } else if (eq < 0 && piece.contains(u':')) {
            out += redactedUserInfo(piece); // "user:password" where a query went
        } else if (eq < 0) {
            const QString decoded = looselyDecoded(piece);
            const QStringView key = secretPrefix(decoded);
            out += key.isEmpty() || key.size() == decoded.size() ? piece.toString() : key + u"***";
        } else {
            out += piece;
        }
        if (end < text.size())
            out += text[end];
        begin = end + 1;
    }
    return out;
}

QString redactedUserInfo(QStringView userInfo)
{
    const qsizetype colon = userInfo.indexOf(u':');
    if (colon < 0)
        return userInfo.toString();
    return userInfo.first(colon) + u":***";
}

bool mayHoldSecret(QStringView entry)
{
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return !looksLikeIpv6(entry.sliced(1));
        const QStringView after = entry.sliced(close + 1);
        return !looksLikeIpv6(entry.sliced(1, close - 1)) ||
               (!after.isEmpty() && (!after.startsWith(u':') || !allDigits(after.sliced(1))));
    }
    const qsizetype colon = entry.indexOf(u':');
    return colon >= 0 && !allDigits(entry.sliced(colon + 1)) && !looksLikeIpv6(entry);
}

} // namespace Quarry::UrlRedaction
