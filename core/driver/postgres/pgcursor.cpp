// SPDX-License-Identifier: MIT
// PgDriver's streamed results: single-row mode, so memory stays bounded by one batch.
#include "driver/postgres/pgdriver.h"

#include "connection/errors.h"
#include "driver/postgres/pgerrors.h"

#include <libpq-fe.h>

#include <algorithm>
#include <limits>

namespace Quarry {

using PgErrors::ResultPtr;

ResultColumns PgDriver::openCursor(const QString &sql, const Params &params)
{
    requireIdle();
    const bool inTransaction = PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
    send(sql, params);
    PQsetSingleRowMode(m_conn);

    std::unique_ptr<DatabaseError> error;
    const ResultPtr first(PQgetResult(m_conn));
    if (!first)
        errorFor(nullptr)->raise();
    Cursor cursor;
    cursor.inTransaction = inTransaction;
    const ExecStatusType status = PQresultStatus(first.get());
    switch (status) {
    case PGRES_SINGLE_TUPLE:
        // The connection is busy until the stream ends: metadata only from the caches.
        cursor.shape = describe(first.get());
        appendRows(first.get(), cursor.shape, cursor.buffered, 1);
        cursor.bufferedRows = 1;
        break;
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
    case PGRES_EMPTY_QUERY:
        if (status == PGRES_TUPLES_OK)
            cursor.shape = describe(first.get());
        cursor.finished = true;
        cursor.rowsAffected = affectedRows(first.get());
        break;
    case PGRES_COPY_IN:
    case PGRES_COPY_OUT:
    case PGRES_COPY_BOTH:
        abandonCopy(status);
        error = std::make_unique<DatabaseError>(
            tr("COPY with STDIN or STDOUT cannot run as a statement; use copyIn()."));
        break;
    default:
        error = errorFor(first.get());
        break;
    }
    if (cursor.finished || error) {
        drain(error);
        raise(error);
        if (cursor.finished && !cursor.shape.columns.isEmpty())
            lookUpMetadata(cursor.shape);
    }
    cursor.open = true;
    m_cursor = std::move(cursor);
    return m_cursor.shape.columns;
}

Result PgDriver::fetch(qsizetype maxRows)
{
    if (!m_cursor.open)
        return Result();
    Result batch(m_cursor.shape.columns);
    QVariantList &values = batch.values();
    if (maxRows < 0)
        maxRows = std::numeric_limits<qsizetype>::max();
    qsizetype rows = 0;
    if (m_cursor.bufferedRows > 0 && maxRows > 0) {
        values = std::move(m_cursor.buffered);
        m_cursor.buffered = QVariantList();
        rows = m_cursor.bufferedRows;
        m_cursor.bufferedRows = 0;
    }
    bool ended = m_cursor.finished;
    std::unique_ptr<DatabaseError> error;
    if (!ended) {
        // One allocation per batch; capped so a huge maxRows does not reserve gigabytes.
        values.reserve(std::min<qsizetype>(maxRows, 65'536) * m_cursor.shape.columns.size());
        while (rows < maxRows) {
            PGresult *raw = PQgetResult(m_conn);
            if (!raw) {
                ended = true;
                break;
            }
            const ResultPtr result(raw);
            const ExecStatusType status = PQresultStatus(raw);
            if (status == PGRES_SINGLE_TUPLE) {
                appendRows(raw, m_cursor.shape, values, 1);
                ++rows;
                continue;
            }
            ended = true;
            if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
                m_cursor.rowsAffected = affectedRows(raw);
            else
                error = errorFor(raw);
            break;
        }
        if (ended)
            drain(error);
    }
    if (ended) {
        batch.setRowsAffected(m_cursor.rowsAffected);
        m_cursor = Cursor{};
        raise(error);
    }
    return batch;
}

void PgDriver::closeCursor()
{
    if (!m_cursor.open)
        return;
    if (!m_cursor.finished) {
        // Outside a transaction, cancelling saves reading the rest; inside one it would abort
        // the transaction, so the rest is read and dropped instead.
        if (!m_cursor.inTransaction) {
            const std::lock_guard lock(m_cancelMutex);
            if (m_cancel) {
                char message[256];
                PQcancel(m_cancel, message, sizeof message);
            }
        }
        std::unique_ptr<DatabaseError> ignored; // the cancel's own 57014 among them
        drain(ignored);
    }
    m_cursor = Cursor{};
}

} // namespace Quarry
