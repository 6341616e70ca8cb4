// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "connection/errors.h"
#include "connection/openconnection.h"
#include "grid/datagrid.h"
#include "schema/schemabrowser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int MaxRecent = 10;
const auto RecentKey = "recent/locations";

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new SchemaBrowser)
    , m_connectionBox(new QComboBox)
    , m_schemaDock(new QDockWidget(tr("Schema"), this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Quarry"));
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

    createMenus();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_browser, &SchemaBrowser::openRequested, this, &MainWindow::openTable);
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this, &MainWindow::selectConnection);

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
    file->addAction(tr("&Open Database File…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addAction(tr("Open &URL…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseUrl);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("&Close Connection"), this, &MainWindow::closeCurrentConnection);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *schema = m_schemaDock->toggleViewAction();
    schema->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    view->addAction(schema);
    view->addAction(tr("Close &Tab"), QKeySequence::Close, this,
                    [this] { closeTab(m_tabs->currentIndex()); });
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
    QPointer<MainWindow> self(this);
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
    auto *connection = new OpenConnection(*url, name.isEmpty() ? url->redacted() : name, this);
    connect(connection, &OpenConnection::errorOccurred, this, &MainWindow::showError);
    statusBar()->showMessage(tr("Connecting to %1…").arg(connection->name()));
    const bool opened = co_await connection->open();
    if (!self)
        co_return false;
    if (!opened) {
        connection->deleteLater();
        co_return false;
    }
    m_connections.append(connection);
    m_connectionBox->addItem(connection->name());
    m_connectionBox->setCurrentIndex(m_connectionBox->count() - 1);
    rememberRecent(url->backend() == DatabaseUrl::Backend::Sqlite ? url->database()
                                                                  : url->redacted());
    statusBar()->showMessage(tr("Connected to %1").arg(connection->name()), 5000);
    co_return true;
}

OpenConnection *MainWindow::currentConnection() const
{
    return m_connections.value(m_connectionBox->currentIndex());
}

void MainWindow::selectConnection(int index)
{
    m_browser->setConnection(m_connections.value(index));
}

void MainWindow::openTable(const Table &table, bool readOnly)
{
    OpenConnection *connection = currentConnection();
    if (!connection)
        return;
    auto *grid = new DataGrid(connection->database(), table, readOnly);
    connect(grid, &DataGrid::errorOccurred, this, &MainWindow::showError);
    // The grid reads through the connection's pool: it closes with the connection.
    connect(connection, &QObject::destroyed, grid, &QObject::deleteLater);
    const int index = m_tabs->addTab(grid, table.name);
    m_tabs->setTabToolTip(index, tr("%1 — %2").arg(table.name, connection->name()));
    m_tabs->setCurrentIndex(index);
}

void MainWindow::closeTab(int index)
{
    if (QWidget *tab = m_tabs->widget(index)) {
        m_tabs->removeTab(index);
        tab->deleteLater();
    }
}

void MainWindow::closeCurrentConnection()
{
    const int index = m_connectionBox->currentIndex();
    if (index < 0)
        return;
    OpenConnection *connection = m_connections.takeAt(index);
    m_connectionBox->removeItem(index);
    connection->deleteLater();
}

void MainWindow::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Open Database File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { QCoro::connect(open(file), this, [](bool) {}); });
    dialog->open();
}

void MainWindow::chooseUrl()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open URL"));
    dialog->setLabelText(tr("Database URL (sqlite:///file.db, postgresql://user@host/db):"));
    dialog->resize(520, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &url) { QCoro::connect(open(url), this, [](bool) {}); });
    dialog->open();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quarry"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorShown(message);
}

void MainWindow::rememberRecent(const QString &location)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1StringView(RecentKey)).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(QLatin1StringView(RecentKey), recent.mid(0, MaxRecent));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1StringView(RecentKey)).toStringList();
    for (const QString &location : recent) {
        m_recentMenu->addAction(location, this, [this, location] {
            QCoro::connect(open(location), this, [](bool) {});
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            QCoro::connect(open(url.toLocalFile()), this, [](bool) {});
    }
    event->acceptProposedAction();
}

} // namespace Quarry::Ui
