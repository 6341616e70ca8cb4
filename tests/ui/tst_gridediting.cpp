// SPDX-License-Identifier: MIT
// Editing in the data grid on both engines: pending edits saved all or nothing, discarded, or
// written into the tab's transaction and then committed or rolled back; closing with unsaved
// work asks first.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"
#include "mainwindow.h"
#include "schema/reflector.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;

namespace {

Table tagTable(Database &db)
{
    Session session = db.session();
    await(session.execute(u"CREATE TABLE tag (id integer PRIMARY KEY, name varchar(20) NOT NULL "
                          "UNIQUE, uses integer DEFAULT 7)"_s));
    await(session.execute(u"INSERT INTO tag (id, name, uses) VALUES (1, 'one', 1), "
                          "(2, 'two', 2), (3, 'three', 3)"_s));
    return *await(reflectTable(db.session(), u"tag"_s));
}

// id → name as stored, read on a session of its own.
QMap<int, QString> stored(Database &db)
{
    QMap<int, QString> names;
    const Result rows = await(db.session().all(u"SELECT id, name FROM tag ORDER BY id"_s));
    for (qsizetype i = 0; i < rows.rowCount(); ++i)
        names.insert(rows.value(i, 0).toInt(), rows.value(i, 1).toString());
    return names;
}

QMap<int, QString> original()
{
    return {{1, u"one"_s}, {2, u"two"_s}, {3, u"three"_s}};
}

bool loaded(TableWindowModel *model)
{
    return QTest::qWaitFor([model] { return model->isCountExact() && model->isLoaded(0); }, 10'000);
}

} // namespace

class TestGridEditing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesEditsAllTogether_data() { addEngineRows(Sqlite | Postgres); }
    void savesEditsAllTogether()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, tagTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QVERIFY(model->isEditable());

        QVERIFY(model->setData(model->index(0, 1), u"uno"_s));
        QCOMPARE(model->data(model->index(0, 1)).toString(), u"uno"_s); // shown, pending
        model->removeRowsAt({2});
        const int added = model->addRow();
        QCOMPARE(added, 3);
        QVERIFY(model->setData(model->index(added, 0), 4));
        QVERIFY(model->setData(model->index(added, 1), u"four"_s));
        model->setNull({model->index(1, 2)});
        QCOMPARE(model->pendingCount(), 4);
        QCOMPARE(stored(db), original()); // nothing written yet

        StallProbe probe;
        probe.start();
        QVERIFY(await(grid.save()));
        probe.stop();
        QVERIFY2(probe.maxGapMs() < 50, qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QCOMPARE(model->pendingCount(), 0);
        const QMap<int, QString> expected{{1, u"uno"_s}, {2, u"two"_s}, {4, u"four"_s}};
        QCOMPARE(stored(db), expected);
        QVERIFY(await(db.session().scalar(u"SELECT uses FROM tag WHERE id = 2"_s)).isNull());
        // the new row got its default
        QCOMPARE(await(db.session().scalar(u"SELECT uses FROM tag WHERE id = 4"_s)).toInt(), 7);
        QTRY_VERIFY(model->isLoaded(0) && model->rowCount() == 3);
        await(db.close());
    }

    void aFailingSaveAppliesNothing_data() { addEngineRows(Sqlite | Postgres); }
    void aFailingSaveAppliesNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, tagTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QSignalSpy errors(&grid, &DataGrid::errorOccurred);
        QVERIFY(model->setData(model->index(0, 1), u"uno"_s));
        QVERIFY(model->setData(model->index(1, 1), u"three"_s)); // UNIQUE violation
        QVERIFY(!await(grid.save()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"Nothing was saved"_s),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(stored(db), original());
        QCOMPARE(model->pendingCount(), 2); // kept for the user to fix
        QVERIFY(model->setData(model->index(1, 1), u"dos"_s));
        QVERIFY(await(grid.save()));
        const QMap<int, QString> fixed{{1, u"uno"_s}, {2, u"dos"_s}, {3, u"three"_s}};
        QCOMPARE(stored(db), fixed);

        // discarding forgets the edits; the database never saw them
        QTRY_VERIFY(model->isLoaded(0));
        QVERIFY(model->setData(model->index(0, 1), u"eins"_s));
        model->discard();
        QCOMPARE(model->pendingCount(), 0);
        QCOMPARE(model->data(model->index(0, 1)).toString(), u"uno"_s);
        QCOMPARE(stored(db), fixed);
        await(db.close());
    }

    void manualTransactionCommitsOrRollsBack_data() { addEngineRows(Sqlite | Postgres); }
    void manualTransactionCommitsOrRollsBack()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, tagTable(db), false);
        TableWindowModel *model = grid.model();
        grid.setAutoCommit(false);
        QVERIFY(loaded(model));

        QVERIFY(model->setData(model->index(0, 1), u"uno"_s));
        QVERIFY(await(grid.save()));
        QVERIFY(grid.hasOpenTransaction());
        QVERIFY(grid.hasUnsavedWork());
        QCOMPARE(stored(db), original()); // not committed: others do not see it
        QTRY_VERIFY(model->isLoaded(0));
        QCOMPARE(model->value(0, 1).toString(), u"uno"_s); // the tab sees its own write
        QVERIFY(await(grid.rollback()));
        QVERIFY(!grid.hasOpenTransaction());
        QTRY_VERIFY(model->isLoaded(0));
        QCOMPARE(model->value(0, 1).toString(), u"one"_s);
        QCOMPARE(stored(db), original());

        QVERIFY(model->setData(model->index(2, 1), u"tres"_s));
        QVERIFY(await(grid.save()));
        QVERIFY(await(grid.commit()));
        QVERIFY(!grid.hasUnsavedWork());
        QCOMPARE(stored(db).value(3), u"tres"_s);
        await(db.close());
    }

    void valuesOpenWholeInTheViewer()
    {
        QCOMPARE(Ui::ValueViewer::hexDump("AB\x01"),
                 u"00000000  41 42 01                                          AB.\n"_s);
        QImage image(3, 2, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Ui::ValueViewer picture(png, false);
        QCOMPARE(picture.tabs()->count(), 3); // image, hex, text
        QVERIFY(picture.tabs()->tabText(0).contains(u"3 × 2"_s));

        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        DataGrid grid(db, tagTable(db), false);
        QVERIFY(loaded(grid.model()));
        Ui::ValueViewer *viewer = grid.showValue(grid.model()->index(0, 1));
        QVERIFY(viewer);
        auto *text = viewer->findChild<QPlainTextEdit *>();
        QCOMPARE(text->toPlainText(), u"one"_s);
        QVERIFY(!text->isReadOnly());
        text->setPlainText(u"a much longer name"_s);
        viewer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(grid.model()->pendingCount(), 1);
        QCOMPARE(grid.model()->data(grid.model()->index(0, 1), Qt::EditRole).toString(),
                 u"a much longer name"_s);
        await(db.close());
    }

    void closingWithUnsavedWorkAsks()
    {
        ScratchDatabase scratch(Sqlite);
        {
            Database db(scratch.url());
            tagTable(db);
            await(db.close());
        }
        Ui::MainWindow window;
        window.show();
        QSignalSpy errors(&window, &Ui::MainWindow::errorShown);
        QVERIFY2(await(window.open(scratch.url())),
                 errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        window.openTable(*window.currentConnection()->metadata().table(u"tag"_s), false);
        auto *grid = qobject_cast<DataGrid *>(window.tabs()->currentWidget());
        QVERIFY(loaded(grid->model()));
        QVERIFY(grid->model()->setData(grid->model()->index(0, 1), u"uno"_s));

        // closing the tab: asked, cancelled, still there
        window.tabs()->tabCloseRequested(0);
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(u"tag"_s));
        QPointer<QMessageBox> asked(box);
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(window.tabs()->count(), 1);
        QTRY_VERIFY(!asked); // closed boxes delete themselves

        // closing the window: asked; discarding closes it
        QVERIFY(!window.close());
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestGridEditing)
#include "tst_gridediting.moc"
