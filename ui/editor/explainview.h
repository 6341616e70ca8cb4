// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "editor/explainplan.h"

#include <QCoroTask>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Quarry::Ui {

/// A statement's query plan as a tree: each step with its costs and estimated rows, and with
/// PostgreSQL's ANALYZE the measured time and rows. The most expensive step (by its own time
/// when measured, else by its own cost) is highlighted.
class ExplainView : public QWidget {
    Q_OBJECT

public:
    explicit ExplainView(QWidget *parent = nullptr);

    enum Column {
        NodeColumn,
        DetailColumn,
        CostColumn,
        RowsColumn,
        ActualTimeColumn,
        ActualRowsColumn,
        ColumnCount
    };

    /// Explains \a statement on \a session (EXPLAIN QUERY PLAN on SQLite, EXPLAIN (FORMAT JSON)
    /// on PostgreSQL, with ANALYZE when \a analyze) and shows the plan, or the error. Resolves
    /// to whether a plan is shown. ANALYZE executes the statement, so it runs in a transaction
    /// (a savepoint when the session has one open) that is always rolled back. To stop it,
    /// cancel \a session.
    QCoro::Task<bool> explain(Session session, QString statement, bool analyze);
    /// Shows \a root; \a analyzed adds the measured columns.
    void setPlan(const PlanNode &root, bool analyzed);
    void showError(const QString &message);

    QTreeWidget *tree() const { return m_tree; }
    const PlanNode &plan() const { return m_plan; }
    /// The highlighted step; nullptr when there is none.
    QTreeWidgetItem *hottestItem() const { return m_hottest; }
    /// The line under the tree: the most expensive step, progress, or the error.
    QString statusText() const;
    bool hasError() const { return m_failed; }

private:
    QTreeWidgetItem *addNode(const PlanNode &node, QTreeWidgetItem *parent, bool analyzed);
    void setStatus(const QString &text, bool failed);

    QTreeWidget *m_tree;
    QLabel *m_status;
    PlanNode m_plan;
    QTreeWidgetItem *m_hottest = nullptr;
    quint64 m_request = 0;
    bool m_failed = false;
};

} // namespace Quarry::Ui
