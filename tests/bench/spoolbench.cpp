// SPDX-License-Identifier: MIT
#include "spoolbench.h"

#include "benchsupport.h"

#include "stallmeter.h"
#include "testsupport.h"
#include "uibench.h"
#include "uibenchdata.h"

#include "connection/openconnection.h"
#include "database/database.h"
#include "editor/querytab.h"
#include "editor/resultsetmodel.h"
#include "editor/sqleditor.h"
#include "io/resultspool.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

QCoro::Task<qint64> spoolOnce(Session session, QString sql)
{
    const auto spool = ResultSpool::create();
    co_return co_await session.streamTo(std::move(sql), {}, spool);
}

Ui::ResultSetModel *firstResult(Ui::QueryTab &tab)
{
    auto *view = qobject_cast<QTableView *>(tab.results()->widget(1));
    return view ? qobject_cast<Ui::ResultSetModel *>(view->model()) : nullptr;
}

void benchOn(const QString &engine, const QString &url, const QString &table, qint64 rows,
             int repeat)
{
    const QString sql = u"SELECT * FROM %1"_s.arg(table);
    // Bare: the core's path alone, into a spool that is dropped afterwards.
    std::vector<double> bare;
    {
        Database db(url);
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer clock;
            clock.start();
            const qint64 n = Test::await(spoolOnce(db.session(), sql));
            bare.push_back(clock.nsecsElapsed() / 1e9);
            if (n != rows)
                std::printf("spool.%s: %lld rows spooled, expected %lld\n", qPrintable(engine),
                            qlonglong(n), qlonglong(rows));
        }
    }

    // The editor: a real tab in auto-commit mode, Run until every row is in the grid.
    Ui::OpenConnection connection(DatabaseUrl::parse(url), u"bench"_s);
    if (!Test::await(connection.open())) {
        std::printf("spool.%s: skipped (cannot open the database)\n", qPrintable(engine));
        return;
    }
    Ui::QueryTab tab(&connection);
    tab.resize(1200, 800);
    tab.show();
    tab.editor()->setText(u"SELECT 1;"_s);
    Test::await(tab.runAll()); // warm: fonts, the first view
    tab.editor()->setText(sql + u';');
    std::vector<double> editor;
    StallMeter stalls;
    stalls.start();
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        QCoro::connect(tab.runAll(), &tab, [&done](bool) { done = true; });
        const bool finished = waitUntil(
            [&] {
                Ui::ResultSetModel *model = firstResult(tab);
                return done && model && model->isComplete() && model->rowCount() == rows;
            },
            600'000);
        tab.results()->widget(1)->repaint();
        editor.push_back(clock.nsecsElapsed() / 1e9);
        if (!finished)
            std::printf("spool.%s: the editor did not finish within 600 s\n", qPrintable(engine));
    }
    stalls.stop();
    const double quarry = median(editor);
    const double raw = median(bare);
    std::printf("spool-%lld-%-6s quarry=%.3fs  raw=%.3fs  ratio=%.2f  %s  (quarry: editor tab, "
                "Run to every row in the grid; raw: bare Session::streamTo into a ResultSpool; "
                "median of %d)\n",
                qlonglong(rows), qPrintable(engine), quarry, raw, quarry > 0 ? raw / quarry : 0.0,
                qPrintable(stalls.summary()), repeat);
    std::fflush(stdout);
}

} // namespace

void benchSpool(bool sqlite, const QString &pgUrl, qint64 rows, int repeat)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::printf("spool: skipped (no QApplication)\n");
        return;
    }
    const QString table = UiBenchData::tableName(rows);
    if (sqlite) {
        const QString file = UiBenchData::dataDirectory() + u"/ui-grid.db"_s;
        UiBenchData::ensureSqliteTable(file.toUtf8(), table, rows);
        benchOn(u"sqlite"_s, u"sqlite:///"_s + file, table, rows, repeat);
    }
    if (pgUrl.isEmpty()) {
        std::printf("spool-*-pg: skipped (no --pg URL and no QUARRY_TEST_PG_URL)\n");
        return;
    }
    const QString url = UiBenchData::ensurePgDatabase(pgUrl, u"quarry_bench"_s);
    UiBenchData::ensurePgTable(url.toUtf8(), table, rows);
    benchOn(u"pg"_s, url, table, rows, repeat);
}
