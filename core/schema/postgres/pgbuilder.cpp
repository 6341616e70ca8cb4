// SPDX-License-Identifier: MIT
#include "schema/postgres/pgbuilder.h"

#include "schema/dialect.h"
#include "schema/postgres/pgnames.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

// Result columns of each PgCatalog query, in SELECT order.
enum RelationField { RelSchema, RelOid, RelName, RelKind, RelViewSql, RelComment };
enum ColumnField {
    ColTable,
    ColNumber,
    ColName,
    ColType,
    ColNotNull,
    ColIdentity,
    ColGenerated,
    ColDefault,
    ColCollation,
    ColComment,
    ColSerial
};
enum ConstraintField {
    ConTable,
    ConName,
    ConType,
    ConColumns,
    ConRefOid,
    ConRefSchema,
    ConRefTable,
    ConRefColumns,
    ConRefNames,
    ConOnDelete,
    ConOnUpdate,
    ConDeferrable,
    ConDeferred,
    ConCheck
};
enum IndexField { IdxTable, IdxName, IdxUnique, IdxMethod, IdxWhere, IdxParts };
enum IndexPartField { PartColumn, PartExpression, PartDescending, PartCollation, PartOpclass };
enum SequenceField { SeqSchema, SeqName, SeqStart, SeqIncrement, SeqMin, SeqMax, SeqCycle };
enum TriggerField { TrgSchema, TrgName, TrgTable, TrgSql };

QString text(const Result &result, qsizetype row, int column)
{
    return result.value(row, column).toString();
}

QJsonArray jsonArray(const QVariant &value)
{
    return qvariant_cast<QJsonValue>(value).toArray();
}

QStringList names(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = jsonArray(value);
    list.reserve(array.size());
    for (const QJsonValue &name : array)
        list.append(name.toString());
    return list;
}

ReferentialAction action(const QString &code)
{
    switch (code.isEmpty() ? u'a' : code.front().unicode()) {
    case u'r':
        return ReferentialAction::Restrict;
    case u'c':
        return ReferentialAction::Cascade;
    case u'n':
        return ReferentialAction::SetNull;
    case u'd':
        return ReferentialAction::SetDefault;
    default:
        return ReferentialAction::NoAction;
    }
}

// A serial's default: nextval() of its sequence and nothing else. The sequences query applies
// the same test on the server (LIKE 'nextval(%::regclass)').
bool isNextval(const QString &expression)
{
    return expression.startsWith(u"nextval("_s) && expression.endsWith(u"::regclass)"_s);
}

// pg_get_viewdef() indents the query by one space and ends it with `;`.
QString viewSql(QString sql)
{
    sql = sql.trimmed();
    if (sql.endsWith(u';'))
        sql.chop(1);
    return sql;
}

QStringList columnNames(const Table &table)
{
    QStringList list;
    list.reserve(table.columns.size());
    for (const Column &column : table.columns)
        list.append(column.name);
    return list;
}

template<typename T, typename Key> void sortBy(QList<T> &list, Key key)
{
    std::stable_sort(list.begin(), list.end(),
                     [&key](const T &a, const T &b) { return key(a) < key(b); });
}

void sortByName(auto &list)
{
    sortBy(list, [](const auto &item) { return std::tie(item.name); });
}

// Puts columns in attnum order (the query leaves the order to the client).
void sortColumns(QList<Column> &columns, QList<int> &attnums)
{
    if (std::is_sorted(attnums.cbegin(), attnums.cend()))
        return;
    QList<qsizetype> order(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&attnums](qsizetype a, qsizetype b) { return attnums[a] < attnums[b]; });
    QList<Column> sortedColumns;
    QList<int> sortedNumbers;
    sortedColumns.reserve(columns.size());
    sortedNumbers.reserve(columns.size());
    for (const qsizetype i : order) {
        sortedColumns.append(std::move(columns[i]));
        sortedNumbers.append(attnums[i]);
    }
    columns = std::move(sortedColumns);
    attnums = std::move(sortedNumbers);
}

} // namespace

QStringList PgMetadataBuilder::TableEntry::names(QStringView keys) const
{
    QStringList list;
    if (keys.size() < 2)
        return list;
    for (const QStringView key : keys.mid(1, keys.size() - 2).split(u',')) {
        const auto it = std::lower_bound(attnums.cbegin(), attnums.cend(), key.toInt());
        if (it == attnums.cend() || *it != key.toInt())
            return {}; // not among the columns read (dropped or added meanwhile)
        list.append(table.columns[it - attnums.cbegin()].name);
    }
    return list;
}

PgMetadataBuilder::PgMetadataBuilder(bool filtered)
    : m_dialect(Dialect::forKind(Dialect::Kind::Postgres))
    , m_filtered(filtered)
{}

Schema &PgMetadataBuilder::schema(const QString &name)
{
    auto it = m_schemas.find(name);
    if (it == m_schemas.end()) {
        it = m_schemas.insert(name, Schema{});
        it->name = name;
    }
    return *it;
}

void PgMetadataBuilder::addRelations(const Result &result)
{
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        const QString schemaName = text(result, row, RelSchema);
        if (!m_filtered)
            schema(schemaName);
        if (result.value(row, RelOid).isNull())
            continue; // a schema without (matching) relations
        const QString kind = text(result, row, RelKind);
        if (kind == u"r" || kind == u"p") {
            Table &table = m_tables[result.value(row, RelOid).toLongLong()].table;
            table.schema = schemaName;
            table.name = text(result, row, RelName);
            table.comment = text(result, row, RelComment);
            schema(schemaName);
        } else {
            View view;
            view.schema = schemaName;
            view.name = text(result, row, RelName);
            view.sql = viewSql(text(result, row, RelViewSql));
            view.materialized = kind == u"m";
            view.comment = text(result, row, RelComment);
            schema(schemaName).views.append(std::move(view));
        }
    }
}

void PgMetadataBuilder::addColumns(const Result &result)
{
    TableEntry *entry = nullptr;
    qint64 tableOid = -1;
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        // Rows of one table mostly come together, so the lookup is rarely repeated.
        const qint64 oid = result.value(row, ColTable).toLongLong();
        if (oid != tableOid) {
            tableOid = oid;
            const auto it = m_tables.find(oid);
            entry = it == m_tables.end() ? nullptr : &*it;
        }
        if (!entry)
            continue;
        Column column;
        column.name = text(result, row, ColName);
        column.nativeType = text(result, row, ColType);
        // Few distinct type texts: map each once.
        auto type = m_types.constFind(column.nativeType);
        if (type == m_types.cend())
            type = m_types.insert(column.nativeType, m_dialect.portableType(column.nativeType));
        column.type = *type;
        column.nullable = !result.value(row, ColNotNull).toBool();
        const QString identity = text(result, row, ColIdentity);
        if (identity == u"a")
            column.identity = Identity::Always;
        else if (identity == u"d")
            column.identity = Identity::ByDefault;
        const QString expression = text(result, row, ColDefault);
        if (text(result, row, ColGenerated) == u"s")
            column.generatedSql = expression;
        else if (result.value(row, ColSerial).toBool() && isNextval(expression))
            column.autoincrement = true;
        else
            column.defaultSql = expression;
        column.collation = text(result, row, ColCollation);
        column.comment = text(result, row, ColComment);
        entry->table.columns.append(std::move(column));
        entry->attnums.append(result.value(row, ColNumber).toInt());
    }
    for (TableEntry &e : m_tables)
        sortColumns(e.table.columns, e.attnums);
}

void PgMetadataBuilder::addConstraints(const Result &result)
{
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        const auto it = m_tables.find(result.value(row, ConTable).toLongLong());
        if (it == m_tables.end())
            continue;
        Table &table = it->table;
        const QString name = text(result, row, ConName);
        const QString type = text(result, row, ConType);
        const QStringList columns = it->names(text(result, row, ConColumns));
        if (type == u"p") {
            table.primaryKey.name =
                PgNames::isGeneratedPrimaryKey(name, table.name) ? QString() : name;
            table.primaryKey.columns = columns;
        } else if (type == u"f") {
            ForeignKey key;
            key.name = PgNames::isGeneratedForeignKey(name, table.name, columns) ? QString() : name;
            key.columns = columns;
            const QString referredSchema = text(result, row, ConRefSchema);
            key.referredSchema = referredSchema == table.schema ? QString() : referredSchema;
            key.referredTable = text(result, row, ConRefTable);
            // Names from the server when the referred table is not reflected.
            const auto referred = m_tables.constFind(result.value(row, ConRefOid).toLongLong());
            key.referredColumns = referred == m_tables.cend()
                                      ? names(result.value(row, ConRefNames))
                                      : referred->names(text(result, row, ConRefColumns));
            key.onDelete = action(text(result, row, ConOnDelete));
            key.onUpdate = action(text(result, row, ConOnUpdate));
            key.deferrable = result.value(row, ConDeferrable).toBool();
            key.initiallyDeferred = result.value(row, ConDeferred).toBool();
            table.foreignKeys.append(std::move(key));
        } else if (type == u"u") {
            UniqueConstraint unique;
            unique.name = PgNames::isGeneratedUnique(name, table.name, columns) ? QString() : name;
            unique.columns = columns;
            table.uniques.append(std::move(unique));
        } else if (type == u"c") {
            CheckConstraint check;
            check.name =
                PgNames::isGeneratedCheck(name, table.name, columnNames(table)) ? QString() : name;
            check.sql = text(result, row, ConCheck);
            table.checks.append(std::move(check));
        }
    }
}

void PgMetadataBuilder::addIndexes(const Result &result)
{
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        const auto it = m_tables.find(result.value(row, IdxTable).toLongLong());
        if (it == m_tables.end())
            continue;
        Index index;
        index.name = text(result, row, IdxName);
        index.unique = result.value(row, IdxUnique).toBool();
        const QString method = text(result, row, IdxMethod);
        index.method = method == u"btree" ? QString() : method;
        index.where = text(result, row, IdxWhere);
        const QJsonArray parts = jsonArray(result.value(row, IdxParts));
        for (const QJsonValue &value : parts) {
            const QJsonArray fields = value.toArray();
            IndexPart part;
            part.column = fields.at(PartColumn).toString();
            if (part.column.isEmpty())
                part.expression = fields.at(PartExpression).toString();
            part.descending = fields.at(PartDescending).toBool();
            part.collation = fields.at(PartCollation).toString();
            part.opclass = fields.at(PartOpclass).toString();
            index.parts.append(std::move(part));
        }
        it->table.indexes.append(std::move(index));
    }
}

void PgMetadataBuilder::addSequences(const Result &result)
{
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        Sequence sequence;
        sequence.schema = text(result, row, SeqSchema);
        sequence.name = text(result, row, SeqName);
        sequence.start = result.value(row, SeqStart).toLongLong();
        sequence.increment = result.value(row, SeqIncrement).toLongLong();
        sequence.cycle = result.value(row, SeqCycle).toBool();
        // The bounds CREATE SEQUENCE picks when none are given (bigint, the default type).
        const bool ascending = sequence.increment > 0;
        const qint64 defaultMin = ascending ? 1 : std::numeric_limits<qint64>::min();
        const qint64 defaultMax = ascending ? std::numeric_limits<qint64>::max() : -1;
        const qint64 min = result.value(row, SeqMin).toLongLong();
        const qint64 max = result.value(row, SeqMax).toLongLong();
        if (min != defaultMin)
            sequence.minValue = min;
        if (max != defaultMax)
            sequence.maxValue = max;
        schema(sequence.schema).sequences.append(std::move(sequence));
    }
}

void PgMetadataBuilder::addTriggers(const Result &result)
{
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        Trigger trigger;
        trigger.schema = text(result, row, TrgSchema);
        trigger.name = text(result, row, TrgName);
        trigger.table = text(result, row, TrgTable);
        trigger.sql = text(result, row, TrgSql);
        schema(trigger.schema).triggers.append(std::move(trigger));
    }
}

Metadata PgMetadataBuilder::take()
{
    // Tables go into their schemas already in name order: sorting the keys is cheaper than
    // sorting the tables.
    QList<std::pair<const QString *, TableEntry *>> order;
    order.reserve(m_tables.size());
    for (TableEntry &entry : m_tables)
        order.append({&entry.table.name, &entry});
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return *a.first < *b.first; });
    for (const auto &[name, entry] : order) {
        sortCanonically(entry->table);
        schema(entry->table.schema).tables.append(std::move(entry->table));
    }
    m_tables.clear();
    Metadata metadata;
    metadata.dialect = m_dialect.name();
    metadata.schemas.reserve(m_schemas.size());
    for (Schema &s : m_schemas) { // QMap: already sorted by name
        sortByName(s.views);
        sortByName(s.sequences);
        // Trigger names are unique per table only.
        sortBy(s.triggers, [](const Trigger &t) { return std::tie(t.name, t.table); });
        metadata.schemas.append(std::move(s));
    }
    m_schemas.clear();
    return metadata;
}

} // namespace Quarry
