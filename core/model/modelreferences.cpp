// SPDX-License-Identifier: MIT
// The checks that need the whole model (foreign keys to other tables).
#include "model/modelparser.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry::ModelDetail {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ModelFile)
};

QSet<QString> columnSet(const QStringList &columns)
{
    return QSet<QString>(columns.cbegin(), columns.cend());
}

// PostgreSQL refuses a foreign key whose referred columns are not a key (SQLite only fails
// at the first write), so a model is told at once.
bool isKey(const Table &table, const QStringList &columns)
{
    const QSet<QString> wanted = columnSet(columns);
    if (columnSet(table.primaryKey.columns) == wanted)
        return true;
    for (const UniqueConstraint &unique : table.uniques)
        if (columnSet(unique.columns) == wanted)
            return true;
    for (const Index &index : table.indexes) {
        if (!index.unique || !index.where.isEmpty())
            continue;
        QStringList indexColumns;
        for (const IndexPart &part : index.parts)
            indexColumns.append(part.column.isEmpty() ? QString() : part.column);
        if (!indexColumns.contains(QString()) && columnSet(indexColumns) == wanted)
            return true;
    }
    return false;
}

QStringList resolve(const ModelContext &context, const Metadata &metadata, const Table &table,
                    const ForeignKey &fk, const ForeignKeySource &source)
{
    const QString schemaName = fk.referredSchema.isEmpty() ? table.schema : fk.referredSchema;
    const Schema *schema = metadata.schema(schemaName);
    const Table *target = schema ? schema->table(fk.referredTable) : nullptr;
    const QString shownName = fk.referredSchema.isEmpty()
                                  ? fk.referredTable
                                  : fk.referredSchema + u'.' + fk.referredTable;
    if (!target) {
        if (!source.external)
            context.fail(source.tablePath, Tr::tr("table \"%1\" does not exist").arg(shownName));
        if (fk.referredColumns.isEmpty())
            context.fail(source.tablePath,
                         Tr::tr("a reference to an \"external\" table must name its columns"));
        return fk.referredColumns;
    }
    QStringList referred = fk.referredColumns;
    if (referred.isEmpty()) {
        if (target->primaryKey.isEmpty())
            context.fail(source.tablePath,
                         Tr::tr("table \"%1\" has no primary key: name the referred columns")
                             .arg(shownName));
        referred = target->primaryKey.columns;
    }
    for (qsizetype i = 0; i < referred.size(); ++i) {
        if (!target->hasColumn(referred.at(i)))
            context.fail(source.referredColumns.columnPath(i),
                         Tr::tr("column \"%1\" does not exist in table \"%2\"")
                             .arg(referred.at(i), shownName));
    }
    if (referred.size() != fk.columns.size())
        context.fail(source.path, Tr::tr("column counts differ: %1 here, %2 in table \"%3\"")
                                      .arg(fk.columns.size())
                                      .arg(referred.size())
                                      .arg(shownName));
    // A model saved from SQLite may hold such keys (SQLite accepts them); keep it loadable.
    if (metadata.dialect != u"sqlite"_s && !isKey(*target, referred))
        context.fail(source.path,
                     Tr::tr("the referred columns (%1) are neither the primary key nor unique in "
                            "table \"%2\"")
                         .arg(referred.join(u", "_s), shownName));
    return referred;
}

} // namespace

void resolveForeignKeys(const ModelContext &context, Metadata &metadata,
                        const QList<QList<TableSource>> &sources)
{
    for (qsizetype s = 0; s < metadata.schemas.size(); ++s) {
        for (qsizetype t = 0; t < metadata.schemas.at(s).tables.size(); ++t) {
            for (qsizetype f = 0; f < metadata.schemas.at(s).tables.at(t).foreignKeys.size(); ++f) {
                // look up through a const view; assign once the lookups are done
                const Table &table = std::as_const(metadata).schemas.at(s).tables.at(t);
                QStringList referred = resolve(context, metadata, table, table.foreignKeys.at(f),
                                               sources.at(s).at(t).foreignKeys.at(f));
                metadata.schemas[s].tables[t].foreignKeys[f].referredColumns = std::move(referred);
            }
        }
    }
}

} // namespace Quarry::ModelDetail
