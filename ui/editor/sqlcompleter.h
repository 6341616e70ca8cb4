// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"
#include "schema/metadata.h"

#include <QStringList>

namespace Quarry::Ui {

/// What the SQL editor offers to complete at a position of a text: keywords, schemas, tables
/// and views, and columns — of the tables the statement names, or after `alias.`, `table.` and
/// `schema.table.` — from the reflected schema. Pure logic, no widgets.
class SqlCompleter {
public:
    /// The word being completed and what qualifies it (`a.b.pre|` gives {a, b} and `pre`).
    struct Context {
        /// UTF-16 offset where the typed prefix starts.
        qsizetype prefixStart = 0;
        QString prefix{};
        QStringList qualifiers{};
        /// The cursor is inside a string literal or a comment: nothing to offer.
        bool inLiteral = false;
    };

    /// A table the text names after FROM, JOIN, UPDATE or INTO, with its alias if any.
    struct TableReference {
        QString schema{};
        QString table{};
        QString alias{};
    };

    void setMetadata(const Metadata &metadata) { m_metadata = metadata; }
    const Metadata &metadata() const { return m_metadata; }
    void setDialect(Dialect::Kind kind) { m_dialect = kind; }
    Dialect::Kind dialect() const { return m_dialect; }

    Context context(QStringView text, qsizetype cursorUtf16Offset) const;
    /// The candidates at \a cursorUtf16Offset: the columns in scope, tables and views, schemas,
    /// keywords — each group matching the typed prefix case-insensitively, names quoted where
    /// the dialect needs it, keywords in the prefix's case. Empty inside strings and comments.
    QStringList completions(QStringView text, qsizetype cursorUtf16Offset) const;
    /// The table references of \a text (strings and comments skipped).
    static QList<TableReference> tableReferences(QStringView text);

private:
    const Table *findTable(QStringView schema, QStringView name) const;
    const Schema *findSchema(QStringView name) const;
    bool isDefaultSchema(const Schema &schema) const;
    /// \a name as it must be written: quoted when plain letters would not read back as it.
    QString spelled(const QString &name) const;

    Metadata m_metadata;
    Dialect::Kind m_dialect = Dialect::Kind::Generic;
};

} // namespace Quarry::Ui
