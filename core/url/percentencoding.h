// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Percent-encoding for database URLs: which characters each component may keep raw, and the
/// character classes the URL grammar needs.
namespace Quarry::PercentEncoding {

constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isUnreserved(char16_t c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

/// The value of hex digit \a c, or -1.
int hexValue(char c);

/// The URL component being written: what may stay unescaped differs.
enum class Keep { Unreserved, HostInBrackets, Path, QueryKey, QueryValue };

/// Whether \a c may appear raw in a \a keep component.
bool keepsRaw(char16_t c, Keep keep);
/// Appends \a text to \a out, escaping what \a keep does not allow raw.
void appendEncoded(QString &out, QStringView text, Keep keep);
QString encoded(QStringView text, Keep keep);

} // namespace Quarry::PercentEncoding
