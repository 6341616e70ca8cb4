// SPDX-License-Identifier: MIT
// The window's session: which connections and data tabs were open when it closed, reopened on
// the next start. Passwords are never part of it: saved connections are named by profile and
// their passwords come from the keychain.
#include "mainwindow.h"

#include "connection/connectionprofile.h"
#include "connection/connectionstore.h"
#include "connection/errors.h"
#include "connection/openconnection.h"
#include "connection/passwordstore.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"

#include <QComboBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

const auto ConnectionsKey = "session/connections";
const auto TabsKey = "session/tabs";
const auto CurrentTabKey = "session/currentTab";
const auto ProfilePrefix = "profile:";

struct SavedTab {
    QString source{};
    QString schema{};
    QString table{};
    bool readOnly = false;
};

QList<SavedTab> savedTabs(QSettings &settings)
{
    QList<SavedTab> tabs;
    const int count = settings.beginReadArray(QLatin1StringView(TabsKey));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        tabs.append({settings.value(u"source"_s).toString(), settings.value(u"schema"_s).toString(),
                     settings.value(u"table"_s).toString(),
                     settings.value(u"readOnly"_s).toBool()});
    }
    settings.endArray();
    return tabs;
}

void writeTabs(QSettings &settings, const QList<SavedTab> &tabs)
{
    settings.beginWriteArray(QLatin1StringView(TabsKey));
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        settings.setArrayIndex(int(i));
        settings.setValue(u"source"_s, tabs[i].source);
        settings.setValue(u"schema"_s, tabs[i].schema);
        settings.setValue(u"table"_s, tabs[i].table);
        settings.setValue(u"readOnly"_s, tabs[i].readOnly);
    }
    settings.endArray();
}

} // namespace

void MainWindow::forgetSessionSecrets()
{
    QSettings settings;
    QStringList sources = settings.value(QLatin1StringView(ConnectionsKey)).toStringList();
    if (sources.removeIf(holdsSecret) > 0)
        settings.setValue(QLatin1StringView(ConnectionsKey), sources);
    QList<SavedTab> tabs = savedTabs(settings);
    if (tabs.removeIf([](const SavedTab &tab) { return holdsSecret(tab.source); }) > 0) {
        settings.remove(QLatin1StringView(TabsKey));
        writeTabs(settings, tabs);
        settings.setValue(QLatin1StringView(CurrentTabKey), -1);
    }
}

void MainWindow::saveSession() const
{
    QSettings settings;
    QStringList sources;
    for (const OpenConnection *connection : m_connections) {
        if (!connection->source().isEmpty())
            sources.append(connection->source());
    }
    settings.setValue(QLatin1StringView(ConnectionsKey), sources);
    QList<SavedTab> tabs;
    int current = -1;
    for (DataGrid *grid : grids()) {
        const auto *connection =
            qobject_cast<OpenConnection *>(grid->property("connection").value<QObject *>());
        if (!connection || connection->source().isEmpty())
            continue;
        if (grid == m_tabs->currentWidget())
            current = int(tabs.size());
        const Table &table = grid->model()->table();
        tabs.append({connection->source(), table.schema, table.name, grid->isReadOnly()});
    }
    settings.remove(QLatin1StringView(TabsKey));
    writeTabs(settings, tabs);
    settings.setValue(QLatin1StringView(CurrentTabKey), current);
}

QCoro::Task<bool> MainWindow::reopen(QString source)
{
    if (!source.startsWith(QLatin1StringView(ProfilePrefix)))
        co_return co_await open(source);
    const QUuid id(source.mid(qsizetype(qstrlen(ProfilePrefix))));
    const std::optional<ConnectionProfile> profile = m_connectionStore->profile(id);
    if (!profile)
        co_return false; // deleted since
    QString password;
    if (profile->usesPassword()) {
        QPointer<MainWindow> self(this);
        const KeychainResult saved = co_await m_passwords->read(profile->id);
        if (!self)
            co_return false;
        if (saved.ok()) {
            password = saved.password;
        } else if (saved.status != KeychainResult::Status::NotFound) {
            // Asking for a password unprompted at start would be rude: say where to connect.
            statusBar()->showMessage(
                tr("“%1” was not reopened: its password is needed (File → Connections…).")
                    .arg(profile->name));
            co_return false;
        }
    }
    co_return co_await open(*profile, password);
}

QCoro::Task<void> MainWindow::restoreSession()
{
    QPointer<MainWindow> self(this);
    QSettings settings;
    const QStringList sources = settings.value(QLatin1StringView(ConnectionsKey)).toStringList();
    const QList<SavedTab> tabs = savedTabs(settings);
    const int current = settings.value(QLatin1StringView(CurrentTabKey), -1).toInt();
    m_restoringSession = true;
    for (const QString &source : sources) {
        co_await reopen(source);
        if (!self)
            co_return;
    }
    m_restoringSession = false;
    QPointer<QWidget> currentTab;
    for (qsizetype index = 0; index < tabs.size(); ++index) {
        const SavedTab tab = tabs[index];
        QPointer<OpenConnection> connection = connectionFrom(tab.source);
        if (!connection)
            continue;
        std::optional<Table> table;
        try {
            table = co_await connection->describe(tab.schema, tab.table);
        } catch (const DatabaseError &) {
            // gone or unreadable since: not reopened, like a dropped table
        }
        if (!self)
            co_return;
        if (!table || !connection)
            continue;
        openTableOn(connection, *table, tab.readOnly);
        if (index == current)
            currentTab = m_tabs->currentWidget();
    }
    restoreEditors();
    if (currentTab)
        m_tabs->setCurrentWidget(currentTab);
}

QCoro::Task<void> MainWindow::start(QStringList locations)
{
    QPointer<MainWindow> self(this);
    if (QSettings().value(u"session/restore"_s, true).toBool())
        co_await restoreSession();
    for (const QString &location : locations) {
        if (!self)
            co_return;
        co_await open(location);
    }
}

} // namespace Quarry::Ui
