// SPDX-License-Identifier: MIT
#include "uibench.h"

#include "benchsupport.h"
#include "stallmeter.h"
#include "testsupport.h"
#include "uibenchdata.h"

#include "database/database.h"
#include "grid/datagrid.h"
#include "grid/rowwindowproxy.h"
#include "grid/tablewindowmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Quarry;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;

namespace {

constexpr int GridWidth = 1200;
constexpr int GridHeight = 800;
constexpr int WaitLimitMs = 120'000;
constexpr int PageSize = TableWindowModel::PageSize;
// ui.scroll-rss-8MiB-blobs: 300 rows of an 8 MiB blob each.
constexpr int BlobRows = 300;
const QString BlobTable = QStringLiteral("grid_blobs_300");

QByteArray rowsText(qint64 rows)
{
    if (rows >= 1'000'000)
        return QByteArray::number(rows / 1'000'000.0, 'g', 3) + "M";
    return QByteArray::number(rows / 1'000.0, 'g', 3) + "k";
}

void line(const QString &name, qint64 rows, const QString &figures)
{
    std::printf("%-24s %5s rows  %s\n", qPrintable(name), rowsText(rows).constData(),
                qPrintable(figures));
    std::fflush(stdout);
}

/// Counts the viewport's paint events: "the view has repainted" is a paint after a load.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// One open grid as the app shows it: a DataGrid window of 1200×800 over a table.
struct Grid {
    PaintCounter counter;
    std::unique_ptr<DataGrid> widget;
    // The paint count when the page last wanted arrived; a later paint shows it.
    int paintsAtLoad = -1;
    int awaitedPage = -1;

    Grid(const Database &db, const Table &table)
        : widget(std::make_unique<DataGrid>(db, table, true))
    {
        widget->view()->viewport()->installEventFilter(&counter);
        QObject::connect(widget->model(), &TableWindowModel::pageLoaded, &counter, [this](int p) {
            if (p == awaitedPage)
                paintsAtLoad = counter.paints;
        });
        widget->resize(GridWidth, GridHeight);
        widget->show();
    }
    ~Grid() { widget->view()->viewport()->removeEventFilter(&counter); }
    Grid(const Grid &) = delete;
    Grid &operator=(const Grid &) = delete;
    TableWindowModel *model() const { return widget->model(); }

    /// Waits until rows \a first … \a last are loaded and painted (after \a paintsBefore).
    bool waitShown(int first, int last, int paintsBefore)
    {
        return waitUntil([&] {
            if (!model()->isLoaded(first) || !model()->isLoaded(last))
                return false;
            return counter.paints > std::max(paintsBefore, paintsAtLoad);
        });
    }
    /// The rows the viewport shows now.
    std::pair<int, int> visibleRows() const
    {
        QTableView *view = widget->view();
        const int offset = widget->rowWindow()->first();
        const int first = std::max(0, view->rowAt(0));
        int last = view->rowAt(view->viewport()->height() - 1);
        if (last < 0)
            last = view->model()->rowCount() - 1;
        return {offset + first, offset + last};
    }
};

struct ProcStatus {
    qint64 rssKiB = 0;
    qint64 hwmKiB = 0;
};

ProcStatus procStatus()
{
    QFile file(u"/proc/self/status"_s);
    ProcStatus status;
    if (!file.open(QIODevice::ReadOnly))
        return status;
    for (const QByteArray &row : file.readAll().split('\n')) {
        if (row.startsWith("VmRSS:"))
            status.rssKiB = row.mid(6).trimmed().split(' ').first().toLongLong();
        else if (row.startsWith("VmHWM:"))
            status.hwmKiB = row.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return status;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak is the scenario's own.
void resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

Table reflectTable(const Database &db, const QString &name)
{
    std::optional<Table> table = Quarry::Test::await(Quarry::reflectTable(db.session(), name));
    if (!table)
        throw std::runtime_error("no table " + name.toStdString());
    return *table;
}

QString seconds(double s)
{
    return QString::number(s, 'f', 3) + u's';
}

// ui.first-rows and ui.jump: fresh grids on one connected Database (the app's pool of 3, the
// table reflected once, as the schema tree has it when a table is opened).
void benchOpenAndJump(const QString &engine, const Database &db, const QString &tableName,
                      qint64 rows, int repeat)
{
    const Table table = reflectTable(db, tableName);
    const int target = int(rows / 10 * 9);
    std::vector<double> firstRows, firstShown, countReady, jumps, jumpLoads;
    StallMeter openStall, jumpStall; // over all runs
    bool failed = false;
    for (int run = 0; run < repeat && !failed; ++run) {
        openStall.resume();
        QElapsedTimer clock;
        clock.start();
        Grid grid(db, table);
        grid.awaitedPage = 0;
        failed = !waitUntil([&] { return grid.model()->isLoaded(0); });
        firstRows.push_back(clock.nsecsElapsed() / 1e9);
        failed = failed || !grid.waitShown(0, 0, 0);
        firstShown.push_back(clock.nsecsElapsed() / 1e9);
        openStall.stop();

        // The jump needs the row to exist (both engines estimate first). The count, which in
        // key order also samples every page's first key, is let finish so that the jump is
        // measured alone, and reads by key.
        failed = failed || !waitUntil([&] {
                     return grid.model()->rowCount() > target && !grid.model()->isCounting();
                 });
        countReady.push_back(clock.nsecsElapsed() / 1e9);
        settle();

        jumpStall.resume();
        const int paintsBefore = grid.counter.paints;
        grid.paintsAtLoad = -1;
        grid.awaitedPage = target / PageSize;
        clock.restart();
        grid.widget->scrollToRow(target);
        failed = failed || !waitUntil([&] { return grid.model()->isLoaded(target); });
        jumpLoads.push_back(clock.nsecsElapsed() / 1e9);
        failed = failed || !grid.waitShown(target, target, paintsBefore);
        jumps.push_back(clock.nsecsElapsed() / 1e9);
        jumpStall.stop();
    }
    if (failed) {
        line(u"ui.first-rows."_s + engine, rows,
             u"FAILED: timed out after %1 s"_s.arg(WaitLimitMs / 1000));
        return;
    }
    line(u"ui.first-rows."_s + engine, rows,
         u"quarry=%1  target<0.100s  %2  (painted %3; median of %4 new grids)"_s
             .arg(seconds(median(firstRows)), openStall.summary(), seconds(median(firstShown)))
             .arg(repeat));
    line(u"ui.jump-%1.%2"_s.arg(QString::fromLatin1(rowsText(target)), engine), rows,
         u"quarry=%1  target<0.150s  %2  (page loaded %3; count and key sample done "
         "%4 after opening)"_s.arg(seconds(median(jumps)), jumpStall.summary(),
                                   seconds(median(jumpLoads)), seconds(median(countReady))));
}

// ui.scroll-rss: top to bottom in \a steps equal moves of the scrollbar (the thumb dragged
// down; 0: one page of 256 rows per step, each page then read by key after the one before);
// the visible rows must be loaded and painted before the next step.
void benchScroll(const QString &engine, const Database &db, const QString &tableName, qint64 rows,
                 int steps, const QString &label = u"ui.scroll-rss"_s)
{
    const Table table = reflectTable(db, tableName);
    Grid grid(db, table);
    TableWindowModel *model = grid.model();
    if (!waitUntil([&] { return model->isLoaded(0) && model->isCountExact(); })) {
        line(label + u'.' + engine, rows, u"FAILED: no exact count"_s);
        return;
    }
    settle();
    QScrollBar *bar = grid.widget->scrollBar();
    const qint64 before = procStatus().rssKiB;
    resetPeakRss();
    qint64 sampledPeak = before;
    StallMeter stall;
    stall.start();
    QElapsedTimer clock;
    clock.start();
    const int step = steps > 0 ? std::max(1, (bar->maximum() + steps - 1) / steps) : PageSize;
    int taken = 0;
    for (int top = 0;; top = std::min(top + step, bar->maximum())) {
        // Unmoved (the first step), the rows the opening showed need no new paint.
        const int paintsBefore = bar->value() == top ? -1 : grid.counter.paints;
        grid.paintsAtLoad = -1;
        bar->setValue(top);
        const auto [first, last] = grid.visibleRows();
        grid.awaitedPage = last / PageSize;
        if (!grid.waitShown(first, last, paintsBefore)) {
            stall.stop();
            line(label + u'.' + engine, rows,
                 u"FAILED: rows %1–%2 not shown after %3 s"_s.arg(first).arg(last).arg(WaitLimitMs /
                                                                                       1000));
            return;
        }
        ++taken;
        if (taken % 16 == 0)
            sampledPeak = std::max(sampledPeak, procStatus().rssKiB);
        if (top == bar->maximum())
            break;
    }
    stall.stop();
    const double elapsed = clock.nsecsElapsed() / 1e9;
    const ProcStatus after = procStatus();
    const qint64 peak = std::max({sampledPeak, after.hwmKiB, after.rssKiB});
    line(label + u'.' + engine, rows,
         u"peak=%1MiB  target<150MiB  before=%2MiB  %3  (%4 steps of %5 rows in %6 s; "
         "%7 pages held at the end)"_s.arg(peak / 1024)
             .arg(before / 1024)
             .arg(stall.summary())
             .arg(taken)
             .arg(step)
             .arg(elapsed, 0, 'f', 1)
             .arg(model->cachedPages()));
}

// Fonts, style and the platform's first window are made once per process: the app has done
// that before any table opens, so one unmeasured grid does it here.
void warmUp(const Database &db, const QString &tableName)
{
    Grid grid(db, reflectTable(db, tableName));
    waitUntil([&] { return grid.model()->isLoaded(0) && !grid.model()->isCounting(); });
    settle();
}

void benchEngine(const QString &engine, const QString &url, const UiBenchOptions &options,
                 bool scroll)
{
    Database db(url, {.poolSize = 3});
    Quarry::Test::await(db.connect());
    const QString big = UiBenchData::tableName(options.rows);
    const QString small = UiBenchData::tableName(options.smallRows);
    warmUp(db, small);
    benchOpenAndJump(engine, db, big, options.rows, options.repeat);
    if (scroll) {
        benchScroll(engine, db, small, options.smallRows, options.scrollSteps);
        benchScroll(engine, db, big, options.rows, options.scrollSteps);
        // The same bound with 8 MiB in every row: the grid holds them cut.
        benchScroll(engine, db, BlobTable, BlobRows, 0, u"ui.scroll-rss-8MiB-blobs"_s);
    }
    Quarry::Test::await(db.close());
}

// ui.cold-start: wall time from QProcess::start() to the app's `first-window-ms` line, printed
// after the main window's first paint (QUARRY_STARTUP_PROBE, app/main.cpp). Includes exec,
// dynamic loading and static initialisation. Settings go to an empty scratch directory.
void benchColdStart(int runs)
{
    const QString file = UiBenchData::coldStartFile();
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QUARRY_STARTUP_PROBE"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    std::vector<double> wall, inside;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the OS cache and is not counted
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        app.start(QStringLiteral(QUARRY_EXECUTABLE), {file});
        QByteArray out;
        double seen = -1;
        while (seen < 0 && app.waitForReadyRead(10'000)) {
            out += app.readAllStandardOutput();
            if (out.contains('\n') && out.contains("first-window-ms"))
                seen = clock.nsecsElapsed() / 1e9;
        }
        if (!app.waitForFinished(10'000)) {
            app.kill();
            app.waitForFinished();
        }
        if (seen < 0) {
            std::printf("%-24s %5s rows  FAILED: no first-window-ms line (exit %d): %s\n",
                        "ui.cold-start", "1k", app.exitCode(),
                        app.readAllStandardError().left(300).constData());
            return;
        }
        if (run > 0) {
            wall.push_back(seen);
            const qsizetype at = out.indexOf("first-window-ms ");
            inside.push_back(out.mid(at + 16).split('\n').first().trimmed().toDouble() / 1000);
        }
    }
    line(u"ui.cold-start"_s, 1000,
         u"quarry=%1  target≤0.180s  (spawn to first painted window, median of %2; "
         "main() to first paint %3; min %4 max %5)"_s.arg(seconds(median(wall)))
             .arg(runs)
             .arg(seconds(median(inside)), seconds(*std::min_element(wall.begin(), wall.end())),
                  seconds(*std::max_element(wall.begin(), wall.end()))));
}

} // namespace

/// Runs the event loop (waking at least every 20 ms) until \a done; false after the limit.
void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return clock.elapsed() >= ms; });
}

bool waitUntil(const std::function<bool()> &done, int limitMs)
{
    QTimer wake;
    wake.start(20);
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void benchUi(const UiBenchOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        std::printf("ui: skipped (no QApplication)\n");
        return;
    }
    // This machine is shared: the figures mean little without the load they were taken under.
    QFile loadavg(u"/proc/loadavg"_s);
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("ui: load average %s\n", loadavg.readLine().trimmed().constData());
    if (options.sqlite) {
        const QString file = UiBenchData::dataDirectory() + u"/ui-grid.db"_s;
        UiBenchData::ensureSqliteTable(file.toUtf8(), UiBenchData::tableName(options.rows),
                                       options.rows);
        UiBenchData::ensureSqliteTable(file.toUtf8(), UiBenchData::tableName(options.smallRows),
                                       options.smallRows);
        UiBenchData::ensureSqliteBlobTable(file.toUtf8(), BlobTable, BlobRows);
        benchEngine(u"sqlite"_s, u"sqlite:///"_s + file, options, true);
    }
    if (options.pg && options.pgUrl.isEmpty()) {
        std::printf("ui.*.pg: skipped (no --pg URL and no QUARRY_TEST_PG_URL)\n");
    } else if (options.pg) {
        const QString url = UiBenchData::ensurePgDatabase(options.pgUrl, u"quarry_bench"_s);
        UiBenchData::ensurePgTable(url.toUtf8(), UiBenchData::tableName(options.rows),
                                   options.rows);
        UiBenchData::ensurePgTable(url.toUtf8(), UiBenchData::tableName(options.smallRows),
                                   options.smallRows);
        if (options.pgScroll)
            UiBenchData::ensurePgBlobTable(url.toUtf8(), BlobTable, BlobRows);
        benchEngine(u"pg"_s, url, options, options.pgScroll);
    }
    if (options.coldStart)
        benchColdStart(std::max(5, options.repeat));
}
