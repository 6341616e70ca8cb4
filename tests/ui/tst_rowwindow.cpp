// SPDX-License-Identifier: MIT
// The grid's row window: the proxy that shows the view a bounded slice of the model (checked by
// Qt's model tester through moves, inserts and removals), and a DataGrid over a real 300k-row
// SQLite table scrolled end to end by its own scrollbar, the wheel and the keyboard.
#include "testsupport.h"

#include "database/database.h"
#include "grid/datagrid.h"
#include "grid/rowwindowproxy.h"
#include "grid/tablewindowmodel.h"
#include "schema/reflector.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStringListModel>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::RowWindowProxy;

namespace {

QStringList numbers(int from, int count)
{
    QStringList list;
    for (int i = from; i < from + count; ++i)
        list.append(QString::number(i));
    return list;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

QString shown(const RowWindowProxy &proxy, int row)
{
    return proxy.index(row, 0).data().toString();
}

} // namespace

class TestRowWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mapsAWindowAndCarriesSelectionsAlong()
    {
        QStringListModel source(numbers(0, 1000));
        RowWindowProxy proxy(nullptr, 100);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 100);
        QCOMPARE(shown(proxy, 99), u"99"_s);

        QPersistentModelIndex tenth(proxy.index(10, 0));
        proxy.moveTo(5);
        QCOMPARE(proxy.first(), 5);
        QCOMPARE(shown(proxy, 0), u"5"_s);
        QCOMPARE(tenth.row(), 5); // still source row 10
        QCOMPARE(proxy.mapToSource(tenth).row(), 10);
        QCOMPARE(proxy.headerData(0, Qt::Vertical).toInt(), 6); // row numbers of the source

        proxy.moveTo(5000); // kept within the source
        QCOMPARE(proxy.first(), 900);
        QVERIFY(!tenth.isValid());
        QCOMPARE(shown(proxy, 99), u"999"_s);
        QCOMPARE(proxy.reach(3), 3);
        QCOMPARE(proxy.first(), 0);
        const int place = proxy.reach(700);
        QVERIFY(proxy.first() > 0);
        QCOMPARE(place, 700 - proxy.first());
        QCOMPARE(proxy.reach(1000), -1);
        QCOMPARE(proxy.mapFromSource(source.index(0, 0)), QModelIndex());
    }

    void followsRowsInsertedAndRemoved()
    {
        QStringListModel source(numbers(0, 30));
        RowWindowProxy proxy(nullptr, 100);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 30);

        // A count arriving: the window fills to its size, no more.
        QVERIFY(source.insertRows(30, 970));
        QCOMPARE(proxy.rowCount(), 100);
        for (int row = 30; row < 1000; ++row)
            source.setData(source.index(row), QString::number(row));
        proxy.moveTo(500);
        QPersistentModelIndex kept(proxy.index(0, 0)); // source row 500

        // Rows inserted and removed above the window leave what it shows alone.
        QVERIFY(source.insertRows(10, 5));
        QCOMPARE(proxy.first(), 505);
        QCOMPARE(shown(proxy, 0), u"500"_s);
        QVERIFY(source.removeRows(0, 20));
        QCOMPARE(proxy.first(), 485);
        QCOMPARE(shown(proxy, 0), u"500"_s);
        QCOMPARE(kept.row(), 0);

        // Removed inside the window: the rows below move up into it.
        QVERIFY(source.removeRows(proxy.first() + 1, 3));
        QCOMPARE(proxy.rowCount(), 100);
        QCOMPARE(shown(proxy, 1), u"504"_s);

        // A smaller count at the end: the window slides up to stay full.
        proxy.moveTo(source.rowCount());
        QCOMPARE(proxy.first() + proxy.rowCount(), source.rowCount());
        QVERIFY(source.removeRows(source.rowCount() - 50, 50));
        QCOMPARE(proxy.rowCount(), 100);
        QCOMPARE(proxy.first() + proxy.rowCount(), source.rowCount());
        QCOMPARE(shown(proxy, 99), source.index(source.rowCount() - 1).data().toString());
        QVERIFY(source.removeRows(0, source.rowCount() - 40));
        QCOMPARE(proxy.first(), 0);
        QCOMPARE(proxy.rowCount(), 40);
    }

    void scrollsThreeHundredThousandRowsEndToEnd()
    {
        constexpr int rows = 300'000;
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.poolSize = 3});
        Session session = db.session();
        await(session.execute(u"CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s));
        // Keys with gaps: row numbers and keys differ, as after deletes.
        await(session.execute(
            u"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
            "WHERE i < %1) INSERT INTO big SELECT 2 * i, 'row ' || i FROM c"_s.arg(rows)));
        const Table table = *await(reflectTable(db.session(), u"big"_s));

        DataGrid grid(db, table, false);
        grid.resize(800, 600);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        // The first paint is the widgets' cost, not the rows': measured from here on. Between
        // two user actions below the event loop runs, as it does between two real inputs.
        StallProbe probe;
        probe.start();
        const auto nextInput = [] { QTest::qWait(1); };
        Ui::TableWindowModel *model = grid.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact() && !model->isCounting(), 30'000);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->sampledPages(),
                 (rows + Ui::TableWindowModel::PageSize - 1) / Ui::TableWindowModel::PageSize);
        QTableView *view = grid.view();
        QCOMPARE(view->model()->rowCount(), RowWindowProxy::DefaultWindowSize);
        QScrollBar *bar = grid.scrollBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), rows - view->verticalScrollBar()->pageStep());

        const auto topRow = [&] { return grid.rowWindow()->first() + view->rowAt(0); };
        const auto bottomRow = [&] {
            return grid.rowWindow()->first() + view->rowAt(view->viewport()->height() - 1);
        };
        // The scrollbar dragged to the end: the last rows, read by sampled key, numbered.
        bar->setValue(bar->maximum());
        nextInput();
        QTRY_COMPARE(bottomRow(), rows - 1);
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(rows - 1), 10'000);
        QCOMPARE(model->value(rows - 1, 0).toInt(), 2 * rows);
        const int last = view->rowAt(view->viewport()->height() - 1);
        QCOMPARE(view->verticalHeader()->model()->headerData(last, Qt::Vertical).toInt(), rows);
        screenshot(&grid, u"grid-end"_s);

        // Halfway, then a wheel turn up: the window follows across its edge.
        bar->setValue(rows / 2);
        nextInput();
        QCOMPARE(topRow(), rows / 2);
        const int before = topRow();
        for (int turn = 0; turn < 20; ++turn) {
            QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)),
                              QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &wheel);
            nextInput();
        }
        QVERIFY2(topRow() < before, qPrintable(u"%1 → %2"_s.arg(before).arg(topRow())));
        QCOMPARE(bar->value(), topRow());

        // A selected cell stays selected while the window moves under it.
        view->setFocus();
        grid.scrollToRow(rows / 2 + 10, 1);
        nextInput();
        QCOMPARE(grid.rowWindow()->mapToSource(view->currentIndex()).row(), rows / 2 + 10);
        const int windowFirst = grid.rowWindow()->first();
        bar->setValue(bar->value() + RowWindowProxy::DefaultWindowSize / 3);
        nextInput();
        QVERIFY(grid.rowWindow()->first() != windowFirst);
        QCOMPARE(grid.rowWindow()->mapToSource(view->currentIndex()).row(), rows / 2 + 10);

        // Ctrl+End and Ctrl+Home reach the table's ends, not the window's.
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        nextInput();
        QCOMPARE(grid.rowWindow()->mapToSource(view->currentIndex()).row(), rows - 1);
        QTRY_COMPARE(bottomRow(), rows - 1);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        nextInput();
        QCOMPARE(grid.rowWindow()->mapToSource(view->currentIndex()).row(), 0);
        QCOMPARE(bar->value(), 0);
        QTRY_VERIFY(model->isLoaded(0));
        QCOMPARE(model->value(0, 0).toInt(), 2);

        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QTRY_VERIFY(!model->isBusy());
        await(db.close());
    }

    void copiesSelectionsAsTabSeparatedText()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.poolSize = 3});
        Session session = db.session();
        await(session.execute(
            u"CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT, size INTEGER)"_s));
        await(session.execute(u"WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                              "WHERE i < 20000) INSERT INTO note SELECT i, 'note ' || i, 10 * i "
                              "FROM c"_s));
        await(session.execute(u"UPDATE note SET body = NULL WHERE id = 2"_s));
        await(session.execute(
            u"UPDATE note SET body = 'tab' || char(9) || 'and \"quotes\"' WHERE id = 3"_s));
        const Table table = *await(reflectTable(db.session(), u"note"_s));
        DataGrid grid(db, table, false);
        grid.resize(600, 400);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        Ui::TableWindowModel *model = grid.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact() && model->isLoaded(0), 10'000);
        QVERIFY(model->setData(model->index(0, 1), u"edited"_s)); // pending: copied as shown

        QTableView *view = grid.view();
        view->setFocus();
        QItemSelectionModel *selection = view->selectionModel();
        selection->select(QItemSelection(view->model()->index(0, 1), view->model()->index(2, 2)),
                          QItemSelectionModel::Select);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     u"edited\t10\n\t20\n\"tab\tand \"\"quotes\"\"\"\t30\n"_s);

        // With the column names; rows the view never asked for are read from the database.
        selection->clearSelection();
        selection->select(
            QItemSelection(view->model()->index(0, 0), view->model()->index(19'999, 0)),
            QItemSelectionModel::Select);
        QVERIFY(!model->isLoaded(19'999));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().startsWith(u"id\n1\n2\n"_s),
                                 10'000);
        const QStringList lines =
            QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 20'001);
        QCOMPARE(lines.last(), u"20000"_s);
        QVERIFY(model->cachedPages() <= Ui::TableWindowModel::MaxPages);
        QTRY_VERIFY(!model->isBusy());
        model->discard();
        await(db.close());
    }
};

QTEST_MAIN(TestRowWindow)
#include "tst_rowwindow.moc"
