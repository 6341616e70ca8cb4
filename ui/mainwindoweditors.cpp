// SPDX-License-Identifier: MIT
// The window's SQL editor tabs: opening them on a connection, keeping their text on disk as it
// is typed (EditorTabStore), bringing them back with their connection, and the history dock.
#include "mainwindow.h"

#include "connection/openconnection.h"
#include "editor/editortabstore.h"
#include "editor/historypanel.h"
#include "editor/historystore.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"

#include <QDockWidget>
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

QueryTab *MainWindow::openEditor(OpenConnection *connection, const QString &text, QUuid id)
{
    auto *editor = new QueryTab(connection, id);
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
    const QString title = tr("SQL %1").arg(++m_editorCount);
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
    // Tabs of connections not open now stay stored, after these.
    for (const EditorTabStore::Tab &stored : m_editorStore->load()) {
        if (!order.contains(stored.id))
            order.append(stored.id);
    }
    m_editorStore->setOrder(order);
}

void MainWindow::restoreEditors()
{
    QSet<QUuid> open;
    for (QueryTab *editor : editors())
        open.insert(editor->id());
    for (const EditorTabStore::Tab &stored : m_editorStore->load()) {
        // A tab whose connection is not open stays on disk until it is.
        OpenConnection *connection = connectionFrom(stored.source);
        if (!connection || open.contains(stored.id))
            continue;
        QueryTab *editor = openEditor(connection, stored.text, stored.id);
        editor->editor()->setCursorOffset(stored.cursorOffset);
    }
}

void MainWindow::runFromHistory(const QString &sql, const QString &connectionName)
{
    OpenConnection *target = currentConnection();
    for (OpenConnection *connection : m_connections) {
        if (connection->name() == connectionName)
            target = connection;
    }
    if (!target) {
        showError(tr("Open a database first: the statement runs on it."));
        return;
    }
    QueryTab *editor = openEditor(target, sql);
    QCoro::connect(editor->runAll(), editor, [](bool) {});
}

} // namespace Quarry::Ui
