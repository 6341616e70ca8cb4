// SPDX-License-Identifier: MIT
#include "editor/explainplan.h"

#include "connection/errors.h"
#include "sql/scriptsplitter.h"
#include "sql/splitstatements.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

// SQLite's plan lines start with what the step does; the rest says on what and how.
const QLatin1StringView SqliteVerbs[] = {
    "CORRELATED SCALAR SUBQUERY"_L1,
    "CORRELATED LIST SUBQUERY"_L1,
    "SCALAR SUBQUERY"_L1,
    "LIST SUBQUERY"_L1,
    "USE TEMP B-TREE"_L1,
    "BLOOM FILTER ON"_L1,
    "CO-ROUTINE"_L1,
    "MATERIALIZE"_L1,
    "SEARCH"_L1,
    "SCAN"_L1,
};

PlanNode sqliteNode(const QString &text)
{
    PlanNode node;
    for (const QLatin1StringView verb : SqliteVerbs) {
        if (text.startsWith(verb) && (text.size() == verb.size() || text.at(verb.size()) == u' ')) {
            node.label = verb;
            node.detail = text.mid(verb.size()).trimmed();
            return node;
        }
    }
    node.label = text;
    return node;
}

int columnIndex(const Result &result, QStringView name, int fallback)
{
    for (int i = 0; i < result.columnCount(); ++i) {
        if (result.columns().at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return fallback < result.columnCount() ? fallback : -1;
}

PlanNode buildSqlite(const QHash<qint64, QList<qint64>> &children,
                     const QHash<qint64, QString> &texts, qint64 id, int depth)
{
    PlanNode node = sqliteNode(texts.value(id));
    if (depth > 200) // the engine's ids never cycle; a corrupt result must not recurse forever
        return node;
    for (const qint64 child : children.value(id))
        node.children.append(buildSqlite(children, texts, child, depth + 1));
    return node;
}

QString joinedKeys(const QJsonValue &value)
{
    QStringList keys;
    for (const QJsonValue &key : value.toArray())
        keys.append(key.toString());
    return keys.join(u", "_s);
}

QString postgresLabel(const QJsonObject &plan)
{
    QString label = plan.value("Node Type"_L1).toString();
    if (label == u"ModifyTable" && plan.contains("Operation"_L1))
        return plan.value("Operation"_L1).toString();
    const QString joinType = plan.value("Join Type"_L1).toString();
    if (!joinType.isEmpty() && joinType != u"Inner") {
        // As PostgreSQL's text format names it: "Hash Left Join", "Nested Loop Anti Join".
        if (label.endsWith(u" Join"))
            label.insert(label.size() - 4, joinType + u' ');
        else
            label += u' ' + joinType + u" Join";
    }
    if (plan.value("Strategy"_L1).toString() == u"Hashed" && label == u"Aggregate")
        label = u"HashAggregate"_s;
    return label;
}

QString postgresDetail(const QJsonObject &plan)
{
    QStringList parts;
    const QString relation = plan.value("Relation Name"_L1).toString();
    if (!relation.isEmpty()) {
        const QString alias = plan.value("Alias"_L1).toString();
        parts.append(alias.isEmpty() || alias == relation
                         ? ExplainPlan::tr("on %1").arg(relation)
                         : ExplainPlan::tr("on %1 %2").arg(relation, alias));
    }
    const QString index = plan.value("Index Name"_L1).toString();
    if (!index.isEmpty())
        parts.append(ExplainPlan::tr("using %1").arg(index));
    for (const auto key :
         {"Subplan Name"_L1, "CTE Name"_L1, "Function Name"_L1, "Hash Cond"_L1, "Merge Cond"_L1,
          "Index Cond"_L1, "Recheck Cond"_L1, "Join Filter"_L1, "Filter"_L1}) {
        const QString value = plan.value(key).toString();
        if (!value.isEmpty())
            parts.append(key + u": "_s + value);
    }
    for (const auto key : {"Sort Key"_L1, "Group Key"_L1}) {
        if (plan.contains(key))
            parts.append(key + u": "_s + joinedKeys(plan.value(key)));
    }
    return parts.join(u"; "_s);
}

PlanNode postgresNode(const QJsonObject &plan, int depth)
{
    PlanNode node;
    node.label = postgresLabel(plan);
    node.detail = postgresDetail(plan);
    node.startupCost = plan.value("Startup Cost"_L1).toDouble(-1);
    node.totalCost = plan.value("Total Cost"_L1).toDouble(-1);
    node.planRows = plan.value("Plan Rows"_L1).toDouble(-1);
    node.actualMs = plan.value("Actual Total Time"_L1).toDouble(-1);
    node.actualRows = plan.value("Actual Rows"_L1).toDouble(-1);
    node.loops = plan.value("Actual Loops"_L1).toInt(-1);
    if (depth > 200)
        return node;
    for (const QJsonValue &child : plan.value("Plans"_L1).toArray())
        node.children.append(postgresNode(child.toObject(), depth + 1));
    return node;
}

// The driver hands json columns over parsed; other paths (Qt SQL) give the text.
QJsonValue jsonOf(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJsonValue>())
        return value.value<QJsonValue>();
    if (value.metaType() == QMetaType::fromType<QJsonArray>())
        return value.value<QJsonArray>();
    if (value.metaType() == QMetaType::fromType<QJsonObject>())
        return value.value<QJsonObject>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        throw DatabaseError(
            ExplainPlan::tr("The plan is not valid JSON: %1").arg(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

double PlanNode::exclusiveMs() const
{
    if (actualMs < 0 || loops < 0)
        return -1;
    double own = actualMs * loops;
    for (const PlanNode &child : children) {
        if (child.actualMs >= 0 && child.loops >= 0)
            own -= child.actualMs * child.loops;
    }
    return qMax(0.0, own);
}

double PlanNode::exclusiveCost() const
{
    if (totalCost < 0)
        return -1;
    double own = totalCost;
    for (const PlanNode &child : children) {
        if (child.totalCost >= 0)
            own -= child.totalCost;
    }
    return qMax(0.0, own);
}

QString ExplainPlan::explainSql(Dialect::Kind kind, const QString &statement, bool analyze)
{
    // The dialect's own rules (E'' strings, dollar quotes): the generic ones would see two
    // statements in E'it\'s; x'.
    QList<ScriptStatement> statements = ScriptSplitter(kind).split(statement);
    statements.removeIf(
        [](const ScriptStatement &piece) { return piece.kind != ScriptStatement::Kind::Sql; });
    if (statements.isEmpty())
        throw ConfigurationError(tr("There is no statement to explain."));
    // Only the first would be explained, and the others would run: refuse instead.
    if (statements.size() > 1)
        throw ConfigurationError(
            tr("EXPLAIN takes one statement; the text holds %1.").arg(statements.size()));
    const QString &sql = statements.first().text;
    if (leadingKeyword(sql) == u"EXPLAIN")
        throw ConfigurationError(tr("The statement is an EXPLAIN already: run it instead."));
    switch (kind) {
    case Dialect::Kind::Sqlite:
        return u"EXPLAIN QUERY PLAN "_s + sql;
    case Dialect::Kind::Postgres:
        return (analyze ? u"EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) "_s
                        : u"EXPLAIN (FORMAT JSON) "_s) +
               sql;
    case Dialect::Kind::Generic:
        break;
    }
    throw ConfigurationError(tr("Query plans are shown for SQLite and PostgreSQL only."));
}

PlanNode ExplainPlan::parseSqlite(const Result &result)
{
    const int idColumn = columnIndex(result, u"id", 0);
    const int parentColumn = columnIndex(result, u"parent", 1);
    const int detailColumn = columnIndex(result, u"detail", 3);
    if (idColumn < 0 || parentColumn < 0 || detailColumn < 0)
        throw DatabaseError(tr("The result is not an SQLite query plan (id, parent, detail)."));
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, QString> texts;
    for (qsizetype row = 0; row < result.rowCount(); ++row) {
        const qint64 id = result.value(row, idColumn).toLongLong();
        const qint64 parent = result.value(row, parentColumn).toLongLong();
        if (id == 0 || id == parent || texts.contains(id))
            throw DatabaseError(tr("The SQLite query plan has an invalid step id %1.").arg(id));
        children[parent].append(id);
        texts.insert(id, result.value(row, detailColumn).toString());
    }
    PlanNode root;
    root.label = tr("Query plan");
    for (const qint64 id : children.value(0))
        root.children.append(buildSqlite(children, texts, id, 1));
    return root;
}

PlanNode ExplainPlan::parsePostgres(const Result &result)
{
    if (result.rowCount() < 1 || result.columnCount() < 1)
        throw DatabaseError(tr("EXPLAIN returned no plan."));
    const QJsonValue json = jsonOf(result.value(0, 0));
    const QJsonArray array = json.toArray();
    const QJsonObject top = !json.isArray()   ? json.toObject()
                            : array.isEmpty() ? QJsonObject()
                                              : array.first().toObject();
    if (!top.value("Plan"_L1).isObject())
        throw DatabaseError(tr("The EXPLAIN output has no \"Plan\"."));
    PlanNode root;
    root.label = tr("Query plan");
    QStringList times;
    const double planning = top.value("Planning Time"_L1).toDouble(-1);
    const double execution = top.value("Execution Time"_L1).toDouble(-1);
    if (planning >= 0)
        times.append(tr("planning %1 ms").arg(planning, 0, 'f', 3));
    if (execution >= 0) {
        times.append(tr("execution %1 ms").arg(execution, 0, 'f', 3));
        root.actualMs = execution;
    }
    root.detail = times.join(u", "_s);
    root.children.append(postgresNode(top.value("Plan"_L1).toObject(), 1));
    return root;
}

} // namespace Quarry::Ui
