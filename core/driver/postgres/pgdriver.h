// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.h"
#include "sql/placeholders.h"

#include <QCoreApplication>
#include <QHash>

#include <mutex>
#include <optional>
#include <vector>

// libpq's handles, declared here so that users of this header need no libpq headers.
struct pg_conn;
struct pg_cancel;
struct pg_result;

namespace Quarry {

class DatabaseError;

/// The PostgreSQL backend over libpq. Values travel as text (bytea as binary parameters),
/// decoded by type OID; the session runs with TimeZone=UTC so timestamps come back in UTC.
class PgDriver final : public Driver {
    Q_DECLARE_TR_FUNCTIONS(Quarry::PgDriver)

public:
    PgDriver(DatabaseUrl url, Options options);
    ~PgDriver() override;

    void open() override;
    void close() override;
    void ping() override;

    Result execute(const QString &sql, const Params &params, qsizetype maxRows = -1) override;

    ResultColumns openCursor(const QString &sql, const Params &params) override;
    Result fetch(qsizetype maxRows) override;
    bool cursorOpen() const override { return m_cursor.open; }
    void closeCursor() override;

    qint64 executeMany(const QString &sql, const QList<Params> &rows) override;
    qint64 copyIn(const QString &table, const QStringList &columns,
                  const QList<QVariantList> &rows) override;

    TransactionState transactionState() const override;
    QString quoteIdentifier(const QString &name) const override;

protected:
    void interrupt() override;

private:
    using Decoder = QVariant (*)(const char *data, int length);

    /// A result's column list plus what is needed to decode and describe it.
    struct Shape {
        ResultColumns columns;
        std::vector<Decoder> decoders;
        /// Type modifiers (PQfmod), for names like varchar(20).
        std::vector<int> modifiers;
        /// (table OID, column number) per column; 0 for expressions.
        std::vector<std::pair<unsigned, int>> origins;
    };

    struct Cursor {
        bool open = false;
        /// The statement already ended (no rows, or only the one buffered at open).
        bool finished = false;
        /// Opened inside a transaction: closing early must not cancel (that would abort it).
        bool inTransaction = false;
        Shape shape;
        /// The row that came with the first result, held for the first fetch().
        QVariantList buffered;
        qsizetype bufferedRows = 0;
        qint64 rowsAffected = -1;
    };

    void requireIdle() const;
    /// The statement rewritten for libpq's $n placeholders, from a bounded cache.
    const RewrittenSql &rewrite(const QString &sql);
    /// Sends \a sql, rewritten for \a params when it has any, and remembers it for errors.
    void send(const QString &sql, const Params &params);
    std::unique_ptr<DatabaseError> errorFor(const pg_result *result) const;
    std::unique_ptr<DatabaseError> connectionLost() const;
    /// Reads results until libpq reports none is left, keeping the first error in \a error.
    void drain(std::unique_ptr<DatabaseError> &error);
    /// Throws the connection's error if it went bad, else \a error if set.
    void raise(std::unique_ptr<DatabaseError> &error) const;

    static qint64 affectedRows(const pg_result *result);
    Shape describe(const pg_result *result) const;
    static void appendRows(const pg_result *result, const Shape &shape, QVariantList &values,
                           int maxRows);
    /// Fills typeName and nullable from the catalogs for what the caches do not know yet.
    void lookUpMetadata(Shape &shape);
    void loadTypeNames(const QList<unsigned> &oids);
    void loadNullability(const std::vector<std::pair<unsigned, int>> &origins);
    void applyMetadata(Shape &shape) const;

    /// Leaves COPY state that a plain execute() ran into, so the connection stays usable.
    void abandonCopy(int status);

    pg_conn *m_conn = nullptr;
    mutable std::mutex m_cancelMutex;
    pg_cancel *m_cancel = nullptr;
    QString m_redactedUrl;

    QHash<QString, RewrittenSql> m_rewrites;
    /// What was sent last, so error positions map back to the caller's text.
    QString m_sentSql;
    std::optional<RewrittenSql> m_sentRewrite;

    QHash<unsigned, QString> m_typeNames;
    QHash<quint64, Nullability> m_nullability;
    Cursor m_cursor;
};

} // namespace Quarry
