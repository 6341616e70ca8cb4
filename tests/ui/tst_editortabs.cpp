// SPDX-License-Identifier: MIT
// What the user typed is never hidden or changed: editor tabs wait for their connection and
// come back with it, names are never reused, keys do what the menus say, the editor shows its
// connection, history runs where it was recorded, and two windows do not take each other's tabs.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "editor/editortabstore.h"
#include "editor/historypanel.h"
#include "editor/historystore.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"
#include "grid/datagrid.h"
#include "mainwindow.h"
#include "schema/schemabrowser.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::MainWindow;

namespace {

QString pathOf(const ScratchDatabase &scratch)
{
    return DatabaseUrl::parse(scratch.url()).database();
}

void execute(const QString &url, const QString &sql)
{
    Database db(url);
    await(db.session().execute(sql));
    await(db.close());
}

qint64 count(const QString &url, const QString &table)
{
    Database db(url);
    const qint64 n = await(db.session().scalar(u"SELECT count(*) FROM "_s + table)).toLongLong();
    await(db.close());
    return n;
}

QStringList tabTexts(const MainWindow &window)
{
    QStringList texts;
    for (int i = 0; i < window.tabs()->count(); ++i)
        texts.append(window.tabs()->tabText(i));
    return texts;
}

// Every shortcut that is live while \a focus has the keyboard focus, by the rules Qt's shortcut
// map applies: window-wide ones, those of widgets around the focus, the focus widget's own.
QMultiMap<QKeySequence, QString> liveShortcuts(QWidget *window, QWidget *focus)
{
    QMultiMap<QKeySequence, QString> live;
    const auto applies = [window, focus](Qt::ShortcutContext context, QWidget *owner) {
        switch (context) {
        case Qt::WidgetShortcut:
            return owner == focus;
        case Qt::WidgetWithChildrenShortcut:
            return owner == focus || owner->isAncestorOf(focus);
        case Qt::WindowShortcut:
        case Qt::ApplicationShortcut:
            return qobject_cast<QMenu *>(owner) || owner->window() == window;
        }
        return false;
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        bool active = false;
        for (QObject *object : action->associatedObjects()) {
            if (auto *owner = qobject_cast<QWidget *>(object))
                active = active || applies(action->shortcutContext(), owner);
        }
        if (!active)
            continue;
        for (const QKeySequence &keys : action->shortcuts())
            live.insert(keys, action->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->shortcut().isEmpty() && applies(Qt::WindowShortcut, button))
            live.insert(button->shortcut(), u"button "_s + button->toolTip());
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        auto *owner = qobject_cast<QWidget *>(shortcut->parent());
        if (owner && applies(shortcut->context(), owner))
            live.insert(shortcut->key(), u"shortcut "_s + shortcut->objectName());
    }
    if (auto *editor = qobject_cast<QsciScintilla *>(focus)) {
        for (QsciCommand *command : editor->standardCommands()->commands()) {
            for (int key : {command->key(), command->alternateKey()}) {
                if (key != 0)
                    live.insert(QKeySequence(key), u"editor: "_s + command->description());
            }
        }
    }
    return live;
}

QStringList duplicates(const QMultiMap<QKeySequence, QString> &live)
{
    QStringList found;
    for (const QKeySequence &keys : live.uniqueKeys()) {
        const QStringList owners = live.values(keys);
        if (owners.size() > 1)
            found.append(keys.toString() + u": "_s + owners.join(u" / "_s));
    }
    return found;
}

} // namespace

class TestEditorTabs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each test starts without a saved session, editor tabs or history.
    void init()
    {
        QSettings().clear();
        clearAppData();
    }

    // A connection that cannot be reopened at start keeps its editor tabs on disk (also when the
    // window closes meanwhile); opening it later brings them back with their text.
    void editorTabsComeBackWhenTheirConnectionOpensLater()
    {
        ScratchDatabase scratch(Sqlite);
        const QString path = pathOf(scratch);
        execute(scratch.url(), u"CREATE TABLE t (x integer)"_s);
        {
            MainWindow window;
            window.show();
            QVERIFY(await(window.open(scratch.url())));
            window.openEditor(window.currentConnection())
                ->editor()
                ->setText(u"SELECT 1 AS kept;"_s);
            QTRY_COMPARE(window.editorStore()->load().value(0).text, u"SELECT 1 AS kept;"_s);
            QVERIFY(window.close());
        }
        // Not there at the next start (like a profile whose password is needed).
        QVERIFY(QFile::rename(path, path + u".away"_s));
        {
            MainWindow window;
            window.show();
            await(window.start({}));
            QVERIFY(window.connections().isEmpty());
            QVERIFY(window.editors().isEmpty());
            QVERIFY(window.close());
            QCOMPARE(window.editorStore()->load().size(), 1);
        }
        MainWindow window;
        window.show();
        await(window.start({}));
        QVERIFY(window.editors().isEmpty());
        QVERIFY(QFile::rename(path + u".away"_s, path));
        QVERIFY(await(window.open(path)));
        QCOMPARE(window.editors().size(), 1);
        QCOMPARE(window.editors().first()->editor()->text(), u"SELECT 1 AS kept;"_s);
        QCOMPARE(window.editors().first()->connection(), window.currentConnection());
    }

    // "SQL 1" is taken by a table's tab, "SQL 3" by a restored editor: new editors skip them.
    void aNewEditorNeverReusesAVisibleTabName()
    {
        ScratchDatabase scratch(Sqlite);
        execute(scratch.url(), u"CREATE TABLE \"SQL 1\" (x integer)"_s);
        {
            MainWindow window;
            window.show();
            QVERIFY(await(window.open(scratch.url())));
            for (int i = 0; i < 3; ++i)
                window.openEditor(window.currentConnection());
            QCOMPARE(tabTexts(window), (QStringList{u"SQL 1"_s, u"SQL 2"_s, u"SQL 3"_s}));
            // Only the third one is kept.
            for (int i = 0; i < 2; ++i)
                Q_EMIT window.tabs()->tabCloseRequested(0);
            QTRY_COMPARE(window.tabs()->count(), 1);
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        await(window.start({}));
        QCOMPARE(tabTexts(window), QStringList{u"SQL 3"_s});
        Ui::OpenConnection *connection = window.currentConnection();
        window.openTable(*connection->relation({}, u"SQL 1"_s), false);
        for (int i = 0; i < 3; ++i)
            window.openEditor(connection);
        const QStringList texts = tabTexts(window);
        QCOMPARE(texts.size(), 5);
        QCOMPARE(QSet<QString>(texts.begin(), texts.end()).size(), 5);
    }

    // Every key does one thing wherever the focus is: no action, button or editor command
    // shares a key with another that is live at the same time.
    void noShortcutIsClaimedTwice()
    {
        ScratchDatabase scratch(Sqlite);
        execute(scratch.url(), u"CREATE TABLE t (x integer)"_s);
        MainWindow window;
        window.show();
        QVERIFY(await(window.open(scratch.url())));
        window.openTable(*window.currentConnection()->relation({}, u"t"_s), false);
        auto *grid = qobject_cast<Ui::DataGrid *>(window.tabs()->currentWidget());
        QVERIFY(grid);
        Ui::QueryTab *editor = window.openEditor(window.currentConnection());
        const QList<std::pair<QString, QWidget *>> places{
            {u"editor"_s, editor->editor()},
            {u"grid"_s, grid->view()},
            {u"schema tree"_s, window.schemaBrowser()->view()},
        };
        for (const auto &[name, focus] : places) {
            const QMultiMap<QKeySequence, QString> live = liveShortcuts(&window, focus);
            QVERIFY2(live.size() > 5, qPrintable(name));
            const QStringList twice = duplicates(live);
            QVERIFY2(twice.isEmpty(), qPrintable(name + u": "_s + twice.join(u"; "_s)));
        }
    }

    // What the menus promise: Ctrl+T in the editor opens an editor (and swaps no lines), F5
    // refreshes the schema.
    void ctrlTInTheEditorOpensAnEditorAndF5Refreshes()
    {
        ScratchDatabase scratch(Sqlite);
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(await(window.open(scratch.url())));
        Ui::QueryTab *editor = window.openEditor(window.currentConnection());
        editor->editor()->setText(u"SELECT 1;\nSELECT 2;"_s);
        editor->editor()->setCursorPosition(1, 0);
        editor->editor()->setFocus();
        QTRY_VERIFY(editor->editor()->hasFocus());
        QTest::keyClick(editor->editor(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(editor->editor()->text(), u"SELECT 1;\nSELECT 2;"_s);
        QCOMPARE(window.editors().size(), 2);

        QSignalSpy reflected(window.currentConnection(), &Ui::OpenConnection::reflected);
        window.schemaBrowser()->view()->setFocus();
        QTRY_VERIFY(window.schemaBrowser()->view()->hasFocus());
        QTest::keyClick(window.schemaBrowser()->view(), Qt::Key_F5);
        QTRY_COMPARE(reflected.size(), 1);
    }

    // The editor says where it runs: a label in its toolbar and the tab's tooltip, never with a
    // password.
    void theEditorShowsItsConnection()
    {
        ScratchDatabase scratch(Sqlite);
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(await(window.open(scratch.url())));
        Ui::QueryTab *editor = window.openEditor(window.currentConnection());
        const QString name = window.currentConnection()->name();
        auto *label = editor->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(name), qPrintable(label->text()));
        QVERIFY(label->isVisible());
        QVERIFY(window.tabs()->tabToolTip(window.tabs()->indexOf(editor)).contains(name));

        const QString pg = postgresUrl();
        if (pg.isEmpty())
            return;
        const DatabaseUrl url = DatabaseUrl::parse(pg);
        QVERIFY(!url.password().isEmpty());
        QVERIFY(await(window.open(pg)));
        Ui::QueryTab *onPostgres = window.openEditor(window.currentConnection());
        const QString shown = onPostgres->findChild<QLabel *>(u"connectionLabel"_s)->text() +
                              onPostgres->findChild<QLabel *>(u"connectionLabel"_s)->toolTip() +
                              window.tabs()->tabToolTip(window.tabs()->indexOf(onPostgres));
        QVERIFY2(shown.contains(url.host()), qPrintable(shown));
        QVERIFY2(!shown.contains(u':' + url.password() + u'@'), "the password is shown");
    }

    // Two databases with the same display name: Run Again runs where the statement ran, and
    // asks when that connection is not open instead of running on another one.
    void runAgainRunsWhereTheStatementRan()
    {
        QTemporaryDir one, two;
        const QString first = one.filePath(u"same.db"_s);
        const QString second = two.filePath(u"same.db"_s);
        for (const QString &path : {first, second})
            execute(u"sqlite:///"_s + path, u"CREATE TABLE t (x integer)"_s);
        {
            MainWindow window;
            window.show();
            QVERIFY(await(window.open(first)));
            Ui::QueryTab *editor = window.openEditor(window.currentConnection());
            editor->editor()->setText(u"INSERT INTO t VALUES (1)"_s);
            QSignalSpy recorded(window.history(), &Ui::HistoryStore::recorded);
            QVERIFY(await(editor->runAll()));
            QTRY_COMPARE(recorded.size(), 1);
            QVERIFY(await(window.open(second))); // now current, same name
            QCOMPARE(window.connections().at(0)->name(), window.connections().at(1)->name());
            Ui::HistoryPanel *panel = window.historyPanel();
            await(panel->refresh());
            QCOMPARE(panel->list()->topLevelItemCount(), 1);
            panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
            panel->runSelected();
            QTRY_COMPARE(count(u"sqlite:///"_s + first, u"t"_s), 2);
            QCOMPARE(count(u"sqlite:///"_s + second, u"t"_s), 0);
            QCOMPARE(window.editors().last()->connection(), window.connections().at(0));
            QVERIFY(window.close());
        }
        QSettings().clear(); // no session: only the second database is open
        MainWindow window;
        window.show();
        QVERIFY(await(window.open(second)));
        Ui::HistoryPanel *panel = window.historyPanel();
        await(panel->refresh());
        QCOMPARE(panel->list()->topLevelItemCount(), 2);
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        panel->runSelected();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>()) && question->isVisible());
        QVERIFY(window.editors().isEmpty());
        QCOMPARE(count(u"sqlite:///"_s + second, u"t"_s), 0);
        // Asked, it connects to the first database and runs there.
        QAbstractButton *connect = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                connect = button;
        }
        QVERIFY(connect);
        connect->click();
        QTRY_COMPARE(count(u"sqlite:///"_s + first, u"t"_s), 3);
        QCOMPARE(count(u"sqlite:///"_s + second, u"t"_s), 0);
        QCOMPARE(window.connections().size(), 2);
    }

    // Two windows (or processes) on the same tab store: a tab open in one is not restored into
    // the other, so neither overwrites the other's text; each keeps its own.
    void twoWindowsDoNotTakeEachOthersTabs()
    {
        ScratchDatabase scratch(Sqlite);
        MainWindow first;
        first.show();
        QVERIFY(await(first.open(scratch.url())));
        first.openEditor(first.currentConnection())->editor()->setText(u"SELECT 'first';"_s);
        first.editorStore()->flush();
        // The second one restores a session with the same connection.
        QSettings().setValue(u"session/connections"_s, QStringList{pathOf(scratch)});
        {
            MainWindow second;
            second.show();
            await(second.start({}));
            QCOMPARE(second.connections().size(), 1);
            QVERIFY(second.editors().isEmpty());
            second.openEditor(second.currentConnection())->editor()->setText(u"SELECT 'second';"_s);
            QVERIFY(second.close());
        }
        first.editors().first()->editor()->setText(u"SELECT 'first, again';"_s);
        QVERIFY(first.close());
        QStringList texts;
        for (const Ui::EditorTabStore::Tab &tab : Ui::EditorTabStore().load())
            texts.append(tab.text);
        texts.sort();
        QCOMPARE(texts, (QStringList{u"SELECT 'first, again';"_s, u"SELECT 'second';"_s}));
    }

    // The store itself: a tab saved by one store is not written by another.
    void aTabSavedByOneStoreIsNotWrittenByAnother()
    {
        QTemporaryDir dir;
        Ui::EditorTabStore one(nullptr, dir.path());
        Ui::EditorTabStore other(nullptr, dir.path());
        Ui::EditorTabStore::Tab tab{
            .id = QUuid::createUuid(), .title = u"SQL 1"_s, .text = u"mine"_s};
        QVERIFY(one.save(tab));
        QVERIFY(!other.claim(tab.id));
        Ui::EditorTabStore::Tab theirs = tab;
        theirs.text = u"theirs"_s;
        QVERIFY(!other.save(theirs));
        QVERIFY(!other.errorString().isEmpty());
        QCOMPARE(Ui::EditorTabStore(nullptr, dir.path()).load().value(0).text, u"mine"_s);
        // Let go (the tab closed with its connection, or the process ended): another may take it.
        one.release(tab.id);
        QVERIFY(other.claim(tab.id));
        QVERIFY(other.save(theirs));
        // Both stores' tabs stay listed whatever order each writes.
        Ui::EditorTabStore::Tab second{.id = QUuid::createUuid(), .text = u"second"_s};
        QVERIFY(one.save(second));
        QVERIFY(other.setOrder({tab.id}));
        QVERIFY(one.setOrder({second.id}));
        QCOMPARE(Ui::EditorTabStore(nullptr, dir.path()).load().size(), 2);
    }
};

QTEST_MAIN(TestEditorTabs)
#include "tst_editortabs.moc"
