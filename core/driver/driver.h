// SPDX-License-Identifier: MIT
#pragma once

#include "connection/options.h"
#include "connection/params.h"
#include "connection/result.h"
#include "url/databaseurl.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace Quarry {

enum class TransactionState { Idle, Active, Failed };

/// One engine connection. Every member except interrupt() and the cancel flag runs on the
/// owning Connection's worker thread, one call at a time. Errors are thrown as the
/// DatabaseError subclasses of connection/errors.h; an error that leaves the engine connection
/// unusable is a ConnectionError.
///
/// Values: null is an invalid QVariant; integers come back as qlonglong, floats as double,
/// text as QString, binary as QByteArray, booleans as bool, exact decimals as Numeric, dates,
/// times and timestamps as QDate, QTime and QDateTime (timestamps are UTC: a zone-less
/// timestamp is read as its wall clock in UTC), UUIDs as QUuid, JSON as QJsonValue, anything
/// else as its text.
class Driver {
public:
    Driver(DatabaseUrl url, Options options)
        : m_url(std::move(url))
        , m_options(std::move(options))
    {}
    virtual ~Driver() = default;
    Driver(const Driver &) = delete;
    Driver &operator=(const Driver &) = delete;

    /// Opens the engine connection and applies the options. Throws ConnectionError naming what
    /// is wrong (missing file, not a database, bad password, unreachable host …).
    virtual void open() = 0;
    /// Closes; safe to call twice.
    virtual void close() = 0;
    /// A round trip that proves the connection works; throws ConnectionError if not.
    virtual void ping() = 0;

    /// Runs \a sql. With no params it may hold several statements, all of which run and the
    /// last one's result is returned; with params it must be one statement. At most \a maxRows
    /// rows are kept (the statement still runs to completion); negative: all.
    virtual Result execute(const QString &sql, const Params &params, qsizetype maxRows = -1) = 0;

    /// Starts a streamed statement (one statement) and returns its columns; rows follow from
    /// fetch(). Only one cursor is open at a time, and nothing else may run until it is closed.
    virtual ResultColumns openCursor(const QString &sql, const Params &params) = 0;
    /// Up to \a maxRows further rows of the open cursor; fewer (maybe none) at the end, after
    /// which the cursor is closed.
    virtual Result fetch(qsizetype maxRows) = 0;
    virtual bool cursorOpen() const = 0;
    /// Abandons the rest of the open cursor's rows; a no-op when none is open.
    virtual void closeCursor() = 0;

    /// Runs one statement once per parameter set, all or nothing (inside the current
    /// transaction, or an implicit one). Returns the total rows affected.
    virtual qint64 executeMany(const QString &sql, const QList<Params> &rows) = 0;
    /// Appends rows to \a table (a plain, unqualified name, quoted here) in the
    /// engine's fastest way (PostgreSQL COPY, SQLite prepared INSERT), all or nothing. Returns
    /// the rows inserted.
    virtual qint64 copyIn(const QString &table, const QStringList &columns,
                          const QList<QVariantList> &rows) = 0;

    virtual TransactionState transactionState() const = 0;

    /// Quotes an identifier for this engine; the one quoting function of the dialect.
    virtual QString quoteIdentifier(const QString &name) const = 0;

    /// Thread-safe: stops the statement running now; it then throws Cancelled.
    void cancel()
    {
        m_cancelRequested.store(true);
        interrupt();
    }
    /// Called by the Connection before each job: a cancel applies to what runs now.
    void clearCancel() { m_cancelRequested.store(false); }
    bool cancelRequested() const { return m_cancelRequested.load(); }

    const DatabaseUrl &url() const { return m_url; }
    const Options &options() const { return m_options; }

protected:
    /// Thread-safe engine interrupt (sqlite3_interrupt, PQcancel).
    virtual void interrupt() = 0;

    DatabaseUrl m_url;
    Options m_options;

private:
    std::atomic<bool> m_cancelRequested{false};
};

/// Creates the driver for \a url's backend (not yet opened).
std::unique_ptr<Driver> createDriver(const DatabaseUrl &url, const Options &options);

} // namespace Quarry
