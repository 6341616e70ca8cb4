// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.h"
#include "driver/sqlite/sqlitevalues.h"
#include "sql/placeholders.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <chrono>
#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Quarry {

/// The native SQLite backend over the sqlite3 C API: prepared-statement cache, exact storage
/// classes, sqlite3_interrupt for cancel, a progress handler for statement timeouts.
class SqliteDriver final : public Driver {
    Q_DECLARE_TR_FUNCTIONS(Quarry::SqliteDriver)

public:
    SqliteDriver(DatabaseUrl url, Options options);
    ~SqliteDriver() override;

    void open() override;
    void close() override;
    void ping() override;
    Result execute(const QString &sql, const Params &params, qsizetype maxRows) override;
    ResultColumns openCursor(const QString &sql, const Params &params) override;
    Result fetch(qsizetype maxRows) override;
    bool cursorOpen() const override { return m_cursor != nullptr; }
    void closeCursor() override;
    qint64 executeMany(const QString &sql, const QList<Params> &rows) override;
    qint64 copyIn(const QString &table, const QStringList &columns,
                  const QList<QVariantList> &rows) override;
    TransactionState transactionState() const override;
    QString quoteIdentifier(const QString &name) const override;

protected:
    void interrupt() override;

private:
    /// A prepared single statement with what we learnt about it once.
    struct Statement {
        sqlite3_stmt *stmt = nullptr;
        RewrittenSql rewritten;
        ResultColumns columns;
        QList<SqliteValues::Hint> hints;
        int reprepared = 0; // SQLITE_STMTSTATUS_REPREPARE when columns were read
    };

    QString fileName() const;
    /// The database as messages name it: its file, or "in-memory database".
    QString displayName() const;
    void exec(const char *sql);
    Statement *cachedStatement(const QString &sql);
    /// Keeps \a statement prepared under \a sql (the cache is emptied when full).
    Statement &remember(const QString &sql, Statement statement);
    void clearCache();
    /// Rewrites placeholders and prepares \a sql, which must be one statement (SqlError if
    /// not); positions in errors point into \a sql as written.
    Statement prepareSingle(const QString &sql, bool persistent);
    /// Prepares the first statement of \a utf8 from \a offset; null stmt for trailing blanks.
    Statement prepare(const QByteArray &utf8, qsizetype &offset, bool persistent);
    void finalize(Statement &statement);
    void describe(Statement &statement);
    void bindAll(const Statement &statement, const Params &params);
    void bindRow(sqlite3_stmt *stmt, const QVariantList &values);
    /// Steps \a statement to the end, keeping up to \a maxRows rows in \a result.
    void collect(Statement &statement, Result &result, qsizetype maxRows);
    int step(sqlite3_stmt *stmt);
    Result executeScript(const QString &sql, qsizetype maxRows);
    qint64 runMany(sqlite3_stmt *stmt, qsizetype count,
                   const std::function<void(qsizetype)> &bindRowAt);
    [[noreturn]] void fail(int rc, const RewrittenSql *rewritten = nullptr,
                           qsizetype statementStart = 0, const QByteArray *utf8 = nullptr);
    void startClock();

    sqlite3 *m_db = nullptr;
    QMutex m_handleMutex; // guards m_db against interrupt() racing close()
    QHash<QString, Statement> m_cache;
    std::unique_ptr<Statement> m_cursor;
    std::chrono::steady_clock::time_point m_deadline{};
    bool m_timedOut = false;
    friend int sqliteProgress(void *);
};

} // namespace Quarry
