// SPDX-License-Identifier: MIT
#include "editor/sqlcompleter.h"
#include "editor/sqlkeywords.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

struct Token {
    enum Kind { Word, Quoted, Punct, Other };
    Kind kind = Other;
    QString text{};
};

struct Scan {
    QList<Token> tokens{};
    /// The text ends inside a string, a quoted identifier or a comment.
    bool endsInLiteral = false;
};

/// Where the closing \a quote of a quoted run starting at \a from (after the opening one) is;
/// a doubled quote is part of the text. -1 when unterminated.
qsizetype closingQuote(QStringView text, qsizetype from, QChar quote)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] != quote)
            continue;
        if (i + 1 < text.size() && text[i + 1] == quote) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

/// A PostgreSQL dollar-quote opener (`$$`, `$tag$`) at \a i: its length, or 0.
qsizetype dollarTag(QStringView text, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < text.size() && isWordStart(text[j]))
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'_'))
            ++j;
    return j < text.size() && text[j] == u'$' ? j - i + 1 : 0;
}

// Just enough of SQL's lexical rules to find names outside strings and comments.
Scan scan(QStringView text)
{
    Scan out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto unterminated = [&] {
        out.endsInLiteral = true;
        i = n;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && text[i + 1] == u'-') {
            const qsizetype end = text.indexOf(u'\n', i);
            if (end < 0)
                unterminated();
            else
                i = end + 1;
        } else if (c == u'/' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(u"*/", i + 2);
            if (end < 0)
                unterminated();
            else
                i = end + 2;
        } else if (c == u'\'') {
            const qsizetype end = closingQuote(text, i + 1, c);
            if (end < 0)
                unterminated();
            else
                i = end + 1;
        } else if (c == u'"' || c == u'`') {
            const qsizetype end = closingQuote(text, i + 1, c);
            if (end < 0) {
                unterminated();
            } else {
                const QString quote(c);
                out.tokens.append(
                    {Token::Quoted,
                     text.mid(i + 1, end - i - 1).toString().replace(quote + quote, quote)});
                i = end + 1;
            }
        } else if (c == u'$' && (i == 0 || !isWordChar(text[i - 1])) && dollarTag(text, i) > 0) {
            const qsizetype length = dollarTag(text, i);
            const qsizetype end = text.indexOf(text.mid(i, length), i + length);
            if (end < 0)
                unterminated();
            else
                i = end + length;
        } else if (isWordStart(c)) {
            const qsizetype begin = i;
            while (i < n && isWordChar(text[i]))
                ++i;
            out.tokens.append(Token{Token::Word, text.mid(begin, i - begin).toString()});
        } else if (c.isDigit() || c == u'$' || c == u':') {
            // Numbers, parameters ($1, :name) and casts (::) name nothing.
            ++i;
            while (i < n && (isWordChar(text[i]) || text[i] == u'.' || text[i] == u':'))
                ++i;
            out.tokens.append(Token{Token::Other, {}});
        } else {
            out.tokens.append(Token{Token::Punct, QString(c)});
            ++i;
        }
    }
    return out;
}

bool is(const Token &token, QStringView word)
{
    return token.kind == Token::Word && token.text.compare(word, Qt::CaseInsensitive) == 0;
}

bool isName(const Token &token)
{
    return token.kind == Token::Quoted ||
           (token.kind == Token::Word && !SqlKeywords::isReserved(token.text));
}

/// The start of the identifier (plain or double-quoted) that ends at \a end; sets \a name.
qsizetype nameBefore(QStringView text, qsizetype end, QString *name)
{
    if (end > 0 && text[end - 1] == u'"') {
        const qsizetype open = text.lastIndexOf(u'"', end - 2);
        if (open < 0)
            return -1;
        *name = text.mid(open + 1, end - open - 2).toString().replace(u"\"\""_s, u"\""_s);
        return open;
    }
    qsizetype begin = end;
    while (begin > 0 && isWordChar(text[begin - 1]))
        --begin;
    *name = text.mid(begin, end - begin).toString();
    return name->isEmpty() ? -1 : begin;
}

bool startsWith(const QString &candidate, const QString &prefix)
{
    return candidate.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

SqlCompleter::Context SqlCompleter::context(QStringView text, qsizetype cursorUtf16Offset) const
{
    Context context;
    const qsizetype cursor = std::clamp<qsizetype>(cursorUtf16Offset, 0, text.size());
    context.inLiteral = scan(text.first(cursor)).endsInLiteral;
    qsizetype begin = cursor;
    while (begin > 0 && isWordChar(text[begin - 1]))
        --begin;
    context.prefixStart = begin;
    context.prefix = text.mid(begin, cursor - begin).toString();
    // `schema.table.` at most: a third qualifier would be a database name.
    while (begin > 0 && text[begin - 1] == u'.' && context.qualifiers.size() < 2) {
        QString name;
        begin = nameBefore(text, begin - 1, &name);
        if (begin < 0)
            break;
        context.qualifiers.prepend(name);
    }
    return context;
}

QList<SqlCompleter::TableReference> SqlCompleter::tableReferences(QStringView text)
{
    const QList<Token> tokens = scan(text).tokens;
    QList<TableReference> out;
    const auto at = [&](qsizetype i) { return i < tokens.size() ? tokens[i] : Token(); };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool from = is(tokens[i], u"FROM") || is(tokens[i], u"JOIN");
        if (!from && !is(tokens[i], u"UPDATE") && !is(tokens[i], u"INTO"))
            continue;
        qsizetype j = i + 1;
        while (true) {
            if (is(at(j), u"ONLY"))
                ++j;
            if (!isName(at(j)))
                break;
            QStringList parts{at(j).text};
            while (at(j + 1).kind == Token::Punct && at(j + 1).text == u"." && isName(at(j + 2))) {
                parts.append(at(j + 2).text);
                j += 2;
            }
            ++j;
            TableReference reference;
            reference.table = parts.takeLast();
            if (!parts.isEmpty())
                reference.schema = parts.takeLast();
            if (is(at(j), u"AS"))
                ++j;
            if (isName(at(j)) && !is(at(j), u"SET")) {
                reference.alias = at(j).text;
                ++j;
            }
            out.append(reference);
            if (!from || at(j).kind != Token::Punct || at(j).text != u",")
                break;
            ++j;
        }
        i = j - 1;
    }
    return out;
}

QStringList SqlCompleter::completions(QStringView text, qsizetype cursorUtf16Offset) const
{
    const Context context = this->context(text, cursorUtf16Offset);
    if (context.inLiteral)
        return {};
    QStringList out;
    QSet<QString> seen;
    const auto offer = [&](const QString &name, const QString &spelling) {
        if (startsWith(name, context.prefix) && !seen.contains(spelling)) {
            seen.insert(spelling);
            out.append(spelling);
        }
    };
    const auto offerColumns = [&](const Table *table) {
        if (table)
            for (const Column &column : table->columns)
                offer(column.name, spelled(column.name));
    };
    const auto offerRelations = [&](const Schema &schema) {
        for (const Table &table : schema.tables)
            offer(table.name, spelled(table.name));
        for (const View &view : schema.views)
            offer(view.name, spelled(view.name));
    };
    const QList<TableReference> references = tableReferences(text);

    if (context.qualifiers.size() == 2) {
        offerColumns(findTable(context.qualifiers[0], context.qualifiers[1]));
        return out;
    }
    if (context.qualifiers.size() == 1) {
        const QString &qualifier = context.qualifiers.first();
        for (const TableReference &reference : references) {
            if (reference.alias.compare(qualifier, Qt::CaseInsensitive) == 0) {
                offerColumns(findTable(reference.schema, reference.table));
                return out;
            }
        }
        // A table named in the statement by its name: its schema is the one written there.
        QString schemaName;
        for (const TableReference &reference : references)
            if (reference.table.compare(qualifier, Qt::CaseInsensitive) == 0)
                schemaName = reference.schema;
        if (const Table *table = findTable(schemaName, qualifier)) {
            offerColumns(table);
        } else if (const Schema *schema = findSchema(qualifier)) {
            offerRelations(*schema);
        }
        return out;
    }

    for (const TableReference &reference : references)
        offerColumns(findTable(reference.schema, reference.table));
    for (const Schema &schema : m_metadata.schemas)
        if (isDefaultSchema(schema))
            offerRelations(schema);
    for (const Schema &schema : m_metadata.schemas)
        if (!schema.name.isEmpty())
            offer(schema.name, spelled(schema.name));
    const bool lower = !context.prefix.isEmpty() && context.prefix == context.prefix.toLower();
    QStringList words =
        SqlKeywords::keywords(m_dialect) + SqlKeywords::typesAndFunctions(m_dialect);
    std::sort(words.begin(), words.end());
    for (const QString &word : std::as_const(words))
        offer(word, lower ? word.toLower() : word);
    return out;
}

bool SqlCompleter::isDefaultSchema(const Schema &schema) const
{
    const QString defaultName = Dialect::forKind(m_dialect).defaultSchema();
    return schema.name.isEmpty() || schema.name.compare(defaultName, Qt::CaseInsensitive) == 0;
}

const Schema *SqlCompleter::findSchema(QStringView name) const
{
    for (const Schema &schema : m_metadata.schemas)
        if (schema.name == name)
            return &schema;
    const QString defaultName = Dialect::forKind(m_dialect).defaultSchema();
    for (const Schema &schema : m_metadata.schemas) {
        if (schema.name.compare(name, Qt::CaseInsensitive) == 0)
            return &schema;
        if (schema.name.isEmpty() && !defaultName.isEmpty() &&
            defaultName.compare(name, Qt::CaseInsensitive) == 0)
            return &schema;
    }
    return nullptr;
}

const Table *SqlCompleter::findTable(QStringView schemaName, QStringView name) const
{
    QList<const Schema *> schemas;
    if (!schemaName.isEmpty()) {
        if (const Schema *schema = findSchema(schemaName))
            schemas.append(schema);
    } else {
        // The default schema first, as the engine's search path would.
        for (const Schema &schema : m_metadata.schemas)
            if (isDefaultSchema(schema))
                schemas.prepend(&schema);
            else
                schemas.append(&schema);
    }
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
        for (const Schema *schema : std::as_const(schemas))
            for (const Table &table : schema->tables)
                if (table.name.compare(name, cs) == 0)
                    return &table;
    return nullptr;
}

QString SqlCompleter::spelled(const QString &name) const
{
    // PostgreSQL folds unquoted names to lower case; SQLite compares them case-insensitively.
    const bool folds = m_dialect == Dialect::Kind::Postgres;
    bool plain = !name.isEmpty() && (name[0].isLetter() || name[0] == u'_') &&
                 !SqlKeywords::isReserved(name);
    for (const QChar c : name) {
        const bool ascii = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_');
        if (!ascii || (folds && c.isUpper()))
            plain = false;
    }
    return plain ? name : Dialect::forKind(m_dialect).quote(name);
}

} // namespace Quarry::Ui
