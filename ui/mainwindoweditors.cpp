// SPDX-License-Identifier: MIT
// The window's SQL editor tabs: opening them on a connection, keeping their text on disk as it
// is typed (EditorTabStore), bringing them back with their connection, and the history dock.
#include "mainwindow.h"

#include "connection/errors.h"
#include "connection/openconnection.h"
#include "editor/editortabstore.h"
#include "editor/historypanel.h"
#include "editor/historystore.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"

#include <QAction>
#include <QDockWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

EditorTabStore::Tab stateOf(QueryTab *editor, const QString &title)
{
    EditorTabStore::Tab tab;
    tab.id = editor->id();
    tab.title = title;
    tab.source = editor->connection() ? editor->connection()->source() : QString();
    tab.text = editor->editor()->text();
    tab.cursorOffset = editor->editor()->cursorOffset();
    return tab;
}

} // namespace

void MainWindow::createHistoryDock()
{
    m_editorStore = new EditorTabStore(this);
    connect(m_editorStore, &EditorTabStore::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("An editor tab could not be saved: %1").arg(message));
    });
    m_history = new HistoryStore(this);
    connect(m_history, &HistoryStore::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(tr("History: %1").arg(message), 8000);
    });
    m_historyPanel = new HistoryPanel(m_history);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_historyPanel, &HistoryPanel::runRequested, this, &MainWindow::runFromHistory);
    connect(m_historyPanel, &HistoryPanel::openRequested, this, [this](const QString &sql) {
        if (OpenConnection *connection = currentConnection())
            openEditor(connection, sql);
    });
}

QString MainWindow::newEditorTitle()
{
    QSet<QString> shown;
    for (int i = 0; i < m_tabs->count(); ++i)
        shown.insert(m_tabs->tabText(i));
    QString title;
    do
        title = tr("SQL %1").arg(++m_editorCount);
    while (shown.contains(title));
    return title;
}

QueryTab *MainWindow::openEditor(OpenConnection *connection, const QString &text, QUuid id,
                                 const QString &storedTitle)
{
    auto *editor = new QueryTab(connection, id);
    // The window's keys (Ctrl+T: a new editor) before QScintilla's (Ctrl+T: swap lines).
    QList<QAction *> windowKeys;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcutContext() == Qt::WindowShortcut ||
            action->shortcutContext() == Qt::ApplicationShortcut)
            windowKeys.append(action);
    }
    editor->editor()->releaseKeys(windowKeys);
    editor->setHistory(m_history);
    if (!text.isEmpty())
        editor->editor()->setText(text);
    connect(editor, &QueryTab::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(editor, &QueryTab::stateChanged, this, &MainWindow::updateTransactionBadge);
    connect(editor, &QueryTab::schemaChanged, connection, [connection](const SchemaChange &change) {
        QCoro::connect(connection->applySchemaChange(change), connection, [](bool) {});
    });
    connect(editor, &QObject::destroyed, this, &MainWindow::updateTransactionBadge,
            Qt::QueuedConnection);
    connect(editor->editor(), &QsciScintilla::textChanged, this,
            [this, editor] { saveEditor(editor); });
    // The editor's session belongs to the connection's pool: it closes with the connection.
    connect(connection, &QObject::destroyed, editor, &QObject::deleteLater);
    // Closed with its connection, the tab stays stored and another window may take it.
    connect(editor, &QObject::destroyed, m_editorStore,
            [store = m_editorStore, tabId = editor->id()] { store->release(tabId); });
    bool taken = storedTitle.isEmpty();
    for (int i = 0; i < m_tabs->count() && !taken; ++i)
        taken = m_tabs->tabText(i) == storedTitle;
    const QString title = taken ? newEditorTitle() : storedTitle;
    const int index = m_tabs->addTab(editor, title);
    m_tabs->setTabToolTip(index, tr("%1 — %2").arg(title, connection->name()));
    m_tabs->setCurrentIndex(index);
    // A new tab is stored at once; a restored one is on disk as it is (cursor included).
    if (id.isNull())
        saveEditor(editor);
    editor->editor()->setFocus();
    return editor;
}

QList<QueryTab *> MainWindow::editors(OpenConnection *connection) const
{
    QList<QueryTab *> found;
    for (QWidget *tab : workTabs(connection)) {
        if (auto *editor = qobject_cast<QueryTab *>(tab))
            found.append(editor);
    }
    return found;
}

void MainWindow::saveEditor(QueryTab *editor)
{
    m_editorStore->schedule(stateOf(editor, m_tabs->tabText(m_tabs->indexOf(editor))));
}

void MainWindow::forgetEditor(QueryTab *editor)
{
    m_editorStore->remove(editor->id());
}

void MainWindow::saveEditors()
{
    QList<QUuid> order;
    for (QueryTab *editor : editors()) {
        m_editorStore->schedule(stateOf(editor, m_tabs->tabText(m_tabs->indexOf(editor))));
        order.append(editor->id());
    }
    m_editorStore->flush();
    // Tabs of connections not open now (and other windows' tabs) stay stored, after these.
    m_editorStore->setOrder(order);
}

void MainWindow::restoreEditors(OpenConnection *only)
{
    QSet<QUuid> open;
    for (QueryTab *editor : editors())
        open.insert(editor->id());
    for (EditorTabStore::Tab stored : m_editorStore->load()) {
        // Older versions kept a URL's secrets with the tab: kept without them from now on.
        if (holdsSecret(stored.source) && !open.contains(stored.id) &&
            m_editorStore->claim(stored.id)) {
            stored.source = safeLocation(stored.source);
            m_editorStore->save(stored);
            m_editorStore->release(stored.id);
        }
        // A tab whose connection is not open stays on disk until it is; one another window
        // has open stays there.
        OpenConnection *connection = connectionFrom(stored.source);
        if (!connection || (only && connection != only) || open.contains(stored.id) ||
            !m_editorStore->claim(stored.id))
            continue;
        QueryTab *editor = openEditor(connection, stored.text, stored.id, stored.title);
        editor->editor()->setCursorOffset(stored.cursorOffset);
    }
}

void MainWindow::runOn(OpenConnection *connection, const QString &sql)
{
    QueryTab *editor = openEditor(connection, sql);
    QCoro::connect(editor->runAll(), editor, [](bool) {});
}

void MainWindow::runFromHistory(const HistoryEntry &entry)
{
    for (OpenConnection *connection : std::as_const(m_connections)) {
        if (!entry.connectionId.isEmpty() && connection->identity() == entry.connectionId) {
            runOn(connection, entry.sql);
            return;
        }
    }
    // Never silently elsewhere: a statement meant for one database may harm another.
    askToRunElsewhere(entry);
}

void MainWindow::askToRunElsewhere(const HistoryEntry &entry)
{
    // A URL that held a secret is kept redacted: it cannot be opened again from here.
    bool reopenable = !entry.connectionId.isEmpty();
    if (reopenable && entry.connectionId.contains(u"://"_s)) {
        try {
            reopenable = !DatabaseUrl::parse(entry.connectionId).hasSecrets();
        } catch (const DatabaseError &) {
            reopenable = false;
        }
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Run Again"),
        tr("The statement ran on “%1”, which is not open. It is not run on another database "
           "without asking.")
            .arg(entry.connection),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *connectAndRun =
        reopenable ? box->addButton(tr("Connect and Run"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *openHere =
        currentConnection()
            ? box->addButton(tr("Open in Editor on “%1”").arg(currentConnection()->name()),
                             QMessageBox::ActionRole)
            : nullptr;
    box->setDefaultButton(QMessageBox::Cancel);
    QPointer<OpenConnection> current = currentConnection();
    connect(box, &QMessageBox::buttonClicked, this,
            [this, connectAndRun, openHere, current, entry](QAbstractButton *clicked) {
                if (clicked == connectAndRun && connectAndRun)
                    QCoro::connect(reopenAndRun(entry.connectionId, entry.sql), this, [] {});
                else if (clicked == openHere && openHere && current)
                    openEditor(current, entry.sql); // to read and run by hand
            });
    box->open();
}

QCoro::Task<void> MainWindow::reopenAndRun(QString source, QString sql)
{
    QPointer<MainWindow> self(this);
    const bool opened = co_await reopen(source);
    if (!self || !opened)
        co_return;
    for (OpenConnection *connection : std::as_const(m_connections)) {
        if (connection->identity() == source) {
            runOn(connection, sql);
            co_return;
        }
    }
}

} // namespace Quarry::Ui
