// SPDX-License-Identifier: MIT
#include "connection/openconnection.h"

#include "connection/errors.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QCoreApplication>
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
    if (!found || !found->columns.isEmpty())
        co_return found;
    // A view's columns are its query's: a statement that reads no row reports them.
    Session session = m_database.session();
    const QString quoted =
        schema.isEmpty() ? session.quoteIdentifier(name)
                         : session.quoteIdentifier(schema) + u'.' + session.quoteIdentifier(name);
    const Dialect &dialect = Dialect::forUrl(m_database.url());
    const Result empty = co_await session.execute(u"SELECT * FROM "_s + quoted + u" WHERE 1 = 0"_s);
    for (const ResultColumn &column : empty.columns()) {
        Column c;
        c.name = column.name;
        c.nativeType = column.typeName;
        c.type = dialect.portableType(column.typeName);
        found->columns.append(c);
    }
    co_return found;
}

void OpenConnection::stopRefresh()
{
    if (m_reflectSession)
        m_reflectSession->cancel();
}

} // namespace Quarry::Ui
