// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "schema/metadata.h"

#include <QHash>
#include <QMap>

namespace Quarry {

class Dialect;

/// Turns the results of the PgCatalog queries into Metadata: feed them in the order declared
/// (relations first: the other results refer to tables by OID), then take(). Rows about
/// objects the earlier results did not list (created in between) are ignored.
class PgMetadataBuilder {
public:
    /// \a filtered: a relation filter was given, so schemas without a matching object are left
    /// out rather than listed empty.
    explicit PgMetadataBuilder(bool filtered);

    void addRelations(const Result &result);
    void addColumns(const Result &result);
    void addConstraints(const Result &result);
    void addIndexes(const Result &result);
    void addSequences(const Result &result);
    void addTriggers(const Result &result);
    /// The metadata in canonical order (see Metadata, Table).
    Metadata take();

private:
    /// A table being read, with the attnum of each column (keys refer to columns by attnum).
    struct TableEntry {
        Table table;
        QList<int> attnums;
        /// Column names of \a keys, an int2[] in text form (`{1,3}`); empty if one is unknown.
        QStringList names(QStringView keys) const;
    };

    Schema &schema(const QString &name);

    const Dialect &m_dialect;
    bool m_filtered;
    QMap<QString, Schema> m_schemas;
    QHash<qint64, TableEntry> m_tables;
    QHash<QString, Type> m_types;
};

} // namespace Quarry
