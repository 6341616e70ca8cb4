// SPDX-License-Identifier: MIT
#include "driver/qtsql/qtsqldriver.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "sql/quoting.h"
#include "sql/splitstatements.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

constexpr qsizetype planCacheSize = 128;
constexpr qsizetype maxReserveRows = 4096;

bool isRollbackToSavepoint(const QString &statement)
{
    static const QRegularExpression re(u"^ROLLBACK\\s+((WORK|TRANSACTION)\\s+)?TO\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool isDml(const QString &keyword)
{
    return keyword == u"INSERT"_s || keyword == u"UPDATE"_s || keyword == u"DELETE"_s ||
           keyword == u"REPLACE"_s || keyword == u"MERGE"_s || keyword == u"UPSERT"_s;
}

} // namespace

QtSqlDriver::QtSqlDriver(DatabaseUrl url, Options options)
    : Driver(std::move(url), std::move(options))
    , m_native(*this)
{
    registerValueTypes();
}

QtSqlDriver::~QtSqlDriver()
{
    close();
}

QSqlDatabase &QtSqlDriver::database()
{
    if (!m_db || !m_db->isOpen())
        throw ConnectionError(tr("the connection to %1 is closed").arg(m_url.redacted()));
    return *m_db;
}

QString QtSqlDriver::connectOptions() const
{
    QStringList options;
    bool busyGiven = false;
    bool timeoutGiven = false;
    for (const auto &[key, value] : m_url.query()) {
        options.append(value.isEmpty() ? key : key + u'=' + value);
        busyGiven = busyGiven || key == u"QSQLITE_BUSY_TIMEOUT"_s;
        timeoutGiven = timeoutGiven || key == u"connect_timeout"_s;
    }
    if (m_dbms == QSqlDriver::SQLite) {
        if (!busyGiven)
            options.append(u"QSQLITE_BUSY_TIMEOUT="_s +
                           QString::number(m_options.busyTimeout.count()));
        if (m_options.readOnly && !options.contains(u"QSQLITE_OPEN_READONLY"_s))
            options.append(u"QSQLITE_OPEN_READONLY"_s);
    } else if (m_dbms == QSqlDriver::PostgreSQL && !timeoutGiven &&
               m_options.connectTimeout.count() > 0) {
        const auto seconds = (m_options.connectTimeout.count() + 999) / 1000;
        options.append(u"connect_timeout="_s + QString::number(seconds));
    }
    return options.join(u';');
}

void QtSqlDriver::open()
{
    if (m_db)
        return;
    const QString driverName = m_url.qtDriver();
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        const QStringList drivers = QSqlDatabase::drivers();
        throw ConnectionError(
            tr("the Qt SQL driver %1 is not available (available: %2)")
                .arg(driverName, drivers.isEmpty() ? tr("none") : drivers.join(u", "_s)));
    }
    static std::atomic<quint64> serial{0};
    m_connectionName = u"quarry-qtsql-%1"_s.arg(++serial);
    m_db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    m_dbms = m_db->driver()->dbmsType();

    if (m_dbms == QSqlDriver::SQLite && m_url.isMemory())
        m_db->setDatabaseName(u":memory:"_s);
    else
        m_db->setDatabaseName(m_url.database());
    if (!m_url.host().isEmpty())
        m_db->setHostName(m_url.host());
    if (m_url.port() >= 0)
        m_db->setPort(m_url.port());
    if (!m_url.user().isEmpty())
        m_db->setUserName(m_url.user());
    if (m_url.hasPassword())
        m_db->setPassword(m_url.password());
    m_db->setConnectOptions(connectOptions());

    const QString where = m_url.redacted();
    if (!m_db->open()) {
        const QString why = m_db->lastError().text();
        close();
        throw ConnectionError(tr("cannot open %1: %2").arg(where, why));
    }
    m_native.attach(m_db->driver()->handle(), m_options.statementTimeout);
    // Qt's escaping splits at dots and skips names that look quoted, so only its quote
    // characters are taken from it.
    const QString probe = m_db->driver()->escapeIdentifier(u"x"_s, QSqlDriver::FieldName);
    if (probe.size() == 3 && probe[1] == u'x') {
        m_quoteOpen = probe[0];
        m_quoteClose = probe[2];
    }
    try {
        applySessionOptions();
    } catch (const DatabaseError &e) {
        close();
        throw ConnectionError(tr("cannot open %1: %2").arg(where, e.message()));
    }
}

void QtSqlDriver::applySessionOptions()
{
    static const QStringList levels{u"READ UNCOMMITTED"_s, u"READ COMMITTED"_s,
                                    u"REPEATABLE READ"_s, u"SERIALIZABLE"_s};
    const QString level = m_options.isolationLevel.toUpper();
    const bool knownLevel = levels.contains(level);
    switch (m_dbms) {
    case QSqlDriver::SQLite:
        runSimple(m_options.foreignKeys ? u"PRAGMA foreign_keys = ON"_s
                                        : u"PRAGMA foreign_keys = OFF"_s);
        if (level == u"READ UNCOMMITTED"_s)
            runSimple(u"PRAGMA read_uncommitted = 1"_s);
        // Reads the header: a file that is not a database fails here, not at the first query.
        runSimple(u"PRAGMA schema_version"_s);
        break;
    case QSqlDriver::PostgreSQL:
        if (m_options.readOnly)
            runSimple(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
        if (knownLevel)
            runSimple(u"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "_s + level);
        if (m_options.statementTimeout.count() > 0)
            runSimple(u"SET statement_timeout = "_s +
                      QString::number(m_options.statementTimeout.count()));
        break;
    case QSqlDriver::MySqlServer:
        if (knownLevel)
            runSimple(u"SET SESSION TRANSACTION ISOLATION LEVEL "_s + level);
        if (m_options.readOnly)
            runSimple(u"SET SESSION TRANSACTION READ ONLY"_s);
        break;
    default:
        break; // other engines: the options have no portable spelling
    }
}

void QtSqlDriver::close()
{
    m_cursor.reset(); // every QSqlQuery must be gone before the connection is removed
    m_cursorColumns.clear();
    m_cursorReaders.clear();
    m_native.detach();
    if (m_db) {
        m_db->close();
        m_db.reset();
    }
    if (!m_connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_trackedState = TransactionState::Idle;
}

void QtSqlDriver::interrupt()
{
    m_native.interrupt();
}

void QtSqlDriver::ping()
{
    QSqlQuery query(database());
    if (!query.exec(u"SELECT 1"_s))
        throw ConnectionError(
            tr("%1 does not answer: %2").arg(m_url.redacted(), query.lastError().text()));
}

void QtSqlDriver::runSimple(const QString &sql)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    m_native.startClock();
    if (!query.exec(sql))
        fail(query.lastError());
}

void QtSqlDriver::throwIfCancelled() const
{
    if (cancelRequested())
        throw Cancelled(tr("the statement was cancelled"));
}

void QtSqlDriver::fail(const QSqlError &error)
{
    throwIfCancelled();
    if (m_native.timedOut())
        throw SqlError(
            tr("statement timeout of %1 ms exceeded").arg(m_options.statementTimeout.count()),
            error.nativeErrorCode());
    // PostgreSQL aborts the transaction on any error; tracked only when PQ is not at hand.
    if (m_dbms == QSqlDriver::PostgreSQL && m_trackedState == TransactionState::Active)
        m_trackedState = TransactionState::Failed;
    QtSqlValues::throwError(error, m_dbms);
}

QtSqlDriver::Plan *QtSqlDriver::singlePlan(const QString &sql, QStringList &script)
{
    if (const auto it = m_plans.find(sql); it != m_plans.end())
        return &it.value();
    script = splitStatements(sql);
    if (script.size() != 1)
        return nullptr;
    if (m_plans.size() >= planCacheSize)
        m_plans.clear();
    Plan plan{script.first(), leadingKeyword(script.first()), std::nullopt};
    return &m_plans.insert(sql, std::move(plan)).value();
}

const RewrittenSql &QtSqlDriver::rewritten(Plan &plan)
{
    if (!plan.rewritten)
        plan.rewritten = rewritePlaceholders(plan.statement, PlaceholderStyle::QuestionMark);
    return *plan.rewritten;
}

void QtSqlDriver::startQuery(QSqlQuery &query, Plan &plan, const Params &params)
{
    query.setForwardOnly(true);
    // Decimals arrive as text rather than through double (read back as Numeric).
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    m_native.startClock();
    bool ok = false;
    if (params.isEmpty()) {
        // Unprepared, so that statements a server cannot PREPARE (DDL on PostgreSQL) run too.
        throwIfCancelled();
        ok = query.exec(plan.statement);
    } else {
        const RewrittenSql &sql = rewritten(plan);
        const QVariantList values = sql.bind(params);
        if (!query.prepare(sql.sql))
            fail(query.lastError());
        for (const QVariant &value : values)
            query.addBindValue(QtSqlValues::toBindValue(value, isSqlite()));
        throwIfCancelled();
        ok = query.exec();
    }
    if (!ok)
        fail(query.lastError());
}

void QtSqlDriver::track(const Plan &plan)
{
    const QString &k = plan.keyword;
    if (k == u"BEGIN"_s || k == u"START"_s)
        m_trackedState = TransactionState::Active;
    else if (k == u"COMMIT"_s || k == u"END"_s)
        m_trackedState = TransactionState::Idle;
    else if (k == u"ROLLBACK"_s)
        m_trackedState = isRollbackToSavepoint(plan.statement) ? TransactionState::Active
                                                               : TransactionState::Idle;
}

Result QtSqlDriver::run(Plan &plan, const Params &params, qsizetype maxRows)
{
    QSqlQuery query(database());
    startQuery(query, plan, params);
    Result result;
    if (query.isSelect()) {
        QList<QtSqlValues::ColumnReader> readers;
        result.setColumns(QtSqlValues::columns(query, isSqlite(), readers));
        const qsizetype width = readers.size();
        QVariantList &values = result.values();
        qsizetype rows = 0;
        // The statement runs to completion even past maxRows (driver.h).
        while (query.next()) {
            throwIfCancelled(); // the only stop for engines without a native interrupt
            if (maxRows >= 0 && rows >= maxRows)
                continue;
            for (qsizetype i = 0; i < width; ++i)
                values.append(QtSqlValues::fromQt(query.value(int(i)), readers[i]));
            ++rows;
        }
        if (query.lastError().isValid())
            fail(query.lastError());
    }
    if (isDml(plan.keyword) || (plan.keyword == u"WITH"_s && !query.isSelect()))
        result.setRowsAffected(query.numRowsAffected());
    if (plan.keyword == u"INSERT"_s || plan.keyword == u"REPLACE"_s)
        result.setLastInsertId(query.lastInsertId());
    track(plan);
    return result;
}

Result QtSqlDriver::execute(const QString &sql, const Params &params, qsizetype maxRows)
{
    database();
    QStringList script;
    if (Plan *plan = singlePlan(sql, script))
        return run(*plan, params, maxRows);
    if (!params.isEmpty() && script.size() > 1)
        throw SqlError(tr("parameters can only be bound to a single statement"), QString());
    Result last;
    for (const QString &statement : std::as_const(script)) {
        Plan plan{statement, leadingKeyword(statement), std::nullopt};
        last = run(plan, params, maxRows);
    }
    return last;
}

ResultColumns QtSqlDriver::openCursor(const QString &sql, const Params &params)
{
    closeCursor();
    QStringList script;
    Plan *plan = singlePlan(sql, script);
    if (!plan) {
        if (script.isEmpty())
            return {};
        throw SqlError(tr("a cursor runs a single statement"), QString());
    }
    auto query = std::make_unique<QSqlQuery>(database());
    startQuery(*query, *plan, params);
    track(*plan);
    if (!query->isSelect())
        return {};
    m_cursorColumns = QtSqlValues::columns(*query, isSqlite(), m_cursorReaders);
    m_cursor = std::move(query);
    return m_cursorColumns;
}

Result QtSqlDriver::fetch(qsizetype maxRows)
{
    Result result(m_cursorColumns);
    if (!m_cursor)
        return result;
    if (cancelRequested()) {
        closeCursor();
        throwIfCancelled();
    }
    m_native.startClock(); // a stream's timeout applies to each batch
    const qsizetype width = m_cursorReaders.size();
    if (maxRows < 0)
        maxRows = std::numeric_limits<qsizetype>::max();
    QVariantList &values = result.values();
    values.reserve(std::min(maxRows, maxReserveRows) * width);
    for (qsizetype rows = 0; rows < maxRows; ++rows) {
        if (!m_cursor->next()) {
            const QSqlError error = m_cursor->lastError();
            closeCursor();
            if (error.isValid())
                fail(error);
            break;
        }
        for (qsizetype i = 0; i < width; ++i)
            values.append(QtSqlValues::fromQt(m_cursor->value(int(i)), m_cursorReaders[i]));
    }
    return result;
}

void QtSqlDriver::closeCursor()
{
    if (m_cursor)
        m_cursor->finish();
    m_cursor.reset();
    m_cursorColumns.clear();
    m_cursorReaders.clear();
}

TransactionState QtSqlDriver::transactionState() const
{
    if (const auto state = m_native.transactionState())
        return *state;
    return m_db ? m_trackedState : TransactionState::Idle;
}

QString QtSqlDriver::quoteIdentifier(const QString &name) const
{
    if (m_quoteOpen.isNull())
        return Quarry::quoteIdentifier(name);
    QString quoted;
    quoted.reserve(name.size() + 2);
    quoted += m_quoteOpen;
    for (QChar c : name) {
        if (c == m_quoteClose)
            quoted += c; // doubled: the engine reads it as one
        quoted += c;
    }
    quoted += m_quoteClose;
    return quoted;
}

} // namespace Quarry
