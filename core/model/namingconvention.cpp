// SPDX-License-Identifier: MIT
#include "model/namingconvention.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

// PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently cut by the server.
constexpr qsizetype maxNameBytes = 63;

// `lower(email)` → `lower_email`: runs of anything but letters, digits and `_` become one `_`.
QString expressionKey(QStringView expression)
{
    QString key;
    bool gap = false;
    for (QChar c : expression) {
        if (c.isLetterOrNumber() || c == u'_') {
            if (gap && !key.isEmpty())
                key += u'_';
            key += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return key.isEmpty() ? u"expr"_s : key;
}

QString shortened(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() <= maxNameBytes)
        return name;
    const QByteArray hash =
        QCryptographicHash::hash(utf8, QCryptographicHash::Sha1).toHex().left(8);
    // 63 = head + '_' + 8 hex digits; the head is the longest start of whole characters that
    // fits, found in one walk (a name can be megabytes long).
    qsizetype end = 0;
    qsizetype bytes = 0;
    while (end < name.size()) {
        const char32_t c = name.at(end).unicode();
        const bool pair =
            QChar::isHighSurrogate(c) && end + 1 < name.size() && name.at(end + 1).isLowSurrogate();
        // As toUtf8() writes it: a lone surrogate becomes '?'.
        const qsizetype size = pair                    ? 4
                               : QChar::isSurrogate(c) ? 1
                               : c < 0x80              ? 1
                               : c < 0x800             ? 2
                                                       : 3;
        if (bytes + size > maxNameBytes - 9)
            break;
        bytes += size;
        end += pair ? 2 : 1;
    }
    return name.left(end) + u'_' + QString::fromLatin1(hash);
}

} // namespace

QString NamingConvention::expand(QStringView pattern, const QString &table,
                                 const QStringList &columns, const QString &referredTable)
{
    if (pattern.isEmpty())
        return {};
    // one pass, so a name that itself contains `{columns}` is not expanded again
    QString name;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', i);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (close < 0) {
            name += pattern.mid(i);
            break;
        }
        name += pattern.mid(i, open - i);
        const QStringView placeholder = pattern.mid(open, close - open + 1);
        if (placeholder == u"{table}")
            name += table;
        else if (placeholder == u"{columns}")
            name += columns.join(u'_');
        else if (placeholder == u"{referredTable}")
            name += referredTable;
        else
            name += placeholder;
        i = close + 1;
    }
    return shortened(name);
}

QString NamingConvention::invalidPlaceholder(QStringView pattern, bool foreignKey)
{
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        if (c == u'}')
            return u"}"_s;
        if (c != u'{') {
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        if (close < 0)
            return u"{"_s;
        const QStringView placeholder = pattern.mid(i, close - i + 1);
        const bool known = placeholder == u"{table}" || placeholder == u"{columns}" ||
                           (foreignKey && placeholder == u"{referredTable}");
        if (!known)
            return placeholder.toString();
        i = close + 1;
    }
    return {};
}

QString NamingConvention::primaryKeyName(const Table &t) const
{
    return expand(primaryKey, t.name, t.primaryKey.columns);
}

QString NamingConvention::foreignKeyName(const Table &t, const ForeignKey &fk) const
{
    return expand(foreignKey, t.name, fk.columns, fk.referredTable);
}

QString NamingConvention::uniqueName(const Table &t, const UniqueConstraint &u) const
{
    return expand(unique, t.name, u.columns);
}

QString NamingConvention::indexName(const Table &t, const Index &i) const
{
    QStringList keys;
    keys.reserve(i.parts.size());
    for (const IndexPart &part : i.parts)
        keys.append(part.column.isEmpty() ? expressionKey(part.expression) : part.column);
    return expand(index, t.name, keys);
}

QString NamingConvention::checkName(const Table &t, const QString &key) const
{
    return expand(check, t.name, QStringList(key));
}

} // namespace Quarry
