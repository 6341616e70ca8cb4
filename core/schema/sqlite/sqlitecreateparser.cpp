// SPDX-License-Identifier: MIT
#include "schema/sqlite/sqlitecreateparser.h"

#include "schema/sqlite/sqlitetokens.h"

#include <array>

// The parsers walk SQLite's grammar loosely: they pick out the clauses they need and step over
// everything else (types, ON CONFLICT, ASC/DESC, parenthesised groups). The engine already
// accepted the text, so they need not validate it; the pragmas remain the authority on which
// columns, keys and indexes exist, and the parse only adds names and expression texts.

using namespace Qt::StringLiterals;

namespace Quarry::SqliteDdl {

namespace {

/// The index of the last token of the statement, without a trailing `;`.
qsizetype lastToken(const TokenList &t)
{
    qsizetype last = t.size() - 1;
    while (last >= 0 && t.isPunct(last, u';'))
        --last;
    return last;
}

ReferentialAction action(const TokenList &t, qsizetype &i)
{
    if (t.isKeyword(i, u"SET")) {
        const bool null = t.isKeyword(i + 1, u"NULL");
        i += 2;
        return null ? ReferentialAction::SetNull : ReferentialAction::SetDefault;
    }
    if (t.isKeyword(i, u"NO")) {
        i += 2;
        return ReferentialAction::NoAction;
    }
    const bool cascade = t.isKeyword(i, u"CASCADE");
    const bool restrict = t.isKeyword(i, u"RESTRICT");
    ++i;
    return cascade ? ReferentialAction::Cascade
                   : (restrict ? ReferentialAction::Restrict : ReferentialAction::NoAction);
}

class TableParser {
public:
    TableParser(const TokenList &tokens, ParsedTable &out)
        : t(tokens)
        , m_out(out)
    {}

    bool isTableConstraint(qsizetype i) const
    {
        static constexpr std::array<QStringView, 5> starts = {u"CONSTRAINT", u"PRIMARY", u"UNIQUE",
                                                              u"CHECK", u"FOREIGN"};
        for (QStringView keyword : starts) {
            if (t.isKeyword(i, keyword))
                return true;
        }
        return false;
    }

    void column(qsizetype first, qsizetype last)
    {
        ParsedColumn col;
        col.name = t.name(first);
        QString pending; // CONSTRAINT name, for the constraint that follows it
        qsizetype i = first + 1;
        while (i <= last) {
            if (t.isKeyword(i, u"CONSTRAINT")) {
                pending = t.name(i + 1);
                i += 2;
                continue;
            }
            if (t.isKeyword(i, u"PRIMARY")) {
                m_out.primaryKeyName = std::exchange(pending, {});
                m_out.primaryKey = QStringList(col.name);
                m_out.primaryKeyDescending = t.isKeyword(i + 2, u"DESC");
                i += 2;
            } else if (t.isKeyword(i, u"AUTOINCREMENT")) {
                col.autoincrement = true;
                ++i;
            } else if (t.isKeyword(i, u"UNIQUE")) {
                m_out.uniques.append(
                    {std::exchange(pending, {}), QStringList(col.name), QStringList(QString())});
                ++i;
            } else if (t.isKeyword(i, u"CHECK")) {
                i = check(i + 1, std::exchange(pending, {}));
            } else if (t.isKeyword(i, u"DEFAULT")) {
                pending.clear();
                i = defaultValue(i + 1, last, col);
            } else if (t.isKeyword(i, u"COLLATE")) {
                pending.clear();
                col.collation = t.name(i + 1);
                i += 2;
            } else if (t.isKeyword(i, u"REFERENCES")) {
                ForeignKey fk;
                fk.name = std::exchange(pending, {});
                fk.columns = QStringList(col.name);
                i = references(i + 1, last, fk);
                m_out.foreignKeys.append(fk);
            } else if (t.isKeyword(i, u"AS") && t.isPunct(i + 1, u'(')) {
                pending.clear();
                const qsizetype close = t.closing(i + 1);
                col.generatedSql = t.slice(i + 2, close - 1);
                i = close + 1;
            } else if (t.isPunct(i, u'(')) {
                i = t.closing(i) + 1; // a type's (n, m)
            } else {
                // Type words, NOT NULL, NULL, GENERATED ALWAYS, STORED, ON CONFLICT …
                if (t.isKeyword(i, u"NOT") || t.isKeyword(i, u"NULL"))
                    pending.clear();
                ++i;
            }
        }
        m_out.columns.append(col);
    }

    void tableConstraints(qsizetype first, qsizetype last)
    {
        QString pending;
        qsizetype i = first;
        while (i <= last) {
            if (t.isKeyword(i, u"CONSTRAINT")) {
                pending = t.name(i + 1);
                i += 2;
            } else if (t.isKeyword(i, u"PRIMARY") && t.isPunct(i + 2, u'(')) {
                m_out.primaryKeyName = std::exchange(pending, {});
                m_out.primaryKey = names(i + 2, nullptr, &m_out.primaryKeyDescending);
                i = t.closing(i + 2) + 1;
            } else if (t.isKeyword(i, u"UNIQUE") && t.isPunct(i + 1, u'(')) {
                ParsedUnique unique;
                unique.name = std::exchange(pending, {});
                unique.columns = names(i + 1, &unique.collations);
                m_out.uniques.append(unique);
                i = t.closing(i + 1) + 1;
            } else if (t.isKeyword(i, u"CHECK")) {
                i = check(i + 1, std::exchange(pending, {}));
            } else if (t.isKeyword(i, u"FOREIGN") && t.isPunct(i + 2, u'(')) {
                ForeignKey fk;
                fk.name = std::exchange(pending, {});
                fk.columns = names(i + 2);
                i = t.closing(i + 2) + 1;
                if (t.isKeyword(i, u"REFERENCES"))
                    i = references(i + 1, last, fk);
                m_out.foreignKeys.append(fk);
            } else if (t.isPunct(i, u'(')) {
                i = t.closing(i) + 1;
            } else {
                ++i; // ON CONFLICT …
            }
        }
    }

private:
    /// The first name of each item in the parentheses at \a open: `(a COLLATE x DESC, "b")`;
    /// optionally each item's COLLATE (empty when none) and whether any says DESC.
    QStringList names(qsizetype open, QStringList *collations = nullptr,
                      bool *descending = nullptr) const
    {
        QStringList out;
        for (const auto &[first, last] : t.items(open)) {
            out.append(t.name(first));
            QString collation;
            for (qsizetype i = first + 1; i <= last; ++i) {
                if (t.isKeyword(i, u"COLLATE"))
                    collation = t.name(i + 1);
                else if (descending && t.isKeyword(i, u"DESC"))
                    *descending = true;
            }
            if (collations)
                collations->append(collation);
        }
        return out;
    }

    qsizetype check(qsizetype open, const QString &name)
    {
        if (!t.isPunct(open, u'('))
            return open;
        const qsizetype close = t.closing(open);
        m_out.checks.append({name, t.slice(open + 1, close - 1)});
        return close + 1;
    }

    qsizetype defaultValue(qsizetype i, qsizetype last, ParsedColumn &col) const
    {
        if (i > last)
            return i;
        qsizetype end = i;
        if (t.isPunct(i, u'('))
            end = t.closing(i);
        else if ((t.isPunct(i, u'-') || t.isPunct(i, u'+')) && i < last)
            end = i + 1; // a signed number
        col.defaultSql = t.slice(i, std::min(end, last));
        return end + 1;
    }

    qsizetype references(qsizetype i, qsizetype last, ForeignKey &fk) const
    {
        fk.referredTable = t.name(i);
        ++i;
        if (t.isPunct(i, u'(')) {
            fk.referredColumns = names(i);
            i = t.closing(i) + 1;
        }
        while (i <= last) {
            if (t.isKeyword(i, u"ON") && !t.isKeyword(i + 1, u"CONFLICT")) {
                // ON DELETE / ON UPDATE; SQLite accepts and ignores ON INSERT.
                const bool del = t.isKeyword(i + 1, u"DELETE");
                const bool update = t.isKeyword(i + 1, u"UPDATE");
                i += 2;
                const ReferentialAction a = action(t, i);
                if (del)
                    fk.onDelete = a;
                else if (update)
                    fk.onUpdate = a;
            } else if (t.isKeyword(i, u"MATCH")) {
                i += 2;
            } else if (t.isKeyword(i, u"NOT") && t.isKeyword(i + 1, u"DEFERRABLE")) {
                fk.deferrable = false;
                fk.initiallyDeferred = false;
                i += 2;
                if (t.isKeyword(i, u"INITIALLY"))
                    i += 2;
            } else if (t.isKeyword(i, u"DEFERRABLE")) {
                fk.deferrable = true;
                ++i;
                if (t.isKeyword(i, u"INITIALLY")) {
                    fk.initiallyDeferred = t.isKeyword(i + 1, u"DEFERRED");
                    i += 2;
                }
            } else {
                break;
            }
        }
        return i;
    }

    const TokenList &t;
    ParsedTable &m_out;
};

} // namespace

const ParsedColumn *ParsedTable::column(QStringView name) const
{
    for (const ParsedColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    for (const ParsedColumn &c : columns) {
        if (sameName(c.name, name))
            return &c;
    }
    return nullptr;
}

ParsedTable parseCreateTable(const QString &sql)
{
    ParsedTable out;
    const TokenList t(sql);
    if (!t.isKeyword(0, u"CREATE"))
        return out;
    qsizetype open = 1;
    for (; open < t.size() && !t.isPunct(open, u'('); ++open) {
        if (t.isKeyword(open, u"VIRTUAL") || t.isKeyword(open, u"AS"))
            return out;
    }
    if (open >= t.size())
        return out;
    const qsizetype close = t.closing(open);
    TableParser parser(t, out);
    for (const auto &[first, last] : t.items(open)) {
        if (parser.isTableConstraint(first))
            parser.tableConstraints(first, last);
        else
            parser.column(first, last);
    }
    for (qsizetype i = close + 1; i < t.size(); ++i) {
        if (t.isKeyword(i, u"WITHOUT") && t.isKeyword(i + 1, u"ROWID"))
            out.withoutRowid = true;
        else if (t.isKeyword(i, u"STRICT"))
            out.strict = true;
    }
    out.valid = true;
    return out;
}

QList<ParsedTable> parseCreateTables(const QStringList &sql)
{
    QList<ParsedTable> out;
    out.reserve(sql.size());
    for (const QString &text : sql)
        out.append(parseCreateTable(text));
    return out;
}

ParsedIndex parseCreateIndex(const QString &sql)
{
    ParsedIndex out;
    const TokenList t(sql);
    qsizetype on = 0;
    while (on < t.size() && !t.isKeyword(on, u"ON")) {
        if (t.isKeyword(on, u"UNIQUE"))
            out.unique = true;
        ++on;
    }
    qsizetype open = on + 1;
    while (open < t.size() && !t.isPunct(open, u'('))
        ++open;
    if (open >= t.size())
        return out;
    for (auto [first, last] : t.items(open)) {
        ParsedIndexPart part;
        if (t.isKeyword(last, u"ASC") || t.isKeyword(last, u"DESC"))
            --last;
        if (last - 1 > first && t.isKeyword(last - 1, u"COLLATE")) {
            part.collation = t.name(last);
            last -= 2;
        }
        part.text = t.slice(first, last);
        out.parts.append(part);
    }
    const qsizetype close = t.closing(open);
    if (t.isKeyword(close + 1, u"WHERE"))
        out.where = t.slice(close + 2, lastToken(t));
    out.valid = true;
    return out;
}

ParsedView parseCreateView(const QString &sql)
{
    ParsedView out;
    const TokenList t(sql);
    // Before AS, the only parentheses at the top level are the column list's.
    qsizetype open = -1;
    int depth = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.isPunct(i, u'(')) {
            if (depth == 0 && open < 0)
                open = i;
            ++depth;
        } else if (t.isPunct(i, u')')) {
            --depth;
        } else if (depth == 0 && t.isKeyword(i, u"AS")) {
            if (open >= 0) {
                for (const auto &[first, last] : t.items(open))
                    out.columns.append(t.name(first));
            }
            out.query = t.slice(i + 1, lastToken(t));
            break;
        }
    }
    return out;
}

QString parseViewQuery(const QString &sql)
{
    return parseCreateView(sql).query;
}

} // namespace Quarry::SqliteDdl
