// SPDX-License-Identifier: MIT
#include "editor/explainview.h"
#include "alertcolors.h"

#include "connection/errors.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int MaxDetailWidth = 520;

// EXPLAIN ANALYZE executes the statement for real. Inside a transaction that is always rolled
// back (a savepoint when the caller's session has a transaction open), an INSERT, UPDATE or
// DELETE changes nothing. (Sequences still advance, and functions with effects outside the
// database keep them: PostgreSQL cannot undo those.) On an error the Transaction/Savepoint
// destructor rolls back.
QCoro::Task<Result> runRolledBack(Session session, QString sql)
{
    if (session.inTransaction()) {
        Savepoint savepoint = co_await session.savepoint();
        Result result = co_await session.all(sql);
        co_await savepoint.rollback();
        co_return result;
    }
    Transaction transaction = co_await session.begin();
    Result result = co_await transaction.all(sql);
    co_await transaction.rollback();
    co_return result;
}

QCoro::Task<PlanNode> explainOn(Session session, QString statement, bool analyze)
{
    const Dialect::Kind kind = Dialect::forUrl(session.url()).kind();
    const QString sql = ExplainPlan::explainSql(kind, statement, analyze);
    Result result;
    if (analyze && kind == Dialect::Kind::Postgres)
        result = co_await runRolledBack(session, sql);
    else
        result = co_await session.all(sql);
    if (kind == Dialect::Kind::Sqlite)
        co_return ExplainPlan::parseSqlite(result);
    co_return ExplainPlan::parsePostgres(result);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

bool anyCosts(const PlanNode &node)
{
    if (node.totalCost >= 0 || node.planRows >= 0)
        return true;
    return std::any_of(node.children.cbegin(), node.children.cend(), anyCosts);
}

} // namespace

ExplainView::ExplainView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Node"), tr("Detail"), tr("Cost"), tr("Rows"), tr("Actual Time"), tr("Actual Rows")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = CostColumn; column < ColumnCount; ++column)
        m_tree->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    setPlan(PlanNode(), false);
    setStatus(tr("Explain a statement to see its plan."), false);
}

QString ExplainView::statusText() const
{
    return m_status->text();
}

void ExplainView::setStatus(const QString &text, bool failed)
{
    m_failed = failed;
    AlertColors::mark(m_status, failed);
    m_status->setText(text);
}

QCoro::Task<bool> ExplainView::explain(Session session, QString statement, bool analyze)
{
    QPointer<ExplainView> self(this);
    const quint64 request = ++m_request;
    setStatus(analyze ? tr("Running the statement to measure its plan (its changes are rolled "
                           "back)…")
                      : tr("Explaining…"),
              false);
    const bool analyzed = analyze && session.backend() == DatabaseUrl::Backend::Postgres;
    PlanNode plan;
    QString failure;
    try {
        plan = co_await explainOn(session, statement, analyze);
    } catch (const Cancelled &) {
        failure = tr("Stopped.");
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    // A newer explain owns the view.
    if (!self || request != m_request)
        co_return false;
    if (!failure.isEmpty()) {
        showError(failure);
        co_return false;
    }
    setPlan(plan, analyzed);
    co_return true;
}

void ExplainView::showError(const QString &message)
{
    setPlan(PlanNode(), false);
    setStatus(tr("No plan: %1").arg(message), true);
}

void ExplainView::setPlan(const PlanNode &root, bool analyzed)
{
    m_plan = root;
    m_hottest = nullptr;
    m_tree->clear();
    const bool costs = anyCosts(root);
    m_tree->setColumnHidden(CostColumn, !costs);
    m_tree->setColumnHidden(RowsColumn, !costs);
    m_tree->setColumnHidden(ActualTimeColumn, !analyzed);
    m_tree->setColumnHidden(ActualRowsColumn, !analyzed);
    if (root.label.isEmpty() && root.children.isEmpty())
        return;

    // Highlight the step that costs most by itself: measured time when there is one.
    double best = 0;
    double sum = 0;
    QTreeWidgetItem *top = addNode(root, nullptr, analyzed);
    QList<QTreeWidgetItem *> pending{top};
    while (!pending.isEmpty()) {
        QTreeWidgetItem *item = pending.takeLast();
        for (int i = 0; i < item->childCount(); ++i)
            pending.append(item->child(i));
        if (item == top)
            continue;
        const double value = item->data(NodeColumn, Qt::UserRole).toDouble();
        sum += qMax(0.0, value);
        if (value > best) {
            best = value;
            m_hottest = item;
        }
    }
    m_tree->expandAll();
    for (int column = 0; column < ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    // Long conditions are capped (the tooltip has them whole); spare width goes to the detail.
    int others = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != DetailColumn && !m_tree->isColumnHidden(column))
            others += m_tree->columnWidth(column);
    }
    const int spare = m_tree->viewport()->width() - others;
    m_tree->setColumnWidth(DetailColumn,
                           qMax(qMin(m_tree->columnWidth(DetailColumn), MaxDetailWidth), spare));

    if (!m_hottest || top->childCount() == 0 ||
        (top->childCount() == 1 && !top->child(0)->childCount())) {
        m_hottest = nullptr;
        setStatus(QString(), false);
        return;
    }
    const QColor background = AlertColors::invalidBase(m_tree->palette());
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QString share = tr("%1% of the %2")
                              .arg(number(100.0 * best / qMax(sum, 1e-9), 0),
                                   analyzed ? tr("time") : tr("estimated cost"));
    for (int column = 0; column < ColumnCount; ++column) {
        m_hottest->setBackground(column, background);
        m_hottest->setToolTip(column, tr("The most expensive step: %1").arg(share));
    }
    m_hottest->setFont(NodeColumn, bold);
    m_tree->scrollToItem(m_hottest);
    const QString what = m_hottest->text(DetailColumn).isEmpty()
                             ? m_hottest->text(NodeColumn)
                             : m_hottest->text(NodeColumn) + u' ' +
                                   m_hottest->text(DetailColumn).section(u';', 0, 0);
    setStatus(tr("Most expensive step: %1 (%2).").arg(what, share), false);
}

QTreeWidgetItem *ExplainView::addNode(const PlanNode &node, QTreeWidgetItem *parent, bool analyzed)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(NodeColumn, node.label);
    item->setText(DetailColumn, node.detail);
    item->setToolTip(DetailColumn, node.detail);
    if (node.totalCost >= 0)
        item->setText(CostColumn,
                      number(node.startupCost, 2) + u".."_s + number(node.totalCost, 2));
    if (node.planRows >= 0)
        item->setText(RowsColumn, number(node.planRows, 0));
    if (analyzed && node.loops == 0) {
        item->setText(ActualTimeColumn, tr("never executed"));
    } else if (analyzed && node.actualMs >= 0) {
        const int loops = qMax(1, node.loops);
        item->setText(ActualTimeColumn, tr("%1 ms").arg(number(node.actualMs * loops, 3)));
        if (node.actualRows >= 0)
            item->setText(ActualRowsColumn,
                          loops > 1 ? tr("%1 × %2 loops").arg(number(node.actualRows, 0)).arg(loops)
                                    : number(node.actualRows, 0));
    }
    for (int column = CostColumn; column < ColumnCount; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(NodeColumn, Qt::UserRole, analyzed ? node.exclusiveMs() : node.exclusiveCost());
    for (const PlanNode &child : node.children)
        addNode(child, item, analyzed);
    return item;
}

} // namespace Quarry::Ui
