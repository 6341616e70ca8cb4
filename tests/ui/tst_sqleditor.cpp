// SPDX-License-Identifier: MIT
// The SQL editor: completion from a reflected schema, comment toggling, find and replace, error
// marks at UTF-16 offsets, and the editor tabs kept on disk.
#include "testsupport.h"

#include "database/database.h"
#include "editor/editortabstore.h"
#include "editor/findbar.h"
#include "editor/sqlcompleter.h"
#include "editor/sqleditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::EditorTabStore;
using Quarry::Ui::SqlCompleter;
using Quarry::Ui::SqlEditor;

namespace {

/// A real SQLite database with a default schema (city, country, a view) and an attached one
/// (sales), reflected; \a more runs first (to change the schema between two reflections).
Metadata reflectedSchema(const QStringList &more = {})
{
    ScratchDatabase scratch(Sqlite);
    QTemporaryDir attached;
    Database db(scratch.url());
    Metadata metadata;
    {
        Session session = db.session();
        await(session.execute(
            u"CREATE TABLE country (id integer PRIMARY KEY, name text, code text)"_s));
        await(session.execute(u"CREATE TABLE city (id integer PRIMARY KEY, name text NOT NULL, "
                              "population integer, country_id integer REFERENCES country)"_s));
        await(session.execute(
            u"CREATE VIEW big_city AS SELECT * FROM city WHERE population > 1e6"_s));
        await(session.execute(u"ATTACH DATABASE $1 AS sales"_s,
                              Params(attached.filePath(u"sales.db"_s))));
        await(session.execute(u"CREATE TABLE sales.invoice (id integer PRIMARY KEY, total real, "
                              "city_id integer, \"Due Date\" text)"_s));
        await(session.execute(
            u"CREATE TABLE sales.item (id integer PRIMARY KEY, invoice_id integer)"_s));
        for (const QString &sql : more)
            await(session.execute(sql));
        metadata = await(reflect(session));
    }
    await(db.close());
    return metadata;
}

const Metadata &schema()
{
    static const Metadata metadata = reflectedSchema();
    return metadata;
}

/// Completions with the cursor at the `|` in \a marked.
QStringList complete(const SqlCompleter &completer, QString marked)
{
    const qsizetype cursor = marked.indexOf(u'|');
    marked.remove(cursor, 1);
    return completer.completions(marked, cursor);
}

SqlCompleter completer(const Metadata &metadata = schema())
{
    SqlCompleter completer;
    completer.setDialect(Dialect::Kind::Sqlite);
    completer.setMetadata(metadata);
    return completer;
}

/// \a widget as it looks, with the popups over it (the completion list is a window of its own).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QPixmap pixmap = widget->grab();
    QPainter painter(&pixmap);
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible() && top != widget->window())
            painter.drawPixmap(widget->mapFromGlobal(top->mapToGlobal(QPoint(0, 0))), top->grab());
    painter.end();
    pixmap.save(dir + u'/' + name + u".png"_s);
}

EditorTabStore::Tab tab(const QString &title, const QString &text, qsizetype cursor = 0)
{
    EditorTabStore::Tab tab;
    tab.id = QUuid::createUuid();
    tab.title = title;
    tab.source = u"sqlite:///tmp/x.db"_s;
    tab.text = text;
    tab.cursorOffset = cursor;
    return tab;
}

} // namespace

class TestSqlEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(schema().table(u"invoice", u"sales"));
    }

    void completesColumnsAfterTableName()
    {
        const QStringList offers = complete(completer(), u"SELECT * FROM city WHERE city.|"_s);
        QCOMPARE(offers, (QStringList{u"id"_s, u"name"_s, u"population"_s, u"country_id"_s}));
        QCOMPARE(complete(completer(), u"SELECT city.po| FROM city"_s),
                 QStringList{u"population"_s});
    }

    void completesColumnsAfterAlias()
    {
        const SqlCompleter c = completer();
        QCOMPARE(complete(c, u"SELECT c.| FROM city c"_s),
                 (QStringList{u"id"_s, u"name"_s, u"population"_s, u"country_id"_s}));
        QCOMPARE(
            complete(c, u"SELECT k.CO| FROM city AS c JOIN country k ON k.id = c.country_id"_s),
            QStringList{u"code"_s});
        // A schema-qualified table with an alias; a column name that needs quotes.
        QCOMPARE(complete(c, u"SELECT i.| FROM sales.invoice i WHERE i.total > 0"_s),
                 (QStringList{u"id"_s, u"total"_s, u"city_id"_s, u"\"Due Date\""_s}));
        // Comma-separated FROM lists, and an alias after the cursor on another line.
        QCOMPARE(complete(c, u"SELECT x.na|\n  FROM city y, country x"_s), QStringList{u"name"_s});
        // Without a qualifier the columns of the statement's tables come first.
        QCOMPARE(complete(c, u"SELECT popu| FROM city"_s).value(0), u"population"_s);
    }

    void completesKeywordsByPrefix()
    {
        const SqlCompleter c = completer();
        QVERIFY(complete(c, u"SEL|"_s).contains(u"SELECT"_s));
        QVERIFY(complete(c, u"sel|"_s).contains(u"select"_s));
        QVERIFY(complete(c, u"SELECT * FROM city WH|"_s).contains(u"WHERE"_s));
        QVERIFY(!complete(c, u"SEL|"_s).contains(u"WHERE"_s));
        // Dialect keywords: PRAGMA is SQLite's, ILIKE PostgreSQL's.
        QVERIFY(complete(c, u"PRA|"_s).contains(u"PRAGMA"_s));
        SqlCompleter pg = completer();
        pg.setDialect(Dialect::Kind::Postgres);
        QVERIFY(complete(pg, u"SELECT 1 WHERE a IL|"_s).contains(u"ILIKE"_s));
        QVERIFY(!complete(pg, u"PRA|"_s).contains(u"PRAGMA"_s));
    }

    void completesTablesByPrefix()
    {
        const SqlCompleter c = completer();
        const QStringList offers = complete(c, u"SELECT * FROM ci|"_s);
        QVERIFY(offers.contains(u"city"_s));
        QVERIFY(!offers.contains(u"country"_s));
        QVERIFY(complete(c, u"SELECT * FROM big|"_s).contains(u"big_city"_s));
        QVERIFY(complete(c, u"SELECT * FROM SA|"_s).contains(u"sales"_s));
    }

    void completesSchemaQualifiedTables()
    {
        const SqlCompleter c = completer();
        QCOMPARE(complete(c, u"SELECT * FROM sales.|"_s), (QStringList{u"invoice"_s, u"item"_s}));
        QCOMPARE(complete(c, u"SELECT * FROM sales.it|"_s), QStringList{u"item"_s});
        QCOMPARE(complete(c, u"SELECT sales.item.| FROM sales.item"_s),
                 (QStringList{u"id"_s, u"invoice_id"_s}));
        QCOMPARE(complete(c, u"SELECT * FROM main.cou|"_s), QStringList{u"country"_s});
    }

    void offersNothingInStringsAndComments()
    {
        const SqlCompleter c = completer();
        QVERIFY(complete(c, u"SELECT 'SEL|"_s).isEmpty());
        QVERIFY(complete(c, u"SELECT 1 -- city.|"_s).isEmpty());
        QVERIFY(complete(c, u"SELECT $$ SEL|"_s).isEmpty());
        QVERIFY(!complete(c, u"SELECT 'x' || $$ a $$, 1::int, SEL|"_s).isEmpty());
    }

    void refreshedSchemaChangesTheOffers()
    {
        SqlEditor editor;
        editor.setSchema(schema());
        QCOMPARE(editor.dialect(), Dialect::Kind::Sqlite);
        editor.setText(u"SELECT * FROM pe"_s);
        editor.setCursorOffset(editor.text().size());
        editor.showCompletions();
        QVERIFY(!editor.shownCompletions().contains(u"person"_s));
        editor.setSchema(reflectedSchema({u"CREATE TABLE person (id integer PRIMARY KEY)"_s}));
        editor.showCompletions();
        QVERIFY2(editor.shownCompletions().contains(u"person"_s),
                 qPrintable(editor.shownCompletions().join(u' ')));
    }

    void typingShowsCompletions()
    {
        SqlEditor editor;
        editor.setSchema(schema());
        editor.resize(600, 300);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setFocus();
        editor.setText(u"SELECT * FROM "_s);
        editor.setCursorOffset(editor.text().size());
        QTest::keyClicks(&editor, u"ci"_s);
        QVERIFY(editor.shownCompletions().isEmpty());
        QTest::keyClicks(&editor, u"t"_s);
        QVERIFY(editor.shownCompletions().contains(u"city"_s));
        editor.cancelList();
        QTest::keyClicks(&editor, u"y c WHERE c."_s);
        QCOMPARE(editor.shownCompletions(),
                 (QStringList{u"id"_s, u"name"_s, u"population"_s, u"country_id"_s}));
        // Choosing one puts it in.
        QTest::keyClicks(&editor, u"pop"_s);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.text(), u"SELECT * FROM city c WHERE c.population"_s);
        editor.setText(u"SELECT * FROM c"_s);
        editor.setCursorOffset(editor.text().size());
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(editor.shownCompletions().contains(u"country"_s));
    }

    void togglesComments()
    {
        SqlEditor editor;
        editor.setText(u"SELECT 1"_s);
        editor.setCursorOffset(3);
        editor.toggleComment();
        QCOMPARE(editor.text(), u"-- SELECT 1"_s);
        editor.toggleComment();
        QCOMPARE(editor.text(), u"SELECT 1"_s);

        const QString script = u"  SELECT a\n    FROM t\n\n  WHERE x\nLIMIT 1"_s;
        editor.setText(script);
        // Lines 0–3, the selection ending at the start of line 4 (which stays as it is).
        editor.setSelectionRange(2, script.indexOf(u"LIMIT"));
        editor.toggleComment();
        QCOMPARE(editor.text(), u"  -- SELECT a\n  --   FROM t\n\n  -- WHERE x\nLIMIT 1"_s);
        editor.toggleComment();
        QCOMPARE(editor.text(), script);
        // Mixed lines are commented, not uncommented; one undo step takes it back.
        editor.setText(u"-- a\nb"_s);
        editor.selectAll();
        editor.toggleComment();
        QCOMPARE(editor.text(), u"-- -- a\n-- b"_s);
        editor.undo();
        QCOMPARE(editor.text(), u"-- a\nb"_s);

        // And from the keyboard.
        editor.setText(u"SELECT 2"_s);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setFocus();
        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor.text(), u"-- SELECT 2"_s);
    }

    void findsAndReplaces()
    {
        SqlEditor editor;
        editor.setText(u"select a from t;\nSELECT b FROM t;\nSelect ü FROM t"_s);
        Ui::FindBar *bar = editor.findBar();
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        bar->showFind();
        bar->findField()->setText(u"select"_s);
        editor.setCursorOffset(0);
        QVERIFY(bar->findNext());
        QCOMPARE(editor.selectionRange(), std::optional(std::pair<qsizetype, qsizetype>(0, 6)));
        QVERIFY(bar->findNext());
        QCOMPARE(editor.selectionRange()->first, 17);
        QVERIFY(bar->findPrevious());
        QCOMPARE(editor.selectionRange()->first, 0);
        bar->matchCaseBox()->setChecked(true);
        QVERIFY(bar->findNext());
        QVERIFY(bar->findNext()); // wraps around to the only lower-case one
        QCOMPARE(editor.selectionRange()->first, 0);
        bar->findField()->setText(u"nowhere"_s);
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->status(), u"No matches"_s);

        bar->showReplace();
        bar->findField()->setText(u"FROM"_s);
        bar->replaceField()->setText(u"from"_s);
        QCOMPARE(bar->replaceAll(), 2);
        bar->matchCaseBox()->setChecked(false);
        bar->findField()->setText(u"t"_s);
        bar->replaceField()->setText(u"tt"_s);
        // The replacement holds the text it replaces: each match is replaced once.
        QCOMPARE(bar->replaceAll(), 6);
        QCOMPARE(editor.text(), u"selectt a from tt;\nSELECtt b from tt;\nSelectt ü from tt"_s);
        editor.undo();
        QCOMPARE(editor.text(), u"select a from t;\nSELECT b from t;\nSelect ü from t"_s);

        // Replace: the first press finds, the next ones replace.
        bar->findField()->setText(u"ü"_s);
        bar->replaceField()->setText(u"c"_s);
        editor.setCursorOffset(0);
        QVERIFY(!bar->replace());
        QVERIFY(bar->replace());
        QCOMPARE(editor.text(), u"select a from t;\nSELECT b from t;\nSelect c from t"_s);

        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
    }

    void marksErrorsAtUtf16Offsets()
    {
        SqlEditor editor;
        const QString sql = u"SELECT 'Zürich 🏙', ĉ\nFROM nowhere\nWHERE 1"_s;
        editor.setText(sql);
        const qsizetype begin = sql.indexOf(u"nowhere");
        editor.markError(begin, begin + 7, u"no such table: nowhere"_s);
        QCOMPARE(editor.errorRanges(),
                 (QList<std::pair<qsizetype, qsizetype>>{{begin, begin + 7}}));
        QCOMPARE(editor.annotation(1), u"no such table: nowhere"_s);
        QVERIFY(editor.markersAtLine(1) != 0);
        QCOMPARE(editor.markersAtLine(0), 0u);
        // A position without a length marks one character.
        const qsizetype dot = sql.indexOf(u'ĉ');
        editor.markError(dot, dot, u"odd"_s);
        QCOMPARE(editor.errorRanges().first(), (std::pair<qsizetype, qsizetype>{dot, dot + 1}));
        editor.clearErrors();
        QVERIFY(editor.errorRanges().isEmpty());
        QVERIFY(editor.annotation(1).isEmpty());
        QCOMPARE(editor.markersAtLine(1), 0u);
    }

    void convertsCursorAndSelectionOffsets()
    {
        SqlEditor editor;
        const QString sql = u"-- ü🐘 é\nSELECT 'ß'"_s;
        editor.setText(sql);
        QVERIFY(!editor.selectionRange());
        for (const qsizetype offset : QList<qsizetype>{0, 3, 4, 6, 9, sql.size()}) {
            editor.setCursorOffset(offset);
            QCOMPARE(editor.cursorOffset(), offset);
        }
        editor.setSelectionRange(3, 6);
        QCOMPARE(editor.selectedText(), u"ü🐘"_s);
        QCOMPARE(editor.selectionRange(), std::optional(std::pair<qsizetype, qsizetype>(3, 6)));
        QCOMPARE(editor.cursorOffset(), 6);
        QCOMPARE(editor.toBytes(sql.size()), qsizetype(sql.toUtf8().size()));
    }

    void keepsTabsOnDisk()
    {
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/editors"_s;
        QDir(dir).removeRecursively();
        const EditorTabStore::Tab first = tab(u"Query 1"_s, u"SELECT 'ü🐘'"_s, 9);
        EditorTabStore::Tab second = tab(u"Query 2"_s, u"SELECT 2"_s);
        const EditorTabStore::Tab third = tab(u"Query 3"_s, u"SELECT 3"_s, 2);
        {
            EditorTabStore store;
            QCOMPARE(store.directory(), dir);
            QVERIFY2(store.save(first), qPrintable(store.errorString()));
            QVERIFY(store.save(second));
            store.schedule(third);
            second.text = u"SELECT 22"_s;
            store.schedule(second);
            // Not yet on disk; on disk within SaveDelayMs.
            QCOMPARE(EditorTabStore().load().size(), 2);
            QCOMPARE(EditorTabStore().load().value(1).text, u"SELECT 2"_s);
            QTRY_COMPARE_WITH_TIMEOUT(EditorTabStore().load().size(), 3,
                                      EditorTabStore::SaveDelayMs * 4);
            second.title = u"Renamed"_s;
            store.schedule(second);
            // flush() (or the destructor) writes what is pending.
        }
        QCOMPARE(EditorTabStore().load(), (QList<EditorTabStore::Tab>{first, second, third}));

        // A write that never finished leaves the last good file.
        {
            QSaveFile file(dir + u'/' + first.id.toString(QUuid::WithoutBraces) + u".json"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"id\": \"");
        }
        // And a file that is garbage anyway is skipped.
        {
            QFile file(dir + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                       u".json"_s);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"id\": \"");
        }
        QCOMPARE(EditorTabStore().load(), (QList<EditorTabStore::Tab>{first, second, third}));

        {
            EditorTabStore store;
            store.schedule(second);
            store.remove(second.id);
            QVERIFY(store.setOrder({third.id, first.id}));
        }
        QCOMPARE(EditorTabStore().load(), (QList<EditorTabStore::Tab>{third, first}));
    }

    void screenshots()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *editor = new SqlEditor(&window);
        layout->addWidget(editor);
        layout->addWidget(editor->findBar());
        editor->setSchema(schema());
        editor->setText(u"-- Cities and their invoices\n"
                        "SELECT c.name, count(*) AS invoices, sum(i.total) / 100.0\n"
                        "  FROM city c\n"
                        "  JOIN sales.invoice i ON i.city_id = c.id\n"
                        " WHERE c.name <> 'Zürich' AND \"Due Date\" > '2024-01-01'\n"
                        " GROUP BY c.name\n"
                        " ORDER BY nmae;\n"
                        "SELECT c. FROM city c;\n"_s);
        const QString text = editor->text();
        editor->markError(text.indexOf(u"nmae"), text.indexOf(u"nmae") + 4,
                          u"no such column: nmae"_s);
        window.resize(720, 380);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        editor->findBar()->showFind();
        editor->findBar()->findField()->setText(u"invoice"_s);
        editor->setFocus();
        editor->setCursorOffset(text.indexOf(u"c. FROM") + 2);
        editor->showCompletions();
        QVERIFY(!editor->shownCompletions().isEmpty());
        QTest::qWait(50);
        screenshot(&window, u"sql-editor-light"_s);

        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        editor->showCompletions();
        QTest::qWait(50);
        screenshot(&window, u"sql-editor-dark"_s);
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
