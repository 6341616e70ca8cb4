// SPDX-License-Identifier: MIT
// Editing in the data grid on both engines: pending edits saved all or nothing, discarded, or
// written into the tab's transaction and then committed or rolled back; closing with unsaved
// work asks first.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"
#include "mainwindow.h"
#include "schema/reflector.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    widget->resize(760, 260);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

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

// w(a, id PK, b), where each row's b is another row's id: a key read from the wrong column
// names a real row.
Table wTable(Database &db)
{
    Session session = db.session();
    await(session.execute(u"CREATE TABLE w (a varchar(10), id integer PRIMARY KEY, b integer)"_s));
    await(session.execute(u"INSERT INTO w (a, id, b) VALUES ('x', 1, 2), ('y', 2, 3), "
                          "('z', 3, 1)"_s));
    return *await(reflectTable(db.session(), u"w"_s));
}

QList<int> storedIds(Database &db)
{
    QList<int> ids;
    const Result rows = await(db.session().all(u"SELECT id FROM w ORDER BY id"_s));
    for (qsizetype i = 0; i < rows.rowCount(); ++i)
        ids.append(rows.value(i, 0).toInt());
    return ids;
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList names;
    for (int c = 0; c < model->columnCount(); ++c)
        names.append(model->headerData(c, Qt::Horizontal).toString());
    return names;
}

} // namespace

class TestGridEditing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The count in the status line takes the plural form its number needs: "1 row".
    void countSaysOneRow()
    {
        QTranslator plurals;
        QVERIFY(plurals.load(QStringLiteral(QUARRY_PLURALS_QM)));
        QCoreApplication::installTranslator(&plurals);
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE one (id integer PRIMARY KEY); "
                                   "INSERT INTO one VALUES (1)"_s));
        DataGrid grid(db, *await(reflectTable(db.session(), u"one"_s)), false);
        QVERIFY(loaded(grid.model()));
        auto *status = grid.findChild<QLabel *>(u"status"_s);
        QTRY_VERIFY(status->text().startsWith(u"1 row"_s));
        QVERIFY2(!status->text().startsWith(u"1 rows"_s) && !status->text().contains(u"row(s)"_s),
                 qPrintable(status->text()));
        QCoreApplication::removeTranslator(&plurals);
        await(db.close());
    }

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
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
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
        screenshot(&grid, u"grid-transaction-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));
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

    // The tree's copy of w is older than the table: another program dropped column a.
    void opensTheTableAsItIsNotAsRemembered_data() { addEngineRows(Sqlite | Postgres); }
    void opensTheTableAsItIsNotAsRemembered()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Table remembered = wTable(db);
        await(db.session().execute(u"ALTER TABLE w DROP COLUMN a"_s));

        DataGrid grid(db, remembered, false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QCOMPARE(headers(model), QStringList({u"id"_s, u"b"_s}));
        QCOMPARE(model->data(model->index(0, 0)).toInt(), 1);
        QCOMPARE(model->data(model->index(0, 1)).toInt(), 2);

        model->removeRowsAt({0}); // the row shown first: id 1
        QVERIFY(await(grid.save()));
        QCOMPARE(storedIds(db), QList<int>({2, 3}));
        await(db.close());
    }

    // The table changes while the grid is open with edits pending: the save writes nothing
    // through the old column map, the grid follows the table and keeps the edits that still
    // apply.
    void aSaveAfterTheTableChangedWritesNothingStale_data() { addEngineRows(Sqlite | Postgres); }
    void aSaveAfterTheTableChangedWritesNothingStale()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, wTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QCOMPARE(headers(model), QStringList({u"a"_s, u"id"_s, u"b"_s}));
        QVERIFY(model->setData(model->index(0, 2), 20));      // b of id 1
        QVERIFY(model->setData(model->index(1, 0), u"yy"_s)); // a of id 2: a goes
        QCOMPARE(model->pendingCount(), 2);
        await(db.session().execute(u"ALTER TABLE w DROP COLUMN a"_s));

        QSignalSpy changed(model, &TableWindowModel::tableChanged);
        QSignalSpy errors(&grid, &DataGrid::errorOccurred);
        QVERIFY(!await(grid.save()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"Nothing was saved"_s),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY2(changed.first().first().toString().contains(u"1 pending edit"_s),
                 qPrintable(changed.first().first().toString()));
        QCOMPARE(await(db.session().scalar(u"SELECT b FROM w WHERE id = 1"_s)).toInt(), 2);

        QVERIFY(loaded(model));
        QCOMPARE(headers(model), QStringList({u"id"_s, u"b"_s}));
        QCOMPARE(model->pendingCount(), 1);
        QCOMPARE(model->data(model->index(0, 1)).toInt(), 20); // still pending, shown
        QVERIFY(await(grid.save()));
        QCOMPARE(await(db.session().scalar(u"SELECT b FROM w WHERE id = 1"_s)).toInt(), 20);
        QCOMPARE(await(db.session().scalar(u"SELECT b FROM w WHERE id = 2"_s)).toInt(), 3);
        await(db.close());
    }

    // A page read after the table changed shows the table as it is, every value under its
    // own header, and says so once.
    void aPageReadFollowsAChangedTable_data() { addEngineRows(Sqlite | Postgres); }
    void aPageReadFollowsAChangedTable()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, wTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QSignalSpy changed(model, &TableWindowModel::tableChanged);
        QSignalSpy errors(model, &TableWindowModel::errorOccurred);
        await(db.session().execute(u"ALTER TABLE w DROP COLUMN a"_s));
        model->reload();
        QVERIFY(loaded(model));
        QCOMPARE(headers(model), QStringList({u"id"_s, u"b"_s}));
        QCOMPARE(model->data(model->index(2, 0)).toInt(), 3);
        QCOMPARE(model->data(model->index(2, 1)).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(errors.isEmpty());
        await(db.close());
    }

    // PostgreSQL: the same column name with another type is another column map.
    void aChangedColumnTypeIsNoticed_data() { addEngineRows(Postgres); }
    void aChangedColumnTypeIsNoticed()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, wTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QVERIFY(model->setData(model->index(0, 2), 20));
        QSignalSpy changed(model, &TableWindowModel::tableChanged);
        await(db.session().execute(u"ALTER TABLE w ALTER COLUMN b TYPE text"_s));
        QVERIFY(!await(grid.save()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model->pendingCount(), 0); // an integer edit of what is text now: dropped
        QVERIFY(loaded(model));
        QCOMPARE(model->table().column(u"b")->nativeType, u"text"_s);
        QCOMPARE(await(db.session().scalar(u"SELECT b FROM w WHERE id = 1"_s)).toString(), u"2"_s);
        await(db.close());
    }

    // A read that fails is reported once, not once per repaint (nor again by the count).
    void aFailedReadIsReportedOnce()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        DataGrid grid(db, wTable(db), false);
        TableWindowModel *model = grid.model();
        QVERIFY(loaded(model));
        QSignalSpy errors(model, &TableWindowModel::errorOccurred);
        await(db.session().execute(u"DROP TABLE w"_s));
        model->reload();
        QTRY_VERIFY(!errors.isEmpty());
        for (int i = 0; i < 5; ++i) {
            (void)model->data(model->index(0, 0));
            QTest::qWait(50);
        }
        QCOMPARE(errors.size(), 1);
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
        Ui::ValueViewer *viewer = await(grid.showValue(grid.model()->index(0, 1)));
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

    // DDL typed in the editor: the tree reads again the tables it names, and an open grid of
    // such a table follows it, keeping its pending edit.
    void ddlInTheEditorRefreshesTreeAndGrids_data() { addEngineRows(Sqlite | Postgres); }
    void ddlInTheEditorRefreshesTreeAndGrids()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
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
        Ui::OpenConnection *connection = window.currentConnection();
        window.openTable(*connection->metadata().table(u"tag"_s), false);
        auto *grid = qobject_cast<DataGrid *>(window.tabs()->currentWidget());
        QVERIFY(loaded(grid->model()));
        QVERIFY(grid->model()->setData(grid->model()->index(0, 1), u"uno"_s));

        Ui::QueryTab *editor =
            window.openEditor(connection, u"ALTER TABLE tag ADD COLUMN extra integer;\n"
                                          "CREATE TABLE fresh (id integer PRIMARY KEY);"_s);
        QVERIFY(await(editor->runAll()));
        QTRY_VERIFY(connection->metadata().table(u"fresh"_s));
        QTRY_VERIFY(connection->metadata().table(u"tag"_s)->hasColumn(u"extra"));
        QTRY_COMPARE(grid->model()->columnCount(), 4);
        QVERIFY(loaded(grid->model()));
        QCOMPARE(grid->model()->pendingCount(), 1);
        QCOMPARE(grid->model()->data(grid->model()->index(0, 1)).toString(), u"uno"_s);

        editor->editor()->setText(u"DROP TABLE fresh"_s);
        QVERIFY(await(editor->runAll()));
        QTRY_VERIFY(!connection->metadata().table(u"fresh"_s));
        grid->model()->discard();
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
