// SPDX-License-Identifier: MIT
#include "driver/sqlite/sqlitedriver.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "sql/quoting.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

constexpr qsizetype statementCacheSize = 128;
constexpr int progressInterval = 1000; // VM steps between timeout checks

bool isBlank(const char *tail)
{
    // sqlite3_prepare returns a null statement for trailing whitespace and comments, so only
    // an empty remainder is certainly blank; the caller prepares once more to be sure.
    return !tail || *tail == '\0';
}

} // namespace

int sqliteProgress(void *context)
{
    auto *driver = static_cast<SqliteDriver *>(context);
    if (std::chrono::steady_clock::now() < driver->m_deadline)
        return 0;
    driver->m_timedOut = true;
    return 1;
}

SqliteDriver::SqliteDriver(DatabaseUrl url, Options options)
    : Driver(std::move(url), std::move(options))
{
    registerValueTypes();
}

SqliteDriver::~SqliteDriver()
{
    close();
}

QString SqliteDriver::fileName() const
{
    if (m_url.isMemory())
        return u":memory:"_s;
    if (m_url.query().isEmpty())
        return m_url.database();
    // URI parameters (mode=ro, immutable=1, vfs=…) pass through: open as a file: URI.
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(m_url.database()));
    QString uri = u"file:"_s + QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
    QChar sep = u'?';
    for (const auto &[key, value] : m_url.query()) {
        uri += sep + QString::fromUtf8(QUrl::toPercentEncoding(key)) + u'=' +
               QString::fromUtf8(QUrl::toPercentEncoding(value));
        sep = u'&';
    }
    return uri;
}

QString SqliteDriver::displayName() const
{
    return m_url.isMemory() ? tr("in-memory database") : m_url.database();
}

void SqliteDriver::open()
{
    if (m_db)
        return;
    const QString where = displayName();
    // SQLite would wait forever for a writer on a FIFO, and a folder or device is no database.
    if (!m_url.isMemory()) {
        const QFileInfo file(m_url.database());
        if (file.exists() && !file.isFile())
            throw ConnectionError(
                tr("cannot open SQLite database %1: it is not a regular file").arg(where));
    }
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= m_options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(fileName().toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw ConnectionError(tr("cannot open SQLite database %1: %2").arg(where, why));
    }
    {
        QMutexLocker lock(&m_handleMutex);
        m_db = db;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, int(m_options.busyTimeout.count()));
    if (m_options.statementTimeout.count() > 0)
        sqlite3_progress_handler(m_db, progressInterval, &sqliteProgress, this);
    try {
        exec(m_options.foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
        if (m_options.isolationLevel.compare(u"READ UNCOMMITTED"_s, Qt::CaseInsensitive) == 0)
            exec("PRAGMA read_uncommitted = 1");
        // Reads the header: a file that is not a database fails here, not at the first query.
        exec("SELECT count(*) FROM sqlite_schema");
    } catch (const SqlError &e) {
        close();
        if ((e.code().toInt() & 0xff) == SQLITE_BUSY)
            throw ConnectionError(e.message()); // it can be opened, once the lock is gone
        throw ConnectionError(tr("cannot open SQLite database %1: %2").arg(where, e.message()));
    } catch (const DatabaseError &e) {
        close();
        throw ConnectionError(tr("cannot open SQLite database %1: %2").arg(where, e.message()));
    }
}

void SqliteDriver::close()
{
    closeCursor(); // finalized, or its read lock would outlive the connection
    clearCache();
    QMutexLocker lock(&m_handleMutex);
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDriver::interrupt()
{
    QMutexLocker lock(&m_handleMutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

void SqliteDriver::ping()
{
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    exec("SELECT 1");
}

void SqliteDriver::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc);
    }
}

void SqliteDriver::startClock()
{
    m_timedOut = false;
    if (m_options.statementTimeout.count() > 0)
        m_deadline = std::chrono::steady_clock::now() + m_options.statementTimeout;
}

void SqliteDriver::fail(int rc, const RewrittenSql *rewritten, qsizetype statementStart,
                        const QByteArray *utf8)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const QString code = QString::number(sqlite3_extended_errcode(m_db));
    qsizetype position = -1;
    if (utf8) {
        const int offset = sqlite3_error_offset(m_db);
        if (offset >= 0) {
            const qsizetype bytes = statementStart + offset;
            position = QString::fromUtf8(utf8->constData(), std::min(bytes, utf8->size())).size();
            if (rewritten)
                position = rewritten->originalPosition(position);
        }
    }
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
        throw IntegrityError(message, code, position);
    case SQLITE_INTERRUPT:
        if (cancelRequested())
            throw Cancelled(tr("the statement was cancelled"));
        if (m_timedOut)
            throw SqlError(
                tr("statement timeout of %1 ms exceeded").arg(m_options.statementTimeout.count()),
                code, position);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
        throw ConnectionError(message);
    case SQLITE_BUSY:
        throw SqlError(tr("the database %1 is locked by another connection or process (a lock "
                          "is waited for up to %2 ms; raise busy_timeout to wait longer)")
                           .arg(displayName())
                           .arg(m_options.busyTimeout.count()),
                       code, position);
    case SQLITE_READONLY:
        throw SqlError(tr("cannot write to %1: %2").arg(displayName(), message), code, position);
    default:
        break;
    }
    throw SqlError(message, code, position);
}

SqliteDriver::Statement SqliteDriver::prepare(const QByteArray &utf8, qsizetype &offset,
                                              bool persistent)
{
    Statement statement;
    const char *begin = utf8.constData() + offset;
    const char *tail = nullptr;
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    const int rc =
        sqlite3_prepare_v3(m_db, begin, int(utf8.size() - offset),
                           persistent ? SQLITE_PREPARE_PERSISTENT : 0, &statement.stmt, &tail);
    if (rc != SQLITE_OK)
        fail(rc, nullptr, offset, &utf8);
    offset = tail ? tail - utf8.constData() : utf8.size();
    if (statement.stmt)
        describe(statement);
    return statement;
}

void SqliteDriver::finalize(Statement &statement)
{
    sqlite3_finalize(statement.stmt);
    statement.stmt = nullptr;
}

void SqliteDriver::describe(Statement &statement)
{
    const int n = sqlite3_column_count(statement.stmt);
    statement.columns.reserve(n);
    statement.hints.reserve(n);
    for (int i = 0; i < n; ++i) {
        ResultColumn column;
        column.name = QString::fromUtf8(sqlite3_column_name(statement.stmt, i));
        column.typeName = QString::fromUtf8(sqlite3_column_decltype(statement.stmt, i));
        const char *table = sqlite3_column_table_name(statement.stmt, i);
        const char *origin = sqlite3_column_origin_name(statement.stmt, i);
        if (table && origin) {
            const char *type = nullptr;
            int notNull = 0, primaryKey = 0;
            if (sqlite3_table_column_metadata(m_db, sqlite3_column_database_name(statement.stmt, i),
                                              table, origin, &type, nullptr, &notNull, &primaryKey,
                                              nullptr) == SQLITE_OK) {
                // An INTEGER PRIMARY KEY is the rowid: never null, whatever its declaration says.
                const bool rowid = primaryKey && type && qstricmp(type, "INTEGER") == 0;
                column.nullable = notNull || rowid ? Nullability::NotNull : Nullability::Nullable;
            }
        }
        statement.hints.append(SqliteValues::hintFor(column.typeName));
        statement.columns.append(std::move(column));
    }
}

SqliteDriver::Statement *SqliteDriver::cachedStatement(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end())
        return &it.value();
    Statement statement = prepareSingle(sql, true);
    if (!statement.stmt)
        return nullptr; // blank or only comments
    return &remember(sql, std::move(statement));
}

SqliteDriver::Statement &SqliteDriver::remember(const QString &sql, Statement statement)
{
    if (m_cache.size() >= statementCacheSize)
        clearCache();
    return m_cache.insert(sql, std::move(statement)).value();
}

void SqliteDriver::clearCache()
{
    for (auto &statement : m_cache)
        sqlite3_finalize(statement.stmt);
    m_cache.clear();
}

SqliteDriver::Statement SqliteDriver::prepareSingle(const QString &sql, bool persistent)
{
    RewrittenSql rewritten = rewritePlaceholders(sql, PlaceholderStyle::QuestionNumber);
    const QByteArray utf8 = rewritten.sql.toUtf8();
    qsizetype offset = 0;
    Statement statement;
    try {
        statement = prepare(utf8, offset, persistent);
        if (statement.stmt && !isBlank(utf8.constData() + offset)) {
            qsizetype next = offset;
            Statement more = prepare(utf8, next, false);
            if (more.stmt) {
                finalize(more);
                throw SqlError(tr("parameters can only be bound to a single statement"), u"21"_s,
                               QString::fromUtf8(utf8.left(offset)).size());
            }
        }
    } catch (const SqlError &e) {
        finalize(statement);
        // Report the position in the statement as the caller wrote it.
        const qsizetype position =
            e.position() >= 0 ? rewritten.originalPosition(e.position()) : -1;
        throw SqlError(e.message(), e.code(), position);
    }
    statement.rewritten = std::move(rewritten);
    return statement;
}

void SqliteDriver::bindRow(sqlite3_stmt *stmt, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int rc = SqliteValues::bind(stmt, int(i + 1), values[i]);
        if (rc != SQLITE_OK)
            fail(rc);
    }
}

void SqliteDriver::bindAll(const Statement &statement, const Params &params)
{
    sqlite3_clear_bindings(statement.stmt);
    const int expected = sqlite3_bind_parameter_count(statement.stmt);
    const QVariantList values = statement.rewritten.bind(params);
    if (values.size() < expected)
        throw ConfigurationError(tr("the statement has %1 parameters but %2 values were bound")
                                     .arg(expected)
                                     .arg(values.size()));
    bindRow(statement.stmt, values.size() > expected ? values.mid(0, expected) : values);
}

int SqliteDriver::step(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        sqlite3_reset(stmt);
        fail(rc);
    }
    return rc;
}

void SqliteDriver::collect(Statement &statement, Result &result, qsizetype maxRows)
{
    int rc = step(statement.stmt);
    // SQLite re-prepares a cached statement after a schema change: its columns may differ now.
    const int reprepared = sqlite3_stmt_status(statement.stmt, SQLITE_STMTSTATUS_REPREPARE, 0);
    if (reprepared != statement.reprepared) {
        statement.reprepared = reprepared;
        statement.columns.clear();
        statement.hints.clear();
        describe(statement);
        result.setColumns(statement.columns);
    }
    const int n = int(statement.columns.size());
    qsizetype kept = 0;
    QVariantList &values = result.values();
    for (; rc == SQLITE_ROW; rc = step(statement.stmt)) {
        if (maxRows >= 0 && kept >= maxRows)
            continue; // run to completion, keep nothing more
        for (int i = 0; i < n; ++i)
            values.append(SqliteValues::read(statement.stmt, i, statement.hints[i]));
        ++kept;
    }
    sqlite3_reset(statement.stmt);
    result.setRowsAffected(n == 0 ? sqlite3_changes64(m_db) : -1);
    if (n == 0)
        result.setLastInsertId(qlonglong(sqlite3_last_insert_rowid(m_db)));
}

Result SqliteDriver::execute(const QString &sql, const Params &params, qsizetype maxRows)
{
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    startClock();
    // Without values it may be a script; the cache only holds single statements.
    if (params.isEmpty() && !m_cache.contains(sql))
        return executeScript(sql, maxRows);
    Statement *statement = cachedStatement(sql);
    Result result;
    if (!statement)
        return result;
    bindAll(*statement, params);
    result.setColumns(statement->columns);
    collect(*statement, result, maxRows);
    return result;
}

Result SqliteDriver::executeScript(const QString &sql, qsizetype maxRows)
{
    const QByteArray utf8 = sql.toUtf8();
    qsizetype offset = 0;
    Result result;
    int statements = 0;
    while (offset < utf8.size()) {
        Statement statement = prepare(utf8, offset, false);
        if (!statement.stmt)
            break;
        if (const int wanted = sqlite3_bind_parameter_count(statement.stmt); wanted > 0) {
            // A forgotten value would silently be NULL: say so instead.
            finalize(statement);
            throw ConfigurationError(
                tr("the statement has %1 parameters but %2 values were bound").arg(wanted).arg(0));
        }
        ++statements;
        const bool placeholderFree = !sql.contains(u'$') && !sql.contains(u':');
        if (isBlank(utf8.constData() + offset) && statements == 1 && placeholderFree) {
            // A single statement after all: keep it prepared for next time.
            statement.rewritten.sql = sql;
            Statement &cached = remember(sql, std::move(statement));
            result.setColumns(cached.columns);
            collect(cached, result, maxRows);
            return result;
        }
        Result current(statement.columns);
        try {
            collect(statement, current, maxRows);
        } catch (...) {
            finalize(statement);
            throw;
        }
        finalize(statement);
        result = std::move(current);
    }
    return result;
}

ResultColumns SqliteDriver::openCursor(const QString &sql, const Params &params)
{
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    closeCursor();
    startClock();
    auto statement = std::make_unique<Statement>(prepareSingle(sql, false));
    if (!statement->stmt)
        return {};
    try {
        bindAll(*statement, params);
    } catch (...) {
        finalize(*statement);
        throw;
    }
    m_cursor = std::move(statement);
    return m_cursor->columns;
}

Result SqliteDriver::fetch(qsizetype maxRows)
{
    Result result;
    if (!m_cursor)
        return result;
    startClock(); // the timeout is per fetch: a slow consumer is not a slow statement
    result.setColumns(m_cursor->columns);
    const int n = int(m_cursor->columns.size());
    QVariantList &values = result.values();
    values.reserve(maxRows * n);
    try {
        for (qsizetype row = 0; row < maxRows; ++row) {
            if (step(m_cursor->stmt) != SQLITE_ROW) {
                closeCursor();
                break;
            }
            for (int i = 0; i < n; ++i)
                values.append(SqliteValues::read(m_cursor->stmt, i, m_cursor->hints[i]));
        }
    } catch (...) {
        closeCursor();
        throw;
    }
    return result;
}

void SqliteDriver::closeCursor()
{
    if (m_cursor) {
        finalize(*m_cursor);
        m_cursor.reset();
    }
}

TransactionState SqliteDriver::transactionState() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0 ? TransactionState::Active
                                                     : TransactionState::Idle;
}

QString SqliteDriver::quoteIdentifier(const QString &name) const
{
    return Quarry::quoteIdentifier(name);
}

} // namespace Quarry
