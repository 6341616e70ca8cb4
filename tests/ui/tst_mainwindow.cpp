// SPDX-License-Identifier: MIT
// The main window as a person uses it: open a database (SQLite file, PostgreSQL URL), browse
// and filter the schema, open a table's data; bad input gets a message and nothing breaks.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "editor/editortabstore.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "mainwindow.h"
#include "model/modeldialog.h"
#include "model/modelfile.h"
#include "schema/schemabrowser.h"
#include "schema/schematreemodel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::MainWindow;

namespace {

// A small shop, in SQL both engines take.
QString shopSql(Engine e)
{
    const QString blob = e == Postgres ? u"bytea"_s : u"blob"_s;
    return u"CREATE TABLE publishers (id integer PRIMARY KEY, name text NOT NULL);"
           "CREATE TABLE books (id integer PRIMARY KEY, title text NOT NULL, "
           "publisher_id integer REFERENCES publishers (id), cover %1);"
           "CREATE TABLE orders (id integer PRIMARY KEY, placed text);"
           "CREATE TABLE order_items (order_id integer REFERENCES orders (id), "
           "book_id integer REFERENCES books (id), PRIMARY KEY (order_id, book_id));"
           "CREATE INDEX ix_books_title ON books (title);"
           "CREATE VIEW book_titles AS SELECT title FROM books;"
           "INSERT INTO publishers VALUES (1, 'Acme');"
           "INSERT INTO books (id, title, publisher_id) VALUES (1, 'One', 1), (2, 'Two', NULL), "
           "(3, '', 1)"_s.arg(blob);
}

// The names under the first schema's "Tables" group, as the (filtered) view shows them.
QStringList shownTables(Ui::SchemaBrowser *browser)
{
    QAbstractItemModel *model = browser->view()->model();
    const QModelIndex tables = model->index(0, 0, model->index(0, 0));
    QStringList names;
    for (int i = 0; i < model->rowCount(tables); ++i)
        names.append(model->index(i, 0, tables).data().toString());
    return names;
}

// Saves what the window shows when QUARRY_SCREENSHOTS names a directory (for a person to look
// at; the offscreen platform renders like a real one).
// The text a label shows a user: rich text is rendered, so markup in it is not shown.
QString shownText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QString shownText(const QMessageBox *box)
{
    const auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
    return label ? shownText(label) : QString();
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clearAppData(); // what an interrupted run left must not count as this run's
    }

    void opensBrowsesAndShowsData_data() { addEngineRows(Sqlite | Postgres); }
    void opensBrowsesAndShowsData()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        {
            Database db(scratch.url());
            for (const QString &statement : shopSql(e).split(u';'))
                await(db.session().execute(statement));
            await(db.close());
        }
        MainWindow window;
        window.show();
        // the first paint is the widgets' cost, not the database's: done before measuring
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(20);
        StallProbe probe;
        probe.start();
        QVERIFY(await(window.open(scratch.url())));
        QCOMPARE(window.connections().size(), 1);
        Ui::SchemaBrowser *browser = window.schemaBrowser();
        QVERIFY(shownTables(browser).contains(u"books"_s));
        browser->setFilterText(u"order"_s);
        QCOMPARE(shownTables(browser), (QStringList{u"order_items"_s, u"orders"_s}));
        browser->setFilterText({});

        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        // a new tab's first paint is the widgets' cost: measured from here on without it
        const Table *books = window.currentConnection()->metadata().table(u"books"_s);
        QVERIFY(books);
        window.openTable(*books, false);
        QCOMPARE(window.tabs()->count(), 1);
        QTest::qWait(50);
        probe.start();
        auto *grid = qobject_cast<Ui::DataGrid *>(window.tabs()->currentWidget());
        QVERIFY(grid);
        QTRY_VERIFY(grid->model()->isCountExact());
        QVERIFY(grid->model()->rowCount() > 0);
        QTRY_VERIFY(grid->model()->isLoaded(0));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        // reading the rows and the count again, with the grid on screen
        probe.start();
        grid->model()->reload();
        QTRY_VERIFY(grid->model()->isCountExact() && grid->model()->isLoaded(0));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        screenshot(&window, u"mainwindow-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));

        // the reflected schema saved as a model file loads back with the same tables
        QTemporaryDir dir;
        const QString modelPath = dir.filePath(u"shop.json"_s);
        QVERIFY(window.saveModelFile(window.currentConnection()->metadata(), modelPath));
        const Metadata saved = loadModel(modelPath);
        QCOMPARE(saved.tableCount(), window.currentConnection()->metadata().tableCount());
        QVERIFY(window.openModel(modelPath));
    }

    // Closing remembers the connections and tabs; the next start reopens them (a database named
    // again on the command line is not opened twice), and a table dropped since is left out.
    void restoresConnectionsAndTabs()
    {
        ScratchDatabase scratch(Sqlite);
        {
            Database db(scratch.url());
            for (const QString &statement : shopSql(Sqlite).split(u';'))
                await(db.session().execute(statement));
            await(db.close());
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(await(window.open(scratch.url())));
            const Ui::OpenConnection *connection = window.currentConnection();
            window.openTable(*connection->relation({}, u"books"_s), false);
            window.openTable(*connection->relation({}, u"orders"_s), false);
            // a view's columns come from the database, not from its definition: the grid asks
            const std::optional<Table> view = await(connection->describe({}, u"book_titles"_s));
            QVERIFY(view);
            window.openTable(*view, true);
            auto *opened = qobject_cast<Ui::DataGrid *>(window.tabs()->widget(2));
            QVERIFY(opened);
            QTRY_COMPARE(opened->model()->columnCount(), 1);
            window.tabs()->setCurrentIndex(1);
            QVERIFY(window.close());
        }
        {
            Database db(scratch.url());
            await(db.session().execute(u"DROP TABLE order_items"_s));
            await(db.session().execute(u"DROP TABLE orders"_s));
            await(db.close());
        }
        MainWindow window;
        window.show();
        await(window.start({scratch.url()}));
        QCOMPARE(window.connections().size(), 1);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->tabText(0), u"books"_s);
        QCOMPARE(window.tabs()->tabText(1), u"book_titles"_s);
        auto *view = qobject_cast<Ui::DataGrid *>(window.tabs()->widget(1));
        QVERIFY(view && view->isReadOnly());
        QTRY_VERIFY(view->model()->isLoaded(0));
        QCOMPARE(view->model()->columnCount(), 1);
        QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), u"title"_s);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QStringList titles;
        for (int row = 0; row < 3; ++row)
            titles.append(view->model()->value(row, 0).toString());
        titles.sort();
        QCOMPARE(titles, (QStringList{QString(), u"One"_s, u"Two"_s}));
    }

    // Editor tabs are on disk as they are typed: a new window (a restart, or a crash, since
    // nothing waits for a clean close) brings them back with their connection.
    void restoresEditorTabs()
    {
        ScratchDatabase scratch(Sqlite);
        {
            MainWindow window;
            window.show();
            QVERIFY(await(window.open(scratch.url())));
            Ui::QueryTab *editor = window.openEditor(window.currentConnection());
            editor->editor()->setText(u"SELECT 42 AS answer;"_s);
            editor->editor()->setCursorOffset(7);
            // Typed text reaches the disk on its own, within half a second.
            QTRY_COMPARE(window.editorStore()->load().value(0).text, u"SELECT 42 AS answer;"_s);
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        await(window.start({}));
        QCOMPARE(window.editors().size(), 1);
        Ui::QueryTab *editor = window.editors().first();
        QCOMPARE(editor->editor()->text(), u"SELECT 42 AS answer;"_s);
        QCOMPARE(editor->editor()->cursorOffset(), 7);
        // Restoring rewrites nothing: the stored cursor stays where it was.
        QTest::qWait(Ui::EditorTabStore::SaveDelayMs + 200);
        QCOMPARE(window.editorStore()->load().value(0).cursorOffset, 7);
        // Closing the tab forgets it.
        Q_EMIT window.tabs()->tabCloseRequested(window.tabs()->indexOf(editor));
        QTRY_VERIFY(window.editors().isEmpty());
        QVERIFY(window.editorStore()->load().isEmpty());
    }

    void aBrokenModelFileGetsAMessage()
    {
        ScratchDatabase scratch(Sqlite);
        MainWindow window;
        QVERIFY(await(window.open(scratch.url())));
        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            R"({"tables": [{"name": "pet", "columns": [{"name": "id", "type": "integr"}]}]})");
        broken.close();
        QSignalSpy errors(&window, &MainWindow::errorShown);
        QVERIFY(!window.openModel(broken.fileName()));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(u"broken.json"_s) && message.contains(u"integr"_s),
                 qPrintable(message));
    }

    void namesFromTheDatabaseShowLiterally()
    {
        // Names are data: markup in them must show as typed, never be rendered.
        ScratchDatabase scratch(Sqlite);
        const QString bold = u"<b>x</b>"_s;
        const QString image = u"<img src=\"y\">gone"_s;
        {
            Database db(scratch.url());
            await(db.session().execute(u"CREATE TABLE \"<b>x</b>\" (id integer PRIMARY KEY)"_s));
            await(db.close());
        }
        MainWindow window;
        QVERIFY(await(window.open(scratch.url())));
        Ui::SchemaBrowser *browser = window.schemaBrowser();

        QMessageBox *confirm = browser->confirmDrop({}, bold);
        QVERIFY2(shownText(confirm).contains(u"Drop the table <b>x</b> and"_s),
                 qPrintable(shownText(confirm)));
        confirm->button(QMessageBox::Cancel)->click();

        QSignalSpy errors(&window, &MainWindow::errorShown);
        QVERIFY(!await(browser->dropTable({}, image, false))); // no such table
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(image));
        QMessageBox *box = nullptr;
        for (QMessageBox *b : window.findChildren<QMessageBox *>()) {
            if (b->isVisible() && b->text() == errors.first().first().toString())
                box = b;
        }
        QVERIFY(box);
        QVERIFY2(shownText(box).contains(image), qPrintable(shownText(box)));
        box->close();
        bool statusShown = false;
        for (const QLabel *label : browser->findChildren<QLabel *>()) {
            if (label->text().contains(u"Could not drop"_s)) {
                QCOMPARE(shownText(label), u"Could not drop "_s + image);
                statusShown = true;
            }
        }
        QVERIFY(statusShown);
    }

    void badInputGetsAMessage()
    {
        QTemporaryDir dir;
        const QString garbage = dir.filePath(u"notes.txt"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();

        MainWindow window;
        QSignalSpy errors(&window, &MainWindow::errorShown);
        QVERIFY(!await(window.open(dir.filePath(u"missing.db"_s))));
        QVERIFY2(errors.last().first().toString().contains(u"missing.db"_s),
                 qPrintable(errors.last().first().toString()));
        QVERIFY(!await(window.open(garbage)));
        QVERIFY2(errors.last().first().toString().contains(u"not a database"_s),
                 qPrintable(errors.last().first().toString()));
        QVERIFY(!await(window.open(u"postgresql://x:y@[::1:5432/db"_s)));
        QCOMPARE(window.connections().size(), 0);

        const QString pg = postgresUrl();
        if (!pg.isEmpty()) {
            DatabaseUrl wrong = DatabaseUrl::parse(pg);
            wrong.setPassword(u"wrong-secret"_s);
            QVERIFY(!await(window.open(wrong.toString())));
            const QString message = errors.last().first().toString();
            QVERIFY2(message.contains(u"password"_s), qPrintable(message));
            QVERIFY(!message.contains(u"wrong-secret"_s));
        }
        QCOMPARE(window.connections().size(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
