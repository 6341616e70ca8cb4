// SPDX-License-Identifier: MIT
#include "sql/placeholders.h"

#include "connection/errors.h"
#include "connection/params.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

// The scanner follows PostgreSQL's lexer closely enough to find placeholders and nothing else:
// it never copies per character and touches each character once, so a 30 MB script costs one
// pass. Unterminated strings and comments simply run to the end; the engine reports those.
//
// `:name` is a placeholder wherever it is not part of `::`, also right after an identifier
// (`a:b`). An array slice with identifier bounds (`arr[lo:hi]`) therefore needs a space
// (`arr[lo : hi]`); numeric bounds (`arr[1:2]`) are fine.
//
// bind() ignores values the statement does not use, positional or named, so that one set of
// values can serve several statements.

namespace Quarry {

namespace {

// ASCII character classes; every non-ASCII character counts as an identifier character, as
// PostgreSQL treats every byte with the high bit set.
enum : quint8 {
    IdentStart = 1, // letters, '_'
    IdentPart = 2,  // letters, digits, '_', '$'
    NameStart = 4,  // letters, '_'  (for :name)
    NamePart = 8,   // letters, digits, '_'
};

constexpr std::array<quint8, 128> makeClasses()
{
    std::array<quint8, 128> table{};
    for (int c = 0; c < 128; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        quint8 bits = 0;
        if (letter)
            bits |= IdentStart | IdentPart | NameStart | NamePart;
        if (digit)
            bits |= IdentPart | NamePart;
        if (c == '$')
            bits |= IdentPart;
        table[std::size_t(c)] = bits;
    }
    return table;
}

constexpr std::array<quint8, 128> classes = makeClasses();

inline bool has(char16_t c, quint8 bits)
{
    return c < 128 ? (classes[c] & bits) != 0 : true;
}

inline bool hasAscii(char16_t c, quint8 bits)
{
    return c < 128 && (classes[c] & bits) != 0;
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr int maxPlaceholderNumber = 65535; // PostgreSQL's limit on bind parameters

struct Occurrence {
    qsizetype begin;
    qsizetype end;
    int number;       // $n; 0 for a name
    QStringView name; // :name without the colon
};

[[noreturn]] void fail(const QString &message)
{
    throw ConfigurationError(message);
}

// Quoted text where a doubled quote is an escape: '…', "…", `…`.
qsizetype skipQuoted(const char16_t *s, qsizetype n, qsizetype i, char16_t quote)
{
    while (i < n) {
        if (s[i] == quote) {
            if (i + 1 < n && s[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n;
}

// E'…': backslash escapes as well as ''.
qsizetype skipEscapeString(const char16_t *s, qsizetype n, qsizetype i)
{
    while (i < n) {
        const char16_t c = s[i];
        if (c == u'\\') {
            i += 2;
        } else if (c == u'\'') {
            if (i + 1 < n && s[i + 1] == u'\'')
                i += 2;
            else
                return i + 1;
        } else {
            ++i;
        }
    }
    return n;
}

qsizetype skipLineComment(const char16_t *s, qsizetype n, qsizetype i)
{
    while (i < n && s[i] != u'\n' && s[i] != u'\r')
        ++i;
    return i;
}

// PostgreSQL's block comments nest.
qsizetype skipBlockComment(const char16_t *s, qsizetype n, qsizetype i)
{
    int depth = 1;
    while (i < n) {
        if (s[i] == u'*' && i + 1 < n && s[i + 1] == u'/') {
            i += 2;
            if (--depth == 0)
                return i;
        } else if (s[i] == u'/' && i + 1 < n && s[i + 1] == u'*') {
            i += 2;
            ++depth;
        } else {
            ++i;
        }
    }
    return n;
}

QList<Occurrence> scan(QStringView sql)
{
    QList<Occurrence> found;
    // Without ':' or '$' there is nothing to find; both searches are vectorised.
    if (!sql.contains(u':') && !sql.contains(u'$'))
        return found;

    const char16_t *s = sql.utf16();
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        switch (c) {
        case u'\'':
            i = skipQuoted(s, n, i + 1, u'\'');
            break;
        case u'"':
            i = skipQuoted(s, n, i + 1, u'"');
            break;
        case u'`':
            i = skipQuoted(s, n, i + 1, u'`');
            break;
        case u'-':
            i = (i + 1 < n && s[i + 1] == u'-') ? skipLineComment(s, n, i + 2) : i + 1;
            break;
        case u'/':
            i = (i + 1 < n && s[i + 1] == u'*') ? skipBlockComment(s, n, i + 2) : i + 1;
            break;
        case u'$': {
            if (i + 1 < n && isDigit(s[i + 1])) {
                qsizetype j = i + 1;
                qint64 number = 0;
                while (j < n && isDigit(s[j])) {
                    if (number <= maxPlaceholderNumber)
                        number = number * 10 + (s[j] - u'0');
                    ++j;
                }
                if (number == 0)
                    fail(QCoreApplication::translate("Quarry::Placeholders",
                                                     "invalid placeholder \"%1\" at position %2: "
                                                     "positional placeholders start at $1")
                             .arg(sql.sliced(i, j - i).toString(), QString::number(i)));
                if (number > maxPlaceholderNumber)
                    fail(QCoreApplication::translate("Quarry::Placeholders",
                                                     "placeholder \"%1\" at position %2 is out of "
                                                     "range (at most %3)")
                             .arg(sql.sliced(i, j - i).toString(), QString::number(i),
                                  QString::number(maxPlaceholderNumber)));
                found.append({i, j, int(number), {}});
                i = j;
                break;
            }
            // $tag$ … $tag$ or $$ … $$; a tag is an identifier without '$'.
            qsizetype j = i + 1;
            if (j < n && has(s[j], IdentStart)) {
                ++j;
                while (j < n && s[j] != u'$' && has(s[j], IdentPart))
                    ++j;
            }
            if (j < n && s[j] == u'$') {
                const QStringView tag = sql.sliced(i, j + 1 - i);
                const qsizetype close = sql.indexOf(tag, j + 1);
                i = close < 0 ? n : close + tag.size();
            } else {
                ++i;
            }
            break;
        }
        case u':':
            if (i + 1 < n && s[i + 1] == u':') {
                i += 2; // a cast
            } else if (i + 1 < n && hasAscii(s[i + 1], NameStart)) {
                qsizetype j = i + 2;
                while (j < n && hasAscii(s[j], NamePart))
                    ++j;
                found.append({i, j, 0, sql.sliced(i + 1, j - i - 1)});
                i = j;
            } else {
                ++i;
            }
            break;
        default:
            if (has(c, IdentStart)) {
                // A whole identifier or keyword at once, so '$' and quotes inside it are inert.
                qsizetype j = i + 1;
                while (j < n && has(s[j], IdentPart))
                    ++j;
                if (j == i + 1 && (c == u'E' || c == u'e') && j < n && s[j] == u'\'')
                    j = skipEscapeString(s, n, j + 1);
                i = j;
            } else {
                ++i;
            }
            break;
        }
    }
    return found;
}

void appendNumber(QString &out, char16_t prefix, int number)
{
    char16_t buffer[12];
    int length = 0;
    do {
        buffer[length++] = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    out += QChar(prefix);
    while (length > 0)
        out += QChar(buffer[--length]);
}

} // namespace

RewrittenSql rewritePlaceholders(QStringView sql, PlaceholderStyle style)
{
    RewrittenSql out;
    const QList<Occurrence> found = scan(sql);
    if (found.isEmpty()) {
        out.sql = sql.toString();
        return out;
    }

    const auto positional =
        std::find_if(found.cbegin(), found.cend(), [](const Occurrence &o) { return o.number; });
    const auto named =
        std::find_if(found.cbegin(), found.cend(), [](const Occurrence &o) { return !o.number; });
    if (positional != found.cend() && named != found.cend())
        fail(QCoreApplication::translate("Quarry::Placeholders",
                                         "statement mixes positional (%1) and named (%2) "
                                         "placeholders; use one style")
                 .arg(sql.sliced(positional->begin, positional->end - positional->begin),
                      sql.sliced(named->begin, named->end - named->begin)));
    out.usesPositional = positional != found.cend();
    out.usesNamed = !out.usesPositional;

    if (out.usesPositional && style != PlaceholderStyle::QuestionMark) {
        // Slots are the numbers themselves, gaps included; only the sigil may change.
        int highest = 0;
        for (const Occurrence &o : found)
            highest = std::max(highest, o.number);
        out.sources.reserve(highest);
        for (int k = 0; k < highest; ++k)
            out.sources.append(k);
        out.sql = sql.toString();
        if (style == PlaceholderStyle::QuestionNumber) {
            QChar *data = out.sql.data();
            for (const Occurrence &o : found)
                data[o.begin] = u'?';
        }
        return out;
    }

    const char16_t prefix = style == PlaceholderStyle::DollarNumber ? u'$' : u'?';
    QHash<QStringView, int> slotOfName;
    out.sql.reserve(sql.size() + found.size() * 2);
    qsizetype copied = 0;
    qsizetype delta = 0; // rewritten offset minus original offset
    for (const Occurrence &o : found) {
        out.sql += sql.sliced(copied, o.begin - copied);
        if (style == PlaceholderStyle::QuestionMark) {
            out.sql += u'?';
            if (o.number)
                out.sources.append(o.number - 1);
            else
                out.sources.append(o.name.toString());
        } else {
            int &slot = slotOfName[o.name];
            if (slot == 0) {
                out.sources.append(o.name.toString());
                slot = int(out.sources.size());
            }
            appendNumber(out.sql, prefix, slot);
        }
        copied = o.end;
        // Where the two texts resume in step after a replacement of another length.
        if (out.sql.size() - copied != delta) {
            delta = out.sql.size() - copied;
            out.offsetMap.append({out.sql.size(), copied});
        }
    }
    out.sql += sql.sliced(copied);
    return out;
}

qsizetype RewrittenSql::originalPosition(qsizetype rewrittenPosition) const
{
    if (rewrittenPosition < 0 || offsetMap.isEmpty())
        return rewrittenPosition;
    // offsetMap entries mark the end of each replacement; before the first one, nothing moved.
    const auto next =
        std::upper_bound(offsetMap.cbegin(), offsetMap.cend(), rewrittenPosition,
                         [](qsizetype position, const QPair<qsizetype, qsizetype> &e) {
                             return position < e.first;
                         });
    qsizetype original = rewrittenPosition;
    if (next != offsetMap.cbegin()) {
        const auto &previous = *(next - 1);
        original = previous.second + (rewrittenPosition - previous.first);
    }
    // Inside a replacement longer than what it replaced: stay within the original placeholder.
    if (next != offsetMap.cend() && original >= next->second)
        original = next->second - 1;
    return original;
}

QVariantList RewrittenSql::bind(const Params &params) const
{
    QVariantList values;
    if (sources.isEmpty())
        return values;
    values.reserve(sources.size());

    if (usesPositional) {
        if (params.isNamed())
            fail(QCoreApplication::translate("Quarry::Placeholders",
                                             "statement uses positional placeholders ($1 …) but "
                                             "named values were given"));
        const QVariantList &given = params.positional();
        qsizetype needed = 0;
        for (const QVariant &source : sources)
            needed = std::max(needed, qsizetype(source.toLongLong()) + 1);
        if (needed > given.size()) {
            if (given.isEmpty())
                fail(QCoreApplication::translate("Quarry::Placeholders",
                                                 "statement uses $%1 but no values were given")
                         .arg(needed));
            if (given.size() == 1)
                fail(QCoreApplication::translate("Quarry::Placeholders",
                                                 "statement uses $%1 but only 1 value was given")
                         .arg(needed));
            fail(QCoreApplication::translate("Quarry::Placeholders",
                                             "statement uses $%1 but only %2 values were given")
                     .arg(needed)
                     .arg(given.size()));
        }
        for (const QVariant &source : sources)
            values.append(given.at(qsizetype(source.toLongLong())));
        return values;
    }

    if (!params.positional().isEmpty())
        fail(QCoreApplication::translate("Quarry::Placeholders",
                                         "statement uses named placeholders (:%1 …) but "
                                         "positional values were given")
                 .arg(sources.constFirst().toString()));
    const QVariantMap &given = params.named();
    for (const QVariant &source : sources) {
        const QString name = source.toString();
        const auto it = given.constFind(name);
        if (it == given.cend())
            fail(QCoreApplication::translate("Quarry::Placeholders",
                                             "no value given for placeholder :%1")
                     .arg(name));
        values.append(*it);
    }
    return values;
}

} // namespace Quarry
