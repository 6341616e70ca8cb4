// SPDX-License-Identifier: MIT
#include "connection/openconnection.h"

#include "connection/errors.h"
#include "schema/reflector.h"

#include <QCoreApplication>
#include <QMap>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

QString OpenConnection::identity() const
{
    return m_source.isEmpty() ? database().url().redacted() : m_source;
}

namespace {

QCoro::Task<void> closeDatabase(Database database)
{
    co_await database.close();
}

} // namespace

OpenConnection::OpenConnection(DatabaseUrl url, QString name, QObject *parent)
    : OpenConnection(std::move(url), std::move(name), defaultOptions(), parent)
{}

OpenConnection::OpenConnection(DatabaseUrl url, QString name, Options options, QObject *parent)
    : QObject(parent)
    , m_database(std::move(url), std::move(options))
    , m_name(std::move(name))
{}

Options OpenConnection::defaultOptions()
{
    return Options{.poolSize = 3};
}

OpenConnection::~OpenConnection()
{
    // Work still queued on the connections finishes on their threads; closing joins them
    // without this thread waiting.
    QCoro::connect(closeDatabase(m_database), QCoreApplication::instance(), [] {});
}

QCoro::Task<bool> OpenConnection::open()
{
    QPointer<OpenConnection> self(this);
    const bool connected = co_await connectToDatabase();
    if (!self || !connected)
        co_return false;
    co_return co_await refresh();
}

QCoro::Task<bool> OpenConnection::connectToDatabase()
{
    QPointer<OpenConnection> self(this);
    Database database = m_database;
    QString failure;
    try {
        co_await database.connect();
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    if (!failure.isEmpty())
        Q_EMIT errorOccurred(failure);
    co_return failure.isEmpty();
}

QCoro::Task<bool> OpenConnection::refresh()
{
    if (m_reflecting)
        co_return false;
    QPointer<OpenConnection> self(this);
    Session session = m_database.session();
    m_reflectSession = session;
    m_reflecting = true;
    Q_EMIT reflectingChanged(true);
    Metadata metadata;
    QString failure;
    bool stopped = false;
    try {
        ReflectOptions options;
        metadata = co_await Quarry::reflect(session, std::move(options));
    } catch (const Cancelled &) {
        stopped = true;
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    m_reflectSession.reset();
    m_reflecting = false;
    Q_EMIT reflectingChanged(false);
    if (stopped) {
        Q_EMIT refreshStopped();
        co_return false;
    }
    if (!failure.isEmpty()) {
        Q_EMIT errorOccurred(failure);
        co_return false;
    }
    m_metadata = std::move(metadata);
    Q_EMIT reflected();
    co_return true;
}

std::optional<Table> OpenConnection::relation(const QString &schemaName, const QString &name) const
{
    if (const Table *table = m_metadata.table(name, schemaName))
        return *table;
    // Like Metadata::table(): no schema named means any.
    const View *view = nullptr;
    for (const Schema &schema : m_metadata.schemas) {
        if (!view && (schemaName.isEmpty() || schema.name == schemaName))
            view = schema.view(name);
    }
    if (!view)
        return std::nullopt;
    Table table;
    table.schema = view->schema;
    table.name = view->name;
    for (const QString &column : view->columns) {
        Column c;
        c.name = column;
        table.columns.append(c);
    }
    return table;
}

QCoro::Task<std::optional<Table>> OpenConnection::describe(QString schema, QString name) const
{
    std::optional<Table> found = relation(schema, name);
    if (found && !m_metadata.table(name, schema))
        found->columns.clear(); // a view: its query's columns, as the grid reads them
    co_return found;
}

QCoro::Task<bool> OpenConnection::refreshRelations(QString schema, QStringList names)
{
    if (m_reflecting || names.isEmpty())
        co_return false;
    QPointer<OpenConnection> self(this);
    Metadata fresh;
    QString failure;
    try {
        schema = co_await schemaOrDefault(m_database.session(), schema);
        ReflectOptions options;
        options.schemas.append(schema);
        options.tables = names;
        fresh = co_await Quarry::reflect(m_database.session(), std::move(options));
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    if (!failure.isEmpty()) {
        Q_EMIT errorOccurred(failure);
        co_return false;
    }
    const Schema *reflected = fresh.schema(schema);
    Schema *mine = m_metadata.schema(schema, true);
    replaceRelations(*mine, names, reflected ? *reflected : Schema{});
    Q_EMIT this->reflected();
    co_return true;
}

QCoro::Task<bool> OpenConnection::applySchemaChange(SchemaChange change)
{
    Q_EMIT schemaChanged(change);
    if (change.everything)
        co_return co_await refresh();
    QMap<QString, QStringList> bySchema;
    for (const SchemaChange::Name &name : change.relations)
        bySchema[name.schema].append(name.name);
    QPointer<OpenConnection> self(this);
    bool ok = true;
    for (auto it = bySchema.cbegin(); it != bySchema.cend(); ++it) {
        const QString schema = it.key();
        const QStringList names = it.value();
        ok = co_await refreshRelations(schema, names) && ok;
        if (!self)
            co_return false;
    }
    co_return ok;
}

void OpenConnection::stopRefresh()
{
    if (m_reflectSession)
        m_reflectSession->stop(); // the whole reflection, also between two statements
}

} // namespace Quarry::Ui
