// SPDX-License-Identifier: MIT
// SchemaBuilder's keys, constraints and indexes: pragma rows matched with the parsed CREATE text.
#include "schema/sqlite/sqliteschemabuilder.h"

#include "schema/sqlite/sqliterows.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry::SqliteDdl {

namespace {

ReferentialAction actionFromPragma(const QString &text)
{
    if (text == u"CASCADE")
        return ReferentialAction::Cascade;
    if (text == u"RESTRICT")
        return ReferentialAction::Restrict;
    if (text == u"SET NULL")
        return ReferentialAction::SetNull;
    if (text == u"SET DEFAULT")
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

bool sameKey(const ForeignKey &declared, const ForeignKey &fk)
{
    return sameNames(declared.columns, fk.columns) &&
           sameName(declared.referredTable, fk.referredTable);
}

} // namespace

bool SchemaBuilder::sameUnique(const Entry &e, const ParsedUnique &a, const ParsedUnique &b)
{
    if (!sameNames(a.columns, b.columns))
        return false;
    for (qsizetype k = 0; k < a.columns.size(); ++k) {
        if (!sameName(collation(e, a, k), collation(e, b, k)))
            return false;
    }
    return true;
}

QString SchemaBuilder::collation(const Entry &e, const ParsedUnique &unique, qsizetype k)
{
    QString name = k < unique.collations.size() ? unique.collations[k] : QString();
    if (name.isEmpty()) {
        const ParsedColumn *column = e.parsed.column(unique.columns[k]);
        name = column ? column->collation : QString();
    }
    return name.isEmpty() ? u"BINARY"_s : name;
}

void SchemaBuilder::resolveUniques()
{
    // SQLite backs the primary key (unless it is the rowid) and each distinct UNIQUE with an
    // autoindex; a UNIQUE equal to the key or to an earlier one gets none. When the parse
    // predicts as many autoindexes as sqlite_schema lists, its constraints are the table's;
    // otherwise the autoindexes' pragma rows decide (addIndexes()).
    for (Entry &e : m_tables) {
        if (!e.parsed.valid)
            continue;
        const QStringList &key = e.table.primaryKey.columns;
        const Column *first = key.size() == 1 ? e.table.column(key[0]) : nullptr;
        const bool rowidKey = !e.table.withoutRowid && first &&
                              first->nativeType.compare(u"INTEGER", Qt::CaseInsensitive) == 0 &&
                              !e.parsed.primaryKeyDescending;
        const bool keyIndexed = !key.isEmpty() && !rowidKey;
        ParsedUnique keyAsUnique;
        keyAsUnique.columns = key;
        QList<ParsedUnique> kept;
        for (const ParsedUnique &u : std::as_const(e.parsed.uniques)) {
            const bool duplicate =
                (keyIndexed && sameUnique(e, u, keyAsUnique)) ||
                std::any_of(kept.cbegin(), kept.cend(),
                            [&](const ParsedUnique &k) { return sameUnique(e, u, k); });
            if (!duplicate)
                kept.append(u);
        }
        if (kept.size() + (keyIndexed ? 1 : 0) != m_autoindexes.value(e.table.name))
            continue;
        e.uniquesParsed = true;
        for (const ParsedUnique &u : std::as_const(kept)) {
            if (!sameNames(u.columns, key)) // a UNIQUE on the rowid key adds nothing
                e.table.uniques.append({u.name, u.columns});
        }
    }
}

void SchemaBuilder::addForeignKey(Entry &entry, int id, ForeignKey fk, qsizetype pragmaCount,
                                  QList<bool> &used) const
{
    // pragma_foreign_key_list numbers keys in reverse declaration order; check the guess and
    // fall back to the first unused declared key with the same columns and target.
    const QList<ForeignKey> &declared = entry.parsed.foreignKeys;
    qsizetype match = -1;
    const qsizetype guess = declared.size() == pragmaCount ? pragmaCount - 1 - id : -1;
    if (guess >= 0 && guess < declared.size() && !used[guess] && sameKey(declared[guess], fk)) {
        match = guess;
    } else {
        for (qsizetype j = 0; j < declared.size() && match < 0; ++j) {
            if (!used[j] && sameKey(declared[j], fk))
                match = j;
        }
    }
    if (match >= 0) {
        used[match] = true;
        fk.name = declared[match].name;
        fk.deferrable = declared[match].deferrable;
        fk.initiallyDeferred = declared[match].initiallyDeferred;
    }
    entry.table.foreignKeys.append(fk);
}

void SchemaBuilder::addForeignKeys(const Result &rows)
{
    // Rows arrive grouped by table, then by key id, then by column position.
    qsizetype r = 0;
    while (r < rows.rowCount()) {
        const qsizetype key = rows.value(r, 0).toLongLong(); // index into m_referring
        QList<std::pair<int, ForeignKey>> keys;
        QList<bool> omitted; // the clause named no referred columns
        for (; r < rows.rowCount() && rows.value(r, 0).toLongLong() == key; ++r) {
            const int id = number(rows, r, 1);
            if (keys.isEmpty() || keys.last().first != id) {
                ForeignKey fk;
                fk.referredTable = text(rows, r, 2);
                fk.onUpdate = actionFromPragma(text(rows, r, 5));
                fk.onDelete = actionFromPragma(text(rows, r, 6));
                keys.append({id, fk});
                omitted.append(rows.value(r, 4).isNull());
            }
            ForeignKey &fk = keys.last().second;
            fk.columns.append(text(rows, r, 3));
            if (!omitted.last())
                fk.referredColumns.append(text(rows, r, 4));
        }
        if (key < 0 || key >= m_referring.size())
            continue;
        const qsizetype index = m_referring[key];
        Entry &e = m_tables[index];
        QList<bool> used(e.parsed.foreignKeys.size(), false);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            addForeignKey(e, keys[k].first, keys[k].second, keys.size(), used);
            if (omitted[k])
                m_pending.append({index, e.table.foreignKeys.size() - 1});
        }
    }
    resolveReferences();
}

const QStringList *SchemaBuilder::primaryKeyOf(const QString &table) const
{
    if (const auto it = m_byName.constFind(table); it != m_byName.cend())
        return &m_tables[*it].table.primaryKey.columns;
    if (const auto it = m_referredKeys.constFind(table.toCaseFolded()); it != m_referredKeys.cend())
        return &*it;
    for (const Entry &e : m_tables) { // written in another case than it was created
        if (sameName(e.table.name, table))
            return &e.table.primaryKey.columns;
    }
    return nullptr;
}

void SchemaBuilder::resolveReferences()
{
    QList<PendingReference> still;
    for (const PendingReference &p : std::as_const(m_pending)) {
        ForeignKey &fk = m_tables[p.entry].table.foreignKeys[p.key];
        if (const QStringList *key = primaryKeyOf(fk.referredTable))
            fk.referredColumns = *key;
        else
            still.append(p);
    }
    m_pending = still;
}

QString SchemaBuilder::unresolvedTablesJson() const
{
    QStringList names;
    for (const PendingReference &p : m_pending) {
        const QString &table = m_tables[p.entry].table.foreignKeys[p.key].referredTable;
        if (!names.contains(table))
            names.append(table);
    }
    return jsonArray(names);
}

void SchemaBuilder::addReferredKeys(const Result &rows)
{
    QHash<QString, QList<std::pair<int, QString>>> keys;
    for (qsizetype r = 0; r < rows.rowCount(); ++r)
        keys[text(rows, r, 0).toCaseFolded()].append({number(rows, r, 2), text(rows, r, 1)});
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        std::sort(it->begin(), it->end());
        QStringList &columns = m_referredKeys[it.key()];
        for (const auto &[position, column] : std::as_const(*it))
            columns.append(column);
    }
    resolveReferences();
}

void SchemaBuilder::addIndex(const QString &name, const QList<IndexPart> &parts,
                             const QList<int> &cids)
{
    const IndexInfo info = m_indexes.value(name);
    Entry *e = entry(info.table);
    if (!e)
        return;
    if (info.sql.isEmpty()) {
        // An autoindex: the primary key's (WITHOUT ROWID, or a non-INTEGER key) or a UNIQUE
        // constraint's. SQLite drops a UNIQUE that repeats the primary key, so the key
        // columns tell them apart.
        UniqueConstraint constraint;
        for (const IndexPart &part : parts)
            constraint.columns.append(part.column);
        if (sameNames(constraint.columns, e->table.primaryKey.columns))
            return;
        // The autoindex name is the engine's; only `CONSTRAINT x UNIQUE` names it.
        for (const ParsedUnique &declared : std::as_const(e->parsed.uniques)) {
            if (sameNames(declared.columns, constraint.columns)) {
                constraint.name = declared.name;
                break;
            }
        }
        e->table.uniques.append(constraint);
        return;
    }
    const ParsedIndex parsed = parseCreateIndex(info.sql);
    Index index;
    index.name = name;
    index.unique = parsed.unique;
    index.parts = parts;
    for (qsizetype k = 0; k < index.parts.size() && k < parsed.parts.size(); ++k) {
        IndexPart &part = index.parts[k];
        if (cids[k] < 0)
            part.expression = parsed.parts[k].text;
        // The explicit COLLATE as written (the pragma reports the column's own collation too).
        part.collation = parsed.parts[k].collation;
    }
    index.where = parsed.where;
    e->table.indexes.append(index);
}

void SchemaBuilder::addIndexes(const Result &rows)
{
    // Rows arrive grouped by index, in key order.
    qsizetype r = 0;
    while (r < rows.rowCount()) {
        const qsizetype key = rows.value(r, 0).toLongLong(); // index into m_indexOrder
        QList<IndexPart> parts;
        QList<int> cids;
        for (; r < rows.rowCount() && rows.value(r, 0).toLongLong() == key; ++r) {
            IndexPart part;
            const int cid = number(rows, r, 1);
            if (cid >= 0)
                part.column = text(rows, r, 2);
            part.descending = number(rows, r, 3) != 0;
            const QString collation = text(rows, r, 4);
            if (!collation.isEmpty() && !sameName(collation, u"BINARY"))
                part.collation = collation;
            parts.append(part);
            cids.append(cid);
        }
        if (key >= 0 && key < m_indexOrder.size())
            addIndex(m_indexOrder[key], parts, cids);
    }
}

} // namespace Quarry::SqliteDdl
