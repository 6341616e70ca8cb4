// SPDX-License-Identifier: MIT
// PgDriver's bulk paths: executeMany() over a libpq pipeline and copyIn() over COPY FROM STDIN.
#include "driver/postgres/pgdriver.h"

#include "connection/errors.h"
#include "driver/postgres/pgerrors.h"
#include "driver/postgres/pgtypes.h"
#include "sql/quoting.h"

#include <libpq-fe.h>

#include <cerrno>

#include <poll.h>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

using PgErrors::ResultPtr;

// Rows between attempts to flush the pipeline and read what has come back.
constexpr qsizetype PipelineBatch = 256;
// COPY data is handed to libpq in pieces about this large.
constexpr qsizetype CopyChunk = 256 * 1024;
// The protocol counts parameters in 16 bits.
constexpr int MaxParameters = 65'535;

/// Counts what comes back from a pipeline: one result per queued request, and the sync.
class PipelineReader {
public:
    explicit PipelineReader(PGconn *conn)
        : m_conn(conn)
    {}

    void expect() { ++m_pending; }
    bool synced() const { return m_synced; }
    qint64 affected() const { return m_affected; }
    const PGresult *firstError() const { return m_firstError.get(); }

    /// Reads the results that are complete without blocking.
    bool readAvailable()
    {
        if (!PQconsumeInput(m_conn))
            return false;
        while (m_pending > 0 && !PQisBusy(m_conn)) {
            if (PGresult *result = PQgetResult(m_conn))
                take(result);
        }
        return true;
    }

    /// Sends everything libpq holds, reading results meanwhile so that neither side can stall
    /// on a full socket buffer.
    bool flush()
    {
        for (;;) {
            const int state = PQflush(m_conn);
            if (state < 0 || !readAvailable())
                return false;
            if (state == 0)
                return true;
            pollfd fd{PQsocket(m_conn), POLLIN | POLLOUT, 0};
            if (poll(&fd, 1, -1) < 0 && errno != EINTR)
                return false;
        }
    }

    /// Blocks until the sync has come back (or the connection fails).
    void readAll()
    {
        int nulls = 0;
        while (m_pending > 0) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                // One null separates requests; two in a row mean nothing more will come.
                if (PQstatus(m_conn) == CONNECTION_BAD || ++nulls > 1)
                    return;
                continue;
            }
            nulls = 0;
            take(result);
        }
    }

private:
    void take(PGresult *raw)
    {
        ResultPtr result(raw);
        --m_pending;
        switch (PQresultStatus(raw)) {
        case PGRES_PIPELINE_SYNC:
            m_synced = true;
            break;
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK:
            if (const char *count = PQcmdTuples(raw); *count)
                m_affected += std::strtoll(count, nullptr, 10);
            break;
        case PGRES_PIPELINE_ABORTED:
            break;
        default:
            if (!m_firstError)
                m_firstError = std::move(result);
            break;
        }
    }

    PGconn *m_conn;
    qsizetype m_pending = 0;
    qint64 m_affected = 0;
    bool m_synced = false;
    ResultPtr m_firstError;
};

} // namespace

qint64 PgDriver::executeMany(const QString &sql, const QList<Params> &rows)
{
    requireIdle();
    if (rows.isEmpty())
        return 0;
    m_sentSql = sql;
    m_sentRewrite.reset();
    if (sql.contains(u'$') || sql.contains(u':')) {
        m_sentRewrite = rewrite(sql);
        m_sentSql = m_sentRewrite->sql;
        // Every row is bound before anything is sent: a bad row found halfway could not be
        // taken back from the server.
        for (const Params &row : rows)
            m_sentRewrite->bind(row);
        if (m_sentRewrite->sources.size() > MaxParameters)
            throw ConfigurationError(
                tr("A statement takes at most %1 parameters.").arg(MaxParameters));
    }
    const auto bind = [this](const Params &row) {
        return m_sentRewrite ? m_sentRewrite->bind(row) : QVariantList();
    };

    // One unnamed prepared statement; parameter types come from the first row's values, except
    // integers: the server infers those, as a later row may need a wider type than the first.
    PgTypes::ParamEncoder encoder;
    encoder.encode(bind(rows.first()));
    std::vector<Oid> types(encoder.types(), encoder.types() + encoder.count());
    for (Oid &type : types) {
        if (type == PgTypes::Int4Oid || type == PgTypes::Int8Oid)
            type = 0;
    }
    const QByteArray text = m_sentSql.toUtf8();

    if (PQenterPipelineMode(m_conn) != 1)
        errorFor(nullptr)->raise();
    // Non-blocking, so sending never waits on a server that waits for us to read.
    PQsetnonblocking(m_conn, 1);
    PipelineReader reader(m_conn);
    bool ok = PQsendPrepare(m_conn, "", text.constData(), int(types.size()), types.data()) == 1;
    reader.expect();
    for (qsizetype i = 0; ok && i < rows.size(); ++i) {
        if (i > 0)
            encoder.encode(bind(rows[i]));
        ok = PQsendQueryPrepared(m_conn, "", encoder.count(), encoder.values(), encoder.lengths(),
                                 encoder.formats(), 0) == 1;
        reader.expect();
        if (ok && i % PipelineBatch == PipelineBatch - 1)
            ok = reader.flush();
    }
    // One sync for all rows: the server runs them as one implicit transaction when none is
    // open, so an error rolls all of them back.
    if (ok) {
        ok = PQpipelineSync(m_conn) == 1;
        reader.expect();
    }
    if (ok)
        ok = reader.flush();
    PQsetnonblocking(m_conn, 0);
    reader.readAll();
    if (reader.synced())
        PQexitPipelineMode(m_conn);

    std::unique_ptr<DatabaseError> error;
    if (reader.firstError())
        error = errorFor(reader.firstError());
    else if (!ok || !reader.synced())
        error = errorFor(nullptr);
    raise(error);
    return reader.affected();
}

qint64 PgDriver::copyIn(const QString &table, const QStringList &columns,
                        const QList<QVariantList> &rows)
{
    requireIdle();
    if (!columns.isEmpty()) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].size() != columns.size()) {
                throw ConfigurationError(tr("Row %1 has %2 values for %3 columns.")
                                             .arg(i + 1)
                                             .arg(rows[i].size())
                                             .arg(columns.size()));
            }
        }
    }
    QString sql = u"COPY "_s + Quarry::quoteIdentifier(table);
    if (!columns.isEmpty()) {
        QStringList quoted;
        for (const QString &column : columns)
            quoted.append(Quarry::quoteIdentifier(column));
        sql += u" ("_s + quoted.join(u", "_s) + u')';
    }
    sql += u" FROM STDIN"_s;
    m_sentSql = sql;
    m_sentRewrite.reset();

    {
        const ResultPtr start(PQexec(m_conn, sql.toUtf8().constData()));
        if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
            std::unique_ptr<DatabaseError> error = errorFor(start.get());
            raise(error);
        }
    }

    // Returns false once libpq refuses data: the connection failed or the server already
    // rejected the COPY (its error is read below).
    const auto put = [this](const QByteArray &data) {
        return PQputCopyData(m_conn, data.constData(), int(data.size())) == 1;
    };
    QByteArray buffer;
    buffer.reserve(CopyChunk + CopyChunk / 4);
    bool ok = true;
    try {
        for (const QVariantList &row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0)
                    buffer += '\t';
                PgTypes::appendCopyField(buffer, row[i]);
            }
            buffer += '\n';
            if (buffer.size() >= CopyChunk) {
                ok = put(buffer);
                buffer.resize(0);
                if (!ok)
                    break;
            }
        }
    } catch (...) {
        // COPY is atomic: failing it leaves nothing behind.
        PQputCopyEnd(m_conn, "aborted by the client");
        std::unique_ptr<DatabaseError> ignored;
        drain(ignored);
        throw;
    }
    if (ok && !buffer.isEmpty())
        ok = put(buffer);
    if (ok)
        ok = PQputCopyEnd(m_conn, nullptr) == 1;

    std::unique_ptr<DatabaseError> error;
    qint64 copied = 0;
    while (PGresult *raw = PQgetResult(m_conn)) {
        const ResultPtr result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COMMAND_OK)
            copied = affectedRows(raw);
        else if (status == PGRES_COPY_IN)
            PQputCopyEnd(m_conn, "aborted by the client");
        else if (!error)
            error = errorFor(raw);
    }
    if (!ok && !error)
        error = errorFor(nullptr);
    raise(error);
    return copied;
}

} // namespace Quarry
