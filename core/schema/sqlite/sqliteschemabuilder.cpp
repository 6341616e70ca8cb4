// SPDX-License-Identifier: MIT
#include "schema/sqlite/sqliteschemabuilder.h"

#include "schema/dialect.h"
#include "schema/sqlite/sqliterows.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry::SqliteDdl {

namespace {

bool isInternal(const QString &name)
{
    return name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive);
}

/// Whether \a sql contains the word REFERENCES in any case; QString's case-insensitive
/// search folds Unicode and costs more than this whole pass.
bool mentionsReferences(const QString &sql)
{
    static constexpr char16_t word[] = u"REFERENCES";
    constexpr qsizetype length = std::size(word) - 1;
    const QChar *text = sql.constData();
    for (qsizetype i = 0; i + length <= sql.size(); ++i) {
        qsizetype k = 0;
        while (k < length && (text[i + k].unicode() & ~0x20) == word[k])
            ++k;
        if (k == length)
            return true;
    }
    return false;
}

} // namespace

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameName(a[i], b[i]))
            return false;
    }
    return true;
}

// Written by hand: QJsonDocument costs more than the query it feeds.
QString jsonArray(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    QString out;
    out.reserve(names.size() * 16);
    out += u'[';
    for (const QString &name : names) {
        if (out.size() > 1)
            out += u',';
        out += u'"';
        for (const QChar c : name) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += u"\\u00"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            } else {
                out += c;
            }
        }
        out += u'"';
    }
    out += u']';
    return out;
}

SchemaBuilder::SchemaBuilder(QString schema, QStringList tableFilter)
    : m_schema(std::move(schema))
    , m_filter(std::move(tableFilter))
{}

bool SchemaBuilder::wanted(const QString &name) const
{
    return m_filter.isEmpty() || m_filter.contains(name);
}

SchemaBuilder::Entry *SchemaBuilder::entry(const QString &name)
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_tables[*it];
}

void SchemaBuilder::addObjects(const Result &rows)
{
    // pragma_table_list rows come only for what is not a plain rowid table: 'virtual' and
    // 'shadow' (FTS and friends) are skipped, WITHOUT ROWID and STRICT noted.
    struct ListEntry {
        QString type;
        bool withoutRowid = false;
        bool strict = false;
    };
    QHash<QString, ListEntry> listed;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        if (text(rows, r, 0) == u"pragma")
            listed.insert(text(rows, r, 1),
                          {text(rows, r, 2), number(rows, r, 4) != 0, number(rows, r, 5) != 0});
    }
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        const QString type = text(rows, r, 0);
        const QString name = text(rows, r, 1);
        if (type == u"index") {
            // Autoindexes (sql NULL) count too: they back UNIQUE constraints.
            const IndexInfo info{text(rows, r, 2), text(rows, r, 3)};
            if (info.sql.isEmpty())
                ++m_autoindexes[info.table];
            m_indexes.insert(name, info);
            continue;
        }
        if (isInternal(name))
            continue;
        if (type == u"table") {
            const ListEntry flags = listed.value(name, {u"table"_s});
            if (!wanted(name) || flags.type != u"table")
                continue;
            Entry e;
            e.table.schema = m_schema;
            e.table.name = name;
            e.table.withoutRowid = flags.withoutRowid;
            e.table.strict = flags.strict;
            e.sql = text(rows, r, 3);
            m_byName.insert(name, m_tables.size());
            m_tables.append(std::move(e));
        } else if (type == u"view") {
            if (wanted(name)) {
                ParsedView parsed = parseCreateView(text(rows, r, 3));
                View view;
                view.schema = m_schema;
                view.name = name;
                view.sql = std::move(parsed.query);
                view.columns = std::move(parsed.columns);
                m_views.append(std::move(view));
            }
        } else if (type == u"trigger") {
            const QString table = text(rows, r, 2);
            if (wanted(table))
                m_triggers.append({m_schema, name, table, text(rows, r, 3)});
        }
    }
}

QString SchemaBuilder::tablesJson() const
{
    QStringList names;
    names.reserve(m_tables.size());
    for (const Entry &e : m_tables)
        names.append(e.table.name);
    return jsonArray(names);
}

QString SchemaBuilder::referringTablesJson()
{
    // A table whose text never says REFERENCES has no foreign key: skip its pragma call. (Asked
    // before the parse is done; a comment or string with the word only costs a call.)
    QStringList names;
    m_referring.clear();
    for (qsizetype i = 0; i < m_tables.size(); ++i) {
        if (mentionsReferences(m_tables[i].sql)) {
            names.append(m_tables[i].table.name);
            m_referring.append(i);
        }
    }
    return jsonArray(names);
}

QStringList SchemaBuilder::tableSql() const
{
    QStringList out;
    out.reserve(m_tables.size());
    for (const Entry &e : m_tables)
        out.append(e.sql);
    return out;
}

void SchemaBuilder::setParsed(QList<ParsedTable> parsed)
{
    for (qsizetype i = 0; i < m_tables.size() && i < parsed.size(); ++i) {
        Entry &e = m_tables[i];
        e.parsed = std::move(parsed[i]);
        e.table.checks = e.parsed.checks;
    }
}

QString SchemaBuilder::indexesJson()
{
    m_indexOrder.clear();
    for (auto it = m_indexes.cbegin(); it != m_indexes.cend(); ++it) {
        const auto table = m_byName.constFind(it->table);
        if (table == m_byName.cend())
            continue;
        if (it->sql.isEmpty() && m_tables[*table].uniquesParsed)
            continue; // its UNIQUE constraints are known already
        m_indexOrder.append(it.key());
    }
    std::sort(m_indexOrder.begin(), m_indexOrder.end());
    return jsonArray(m_indexOrder);
}

void SchemaBuilder::addColumns(const Result &rows)
{
    const Dialect &dialect = Dialect::forKind(Dialect::Kind::Sqlite);
    QHash<QString, Type> types; // a schema spells few distinct types
    Entry *e = nullptr;
    qsizetype current = -1;
    QList<std::pair<int, QString>> keyColumns;
    auto flushKey = [&] {
        if (!e)
            return;
        std::sort(keyColumns.begin(), keyColumns.end());
        for (const auto &[position, column] : keyColumns)
            e->table.primaryKey.columns.append(column);
        if (!keyColumns.isEmpty())
            e->table.primaryKey.name = e->parsed.primaryKeyName;
        keyColumns.clear();
    };
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        const qsizetype key = rows.value(r, 0).toLongLong(); // index into tablesJson()
        if (key != current) {
            flushKey();
            current = key;
            e = key >= 0 && key < m_tables.size() ? &m_tables[key] : nullptr;
        }
        if (!e)
            continue;
        Column c;
        c.name = text(rows, r, 1);
        c.nativeType = text(rows, r, 2);
        auto type = types.constFind(c.nativeType);
        if (type == types.cend())
            type = types.insert(c.nativeType, dialect.portableType(c.nativeType));
        c.type = *type;
        c.nullable = number(rows, r, 3) == 0;
        const int hidden = number(rows, r, 6);
        if (const ParsedColumn *parsed = e->parsed.column(c.name)) {
            c.defaultSql = parsed->defaultSql;
            c.collation = parsed->collation;
            c.autoincrement = parsed->autoincrement;
            if (hidden == 2 || hidden == 3)
                c.generatedSql = parsed->generatedSql;
        }
        // The pragma strips a parenthesised default's parentheses: prefer the text as written.
        if (c.defaultSql.isEmpty())
            c.defaultSql = text(rows, r, 4);
        if (hidden == 2)
            c.generatedStored = false;
        if (const int pk = number(rows, r, 5); pk > 0)
            keyColumns.append({pk, c.name});
        e->table.columns.append(c);
    }
    flushKey();
}

Schema SchemaBuilder::finish()
{
    Schema schema;
    schema.name = m_schema;
    schema.tables.reserve(m_tables.size());
    for (Entry &e : m_tables) {
        sortCanonically(e.table);
        schema.tables.append(std::move(e.table));
    }
    m_tables.clear();
    m_byName.clear();
    std::sort(schema.tables.begin(), schema.tables.end(),
              [](const Table &a, const Table &b) { return a.name < b.name; });
    schema.views = std::move(m_views);
    std::sort(schema.views.begin(), schema.views.end(),
              [](const View &a, const View &b) { return a.name < b.name; });
    schema.triggers = std::move(m_triggers);
    std::sort(schema.triggers.begin(), schema.triggers.end(),
              [](const Trigger &a, const Trigger &b) { return a.name < b.name; });
    return schema;
}

} // namespace Quarry::SqliteDdl