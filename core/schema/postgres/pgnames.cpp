// SPDX-License-Identifier: MIT
#include "schema/postgres/pgnames.h"

namespace Quarry::PgNames {

namespace {

constexpr qsizetype NameDataLen = 64; // PostgreSQL's NAMEDATALEN

// pg_mbcliplen() for UTF-8: the longest prefix of at most \a limit bytes that ends on a
// character boundary.
qsizetype clipLength(const QByteArray &text, qsizetype limit)
{
    if (limit >= text.size())
        return text.size();
    while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xc0) == 0x80)
        --limit;
    return limit;
}

// Whether \a name is objectName(name1, name2, label) with an optional pass number after the
// label. The label ends in letters, so trailing digits can only be that number.
bool matches(const QString &name, const QString &name1, const QByteArray &name2,
             const QByteArray &label)
{
    const QByteArray bytes = name.toUtf8();
    qsizetype digits = bytes.size();
    while (digits > 0 && bytes[digits - 1] >= '0' && bytes[digits - 1] <= '9')
        --digits;
    const QByteArray pass = bytes.mid(digits);
    if (pass.startsWith('0'))
        return false;
    return objectName(name1.toUtf8(), name2, label + pass) == bytes;
}

} // namespace

QByteArray objectName(const QByteArray &name1, const QByteArray &name2, const QByteArray &label)
{
    qsizetype name1Chars = name1.size();
    qsizetype name2Chars = name2.size();
    qsizetype overhead = name2.isEmpty() ? 0 : 1;
    if (!label.isEmpty())
        overhead += label.size() + 1;
    const qsizetype available = NameDataLen - 1 - overhead;
    // Cut the longer name first, as PostgreSQL does.
    while (name1Chars + name2Chars > available) {
        if (name1Chars > name2Chars)
            --name1Chars;
        else
            --name2Chars;
    }
    QByteArray result = name1.left(clipLength(name1, name1Chars));
    if (!name2.isEmpty())
        result += '_' + name2.left(clipLength(name2, name2Chars));
    if (!label.isEmpty())
        result += '_' + label;
    return result;
}

QByteArray columnsAddition(const QStringList &columns)
{
    QByteArray addition;
    for (const QString &column : columns) {
        if (!addition.isEmpty())
            addition += '_';
        QByteArray bytes = column.toUtf8();
        if (bytes.size() >= NameDataLen) // strlcpy(…, NAMEDATALEN)
            bytes.truncate(NameDataLen - 1);
        addition += bytes;
        if (addition.size() >= NameDataLen)
            break;
    }
    return addition;
}

bool isGeneratedPrimaryKey(const QString &name, const QString &table)
{
    return matches(name, table, {}, "pkey");
}

bool isGeneratedForeignKey(const QString &name, const QString &table, const QStringList &columns)
{
    return matches(name, table, columnsAddition(columns), "fkey");
}

bool isGeneratedUnique(const QString &name, const QString &table, const QStringList &columns)
{
    return matches(name, table, columnsAddition(columns), "key");
}

bool isGeneratedCheck(const QString &name, const QString &table, const QStringList &tableColumns)
{
    if (matches(name, table, {}, "check"))
        return true;
    for (const QString &column : tableColumns) {
        if (matches(name, table, column.toUtf8(), "check"))
            return true;
    }
    return false;
}

} // namespace Quarry::PgNames
