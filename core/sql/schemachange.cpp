// SPDX-License-Identifier: MIT
#include "sql/schemachange.h"

#include "sql/sqltokens.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

class Reader {
public:
    Reader(QList<SqlToken> tokens, Dialect::Kind dialect)
        : m_tokens(std::move(tokens))
        , m_dialect(dialect)
    {}

    // The keyword at the cursor, upper case; empty for anything else.
    QString keyword(qsizetype at) const
    {
        return at < m_tokens.size() && m_tokens[at].word ? m_tokens[at].text.toUpper() : QString();
    }
    bool is(const char16_t *word) const { return keyword(m_at) == QStringView(word); }
    bool accept(const char16_t *word)
    {
        if (!is(word))
            return false;
        ++m_at;
        return true;
    }
    void skipAll(std::initializer_list<const char16_t *> words)
    {
        for (bool skipped = true; skipped;) {
            skipped = false;
            for (const char16_t *word : words)
                skipped = skipped || accept(word);
        }
    }
    bool atPunctuation(QChar c) const
    {
        return m_at < m_tokens.size() && !m_tokens[m_at].isName() && m_tokens[m_at].text == c;
    }

    // `name` or `schema.name`; nullopt when there is no name here.
    std::optional<SchemaChange::Name> name()
    {
        if (m_at >= m_tokens.size() || !m_tokens[m_at].isName())
            return std::nullopt;
        SchemaChange::Name out{{}, identifier(m_tokens[m_at++])};
        if (atPunctuation(u'.') && m_at + 1 < m_tokens.size() && m_tokens[m_at + 1].isName()) {
            out.schema = out.name;
            ++m_at;
            out.name = identifier(m_tokens[m_at++]);
        }
        return out;
    }

    // Moves to the token after the first ON outside parentheses; false when there is none.
    bool skipPastOn()
    {
        int depth = 0;
        for (; m_at < m_tokens.size(); ++m_at) {
            if (atPunctuation(u'('))
                ++depth;
            else if (atPunctuation(u')'))
                --depth;
            else if (depth == 0 && is(u"ON")) {
                ++m_at;
                return true;
            }
        }
        return false;
    }

    // Whether the keywords \a words follow each other somewhere after the cursor.
    qsizetype find(std::initializer_list<const char16_t *> words) const
    {
        for (qsizetype at = m_at; at + qsizetype(words.size()) <= m_tokens.size(); ++at) {
            qsizetype k = 0;
            for (const char16_t *word : words) {
                if (keyword(at + k) != QStringView(word))
                    break;
                ++k;
            }
            if (k == qsizetype(words.size()))
                return at + k;
        }
        return -1;
    }

    qsizetype at() const { return m_at; }
    void moveTo(qsizetype at) { m_at = at; }

private:
    QString identifier(const SqlToken &token) const
    {
        return token.word && m_dialect == Dialect::Kind::Postgres ? token.text.toLower()
                                                                  : token.text;
    }

    QList<SqlToken> m_tokens;
    Dialect::Kind m_dialect;
    qsizetype m_at = 0;
};

// Object kinds the schema copy does not show: creating or dropping them changes nothing there.
bool unseenKind(const QString &kind)
{
    static const QStringList kinds{
        u"FUNCTION"_s,   u"PROCEDURE"_s,  u"ROLE"_s,       u"USER"_s,        u"GROUP"_s,
        u"DATABASE"_s,   u"TABLESPACE"_s, u"AGGREGATE"_s,  u"OPERATOR"_s,    u"LANGUAGE"_s,
        u"CAST"_s,       u"COLLATION"_s,  u"CONVERSION"_s, u"PUBLICATION"_s, u"SUBSCRIPTION"_s,
        u"STATISTICS"_s, u"TEXT"_s,       u"SERVER"_s,     u"POLICY"_s,      u"ROUTINE"_s,
        u"EVENT"_s,      u"TRANSFORM"_s,  u"ACCESS"_s,     u"DEFAULT"_s,     u"FOREIGN"_s};
    return kinds.contains(kind);
}

SchemaChange relations(QList<SchemaChange::Name> names)
{
    SchemaChange change;
    change.relations = std::move(names);
    return change;
}

SchemaChange everything()
{
    return SchemaChange{true, {}};
}

SchemaChange create(Reader &r)
{
    r.skipAll({u"OR", u"REPLACE", u"TEMP", u"TEMPORARY", u"UNLOGGED", u"GLOBAL", u"LOCAL",
               u"MATERIALIZED", u"RECURSIVE", u"VIRTUAL", u"UNIQUE", u"CONSTRAINT"});
    const QString kind = r.keyword(r.at());
    if (kind == u"TABLE"_s || kind == u"VIEW"_s) {
        r.moveTo(r.at() + 1);
        r.skipAll({u"IF", u"NOT", u"EXISTS"});
        if (const auto name = r.name())
            return relations({*name});
        return everything();
    }
    if (kind == u"INDEX"_s || kind == u"TRIGGER"_s) {
        if (r.skipPastOn()) {
            r.accept(u"ONLY");
            if (const auto name = r.name())
                return relations({*name});
        }
        return everything();
    }
    if (unseenKind(kind))
        return {};
    return everything();
}

SchemaChange alter(Reader &r)
{
    r.accept(u"MATERIALIZED");
    const QString kind = r.keyword(r.at());
    if (kind != u"TABLE"_s && kind != u"VIEW"_s)
        return unseenKind(kind) ? SchemaChange() : everything();
    r.moveTo(r.at() + 1);
    r.skipAll({u"IF", u"EXISTS", u"ONLY"});
    const auto name = r.name();
    if (!name)
        return everything();
    QList<SchemaChange::Name> names{*name};
    // A table renamed: the new name is a relation too (in the same schema).
    if (const qsizetype after = r.find({u"RENAME", u"TO"}); after >= 0) {
        r.moveTo(after);
        if (auto renamed = r.name()) {
            if (renamed->schema.isEmpty())
                renamed->schema = name->schema;
            names.append(*renamed);
        }
    }
    return relations(names);
}

SchemaChange drop(Reader &r)
{
    r.accept(u"MATERIALIZED");
    const QString kind = r.keyword(r.at());
    if (unseenKind(kind))
        return {};
    if (r.find({u"CASCADE"}) >= 0)
        return everything();
    r.moveTo(r.at() + 1);
    if (kind == u"TABLE"_s || kind == u"VIEW"_s) {
        r.skipAll({u"IF", u"EXISTS"});
        QList<SchemaChange::Name> names;
        while (const auto name = r.name()) {
            names.append(*name);
            if (!r.atPunctuation(u','))
                break;
            r.moveTo(r.at() + 1);
        }
        return names.isEmpty() ? everything() : relations(names);
    }
    // PostgreSQL's DROP TRIGGER t ON table names its table; a dropped index does not.
    if (kind == u"TRIGGER"_s && r.skipPastOn()) {
        if (const auto name = r.name())
            return relations({*name});
    }
    return everything();
}

SchemaChange comment(Reader &r)
{
    if (!r.accept(u"ON"))
        return {};
    const QString kind = r.keyword(r.at());
    r.accept(u"MATERIALIZED");
    if (kind == u"TABLE"_s || kind == u"VIEW"_s || r.is(u"VIEW")) {
        r.moveTo(r.at() + 1);
        if (const auto name = r.name())
            return relations({*name});
        return everything();
    }
    if (kind == u"COLUMN"_s) {
        // table.column or schema.table.column
        r.moveTo(r.at() + 1);
        QStringList parts;
        while (const auto part = r.name()) {
            if (!part->schema.isEmpty())
                parts.append(part->schema);
            parts.append(part->name);
            if (!r.atPunctuation(u'.'))
                break;
            r.moveTo(r.at() + 1);
        }
        if (parts.size() == 2)
            return relations({{QString(), parts[0]}});
        if (parts.size() == 3)
            return relations({{parts[0], parts[1]}});
        return everything();
    }
    return unseenKind(kind) ? SchemaChange() : everything();
}

} // namespace

SchemaChange SchemaChange::of(QString schema, QString name, bool everything)
{
    SchemaChange change;
    change.everything = everything;
    change.relations.append({std::move(schema), std::move(name)});
    return change;
}

void SchemaChange::add(const SchemaChange &other)
{
    everything = everything || other.everything;
    for (const Name &name : other.relations) {
        if (!relations.contains(name))
            relations.append(name);
    }
}

SchemaChange schemaChangeOf(QStringView statement, Dialect::Kind dialect)
{
    Reader r(sqlTokens(statement, dialect), dialect);
    const QString verb = r.keyword(0);
    r.moveTo(1);
    if (verb == u"CREATE"_s)
        return create(r);
    if (verb == u"ALTER"_s)
        return alter(r);
    if (verb == u"DROP"_s)
        return drop(r);
    if (verb == u"COMMENT"_s)
        return comment(r);
    if (verb == u"ATTACH"_s || verb == u"DETACH"_s)
        return everything();
    return {};
}

} // namespace Quarry
