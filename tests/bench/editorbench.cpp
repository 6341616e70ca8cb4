// SPDX-License-Identifier: MIT
#include "editorbench.h"

#include "benchsupport.h"

#include "stallmeter.h"
#include "testsupport.h"
#include "uibench.h"
#include "uibenchdata.h"

#include "connection/openconnection.h"
#include "editor/querytab.h"
#include "editor/resultsetmodel.h"
#include "editor/sqleditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

Ui::ResultSetModel *firstResult(Ui::QueryTab &tab)
{
    auto *view = qobject_cast<QTableView *>(tab.results()->widget(1));
    return view ? qobject_cast<Ui::ResultSetModel *>(view->model()) : nullptr;
}

void benchOn(const QString &engine, const QString &url, const QString &table,
             const QString &longQuery, int repeat)
{
    Ui::OpenConnection connection(DatabaseUrl::parse(url), u"bench"_s);
    if (!Test::await(connection.open())) {
        std::printf("editor.%s: skipped (cannot open the database)\n", qPrintable(engine));
        return;
    }
    Ui::QueryTab tab(&connection);
    tab.resize(1200, 800);
    tab.show();
    tab.editor()->setText(u"SELECT 1;"_s);
    Test::await(tab.runAll()); // warm: fonts, the first view

    // Run → first rows in the result tab, painted.
    std::vector<double> firstRows;
    StallMeter stalls;
    tab.editor()->setText(u"SELECT * FROM %1;"_s.arg(table));
    stalls.start();
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        QCoro::connect(tab.runAll(), &tab, [&done](bool) { done = true; });
        waitUntil([&] {
            Ui::ResultSetModel *model = firstResult(tab);
            return model && model->rowCount() > 0;
        });
        tab.results()->widget(1)->repaint();
        firstRows.push_back(clock.nsecsElapsed() / 1e9);
        // In auto-commit mode the run goes on until the whole result is spooled.
        waitUntil([&] { return done; }, 600'000);
    }
    stalls.stop();
    std::printf("editor.first-rows.%-6s 1M-row result  quarry=%.3fs  %s  (Run to first rows "
                "painted, median of %d)\n",
                qPrintable(engine), median(firstRows), qPrintable(stalls.summary()), repeat);

    // Cancel → the run has stopped.
    std::vector<double> cancels;
    tab.editor()->setText(longQuery);
    for (int i = 0; i < repeat; ++i) {
        bool done = false;
        QCoro::connect(tab.runAll(), &tab, [&done](bool) { done = true; });
        settle(200);
        QElapsedTimer clock;
        clock.start();
        tab.cancel();
        waitUntil([&] { return done; });
        cancels.push_back(clock.nsecsElapsed() / 1e9);
    }
    std::printf("editor.cancel.%-10s quarry=%.3fs  target<0.100s  (cancel to the run stopped, "
                "median of %d)\n",
                qPrintable(engine), median(cancels), repeat);
    std::fflush(stdout);
}

} // namespace

void benchEditor(bool sqlite, const QString &pgUrl, int repeat)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::printf("editor: skipped (no QApplication)\n");
        return;
    }
    constexpr qint64 rows = 1'000'000;
    const QString table = UiBenchData::tableName(rows);
    if (sqlite) {
        const QString file = UiBenchData::dataDirectory() + u"/ui-grid.db"_s;
        UiBenchData::ensureSqliteTable(file.toUtf8(), table, rows);
        benchOn(u"sqlite"_s, u"sqlite:///"_s + file, table,
                u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < "
                "2000000000) SELECT count(*) FROM c;"_s,
                repeat);
    }
    if (pgUrl.isEmpty()) {
        std::printf("editor.*.pg: skipped (no --pg URL and no QUARRY_TEST_PG_URL)\n");
        return;
    }
    const QString url = UiBenchData::ensurePgDatabase(pgUrl, u"quarry_bench"_s);
    UiBenchData::ensurePgTable(url.toUtf8(), table, rows);
    benchOn(u"pg"_s, url, table, u"SELECT pg_sleep(60);"_s, repeat);
}
