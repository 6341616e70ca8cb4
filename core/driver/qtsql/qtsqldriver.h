// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.h"
#include "driver/qtsql/qtsqlnative.h"
#include "driver/qtsql/qtsqlvalues.h"
#include "sql/placeholders.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Quarry {

/// The generic backend over any Qt SQL driver (`qt+QSQLITE:///file.db`, `qt+QPSQL://…`,
/// `qt+QODBC://…`). Like every Driver it lives on one worker thread, which suits Qt SQL's
/// thread-affine connections.
///
/// Engine specifics it reaches through the Qt driver's native handle:
/// - QSQLITE: cancel with sqlite3_interrupt, transaction state from sqlite3_get_autocommit,
///   values stored and read exactly as the native SQLite driver does (declared-type hints),
///   foreign-keys pragma, busy timeout, read-only open, statement timeout.
/// - QPSQL: cancel with PQcancel, transaction state from PQtransactionStatus; read-only,
///   isolation level and statement timeout as session settings.
/// - Any other driver: cancel sets the flag only, so a statement stops at the next row
///   boundary of a result it is reading (not while the engine computes); the transaction state
///   is tracked from the BEGIN/COMMIT/ROLLBACK statements run through this driver (best
///   effort).
class QtSqlDriver final : public Driver {
    Q_DECLARE_TR_FUNCTIONS(Quarry::QtSqlDriver)

public:
    QtSqlDriver(DatabaseUrl url, Options options);
    ~QtSqlDriver() override;

    void open() override;
    void close() override;
    void ping() override;
    Result execute(const QString &sql, const Params &params, qsizetype maxRows = -1) override;
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
    /// What one statement text turned out to be, cached by text.
    struct Plan {
        QString statement; // trimmed, without a trailing semicolon
        QString keyword;
        std::optional<RewrittenSql> rewritten; // made on first use with parameters
    };

    QSqlDatabase &database();
    bool isSqlite() const { return m_dbms == QSqlDriver::SQLite; }
    QString connectOptions() const;
    void applySessionOptions();
    void runSimple(const QString &sql);
    /// The cached plan of \a sql when it holds one statement; else null, with the statements of
    /// the script (maybe none) in \a script.
    Plan *singlePlan(const QString &sql, QStringList &script);
    const RewrittenSql &rewritten(Plan &plan);
    void startQuery(QSqlQuery &query, Plan &plan, const Params &params);
    Result run(Plan &plan, const Params &params, qsizetype maxRows);
    qint64 runBatch(const QString &engineSql, qsizetype count,
                    const std::function<QVariantList(qsizetype)> &valuesAt);
    void track(const Plan &plan);
    void throwIfCancelled() const;
    [[noreturn]] void fail(const QSqlError &error);

    QString m_connectionName;
    std::optional<QSqlDatabase> m_db;
    QSqlDriver::DbmsType m_dbms = QSqlDriver::UnknownDbms;
    QChar m_quoteOpen;
    QChar m_quoteClose;
    QHash<QString, Plan> m_plans;
    std::unique_ptr<QSqlQuery> m_cursor;
    ResultColumns m_cursorColumns;
    QList<QtSqlValues::ColumnReader> m_cursorReaders;
    TransactionState m_trackedState = TransactionState::Idle;
    QtSqlNative m_native;
};

} // namespace Quarry
