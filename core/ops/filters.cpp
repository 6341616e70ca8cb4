// SPDX-License-Identifier: MIT
#include "ops/filters.h"

#include "connection/errors.h"
#include "schema/dialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw ConfigurationError(message);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Quarry::Filters", text);
}

// LIKE pattern text for a literal value: the wildcards and the escape character lose their
// meaning.
QString escapeLike(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

// GLOB pattern text for a literal value (SQLite's case-sensitive matching): the wildcards
// `*`, `?` and `[` match themselves.
QString escapeGlob(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'*' || c == u'?' || c == u'[')
            out += u'[' + QString(c) + u']';
        else
            out += c;
    }
    return out;
}

// A LIKE pattern as GLOB: SQLite's LIKE ignores ASCII case, GLOB does not.
QString likeToGlob(const QString &pattern)
{
    QString out;
    for (QChar c : pattern) {
        if (c == u'%')
            out += u'*';
        else if (c == u'_')
            out += u'?';
        else
            out += escapeGlob(QString(c));
    }
    return out;
}

/// Builds one condition, numbering placeholders as it binds values.
class Condition {
public:
    Condition(SqlFragment &out, int &next)
        : m_out(out)
        , m_next(next)
    {}

    QString bind(const QVariant &value)
    {
        m_out.params.append(value);
        return u'$' + QString::number(m_next++);
    }

private:
    SqlFragment &m_out;
    int &m_next;
};

QVariantList listValue(const QString &key, const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QVariantList &&
        value.metaType().id() != QMetaType::QStringList)
        fail(tr("filter %1 needs a list of values").arg(key));
    return value.toList();
}

} // namespace

FilterCompiler::FilterCompiler(const Table &table, const Dialect &dialect)
    : m_table(table)
    , m_dialect(dialect)
{}

QString FilterCompiler::quotedColumn(const QString &name) const
{
    if (!m_table.hasColumn(name))
        fail(tr("table \"%1\" has no column \"%2\"").arg(m_table.name, name));
    return m_dialect.quote(name);
}

SqlFragment FilterCompiler::where(const QVariantMap &filters, int firstParam) const
{
    SqlFragment out;
    int next = firstParam;
    Condition bind(out, next);
    const bool pg = m_dialect.kind() == Dialect::Kind::Postgres;
    QStringList conditions;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        const qsizetype split = key.lastIndexOf(u"__"_s);
        const QString name = split < 0 ? key : key.left(split);
        const QString lookup = split < 0 ? u"eq"_s : key.mid(split + 2);
        const QString col = quotedColumn(name);
        // \a text is a literal: \a before / \a after say where anything may surround it.
        const auto matches = [&](const QString &text, bool before, bool after,
                                 bool caseless) -> QString {
            if (!caseless && !pg) {
                const QString glob = QString(before ? u"*"_s : QString()) + escapeGlob(text) +
                                     (after ? u"*"_s : QString());
                return col + u" GLOB "_s + bind.bind(glob);
            }
            const QString pattern = QString(before ? u"%"_s : QString()) + escapeLike(text) +
                                    (after ? u"%"_s : QString());
            if (!caseless)
                return col + u" LIKE "_s + bind.bind(pattern) + u" ESCAPE '\\'"_s;
            if (pg)
                return col + u" ILIKE "_s + bind.bind(pattern) + u" ESCAPE '\\'"_s;
            return u"lower("_s + col + u") LIKE lower("_s + bind.bind(pattern) + u") ESCAPE '\\'"_s;
        };
        const auto datePart = [&](const char *pgField, const char *sqliteFormat) -> QString {
            const QString part =
                pg ? u"EXTRACT(%1 FROM %2)"_s.arg(QLatin1String(pgField), col)
                   : u"CAST(strftime('%1', %2) AS INTEGER)"_s.arg(QLatin1String(sqliteFormat), col);
            return part + u" = "_s + bind.bind(value);
        };
        const auto compare = [&](const char *op) -> QString {
            return col + u' ' + QLatin1String(op) + u' ' + bind.bind(value);
        };
        QString condition;
        if (lookup == u"eq")
            condition = value.isNull() ? QString(col + u" IS NULL"_s) : compare("=");
        else if (lookup == u"ne")
            condition = value.isNull() ? QString(col + u" IS NOT NULL"_s) : compare("<>");
        else if (lookup == u"gt")
            condition = compare(">");
        else if (lookup == u"ge" || lookup == u"gte")
            condition = compare(">=");
        else if (lookup == u"lt")
            condition = compare("<");
        else if (lookup == u"le" || lookup == u"lte")
            condition = compare("<=");
        else if (lookup == u"in" || lookup == u"notin") {
            const QVariantList values = listValue(key, value);
            QStringList placeholders;
            for (const QVariant &v : values)
                placeholders.append(bind.bind(v));
            const bool in = lookup == u"in";
            // an empty list matches nothing (IN) or everything (NOT IN), as SQL would if it
            // allowed `IN ()`
            if (placeholders.isEmpty())
                condition = in ? u"1 = 0"_s : u"1 = 1"_s;
            else
                condition =
                    col + (in ? u" IN ("_s : u" NOT IN ("_s) + placeholders.join(u", "_s) + u')';
        } else if (lookup == u"between") {
            const QVariantList bounds = listValue(key, value);
            if (bounds.size() != 2)
                fail(tr("filter %1 needs two values, got %2")
                         .arg(key, QString::number(bounds.size())));
            condition =
                col + u" BETWEEN "_s + bind.bind(bounds[0]) + u" AND "_s + bind.bind(bounds[1]);
        } else if (lookup == u"like" || lookup == u"ilike") {
            // the caller's pattern, wildcards and all
            if (lookup == u"like" && pg)
                condition = compare("LIKE");
            else if (lookup == u"like")
                condition = col + u" GLOB "_s + bind.bind(likeToGlob(value.toString()));
            else if (pg)
                condition = compare("ILIKE");
            else
                condition = u"lower("_s + col + u") LIKE lower("_s + bind.bind(value) + u')';
        } else if (lookup == u"startswith" || lookup == u"istartswith")
            condition = matches(value.toString(), false, true, lookup.startsWith(u'i'));
        else if (lookup == u"endswith" || lookup == u"iendswith")
            condition = matches(value.toString(), true, false, lookup.startsWith(u'i'));
        else if (lookup == u"contains" || lookup == u"icontains")
            condition = matches(value.toString(), true, true, lookup.startsWith(u'i'));
        else if (lookup == u"isnull")
            condition = col + (value.toBool() ? u" IS NULL"_s : u" IS NOT NULL"_s);
        else if (lookup == u"year")
            condition = datePart("YEAR", "%Y");
        else if (lookup == u"month")
            condition = datePart("MONTH", "%m");
        else if (lookup == u"day")
            condition = datePart("DAY", "%d");
        else
            fail(tr("unknown lookup \"%1\" in filter %2").arg(lookup, key));
        conditions.append(condition);
    }
    out.sql = conditions.join(u" AND "_s);
    return out;
}

QString FilterCompiler::orderBy(const QStringList &keys) const
{
    QStringList parts;
    for (const QString &key : keys) {
        const bool descending = key.startsWith(u'-');
        parts.append(quotedColumn(descending || key.startsWith(u'+') ? key.mid(1) : key) +
                     (descending ? u" DESC"_s : u" ASC"_s));
    }
    return parts.join(u", "_s);
}

SqlFragment FilterCompiler::search(const QString &term, const QStringList &columns,
                                   int firstParam) const
{
    QStringList names = columns;
    if (names.isEmpty()) {
        for (const Column &c : m_table.columns) {
            const TypeKind k = c.type.kind;
            if (k == TypeKind::Text || k == TypeKind::Varchar || k == TypeKind::Char)
                names.append(c.name);
        }
    }
    SqlFragment out;
    if (names.isEmpty() || term.isEmpty())
        return out;
    QStringList conditions;
    int next = firstParam;
    for (const QString &name : names) {
        QVariantMap one;
        one.insert(name + u"__icontains"_s, term);
        SqlFragment part = where(one, next);
        next += int(part.params.size());
        conditions.append(part.sql);
        out.params.append(part.params);
    }
    out.sql = u'(' + conditions.join(u" OR "_s) + u')';
    return out;
}

} // namespace Quarry
