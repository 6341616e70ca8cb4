// SPDX-License-Identifier: MIT
#pragma once

#include "connection/options.h"
#include "schema/metadata.h"
#include "schema/table.h"
#include "sql/schemachange.h"
#include "url/databaseurl.h"

#include <QCoroTask>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <functional>

class QComboBox;
class QLabel;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace Quarry::Ui {

class DataGrid;
class EditorTabStore;
class HistoryPanel;
class HistoryStore;
class QueryTab;
class ModelDialog;
class ConnectionManager;
class ConnectionStore;
class OpenConnection;
class PasswordStore;
struct ConnectionProfile;
class SchemaBrowser;
struct HistoryEntry;

/// The shell: a schema dock, data tabs, menus and a status bar, wiring the feature widgets.
/// Window layout and recent files are kept in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a database from a URL or an SQLite file path; resolves to whether it worked (a
    /// failure was shown in the window).
    QCoro::Task<bool> open(QString urlOrPath);
    /// Opens a saved connection with \a password (empty for SQLite, or to let libpq find one).
    QCoro::Task<bool> open(ConnectionProfile profile, QString password);
    /// Shows the saved connections (File → Connections…).
    void showConnections();
    QList<OpenConnection *> connections() const { return m_connections; }
    OpenConnection *currentConnection() const;
    SchemaBrowser *schemaBrowser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Opens a data tab for \a table of the current connection.
    void openTable(const Quarry::Table &table, bool readOnly);
    /// Opens an SQL editor tab on \a connection with \a text (\a id, \a title: a restored
    /// tab's; a title another tab shows is not used twice).
    QueryTab *openEditor(OpenConnection *connection, const QString &text = {}, QUuid id = {},
                         const QString &title = {});
    QList<QueryTab *> editors(OpenConnection *connection = nullptr) const;
    EditorTabStore *editorStore() const { return m_editorStore; }
    HistoryStore *history() const { return m_history; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    /// What the app does on start: reopens the connections and tabs open when it was last
    /// closed (unless the setting "session/restore" is false), then opens \a locations.
    QCoro::Task<void> start(QStringList locations);
    /// Reopens the connections and data tabs saved by the last close.
    QCoro::Task<void> restoreSession();

    /// Shows the model file at \a path against the current connection (File → Open Model…).
    ModelDialog *openModel(const QString &path);
    /// Writes \a metadata as a model file (File → Save Schema as Model…).
    bool saveModelFile(const Metadata &metadata, const QString &path);

Q_SIGNALS:
    /// An error was shown to the user (also in the status bar).
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void chooseFile();
    void chooseUrl();
    void chooseModel();
    void saveSchemaAsModel();
    void closeCurrentConnection();
    void closeTab(int index);
    void showError(const QString &message);
    /// Asks before \a proceed runs when any of \a tabs has unsaved work (non-blocking).
    void confirmDiscard(const QList<QWidget *> &tabs, std::function<void()> proceed);
    QList<DataGrid *> grids(OpenConnection *connection = nullptr) const;
    /// DDL ran on \a connection: open grids of the tables it names look at them again.
    void recheckGrids(OpenConnection *connection, const SchemaChange &change);
    /// Data grids and SQL editors (of \a connection).
    QList<QWidget *> workTabs(OpenConnection *connection = nullptr) const;
    static OpenConnection *connectionOf(QWidget *tab);
    static bool hasOpenTransaction(QWidget *tab);
    static bool hasUnsavedWork(QWidget *tab);
    void removeTab(QWidget *tab);
    void createHistoryDock();
    /// Keeps an editor's text on disk as it is typed; forgetEditor() when it is closed.
    void saveEditor(QueryTab *editor);
    void forgetEditor(QueryTab *editor);
    void saveEditors();
    /// Brings back the stored editor tabs of \a connection (all open ones when null) that no
    /// other window has open.
    void restoreEditors(OpenConnection *connection = nullptr);
    /// "SQL n" that no tab shows.
    QString newEditorTitle();
    /// Runs \a entry on the connection it ran on; asks when that one is not open.
    void runFromHistory(const HistoryEntry &entry);
    void askToRunElsewhere(const HistoryEntry &entry);
    QCoro::Task<void> reopenAndRun(QString source, QString sql);
    void runOn(OpenConnection *connection, const QString &sql);
    void updateTransactionBadge();
    void rememberRecent(const QString &location);
    void fillRecentMenu();
    /// Drops locations that hold a secret (kept by older versions) from the recent list and
    /// the saved session.
    static void forgetRecentSecrets();
    static void forgetSessionSecrets();
    /// Whether \a location, a file path or URL, holds a secret; a broken URL is taken to.
    static bool holdsSecret(const QString &location);
    /// \a location without its secrets (empty for a broken URL).
    static QString safeLocation(const QString &location);
    void selectConnection(int index);
    static std::optional<DatabaseUrl> urlFor(const QString &urlOrPath, QString &error);
    /// What both open()s come to; \a remember puts it on the recent list. A connection already
    /// open from the same \a source is selected instead of opened twice.
    QCoro::Task<bool> openUrl(DatabaseUrl url, QString name, Options options, bool remember,
                              QString source);
    void openTableOn(OpenConnection *connection, const Quarry::Table &table, bool readOnly);
    OpenConnection *connectionFrom(const QString &source) const;
    /// Remembers the open connections and tabs for restoreSession().
    void saveSession() const;
    QCoro::Task<bool> reopen(QString source);

    QList<OpenConnection *> m_connections;
    SchemaBrowser *m_browser;
    QComboBox *m_connectionBox;
    QDockWidget *m_schemaDock;
    QDockWidget *m_historyDock = nullptr;
    HistoryStore *m_history = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    EditorTabStore *m_editorStore = nullptr;
    int m_editorCount = 0;
    QTabWidget *m_tabs;
    QMenu *m_recentMenu = nullptr;
    ConnectionStore *m_connectionStore = nullptr;
    PasswordStore *m_passwords = nullptr;
    QPointer<ConnectionManager> m_connectionManager;
    QLabel *m_transactionBadge = nullptr;
    bool m_closeConfirmed = false;
    /// restoreSession() is under way: it brings the editors back after the data tabs.
    bool m_restoringSession = false;
};

} // namespace Quarry::Ui
