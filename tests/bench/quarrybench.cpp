// SPDX-License-Identifier: MIT
// quarry-bench: each scenario beside the raw engine in the same process, one line each:
//   name  quarry=…  raw=…  ratio=…   (ratio = raw time / Quarry time; 1.0 = as fast as raw)
#include "benchsupport.h"
#include "editorbench.h"
#include "rawengines.h"
#include "reflectbench.h"
#include "splitbench.h"
#include "spoolbench.h"
#include "testsupport.h"
#include "uibench.h"

#include "connection/errors.h"
#include "database/database.h"
#include "ops/ops.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

double timeIt(int repeat, const std::function<void()> &body)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.push_back(timer.nsecsElapsed() / 1e9);
    }
    return median(times);
}

void report(const char *name, double quarry, double raw, const QString &extra = {})
{
    std::printf("%-22s quarry=%.3fs  raw=%.3fs  ratio=%.2f%s\n", name, quarry, raw, raw / quarry,
                extra.isEmpty() ? "" : qPrintable(u"  "_s + extra));
    std::fflush(stdout);
}

QCoro::Task<qint64> quarryStream(Database &db, QString sql, double &stallMs)
{
    Test::StallProbe probe;
    probe.start();
    qint64 checksum = 0;
    auto session = db.session();
    auto stream = session.stream(sql, {}, 2000);
    QCORO_FOREACH(const Result &batch, stream)
    {
        for (const QVariant &v : batch.values()) {
            switch (v.metaType().id()) {
            case QMetaType::LongLong:
                checksum += v.toLongLong();
                break;
            case QMetaType::Double:
                checksum += qint64(v.toDouble());
                break;
            case QMetaType::QString:
                checksum += v.toString().size();
                break;
            default:
                break;
            }
        }
    }
    probe.stop();
    stallMs = double(probe.maxGapMs());
    co_return checksum;
}

// Lists are built outside coroutine bodies: GCC 12 miscompiles initializer lists there.
QVariantList benchRow(const RawEngines::Row &r)
{
    return {qlonglong(r.id), QString::fromLatin1(r.name), r.amount, QString::fromLatin1(r.created)};
}

QStringList benchColumns()
{
    return {u"id"_s, u"name"_s, u"amount"_s, u"created"_s};
}

QList<QVariantList> benchChunk(qint64 start, qint64 end)
{
    QList<QVariantList> batch;
    batch.reserve(end - start);
    for (qint64 i = start; i < end; ++i)
        batch.append(benchRow(RawEngines::row(i)));
    return batch;
}

// Ops::insertMany as an asynchronous caller would use it: the next chunk is produced on this
// thread while the worker writes the previous one (the task is eager and starts at once).
QCoro::Task<void> quarryInsert(Database &db, QString table, qint64 rows, double &stallMs)
{
    Test::StallProbe probe;
    probe.start();
    auto tx = co_await db.begin();
    Ops ops(tx);
    constexpr qint64 chunk = 5'000;
    const QStringList columns = benchColumns();
    std::optional<QCoro::Task<qint64>> pending;
    for (qint64 start = 0; start < rows; start += chunk) {
        QList<QVariantList> batch = benchChunk(start, std::min(rows, start + chunk));
        if (pending)
            co_await *pending;
        pending.emplace(ops.insertMany(table, columns, std::move(batch)));
    }
    if (pending)
        co_await *pending;
    co_await tx.commit();
    probe.stop();
    stallMs = double(probe.maxGapMs());
}

QString createTable(bool pg, const QString &name)
{
    return u"DROP TABLE IF EXISTS "_s + name + u"; CREATE TABLE "_s + name +
           (pg ? u" (id bigint PRIMARY KEY, name text, amount double precision, created text)"_s
               : u" (id INTEGER PRIMARY KEY, name TEXT, amount REAL, created TEXT)"_s);
}

void benchEngine(bool pg, const QString &url, const QByteArray &raw, qint64 rows, int repeat,
                 const QString &file)
{
    const char *suffix = pg ? "pg" : "sqlite";
    Database db(url, {.poolSize = 1});
    const QString selectAll = u"SELECT id, name, amount, created FROM bench_t"_s;
    const QByteArray rowsText = QByteArray::number(rows / 1'000'000.0, 'g', 3) + "M";

    // Insert: one transaction each; the table is recreated before every run.
    double stall = 0;
    const double qInsert = timeIt(repeat, [&] {
        Quarry::Test::await(db.session().execute(createTable(pg, u"bench_t"_s)));
        Quarry::Test::await(quarryInsert(db, u"bench_t"_s, rows, stall));
    });
    const double rInsert = timeIt(repeat, [&] {
        Quarry::Test::await(db.session().execute(createTable(pg, u"raw_t"_s)));
        pg ? RawEngines::pgCopy(raw, rows) : RawEngines::sqliteInsert(raw, rows);
    });
    report(qPrintable(u"insertMany-%1-%2"_s.arg(QString::fromLatin1(rowsText),
                                                QString::fromLatin1(suffix))),
           qInsert, rInsert,
           u"(%1; stall max %2 ms)"_s.arg(pg ? u"COPY"_s : u"prepared INSERT"_s)
               .arg(stall, 0, 'f', 1));
    Quarry::Test::await(db.session().execute(u"DROP TABLE raw_t"_s));

    // Stream: every row, every value read.
    qint64 quarrySum = 0, rawSum = 0;
    const double qStream = timeIt(
        repeat, [&] { quarrySum = Quarry::Test::await(quarryStream(db, selectAll, stall)); });
    const double rStream = timeIt(repeat, [&] {
        rawSum = pg ? RawEngines::pgStream(raw, selectAll.toUtf8().constData())
                    : RawEngines::sqliteStream(raw, selectAll.toUtf8().constData());
    });
    report(qPrintable(
               u"stream-%1-%2"_s.arg(QString::fromLatin1(rowsText), QString::fromLatin1(suffix))),
           qStream, rStream, u"(stall max %1 ms)"_s.arg(stall, 0, 'f', 1));
    Q_UNUSED(quarrySum);
    Q_UNUSED(rawSum);
    Quarry::Test::await(db.close());

    // The CLI against the engine's own CLI, both writing CSV to /dev/null.
    std::vector<double> qTimes, rTimes;
    long qRss = 0, rRss = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto q = RawEngines::runProcess(
            {QStringLiteral(QUARRY_EXECUTABLE), u"query"_s, url, selectAll, u"--csv"_s});
        const auto r =
            pg ? RawEngines::runProcess({u"psql"_s, u"--csv"_s, u"-X"_s, u"-q"_s, u"-d"_s,
                                         QString::fromUtf8(raw), u"-c"_s, selectAll})
               : RawEngines::runProcess({u"sqlite3"_s, u"-csv"_s, u"-header"_s, file, selectAll});
        if (q.exitCode != 0 || r.exitCode != 0) {
            std::printf("csv-cli-%s: a command failed (quarry %d, engine CLI %d)\n", suffix,
                        q.exitCode, r.exitCode);
            return;
        }
        qTimes.push_back(q.seconds);
        rTimes.push_back(r.seconds);
        qRss = std::max(qRss, q.maxRssKiB);
        rRss = std::max(rRss, r.maxRssKiB);
    }
    report(qPrintable(
               u"csv-cli-%1-%2"_s.arg(QString::fromLatin1(rowsText), QString::fromLatin1(suffix))),
           median(qTimes), median(rTimes),
           u"(vs %1; peak RSS quarry %2 MiB, %1 %3 MiB)"_s
               .arg(pg ? u"psql --csv"_s : u"sqlite3 -csv"_s)
               .arg(qRss / 1024)
               .arg(rRss / 1024));
}

// The UI scenarios need widgets: a QApplication on the offscreen platform, decided before any
// application object exists (the parser needs one). Only `--scenario data|reflect` goes without.
bool wantsWidgets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--scenario" && i + 1 < argc)
            return QByteArray(argv[i + 1]) == "ui" || QByteArray(argv[i + 1]) == "editor" ||
                   QByteArray(argv[i + 1]) == "spool";
        if (arg.startsWith("--scenario="))
            return arg.mid(11) == "ui" || arg.mid(11) == "editor" || arg.mid(11) == "spool";
    }
    return true;
}

// The offscreen platform warns on every window shown; the figures should not drown in that.
QtMessageHandler defaultMessageHandler = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(u"This plugin does not support"_s))
        defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    defaultMessageHandler = qInstallMessageHandler(quietOffscreen);
    std::unique_ptr<QCoreApplication> application;
    if (wantsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Quarry beside the raw engines."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows per scenario (default 1000000)."_s, u"n"_s, u"1000000"_s});
    parser.addOption(
        {u"repeat"_s, u"Runs per measurement; the median is shown."_s, u"n"_s, u"3"_s});
    parser.addOption({u"pg"_s, u"PostgreSQL URL (default: $QUARRY_TEST_PG_URL)."_s, u"url"_s});
    parser.addOption({u"only"_s, u"Run only this engine: sqlite or pg."_s, u"engine"_s});
    parser.addOption(
        {u"tables"_s, u"Tables in the reflect scenario (default 5000)."_s, u"n"_s, u"5000"_s});
    parser.addOption({u"scenario"_s,
                      u"Run only this scenario: data, reflect, split, ui, editor or spool."_s,
                      u"name"_s});
    parser.addOption({u"ui-rows"_s, u"Rows of the UI scenarios' big table (default 10000000)."_s,
                      u"n"_s, u"10000000"_s});
    parser.addOption({u"ui-small-rows"_s,
                      u"Rows of the second table scrolled end to end (default 1000000)."_s, u"n"_s,
                      u"1000000"_s});
    parser.addOption({u"ui-repeat"_s, u"Grids opened per engine in the UI scenarios (default 5)."_s,
                      u"n"_s, u"5"_s});
    parser.addOption({u"ui-scroll-steps"_s,
                      u"Scrollbar moves from top to bottom (default 50; 0: page by page)."_s,
                      u"n"_s, u"50"_s});
    parser.addOption({u"ui-no-pg-scroll"_s, u"Skip scrolling the PostgreSQL tables end to end."_s});
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    const QString only = parser.value(u"only"_s);
    const int tables = parser.value(u"tables"_s).toInt();
    const QString scenario = parser.value(u"scenario"_s);
    const bool data = scenario.isEmpty() || scenario == u"data"_s;
    const bool reflect = scenario.isEmpty() || scenario == u"reflect"_s;
    const bool ui = scenario.isEmpty() || scenario == u"ui"_s;

    if (scenario == u"split"_s || scenario.isEmpty())
        benchSplit(repeat);
    try {
        if (only.isEmpty() || only == u"sqlite"_s) {
            QTemporaryDir dir;
            const QString file = dir.filePath(u"bench.db"_s);
            if (data)
                benchEngine(false, u"sqlite:///"_s + file, file.toUtf8(), rows, repeat, file);
            const QString schemaFile = dir.filePath(u"reflect.db"_s);
            if (reflect)
                benchReflect(false, u"sqlite:///"_s + schemaFile, schemaFile.toUtf8(), tables,
                             repeat);
        }
        QString pg = parser.value(u"pg"_s);
        if (pg.isEmpty())
            pg = qEnvironmentVariable("QUARRY_TEST_PG_URL");
        if (only.isEmpty() || only == u"pg"_s) {
            if (pg.isEmpty())
                std::printf("pg: skipped (no --pg URL and no QUARRY_TEST_PG_URL)\n");
            else if (data)
                benchEngine(true, pg, pg.toUtf8(), rows, repeat, {});
            if (!pg.isEmpty() && reflect)
                benchReflect(true, pg, pg.toUtf8(), tables, repeat);
        }
        if (ui) {
            UiBenchOptions options;
            options.rows = parser.value(u"ui-rows"_s).toLongLong();
            options.smallRows = parser.value(u"ui-small-rows"_s).toLongLong();
            options.repeat = std::max(1, parser.value(u"ui-repeat"_s).toInt());
            options.sqlite = only.isEmpty() || only == u"sqlite"_s;
            options.pg = only.isEmpty() || only == u"pg"_s;
            options.pgUrl = pg;
            options.scrollSteps = std::max(0, parser.value(u"ui-scroll-steps"_s).toInt());
            options.pgScroll = !parser.isSet(u"ui-no-pg-scroll"_s);
            benchUi(options);
        }
        if (scenario.isEmpty() || scenario == u"editor"_s)
            benchEditor(only.isEmpty() || only == u"sqlite"_s,
                        only.isEmpty() || only == u"pg"_s ? pg : QString(), repeat);
        if (scenario.isEmpty() || scenario == u"spool"_s)
            benchSpool(only.isEmpty() || only == u"sqlite"_s,
                       only.isEmpty() || only == u"pg"_s ? pg : QString(), rows, repeat);
    } catch (const DatabaseError &e) {
        std::fprintf(stderr, "quarry-bench: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "quarry-bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
