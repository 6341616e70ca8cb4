// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "alertcolors.h"

#include "connection/connectionmanager.h"
#include "connection/connectionprofile.h"
#include "connection/connectionstore.h"
#include "connection/errors.h"
#include "connection/openconnection.h"
#include "connection/passwordstore.h"
#include "editor/querytab.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "schema/schemabrowser.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new SchemaBrowser)
    , m_connectionBox(new QComboBox)
    , m_schemaDock(new QDockWidget(tr("Schema"), this))
    , m_tabs(new QTabWidget(this))
    , m_connectionStore(new ConnectionStore(this))
    , m_passwords(new PasswordStore(PasswordStore::DefaultService, this))
{
    setWindowTitle(tr("Quarry"));
    setWindowIcon(QIcon(u":/icons/quarry.svg"_s));
    setAcceptDrops(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    auto *dockContents = new QWidget;
    auto *dockLayout = new QVBoxLayout(dockContents);
    dockLayout->setContentsMargins(4, 4, 4, 4);
    dockLayout->addWidget(m_connectionBox);
    dockLayout->addWidget(m_browser);
    m_schemaDock->setObjectName(u"schemaDock"_s);
    m_schemaDock->setWidget(dockContents);
    addDockWidget(Qt::LeftDockWidgetArea, m_schemaDock);
    createHistoryDock();

    createMenus();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_browser, &SchemaBrowser::openRequested, this, &MainWindow::openTable);
    connect(m_browser, &SchemaBrowser::errorOccurred, this, &MainWindow::showError);
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this, &MainWindow::selectConnection);

    m_transactionBadge = new QLabel(this);
    AlertColors::mark(m_transactionBadge, true, true);
    m_transactionBadge->hide();
    statusBar()->addPermanentWidget(m_transactionBadge);

    forgetRecentSecrets();
    forgetSessionSecrets();
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    statusBar()->showMessage(tr("Open a database: File → Open Database File… or drop a file here"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Co&nnections…"), QKeySequence(tr("Ctrl+Shift+N")), this,
                    &MainWindow::showConnections);
    file->addAction(tr("&Open Database File…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &URL…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseUrl);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("&Close Connection"), this, &MainWindow::closeCurrentConnection);
    file->addSeparator();
    file->addAction(tr("Open &Model…"), QKeySequence(tr("Ctrl+Shift+M")), this,
                    &MainWindow::chooseModel);
    file->addAction(tr("&Save Schema as Model…"), this, &MainWindow::saveSchemaAsModel);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    database->addAction(tr("&Create Table…"), QKeySequence(tr("Ctrl+Shift+T")), this, [this] {
        if (currentConnection())
            m_browser->showCreateTable(QString());
    });
    database->addAction(tr("New &SQL Editor"), QKeySequence(tr("Ctrl+T")), this, [this] {
        if (OpenConnection *connection = currentConnection())
            openEditor(connection);
        else
            showError(tr("Open a database first: the editor runs SQL on it."));
    });
    database->addAction(tr("&Refresh Schema"), QKeySequence::Refresh, this, [this] {
        if (OpenConnection *connection = currentConnection())
            QCoro::connect(connection->refresh(), this, [](bool) {});
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *schema = m_schemaDock->toggleViewAction();
    schema->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    view->addAction(schema);
    QAction *history = m_historyDock->toggleViewAction();
    history->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    view->addAction(history);
    view->addAction(tr("Close &Tab"), QKeySequence::Close, this,
                    [this] { closeTab(m_tabs->currentIndex()); });
    createLanguageMenu(view->addMenu(tr("&Language")));
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    // Names in their own language: whoever picks one can read it.
    const QList<std::pair<QString, QString>> languages{
        {QString(), tr("System Language")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
    };
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    auto *group = new QActionGroup(menu);
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(u"ui/language"_s, code);
            statusBar()->showMessage(tr("The language changes when Quarry starts again."), 8000);
        });
    }
}

std::optional<DatabaseUrl> MainWindow::urlFor(const QString &urlOrPath, QString &error)
{
    try {
        if (urlOrPath.contains(u"://"_s))
            return DatabaseUrl::parse(urlOrPath);
    } catch (const DatabaseError &e) {
        error = e.message();
        return std::nullopt;
    }
    const QFileInfo info(urlOrPath);
    if (!info.exists()) {
        error = tr("There is no file %1.").arg(QDir::toNativeSeparators(urlOrPath));
        return std::nullopt;
    }
    if (!info.isFile()) {
        error = tr("%1 is not a file.").arg(QDir::toNativeSeparators(urlOrPath));
        return std::nullopt;
    }
    DatabaseUrl url = DatabaseUrl::parse(u"sqlite://"_s);
    url.setDatabase(info.absoluteFilePath());
    return url;
}

QCoro::Task<bool> MainWindow::open(QString urlOrPath)
{
    QString error;
    const std::optional<DatabaseUrl> url = urlFor(urlOrPath, error);
    if (!url) {
        showError(error);
        co_return false;
    }
    // A short name for the connection box and tab tips; never the password.
    const QString name = url->backend() == DatabaseUrl::Backend::Sqlite
                             ? QFileInfo(url->database()).fileName()
                             : u"%1@%2/%3"_s.arg(url->user(), url->host(), url->database());
    QString shownName = name.isEmpty() ? url->redacted() : name;
    Options options = OpenConnection::defaultOptions(); // named: no aggregate in co_await
    // How to open it again next session: never with a secret in it (a password, or any libpq
    // secret parameter such as ?password= or ?sslpassword=).
    QString source;
    if (url->backend() == DatabaseUrl::Backend::Sqlite)
        source = url->database();
    else if (!url->hasSecrets())
        source = url->toString();
    co_return co_await openUrl(*url, std::move(shownName), std::move(options), true,
                               std::move(source));
}

QCoro::Task<bool> MainWindow::open(ConnectionProfile profile, QString password)
{
    QString error = profile.problem();
    DatabaseUrl url;
    if (error.isEmpty()) {
        try {
            url = profile.toUrl(password);
        } catch (const DatabaseError &e) {
            error = e.message();
        }
    }
    if (!error.isEmpty()) {
        showError(tr("Cannot open “%1”: %2").arg(profile.name, error));
        co_return false;
    }
    // A server's URL is not worth remembering without its password: the profile is.
    const bool remember = profile.kind == ConnectionProfile::Kind::Sqlite;
    Options options = profile.options();
    QString source = u"profile:"_s + profile.id.toString(QUuid::WithoutBraces);
    co_return co_await openUrl(url, profile.name, std::move(options), remember, std::move(source));
}

void MainWindow::showConnections()
{
    if (!m_connectionManager) {
        m_connectionManager = new ConnectionManager(m_connectionStore, m_passwords, this);
        connect(m_connectionManager, &ConnectionManager::connectRequested, this,
                [this](const ConnectionProfile &profile, const QString &password) {
                    QCoro::connect(open(profile, password), this, [](bool) {});
                });
    }
    m_connectionManager->open();
}

QCoro::Task<bool> MainWindow::openUrl(DatabaseUrl url, QString name, Options options, bool remember,
                                      QString source)
{
    if (OpenConnection *existing = connectionFrom(source)) {
        m_connectionBox->setCurrentIndex(int(m_connections.indexOf(existing)));
        co_return true;
    }
    QPointer<MainWindow> self(this);
    auto *connection = new OpenConnection(url, name, std::move(options), this);
    connection->setSource(std::move(source));
    connect(connection, &OpenConnection::errorOccurred, this, &MainWindow::showError);
    connect(connection, &OpenConnection::schemaChanged, this,
            [this, connection](const SchemaChange &change) { recheckGrids(connection, change); });
    statusBar()->showMessage(tr("Connecting to %1…").arg(connection->name()));
    const bool opened = co_await connection->connectToDatabase();
    if (!self)
        co_return false;
    if (!opened) {
        connection->deleteLater();
        co_return false;
    }
    // Listed before the schema is read, so the tree shows the reading and can stop it.
    m_connections.append(connection);
    m_connectionBox->addItem(connection->name());
    m_connectionBox->setCurrentIndex(m_connectionBox->count() - 1);
    if (!m_restoringSession)
        restoreEditors(connection); // tabs that waited for it (it was not reopened at start)
    if (remember) {
        const bool sqlite = url.backend() == DatabaseUrl::Backend::Sqlite;
        // A URL holding a secret is not kept: the secret would be lost (redacted) or stored
        // in clear. Saved connections keep their passwords in the keychain.
        if (sqlite || !url.hasSecrets())
            rememberRecent(sqlite ? url.database() : url.toString());
        if (sqlite)
            m_connectionStore->addRecentFile(url.database());
    }
    statusBar()->showMessage(tr("Connected to %1").arg(connection->name()), 5000);
    QPointer<OpenConnection> opening(connection);
    co_await connection->refresh();
    co_return self &&opening;
}

OpenConnection *MainWindow::currentConnection() const
{
    return m_connections.value(m_connectionBox->currentIndex());
}

void MainWindow::selectConnection(int index)
{
    m_browser->setConnection(m_connections.value(index));
}

OpenConnection *MainWindow::connectionFrom(const QString &source) const
{
    if (source.isEmpty())
        return nullptr;
    for (OpenConnection *connection : m_connections) {
        if (connection->source() == source)
            return connection;
    }
    return nullptr;
}

void MainWindow::openTable(const Table &table, bool readOnly)
{
    if (OpenConnection *connection = currentConnection())
        openTableOn(connection, table, readOnly);
}

void MainWindow::openTableOn(OpenConnection *connection, const Table &table, bool readOnly)
{
    // A read-only connection's tables are read-only too.
    readOnly = readOnly || connection->database().options().readOnly;
    auto *grid = new DataGrid(connection->database(), table, readOnly);
    grid->setProperty("connection", QVariant::fromValue<QObject *>(connection));
    connect(grid, &DataGrid::errorOccurred, this, &MainWindow::showError);
    connect(grid, &DataGrid::stateChanged, this, &MainWindow::updateTransactionBadge);
    // The grid found its table changed in the database: the tree shows it as it is now too.
    connect(grid, &DataGrid::tableChanged, connection, [connection, grid] {
        const Table &table = grid->model()->table();
        QCoro::connect(connection->refreshRelations(table.schema, {table.name}), connection,
                       [](bool) {});
    });
    connect(grid, &QObject::destroyed, this, &MainWindow::updateTransactionBadge,
            Qt::QueuedConnection);
    // The grid reads through the connection's pool: it closes with the connection.
    connect(connection, &QObject::destroyed, grid, &QObject::deleteLater);
    const int index = m_tabs->addTab(grid, table.name);
    m_tabs->setTabToolTip(index, tr("%1 — %2").arg(table.name, connection->name()));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::recheckGrids(OpenConnection *connection, const SchemaChange &change)
{
    for (DataGrid *grid : grids(connection)) {
        const Table &table = grid->model()->table();
        const bool named = std::any_of(
            change.relations.cbegin(), change.relations.cend(), [&](const SchemaChange::Name &n) {
                return n.name == table.name && (n.schema.isEmpty() || n.schema == table.schema);
            });
        if (change.everything || named)
            grid->model()->recheck();
    }
}

QList<DataGrid *> MainWindow::grids(OpenConnection *connection) const
{
    QList<DataGrid *> found;
    for (QWidget *tab : workTabs(connection)) {
        if (auto *grid = qobject_cast<DataGrid *>(tab))
            found.append(grid);
    }
    return found;
}

QList<QWidget *> MainWindow::workTabs(OpenConnection *connection) const
{
    QList<QWidget *> found;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if (!connection || connectionOf(tab) == connection)
            found.append(tab);
    }
    return found;
}

OpenConnection *MainWindow::connectionOf(QWidget *tab)
{
    if (auto *editor = qobject_cast<QueryTab *>(tab))
        return editor->connection();
    return qobject_cast<OpenConnection *>(tab->property("connection").value<QObject *>());
}

bool MainWindow::hasOpenTransaction(QWidget *tab)
{
    if (auto *grid = qobject_cast<DataGrid *>(tab))
        return grid->hasOpenTransaction();
    if (auto *editor = qobject_cast<QueryTab *>(tab))
        return editor->hasOpenTransaction();
    return false;
}

bool MainWindow::hasUnsavedWork(QWidget *tab)
{
    if (auto *grid = qobject_cast<DataGrid *>(tab))
        return grid->hasUnsavedWork();
    return hasOpenTransaction(tab);
}

void MainWindow::confirmDiscard(const QList<QWidget *> &tabs, std::function<void()> proceed)
{
    QStringList unsaved;
    for (QWidget *tab : tabs) {
        if (hasUnsavedWork(tab))
            unsaved.append(m_tabs->tabText(m_tabs->indexOf(tab)));
    }
    if (unsaved.isEmpty()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%1 has unsaved changes or an open transaction. Discard them and roll back?")
            .arg(unsaved.join(u", "_s)),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // tab titles hold table names
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [proceed = std::move(proceed)](int result) {
        if (result == QMessageBox::Discard)
            proceed();
    });
    box->open();
}

void MainWindow::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    confirmDiscard({tab}, [this, tab = QPointer<QWidget>(tab)] {
        if (!tab)
            return;
        // A closed editor is gone for good; one closed with its connection or the window
        // comes back with it.
        if (auto *editor = qobject_cast<QueryTab *>(tab.data()))
            forgetEditor(editor);
        removeTab(tab);
    });
}

void MainWindow::removeTab(QWidget *tab)
{
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
}

void MainWindow::closeCurrentConnection()
{
    OpenConnection *current = currentConnection();
    if (!current)
        return;
    confirmDiscard(workTabs(current), [this, connection = QPointer<OpenConnection>(current)] {
        const int index = m_connections.indexOf(connection.data());
        if (!connection || index < 0)
            return;
        for (QWidget *tab : workTabs(connection))
            removeTab(tab);
        m_connections.removeAt(index);
        m_connectionBox->removeItem(index);
        connection->deleteLater();
    });
}

void MainWindow::updateTransactionBadge()
{
    int open = 0;
    for (QWidget *tab : workTabs())
        open += hasOpenTransaction(tab) ? 1 : 0;
    m_transactionBadge->setText(tr("● Open transaction in %n tab(s)", nullptr, open));
    m_transactionBadge->setVisible(open > 0);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quarry"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // messages quote names and values from the database
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorShown(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed) {
        const QList<QWidget *> tabs = workTabs();
        if (std::any_of(tabs.begin(), tabs.end(), &MainWindow::hasUnsavedWork)) {
            event->ignore();
            confirmDiscard(tabs, [this] {
                m_closeConfirmed = true;
                close();
            });
            return;
        }
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    saveSession();
    saveEditors();
    event->accept();
}

} // namespace Quarry::Ui
