// SPDX-License-Identifier: MIT
#pragma once

#include "schema/table.h"
#include "url/databaseurl.h"

#include <QCoroTask>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace Quarry::Ui {

class OpenConnection;
class SchemaBrowser;

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
    QList<OpenConnection *> connections() const { return m_connections; }
    OpenConnection *currentConnection() const;
    SchemaBrowser *schemaBrowser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Opens a data tab for \a table of the current connection.
    void openTable(const Quarry::Table &table, bool readOnly);

Q_SIGNALS:
    /// An error was shown to the user (also in the status bar).
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseFile();
    void chooseUrl();
    void closeCurrentConnection();
    void closeTab(int index);
    void showError(const QString &message);
    void rememberRecent(const QString &location);
    void fillRecentMenu();
    void selectConnection(int index);
    static std::optional<DatabaseUrl> urlFor(const QString &urlOrPath, QString &error);

    QList<OpenConnection *> m_connections;
    SchemaBrowser *m_browser;
    QComboBox *m_connectionBox;
    QDockWidget *m_schemaDock;
    QTabWidget *m_tabs;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Quarry::Ui
