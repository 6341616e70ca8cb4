// SPDX-License-Identifier: MIT
#include "schema/schemabrowser.h"

#include "connection/errors.h"
#include "connection/openconnection.h"
#include "schema/createtabledialog.h"
#include "schema/ddlcompiler.h"
#include "schema/dialect.h"
#include "schema/schematreemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filter->setPlaceholderText(tr("Filter tables and views"));
    m_filter->setClearButtonEnabled(true);

    auto *refresh = new QToolButton(this);
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                      style()->standardIcon(QStyle::SP_BrowserReload)));
    // F5 is the window's Database → Refresh Schema: a second owner would make it do nothing.
    refresh->setToolTip(tr("Refresh the schema (F5)"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    m_status->setTextFormat(Qt::RichText);
    connect(m_status, &QLabel::linkActivated, this, [this] {
        if (m_connection)
            m_connection->stopRefresh();
    });

    connect(m_filter, &QLineEdit::textChanged, this, &SchemaBrowser::setFilterText);
    connect(refresh, &QToolButton::clicked, this, &SchemaBrowser::refresh);
    connect(m_view, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_model->populate(m_proxy->mapToSource(index)); });
    connect(m_view, &QTreeView::doubleClicked, this, &SchemaBrowser::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &SchemaBrowser::showMenu);
}

SchemaBrowser::~SchemaBrowser() = default;

void SchemaBrowser::setConnection(OpenConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connect(connection, &OpenConnection::reflected, this, &SchemaBrowser::reload);
        connect(connection, &OpenConnection::destroyed, this, &SchemaBrowser::reload);
        connect(connection, &OpenConnection::reflectingChanged, this, &SchemaBrowser::showStatus);
        connect(connection, &OpenConnection::refreshStopped, this,
                [this] { m_status->setText(tr("Stopped reading the schema.")); });
    }
    reload();
}

void SchemaBrowser::showStatus()
{
    if (m_connection && m_connection->isReflecting())
        m_status->setText(tr("Reading the schema… <a href=\"stop\">Stop</a>"));
    else
        m_status->setText(m_connection ? tr("Tables: %1").arg(m_model->metadata().tableCount())
                                       : QString());
}

void SchemaBrowser::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void SchemaBrowser::reload()
{
    m_model->setMetadata(m_connection ? m_connection->metadata() : Metadata());
    // one schema: open it, and its tables
    if (m_proxy->rowCount() == 1) {
        const QModelIndex schema = m_proxy->index(0, 0);
        m_view->expand(schema);
        m_view->expand(m_proxy->index(0, 0, schema));
    }
    showStatus();
}

void SchemaBrowser::refresh()
{
    if (m_connection)
        QCoro::connect(m_connection->refresh(), this, [](bool) {});
}

QCoro::Task<void> SchemaBrowser::open(QString schema, QString name, bool readOnly)
{
    QPointer<SchemaBrowser> self(this);
    QPointer<OpenConnection> connection = m_connection;
    if (!connection)
        co_return;
    std::optional<Table> table;
    QString failure;
    try {
        table = co_await connection->describe(schema, name);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self || connection != m_connection)
        co_return;
    if (!failure.isEmpty())
        Q_EMIT errorOccurred(tr("Cannot open %1: %2").arg(name, failure));
    else if (table)
        Q_EMIT openRequested(*table, readOnly);
}

void SchemaBrowser::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const auto kind = SchemaTreeModel::kind(source);
    if (kind != SchemaTreeModel::Kind::Table && kind != SchemaTreeModel::Kind::View)
        return;
    QCoro::connect(open(source.data(SchemaTreeModel::SchemaRole).toString(),
                        source.data(SchemaTreeModel::ObjectRole).toString(),
                        kind == SchemaTreeModel::Kind::View),
                   this, [] {});
}

void SchemaBrowser::showMenu(const QPoint &position)
{
    const QModelIndex proxyIndex = m_view->indexAt(position);
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const auto kind = SchemaTreeModel::kind(source);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString schema = source.data(SchemaTreeModel::SchemaRole).toString();
    const QString name = source.data(SchemaTreeModel::ObjectRole).toString();
    if (kind == SchemaTreeModel::Kind::Table || kind == SchemaTreeModel::Kind::View) {
        menu->addAction(tr("Open Data"), this, [this, proxyIndex] { activate(proxyIndex); });
        menu->addAction(tr("Copy Name"), this,
                        [name] { QGuiApplication::clipboard()->setText(name); });
    }
    if (kind == SchemaTreeModel::Kind::Table) {
        menu->addAction(tr("Copy DDL"), this, [this, schema, name] {
            QGuiApplication::clipboard()->setText(ddlOf(schema, name));
        });
        menu->addSeparator();
        menu->addAction(tr("Drop Table…"), this,
                        [this, schema, name] { confirmDrop(schema, name); });
    }
    if (m_connection) {
        menu->addAction(tr("Create Table…"), this, [this, schema] { showCreateTable(schema); });
        menu->addSeparator();
    }
    menu->addAction(tr("Refresh"), this, &SchemaBrowser::refresh);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

QString SchemaBrowser::ddlOf(const QString &schema, const QString &table) const
{
    if (!m_connection)
        return {};
    const Metadata &metadata = m_connection->metadata();
    const Table *found = metadata.table(table, schema);
    if (!found)
        return {};
    const Dialect &dialect = Dialect::forUrl(m_connection->database().url());
    return DdlCompiler(dialect, metadata.dialect).createTable(*found).join(u";\n\n"_s) + u';';
}

CreateTableDialog *SchemaBrowser::showCreateTable(const QString &schema)
{
    if (!m_connection)
        return nullptr;
    auto *dialog =
        new CreateTableDialog(m_connection->database(), m_connection->metadata(), schema, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<OpenConnection> connection = m_connection;
    connect(dialog, &CreateTableDialog::created, this, [connection, schema](const QString &table) {
        if (connection) {
            QCoro::connect(connection->applySchemaChange(SchemaChange::of(schema, table)),
                           connection.data(), [](bool) {});
        }
    });
    dialog->open();
    return dialog;
}

QMessageBox *SchemaBrowser::confirmDrop(const QString &schema, const QString &table)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Drop Table"),
                        tr("Drop the table %1 and all its rows? This cannot be undone.").arg(table),
                        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // a name is data, never markup
    QPushButton *drop = box->addButton(tr("Drop"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    auto *cascade = new QCheckBox(tr("Also drop what depends on it (CASCADE)"), box);
    box->setCheckBox(cascade);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, schema, table, drop, cascade](QAbstractButton *clicked) {
                if (clicked == drop) {
                    QCoro::connect(dropTable(schema, table, cascade->isChecked()), this,
                                   [](bool) {});
                }
            });
    box->open();
    return box;
}

QCoro::Task<bool> SchemaBrowser::dropTable(QString schema, QString table, bool cascade)
{
    if (!m_connection)
        co_return false;
    QPointer<SchemaBrowser> self(this);
    QPointer<OpenConnection> connection = m_connection;
    Database database = m_connection->database();
    DropTableOptions options;
    options.schema = schema;
    options.cascade = cascade;
    m_status->setText(tr("Dropping %1…").arg(table.toHtmlEscaped()));
    QString failure;
    try {
        co_await database.dropTable(table, options);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    if (!failure.isEmpty()) {
        m_status->setText(tr("Could not drop %1").arg(table.toHtmlEscaped()));
        Q_EMIT errorOccurred(failure);
        co_return false;
    }
    // CASCADE may take views and keys of other tables along: read everything again then.
    if (connection) {
        SchemaChange change = SchemaChange::of(schema, table, cascade);
        co_await connection->applySchemaChange(std::move(change));
    }
    co_return true;
}

} // namespace Quarry::Ui
