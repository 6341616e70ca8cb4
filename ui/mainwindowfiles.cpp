// SPDX-License-Identifier: MIT
// The window's ways in from files: open a database file, a URL or a model file from the File
// menu, the recent list, or by dropping files; save the schema as a model file.
#include "mainwindow.h"

#include "connection/errors.h"
#include "connection/openconnection.h"
#include "model/modeldialog.h"
#include "model/modelfile.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int MaxRecent = 10;
const auto RecentKey = "recent/locations";

} // namespace

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

void MainWindow::chooseModel()
{
    if (!currentConnection()) {
        showError(tr("Open a database first: the model's tables are created in it."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Open Model"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Quarry models (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openModel);
    dialog->open();
}

ModelDialog *MainWindow::openModel(const QString &path)
{
    OpenConnection *connection = currentConnection();
    if (!connection)
        return nullptr;
    Metadata model;
    try {
        model = loadModel(path);
    } catch (const DatabaseError &e) {
        showError(e.message()); // names the file, the JSON path and what is wrong
        return nullptr;
    }
    auto *dialog =
        new ModelDialog(connection->database(), std::move(model), QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Create/Drop All touch the model's tables and views, and nothing else.
    SchemaChange change;
    for (const Schema &schema : model.schemas) {
        for (const Table &table : schema.tables)
            change.relations.append({schema.name, table.name});
        for (const View &view : schema.views)
            change.relations.append({schema.name, view.name});
    }
    connect(dialog, &ModelDialog::schemaChanged, connection, [connection, change] {
        QCoro::connect(connection->applySchemaChange(change), connection, [](bool) {});
    });
    dialog->open();
    return dialog;
}

void MainWindow::saveSchemaAsModel()
{
    OpenConnection *connection = currentConnection();
    if (!connection) {
        showError(tr("Open a database first: its schema is what gets saved."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save Schema as Model"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->setNameFilters({tr("Quarry models (*.json)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, connection = QPointer<OpenConnection>(connection)](const QString &path) {
                if (connection)
                    saveModelFile(connection->metadata(), path);
            });
    dialog->open();
}

bool MainWindow::saveModelFile(const Metadata &metadata, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(saveModel(metadata, QFileInfo(path).baseName())) < 0 || !file.commit()) {
        showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved the schema to %1").arg(path), 5000);
    return true;
}

void MainWindow::rememberRecent(const QString &location)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1StringView(RecentKey)).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(QLatin1StringView(RecentKey), recent.mid(0, MaxRecent));
}

bool MainWindow::holdsSecret(const QString &location)
{
    if (!location.contains(u"://"_s))
        return false;
    try {
        return DatabaseUrl::parse(location).hasSecrets();
    } catch (const DatabaseError &) {
        return true;
    }
}

QString MainWindow::safeLocation(const QString &location)
{
    if (!location.contains(u"://"_s))
        return location;
    try {
        return DatabaseUrl::parse(location).withoutSecrets().toString();
    } catch (const DatabaseError &) {
        return {};
    }
}

void MainWindow::forgetRecentSecrets()
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1StringView(RecentKey)).toStringList();
    if (recent.removeIf(holdsSecret) > 0)
        settings.setValue(QLatin1StringView(RecentKey), recent);
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
