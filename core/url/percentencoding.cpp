// SPDX-License-Identifier: MIT
#include "url/percentencoding.h"

namespace Quarry::PercentEncoding {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool keepsRaw(char16_t c, Keep keep)
{
    if (c >= 0x80)
        return true; // non-ASCII stays readable (IRI style); it is never a delimiter
    if (isUnreserved(c))
        return true;
    switch (keep) {
    case Keep::Unreserved:
        return false;
    case Keep::HostInBrackets:
        return c == u':';
    case Keep::Path:
        return c > 0x20 && c != 0x7f && c != u'%' && c != u'?' && c != u'#';
    case Keep::QueryKey:
    case Keep::QueryValue:
        if (c == u'=')
            return keep == Keep::QueryValue;
        return c > 0x20 && c != 0x7f && c != u'%' && c != u'&' && c != u'+' && c != u'#' &&
               c != u'@';
    }
    return false;
}

void appendEncoded(QString &out, QStringView text, Keep keep)
{
    static constexpr char16_t hex[] = u"0123456789ABCDEF";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (keepsRaw(c, keep)) {
            out += QChar(c);
            continue;
        }
        // Only ASCII gets here, so one byte per character.
        out += u'%';
        out += QChar(hex[(c >> 4) & 0xf]);
        out += QChar(hex[c & 0xf]);
    }
}

QString encoded(QStringView text, Keep keep)
{
    QString out;
    out.reserve(text.size() + 8);
    appendEncoded(out, text, keep);
    return out;
}

} // namespace Quarry::PercentEncoding
