// SPDX-License-Identifier: MIT
// Large values in the data grid: pages hold them cut, so memory is bounded by bytes and not by
// what the rows hold; the viewer, copies and edits use them whole and never write back a cut.
#include "testsupport.h"

#include "database/database.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"
#include "schema/reflector.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;
using Quarry::Ui::ValueViewer;

namespace {

QString blobType(Engine e)
{
    return e == Sqlite ? u"blob"_s : u"bytea"_s;
}

// The text of row \a id: \a size bytes, multi-byte characters first, the id at the end.
QString textOf(int id, int size)
{
    const int wide = size / 4; // 'é' is two bytes
    return QString(wide, u'é') + QString(size - 2 * wide - 8, u'x') +
           u"%1"_s.arg(id, 8, 10, QLatin1Char('0'));
}

QByteArray bytesOf(int id, int size)
{
    QByteArray bytes(size, char(id));
    bytes[0] = '\xff';
    return bytes;
}

// big(id PK, note, t text, b blob): \a rows rows of \a size-byte text and blob.
Table bigTable(Database &db, Engine e, int rows, int size)
{
    Session session = db.session();
    await(session.execute(u"CREATE TABLE big (id integer PRIMARY KEY, note varchar(20), t text, "
                          "b "_s +
                          blobType(e) + u")"_s));
    QList<Params> values;
    for (int id = 1; id <= rows; ++id)
        values.append(Params(id, u"n%1"_s.arg(id), textOf(id, size), bytesOf(id, size)));
    await(
        session.executeMany(u"INSERT INTO big (id, note, t, b) VALUES ($1, $2, $3, $4)"_s, values));
    return *await(reflectTable(db.session(), u"big"_s));
}

bool loaded(TableWindowModel *model)
{
    return QTest::qWaitFor([model] { return model->isCountExact() && model->isLoaded(0); }, 20'000);
}

} // namespace

class TestGridLarge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // 300 rows of 64 KiB text and 64 KiB blob: read whole, the pages would hold 38 MiB.
    void largeValuesKeepMemoryBounded_data() { addEngineRows(Sqlite | Postgres); }
    void largeValuesKeepMemoryBounded()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        constexpr int Rows = 300;
        constexpr int Size = 64 * 1024;
        TableWindowModel model(db, bigTable(db, e, Rows, Size), false);
        QVERIFY(loaded(&model));
        (void)model.data(model.index(Rows - 1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(Rows - 1), 20'000);
        QCOMPARE(model.cachedPages(), 2);
        QVERIFY2(model.heldBytes() < 6 * 1024 * 1024,
                 qPrintable(QString::number(model.heldBytes())));

        // shown as what they are; the key and small values whole
        QCOMPARE(model.cutSize(5, 2), qint64(Size));
        QCOMPARE(model.cutSize(5, 3), qint64(Size));
        QCOMPARE(model.cutSize(5, 1), qint64(-1));
        QCOMPARE(model.value(5, 0).toInt(), 6);
        QCOMPARE(model.value(5, 2).toString(), textOf(6, Size).left(TableWindowModel::CutSize));
        QCOMPARE(model.data(model.index(5, 3)).toString(), u"BLOB 65.5 kB"_s);
        QVERIFY(model.data(model.index(5, 2)).toString().endsWith(u'…'));
        QVERIFY(model.data(model.index(5, 2), Qt::ToolTipRole).toString().contains(u"65.5 kB"_s));
        // a cut value is never edited from its start; its row's other cells are
        QVERIFY(!(model.flags(model.index(5, 2)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(5, 1)) & Qt::ItemIsEditable);
        QVERIFY(model.canEdit(model.index(5, 2)));
        await(db.close());
    }

    // The viewer and a copy read cut values whole, by key and (without one) by row address.
    void largeValuesAreReadWholeWhenAsked_data() { addEngineRows(Sqlite | Postgres); }
    void largeValuesAreReadWholeWhenAsked()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        constexpr int Size = 10'000;
        const Table big = bigTable(db, e, 3, Size);
        await(db.session().execute(u"CREATE TABLE loose AS SELECT note, t, b FROM big"_s));
        for (const QString &name : {u"big"_s, u"loose"_s}) {
            const int t = name == u"big"_s ? 2 : 1;
            DataGrid grid(db, *await(reflectTable(db.session(), name)), false);
            TableWindowModel *model = grid.model();
            QVERIFY(loaded(model));
            QVERIFY(model->cutSize(1, t) > 0);
            ValueViewer *viewer = await(grid.showValue(model->index(1, t)));
            QVERIFY(viewer);
            QVERIFY(!viewer->isPreview());
            QCOMPARE(viewer->findChild<QPlainTextEdit *>()->toPlainText(), textOf(2, Size));
            viewer->close();
            viewer = await(grid.showValue(model->index(1, t + 1)));
            QVERIFY(viewer);
            QCOMPARE(viewer->value().toByteArray(), bytesOf(2, Size));
            viewer->close();

            QTableView *view = grid.view();
            view->selectionModel()->select(
                QItemSelection(view->model()->index(0, t), view->model()->index(2, t)),
                QItemSelectionModel::Select);
            await(grid.copySelection());
            QCOMPARE(QGuiApplication::clipboard()->text(),
                     textOf(1, Size) + u'\n' + textOf(2, Size) + u'\n' + textOf(3, Size) + u'\n');
        }
        await(db.close());
    }

    // An edit of another column never writes a cut value back; a cut value edited in the
    // viewer is written whole.
    void editsAroundLargeValuesKeepThemExact_data() { addEngineRows(Sqlite | Postgres); }
    void editsAroundLargeValuesKeepThemExact()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        constexpr int Size = 10'000;
        DataGrid grid(db, bigTable(db, e, 3, Size), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QVERIFY(model->setData(model->index(0, 1), u"edited"_s));
        model->removeRowsAt({2});
        ValueViewer *viewer = await(grid.showValue(model->index(1, 2)));
        QVERIFY(viewer);
        auto *text = viewer->findChild<QPlainTextEdit *>();
        QVERIFY(!text->isReadOnly());
        const QString longer = text->toPlainText() + u" and more"_s;
        text->setPlainText(longer);
        viewer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(model->pendingCount(), 3);
        QVERIFY(await(grid.save()));

        const Result rows =
            await(db.session().all(u"SELECT id, note, t, b FROM big ORDER BY id"_s));
        QCOMPARE(rows.rowCount(), 2);
        QCOMPARE(rows.value(0, 1).toString(), u"edited"_s);
        QCOMPARE(rows.value(0, 2).toString(), textOf(1, Size));
        QCOMPARE(rows.value(0, 3).toByteArray(), bytesOf(1, Size));
        QCOMPARE(rows.value(1, 2).toString(), longer);
        QCOMPARE(rows.value(1, 3).toByteArray(), bytesOf(2, Size));
        await(db.close());
    }

    // 100 MiB in one cell: read on the worker, shown as a preview, saved and loaded by file on
    // a worker; the window never waits.
    void aHugeValueNeverStallsTheViewer_data() { addEngineRows(Sqlite | Postgres); }
    void aHugeValueNeverStallsTheViewer()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const QByteArray huge = bytesOf(9, 100 * 1024 * 1024);
        await(db.session().execute(u"CREATE TABLE h (id integer PRIMARY KEY, b "_s + blobType(e) +
                                   u")"_s));
        await(db.session().execute(u"INSERT INTO h VALUES (1, $1)"_s, Params(huge)));
        DataGrid grid(db, *await(reflectTable(db.session(), u"h"_s)), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));

        StallProbe probe;
        probe.start();
        ValueViewer *viewer = await(grid.showValue(model->index(0, 1)));
        QVERIFY(viewer);
        QVERIFY(viewer->isPreview());
        // The viewer gives the size in the grid's units.
        QCOMPARE(model->data(model->index(0, 1)).toString(), u"BLOB 104.9 MB"_s);
        QVERIFY2(viewer->findChild<QLabel *>()->text().startsWith(u"Binary, 104.9 MB."_s),
                 qPrintable(viewer->findChild<QLabel *>()->text()));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"value.bin"_s);
        QVERIFY(await(viewer->saveTo(file)));
        QFile saved(file);
        QCOMPARE(saved.size(), huge.size());
        QVERIFY(await(viewer->loadFrom(file)));
        QTest::qWait(100);
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QCOMPARE(viewer->value().toByteArray().size(), huge.size());
        viewer->close();
        await(db.close());
    }
};

QTEST_MAIN(TestGridLarge)
#include "tst_gridlarge.moc"
