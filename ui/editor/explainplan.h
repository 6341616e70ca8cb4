// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "schema/dialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Quarry::Ui {

/// One step of a query plan. Numbers the engine does not give are -1.
struct PlanNode {
    /// What the step does: "Hash Join", "Seq Scan", "SEARCH", "SCAN" …
    QString label{};
    /// On what and how: the relation, index, join type, conditions.
    QString detail{};
    double startupCost = -1;
    double totalCost = -1;
    double planRows = -1;
    /// Time of one loop, inclusive of the children, in milliseconds (ANALYZE).
    double actualMs = -1;
    /// Rows of one loop (ANALYZE).
    double actualRows = -1;
    int loops = -1;
    QList<PlanNode> children{};

    /// Time spent in this step itself over all its loops (ANALYZE), or -1.
    double exclusiveMs() const;
    /// Cost of this step itself (its total cost less its children's), or -1.
    double exclusiveCost() const;
};

/// The EXPLAIN statement for each engine and the parsing of what it returns into a PlanNode
/// tree. Pure: no widgets, no I/O.
class ExplainPlan {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Ui::ExplainPlan)

public:
    /// SQLite: `EXPLAIN QUERY PLAN <statement>` (\a analyze has no SQLite counterpart);
    /// PostgreSQL: `EXPLAIN (FORMAT JSON[, ANALYZE, BUFFERS]) <statement>`. Throws
    /// ConfigurationError for an empty statement, several statements, or another engine.
    static QString explainSql(Dialect::Kind kind, const QString &statement, bool analyze);
    /// Rows (id, parent, notused, detail) of EXPLAIN QUERY PLAN as a tree under a root node.
    /// Throws DatabaseError when the result does not have that shape.
    static PlanNode parseSqlite(const Result &result);
    /// The JSON document of EXPLAIN (FORMAT JSON) as a tree under a root node that carries the
    /// planning and execution times. Throws DatabaseError when it is not such a document.
    static PlanNode parsePostgres(const Result &result);
};

} // namespace Quarry::Ui
