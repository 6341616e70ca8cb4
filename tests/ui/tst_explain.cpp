// SPDX-License-Identifier: MIT
// Query plans: EXPLAIN QUERY PLAN on SQLite and EXPLAIN (FORMAT JSON[, ANALYZE]) on PostgreSQL
// parsed into a tree, shown with costs, and ANALYZE never leaving changes behind.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"
#include "editor/explainplan.h"
#include "editor/explainview.h"

#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::ExplainPlan;
using Quarry::Ui::ExplainView;
using Quarry::Ui::PlanNode;

namespace {

constexpr QStringView PointQuery =
    u"SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id "
    "= c.id WHERE c.id = 42";
constexpr QStringView JoinQuery = u"SELECT c.name, sum(o.total) FROM customers c JOIN orders o ON "
                                  "o.customer_id = c.id GROUP BY c.name ORDER BY 2 DESC";

// 1,000 customers with 20 orders each, analyzed: big enough that the planners' choices (an
// index for one customer, a hash join for all) do not depend on chance.
void createShop(Session session, Engine engine)
{
    await(session.execute(u"CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);"
                          "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT "
                          "NULL, total integer NOT NULL);"
                          "CREATE INDEX idx_orders_customer ON orders (customer_id)"_s));
    if (engine == Postgres) {
        await(session.execute(
            u"INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 1000) g;"
            "INSERT INTO orders SELECT g, g % 1000 + 1, g % 97 FROM generate_series(1, 20000) g;"
            "ANALYZE customers; ANALYZE orders"_s));
    } else {
        await(session.execute(
            u"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 1000) "
            "INSERT INTO customers SELECT n, 'customer ' || n FROM g;"
            "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 20000) "
            "INSERT INTO orders SELECT n, n % 1000 + 1, n % 97 FROM g;"
            "ANALYZE"_s));
    }
}

void flatten(const PlanNode &node, QList<PlanNode> *out)
{
    out->append(node);
    for (const PlanNode &child : node.children)
        flatten(child, out);
}

QList<PlanNode> nodes(const PlanNode &root)
{
    QList<PlanNode> all;
    flatten(root, &all);
    return all;
}

bool hasNode(const PlanNode &root, QStringView label, QStringView detailPart = {})
{
    const QList<PlanNode> all = nodes(root);
    return std::any_of(all.cbegin(), all.cend(), [&](const PlanNode &n) {
        return n.label == label && n.detail.contains(detailPart);
    });
}

QString describe(const PlanNode &root)
{
    QStringList lines;
    for (const PlanNode &n : nodes(root))
        lines.append(n.label + u" | "_s + n.detail);
    return lines.join(u'\n');
}

qlonglong orderTotal(Database &db)
{
    return await(db.session().scalar(u"SELECT sum(total) FROM orders"_s)).toLongLong();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

Result jsonResult(const QString &json)
{
    Result result(ResultColumns{ResultColumn{u"QUERY PLAN"_s, u"json"_s}});
    result.values().append(json);
    return result;
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesTheExplainStatement()
    {
        QCOMPARE(ExplainPlan::explainSql(Dialect::Kind::Sqlite, u"  SELECT 1;  "_s, true),
                 u"EXPLAIN QUERY PLAN SELECT 1"_s);
        QCOMPARE(ExplainPlan::explainSql(Dialect::Kind::Postgres, u"SELECT 1"_s, false),
                 u"EXPLAIN (FORMAT JSON) SELECT 1"_s);
        QCOMPARE(ExplainPlan::explainSql(Dialect::Kind::Postgres, u"SELECT 1"_s, true),
                 u"EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) SELECT 1"_s);
        // PostgreSQL's E'' strings may hold an escaped quote and a semicolon: one statement
        QCOMPARE(ExplainPlan::explainSql(Dialect::Kind::Postgres, u"SELECT E'it\\'s; x'"_s, false),
                 u"EXPLAIN (FORMAT JSON) SELECT E'it\\'s; x'"_s);
        QVERIFY_THROWS_EXCEPTION(ConfigurationError,
                                 ExplainPlan::explainSql(Dialect::Kind::Sqlite, u" -- x"_s, false));
        QVERIFY_THROWS_EXCEPTION(
            ConfigurationError,
            ExplainPlan::explainSql(Dialect::Kind::Sqlite, u"SELECT 1; DELETE FROM t"_s, false));
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, ExplainPlan::explainSql(Dialect::Kind::Generic,
                                                                             u"SELECT 1"_s, false));
    }

    void parsesPostgresJson()
    {
        const PlanNode root = ExplainPlan::parsePostgres(jsonResult(uR"json([{"Plan": {
            "Node Type": "Hash Join", "Join Type": "Left", "Startup Cost": 1.5,
            "Total Cost": 10.25, "Plan Rows": 100, "Actual Total Time": 4.0, "Actual Rows": 90,
            "Actual Loops": 1, "Hash Cond": "(o.customer_id = c.id)",
            "Plans": [
              {"Node Type": "Seq Scan", "Relation Name": "orders", "Alias": "o",
               "Startup Cost": 0, "Total Cost": 5, "Plan Rows": 100, "Actual Total Time": 1.0,
               "Actual Rows": 100, "Actual Loops": 1},
              {"Node Type": "Index Scan", "Relation Name": "customers", "Alias": "customers",
               "Index Name": "customers_pkey", "Startup Cost": 0, "Total Cost": 2,
               "Plan Rows": 1, "Actual Total Time": 0.5, "Actual Rows": 1, "Actual Loops": 2}]},
            "Planning Time": 0.125, "Execution Time": 4.5
    }])json"_s));
        QCOMPARE(root.actualMs, 4.5);
        QVERIFY(root.detail.contains(u"0.125"_s));
        QCOMPARE(root.children.size(), 1);
        const PlanNode &join = root.children.first();
        QCOMPARE(join.label, u"Hash Left Join"_s);
        QCOMPARE(join.detail, u"Hash Cond: (o.customer_id = c.id)"_s);
        QCOMPARE(join.totalCost, 10.25);
        QCOMPARE(join.children.size(), 2);
        QCOMPARE(join.children.at(0).detail, u"on orders o"_s);
        QCOMPARE(join.children.at(1).detail, u"on customers; using customers_pkey"_s);
        QCOMPARE(join.children.at(1).loops, 2);
        QCOMPARE(join.exclusiveMs(), 2.0);    // 4 - 1 - 0.5 × 2
        QCOMPARE(join.exclusiveCost(), 3.25); // 10.25 - 5 - 2
        QCOMPARE(join.children.at(0).actualRows, 100.0);

        QVERIFY_THROWS_EXCEPTION(DatabaseError, ExplainPlan::parsePostgres(jsonResult(u"[{"_s)));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ExplainPlan::parsePostgres(jsonResult(u"[]"_s)));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, ExplainPlan::parsePostgres(Result()));
    }

    void explainsAJoinWithAnIndex_data() { addEngineRows(Sqlite | Postgres); }
    void explainsAJoinWithAnIndex()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        createShop(db.session(), e);
        ExplainView view;
        view.resize(1000, 320);
        Session session = db.session();

        QVERIFY2(await(view.explain(session, PointQuery.toString(), false)),
                 qPrintable(view.statusText()));
        PlanNode plan = view.plan();
        if (e == Sqlite) {
            QVERIFY2(hasNode(plan, u"SEARCH", u"USING INDEX idx_orders_customer"),
                     qPrintable(describe(plan)));
            QVERIFY2(hasNode(plan, u"SEARCH", u"USING INTEGER PRIMARY KEY"),
                     qPrintable(describe(plan)));
        } else {
            const bool viaIndex = hasNode(plan, u"Index Scan", u"using idx_orders_customer") ||
                                  hasNode(plan, u"Bitmap Index Scan", u"using idx_orders_customer");
            QVERIFY2(viaIndex, qPrintable(describe(plan)));
            QVERIFY2(hasNode(plan, u"Index Scan", u"using customers_pkey"),
                     qPrintable(describe(plan)));
        }

        QVERIFY2(await(view.explain(session, JoinQuery.toString(), false)),
                 qPrintable(view.statusText()));
        plan = view.plan();
        if (e == Sqlite) {
            QVERIFY2(hasNode(plan, u"SCAN"), qPrintable(describe(plan)));
            QVERIFY2(hasNode(plan, u"SEARCH"), qPrintable(describe(plan)));
            QVERIFY(view.tree()->isColumnHidden(ExplainView::CostColumn));
        } else {
            QVERIFY2(hasNode(plan, u"Hash Join"), qPrintable(describe(plan)));
            QVERIFY2(hasNode(plan, u"Seq Scan", u"on orders o"), qPrintable(describe(plan)));
            QVERIFY2(hasNode(plan, u"Seq Scan", u"on customers c"), qPrintable(describe(plan)));
            for (const PlanNode &n : nodes(plan.children.first()))
                QVERIFY(n.totalCost > 0 && n.planRows >= 0);
            QVERIFY(!view.tree()->isColumnHidden(ExplainView::CostColumn));
            QVERIFY(view.tree()->isColumnHidden(ExplainView::ActualTimeColumn));
            QVERIFY(view.hottestItem());
            QVERIFY(view.statusText().contains(u"estimated cost"_s));
        }
        // The tree mirrors the plan, fully expanded.
        QTreeWidgetItem *top = view.tree()->topLevelItem(0);
        QCOMPARE(top->childCount(), plan.children.size());
        QVERIFY(top->isExpanded());
        view.show();
        screenshot(&view, u"explain-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));

        if (e == Postgres) {
            QVERIFY2(await(view.explain(session, JoinQuery.toString(), true)),
                     qPrintable(view.statusText()));
            plan = view.plan();
            QVERIFY(plan.actualMs > 0);
            QVERIFY(hasNode(plan, u"Seq Scan", u"on orders o"));
            QVERIFY(!view.tree()->isColumnHidden(ExplainView::ActualTimeColumn));
            QVERIFY(view.hottestItem());
            QVERIFY(view.hottestItem()->font(ExplainView::NodeColumn).bold());
            QVERIFY(view.statusText().contains(u"of the time"_s));
            screenshot(&view, u"explain-analyze-postgres"_s);
        }
        await(db.close());
    }

    void analyzeChangesNothing_data() { addEngineRows(Sqlite | Postgres); }
    void analyzeChangesNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        createShop(db.session(), e);
        const qlonglong before = orderTotal(db);
        QVERIFY(before > 0);
        ExplainView view;
        QVERIFY2(await(view.explain(db.session(), u"UPDATE orders SET total = 0"_s, true)),
                 qPrintable(view.statusText()));
        QCOMPARE(orderTotal(db), before);
        if (e == Postgres) {
            const PlanNode update = view.plan().children.first();
            QCOMPARE(update.label, u"Update"_s);
            QCOMPARE(update.children.first().actualRows, 20000.0); // it did run
        }

        // Inside the caller's open transaction: only the explained statement is undone.
        Transaction tx = await(db.begin());
        await(tx.execute(u"INSERT INTO orders VALUES (0, 1, 1000)"_s));
        QVERIFY(await(view.explain(tx, u"DELETE FROM orders"_s, true)));
        QVERIFY(tx.inTransaction());
        QCOMPARE(await(tx.scalar(u"SELECT sum(total) FROM orders"_s)).toLongLong(), before + 1000);
        await(tx.rollback());
        QCOMPARE(orderTotal(db), before);
        await(db.close());
    }

    void invalidStatementShowsAnError_data() { addEngineRows(Sqlite | Postgres); }
    void invalidStatementShowsAnError()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        createShop(db.session(), e);
        ExplainView view;
        Session session = db.session();
        QVERIFY(!await(view.explain(session, u"SELECT * FROM nowhere"_s, true)));
        QVERIFY(view.hasError());
        QVERIFY2(view.statusText().contains(u"nowhere"_s), qPrintable(view.statusText()));
        QCOMPARE(view.tree()->topLevelItemCount(), 0);

        // Two statements: refused before anything runs.
        const qlonglong before = orderTotal(db);
        QVERIFY(!await(view.explain(session, u"SELECT 1; DELETE FROM orders"_s, false)));
        QVERIFY(view.statusText().contains(u"one statement"_s));
        QCOMPARE(orderTotal(db), before);

        // Still usable, on the same session.
        QVERIFY2(await(view.explain(session, PointQuery.toString(), true)),
                 qPrintable(view.statusText()));
        QVERIFY(!view.hasError());
        QVERIFY(view.tree()->topLevelItemCount() == 1);
        QVERIFY(!session.inTransaction());
        await(db.close());
    }
};

QTEST_MAIN(TestExplain)
#include "tst_explain.moc"
