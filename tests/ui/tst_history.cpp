// SPDX-License-Identifier: MIT
// The SQL history: a SQLite file through Quarry Core, searchable, kept across restarts, and
// never fatal when the file is unusable; the panel that lists it.
#include "testsupport.h"

#include "alertcolors.h"
#include "editor/historypanel.h"
#include "editor/historystore.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::HistoryEntry;
using Quarry::Ui::HistoryPanel;
using Quarry::Ui::HistoryStore;

namespace {

HistoryEntry entry(const QString &sql, const QString &connection = u"local"_s, bool ok = true)
{
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.connection = connection;
    e.sql = sql;
    e.durationMs = 12;
    e.ok = ok;
    e.outcome = ok ? u"1 rows"_s : u"no such table: nowhere"_s;
    e.rows = ok ? 1 : -1;
    return e;
}

QStringList sqlOf(const QList<HistoryEntry> &entries)
{
    QStringList sql;
    for (const HistoryEntry &e : entries)
        sql.append(e.sql);
    return sql;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

QCoro::Task<void> recordMany(HistoryStore *store, int count)
{
    for (int i = 0; i < count; ++i) {
        QCoro::Task<void> recording =
            store->record(entry(u"SELECT %1 FROM generated"_s.arg(i), u"bulk"_s));
        co_await std::move(recording);
    }
}

// Starts a refresh, then another (as the panel's timer does after a statement is recorded),
// and notes how many entries the list shows the moment the first one is done.
QCoro::Task<void> refreshWhileAnotherStarts(HistoryPanel *panel, int *shown)
{
    QCoro::Task<void> first = panel->refresh();
    QCoro::Task<void> second = panel->refresh();
    co_await std::move(first);
    *shown = panel->list()->topLevelItemCount();
    co_await std::move(second);
}

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keepsEntriesAcrossARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"nested/history.db"_s);
        HistoryEntry failed = entry(u"SELECT * FROM nowhere"_s, u"Shop (PostgreSQL)"_s, false);
        failed.at = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
        failed.durationMs = 4321;
        {
            HistoryStore store(file);
            QSignalSpy recorded(&store, &HistoryStore::recorded);
            await(store.record(entry(u"SELECT 1"_s)));
            await(store.record(failed));
            await(store.record(entry(u"UPDATE pet SET name = 'x'"_s, u"Pets"_s)));
            QCOMPARE(recorded.size(), 3);
            QVERIFY(recorded.at(0).at(0).value<HistoryEntry>().id > 0);
            await(store.close());
        }
        HistoryStore store(file); // the app started again
        QSignalSpy errors(&store, &HistoryStore::errorOccurred);
        const QList<HistoryEntry> all = await(store.search(QString()));
        QCOMPARE(sqlOf(all), (QStringList{u"UPDATE pet SET name = 'x'"_s,
                                          u"SELECT * FROM nowhere"_s, u"SELECT 1"_s}));
        const HistoryEntry &back = all.at(1);
        QCOMPARE(back.at, failed.at);
        QCOMPARE(back.at.timeSpec(), Qt::UTC);
        QCOMPARE(back.connection, failed.connection);
        QCOMPARE(back.durationMs, 4321);
        QVERIFY(!back.ok);
        QCOMPARE(back.outcome, failed.outcome);
        QCOMPARE(back.rows, -1);
        QVERIFY(all.at(2).ok);
        // Case-insensitive, on the SQL and on the connection's name.
        QCOMPARE(sqlOf(await(store.search(u"select"_s))),
                 (QStringList{u"SELECT * FROM nowhere"_s, u"SELECT 1"_s}));
        QCOMPARE(sqlOf(await(store.search(u"pets"_s))),
                 QStringList{u"UPDATE pet SET name = 'x'"_s});
        QCOMPARE(await(store.search(QString(), 1)).size(), 1);
        QVERIFY(errors.isEmpty());
    }

    void searchMatchesWildcardsLiterally()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        for (const QString &sql : {u"SELECT '100%'"_s, u"SELECT 100"_s, u"SELECT a_b"_s,
                                   u"SELECT axb"_s, u"SELECT 'c:\\temp'"_s})
            await(store.record(entry(sql)));
        QCOMPARE(sqlOf(await(store.search(u"%"_s))), QStringList{u"SELECT '100%'"_s});
        QCOMPARE(sqlOf(await(store.search(u"a_b"_s))), QStringList{u"SELECT a_b"_s});
        QCOMPARE(sqlOf(await(store.search(u"\\t"_s))), QStringList{u"SELECT 'c:\\temp'"_s});
        QCOMPARE(await(store.search(u"'"_s)).size(), 2);
    }

    void prunesTheOldest()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        store.setMaxEntries(5);
        for (int i = 1; i <= 8; ++i)
            await(store.record(entry(u"SELECT %1"_s.arg(i))));
        QCOMPARE(sqlOf(await(store.search(QString()))),
                 (QStringList{u"SELECT 8"_s, u"SELECT 7"_s, u"SELECT 6"_s, u"SELECT 5"_s,
                              u"SELECT 4"_s}));
    }

    void removesAndClears()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        QSignalSpy removed(&store, &HistoryStore::removed);
        for (int i = 1; i <= 3; ++i)
            await(store.record(entry(u"SELECT %1"_s.arg(i))));
        const QList<HistoryEntry> all = await(store.search(QString()));
        await(store.remove(all.at(1).id));
        QCOMPARE(sqlOf(await(store.search(QString()))),
                 (QStringList{u"SELECT 3"_s, u"SELECT 1"_s}));
        await(store.clear());
        QVERIFY(await(store.search(QString())).isEmpty());
        QCOMPARE(removed.size(), 2);
    }

    void usesTheAppDataDirectory()
    {
        HistoryStore store;
        QCOMPARE(store.fileName(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     u"/history.db"_s);
        await(store.record(entry(u"SELECT 'app data'"_s)));
        QVERIFY(QFile::exists(store.fileName()));
        await(store.clear());
        await(store.close());
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(store.fileName() + suffix);
    }

    void unusableFileIsReportedNotFatal_data()
    {
        QTest::addColumn<bool>("directory");
        QTest::newRow("a directory in place of the file") << true;
        QTest::newRow("a file that is not a database") << false;
    }
    void unusableFileIsReportedNotFatal()
    {
        QFETCH(bool, directory);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history.db"_s);
        const QByteArray garbage(4096, 'x');
        if (directory) {
            QVERIFY(QDir(dir.path()).mkdir(u"history.db"_s));
        } else {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(garbage);
        }
        HistoryStore store(file);
        HistoryPanel panel(&store);
        QSignalSpy errors(&store, &HistoryStore::errorOccurred);
        QSignalSpy recorded(&store, &HistoryStore::recorded);
        await(store.record(entry(u"SELECT 1"_s)));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.last().at(0).toString().contains(file),
                 qPrintable(errors.last().at(0).toString()));
        QCOMPARE(recorded.size(), 0);
        QVERIFY(await(store.search(u"x"_s)).isEmpty());
        await(store.remove(1));
        await(store.clear());
        QTRY_VERIFY(!panel.message().isEmpty());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        if (!directory) { // the user's file is left as it was
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(in.readAll(), garbage);
        }
    }

    void panelListsEntriesAndRunsThemAgain()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        await(store.record(entry(u"SELECT 1"_s, u"Shop"_s)));
        await(store.record(entry(u"SELECT *\nFROM nowhere"_s, u"Pets"_s, false)));
        HistoryPanel panel(&store);
        panel.resize(800, 300);
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 2);
        QTreeWidgetItem *failed = panel.list()->topLevelItem(0);
        QCOMPARE(failed->text(HistoryPanel::SqlColumn), u"SELECT * …"_s);
        QCOMPARE(failed->text(HistoryPanel::ConnectionColumn), u"Pets"_s);
        QCOMPARE(failed->foreground(HistoryPanel::SqlColumn).color(),
                 Ui::AlertColors::text(panel.palette()));
        QVERIFY(panel.list()->topLevelItem(1)->foreground(HistoryPanel::SqlColumn).color() !=
                Ui::AlertColors::text(panel.palette()));
        panel.show();
        screenshot(&panel, u"history-panel"_s);

        QSignalSpy run(&panel, &HistoryPanel::runRequested);
        QSignalSpy open(&panel, &HistoryPanel::openRequested);
        panel.list()->setCurrentItem(failed);
        panel.runSelected();
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.at(0).at(0).value<HistoryEntry>().sql, u"SELECT *\nFROM nowhere"_s);
        QCOMPARE(run.at(0).at(0).value<HistoryEntry>().connection, u"Pets"_s);
        panel.openSelected();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"SELECT *\nFROM nowhere"_s);

        // Searching waits for the typing to stop, then filters.
        QSignalSpy refreshed(&panel, &HistoryPanel::refreshed);
        QTest::keyClicks(panel.searchEdit(), u"shop"_s);
        QVERIFY(refreshed.wait(5'000));
        QCOMPARE(refreshed.size(), 1); // one search for four keystrokes
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.entryAt(0)->sql, u"SELECT 1"_s);

        // A new statement shows up without asking.
        panel.searchEdit()->clear();
        QVERIFY(refreshed.wait(5'000));
        await(store.record(entry(u"SELECT 'new'"_s)));
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 3);
        QCOMPARE(panel.entryAt(0)->sql, u"SELECT 'new'"_s);
        QVERIFY(panel.message().isEmpty());
    }

    // A refresh awaited while another starts (the panel's own, 100 ms after a statement was
    // recorded) still ends with the list showing what the store held when it was asked: the
    // newer one searches for the same text, so this one's entries are as good.
    void awaitedRefreshShowsItsEntriesWhenANewerOneStarts()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        HistoryPanel panel(&store);
        await(panel.refresh());
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
        await(store.record(entry(u"SELECT 1"_s)));
        int shown = -1;
        await(refreshWhileAnotherStarts(&panel, &shown));
        QCOMPARE(shown, 1);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);

        // A newer search for other text owns the list: the older one shows nothing.
        await(store.record(entry(u"SELECT 2"_s)));
        QCoro::Task<void> older = panel.refresh();
        panel.searchEdit()->setText(u"SELECT 2"_s);
        QCoro::Task<void> newer = panel.refresh();
        await(std::move(older));
        await(std::move(newer));
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.entryAt(0)->sql, u"SELECT 2"_s);
    }

    // Two processes (here two stores, each with its own connection) record into one file at
    // the same time: every statement of both is kept.
    void twoStoresOnOneFileKeepEveryEntry()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history.db"_s);
        HistoryStore one(file);
        HistoryStore other(file);
        QSignalSpy errors(&one, &HistoryStore::errorOccurred);
        QSignalSpy otherErrors(&other, &HistoryStore::errorOccurred);
        std::vector<QCoro::Task<void>> writing;
        for (int i = 0; i < 40; ++i) {
            writing.push_back(one.record(entry(u"SELECT %1"_s.arg(i), u"one"_s)));
            writing.push_back(other.record(entry(u"SELECT %1"_s.arg(i), u"other"_s)));
        }
        for (QCoro::Task<void> &task : writing)
            await(std::move(task));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY2(otherErrors.isEmpty(), qPrintable(otherErrors.value(0).value(0).toString()));
        QCOMPARE(await(HistoryStore(file).search(QString(), 1000)).size(), 80);
    }

    // Two processes starting at once on a new file race to switch it to WAL; SQLite answers
    // the loser "database is locked" without waiting. The loser still records.
    void twoStoresStartingTogetherBothRecord()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 60; ++round) {
            const QString file = dir.filePath(u"history%1.db"_s.arg(round));
            HistoryStore one(file);
            HistoryStore other(file);
            QSignalSpy errors(&one, &HistoryStore::errorOccurred);
            QSignalSpy otherErrors(&other, &HistoryStore::errorOccurred);
            QCoro::Task<void> first = one.record(entry(u"SELECT 1"_s, u"one"_s));
            QCoro::Task<void> second = other.record(entry(u"SELECT 2"_s, u"other"_s));
            await(std::move(first));
            await(std::move(second));
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
            QVERIFY2(otherErrors.isEmpty(), qPrintable(otherErrors.value(0).value(0).toString()));
            QCOMPARE(await(other.search(QString())).size(), 2);
        }
    }

    // An entry names its connection by identity (a profile or a source), also in a file
    // written before the identity was kept.
    void keepsTheConnectionIdentityAlsoInAnOlderFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history.db"_s);
        {
            Database old(u"sqlite:///"_s + file);
            await(old.session().execute(
                u"CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT "
                "NULL, connection TEXT NOT NULL, sql TEXT NOT NULL, duration_ms INTEGER NOT NULL, "
                "ok INTEGER NOT NULL, outcome TEXT NOT NULL, row_count INTEGER NOT NULL);"
                "INSERT INTO history (at_ms, connection, sql, duration_ms, ok, outcome, "
                "row_count) VALUES (0, 'old', 'SELECT 0', 1, 1, '', 1)"_s));
            await(old.close());
        }
        HistoryStore store(file);
        QSignalSpy errors(&store, &HistoryStore::errorOccurred);
        HistoryEntry recorded = entry(u"SELECT 1"_s, u"same.db"_s);
        recorded.connectionId = u"profile:1234"_s;
        await(store.record(recorded));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        const QList<HistoryEntry> all = await(store.search(QString()));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).connectionId, u"profile:1234"_s);
        QCOMPARE(all.at(1).connectionId, QString());
    }

    void recordingAndSearchingNeverStall()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.db"_s));
        HistoryPanel panel(&store);
        panel.show();
        StallProbe probe;
        probe.start();
        await(recordMany(&store, 500));
        const QList<HistoryEntry> found = await(store.search(u"generated"_s));
        QTRY_COMPARE(panel.list()->topLevelItemCount(), 200);
        probe.stop();
        QCOMPARE(found.size(), 200);
        QCOMPARE(found.first().sql, u"SELECT 499 FROM generated"_s);
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
