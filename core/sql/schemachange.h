// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Quarry {

/// What a statement changes in the schema, as far as the text tells: nothing (queries, DML,
/// functions, roles), some tables and views by name, or possibly anything (CASCADE, DROP
/// SCHEMA, an index dropped by name alone, statements not understood). For clients that keep
/// a copy of the schema (the app's tree, open grids) and read again only what changed.
struct SchemaChange {
    struct Name {
        /// Empty when the statement does not qualify the name.
        QString schema{};
        QString name{};
        friend bool operator==(const Name &, const Name &) = default;
    };

    bool everything = false;
    QList<Name> relations{};

    /// One table or view (\a schema empty: the default one), or with \a everything, possibly
    /// anything.
    static SchemaChange of(QString schema, QString name, bool everything = false);

    bool isEmpty() const { return !everything && relations.isEmpty(); }
    /// Both \a this and \a other (a script's statements one after another).
    void add(const SchemaChange &other);
    friend bool operator==(const SchemaChange &, const SchemaChange &) = default;
};

/// Reads what \a statement (one statement, no terminator needed) changes. Names are as the
/// engine resolves them: unquoted ones folded to lower case on PostgreSQL, quotes removed.
SchemaChange schemaChangeOf(QStringView statement, Dialect::Kind dialect);

} // namespace Quarry
