// SPDX-License-Identifier: MIT
#pragma once

#include "connection/errors.h"

#include <QString>
#include <QStringView>

#include <libpq-fe.h>

#include <memory>

namespace Quarry {
struct RewrittenSql;
}

/// Turning libpq failures into the core's exceptions. Internal to the PostgreSQL driver.
namespace Quarry::PgErrors {

struct ResultDeleter {
    void operator()(PGresult *result) const { PQclear(result); }
};
/// Owns a PGresult; every result libpq hands out must be cleared exactly once.
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

/// What the error is mapped against.
struct Context {
    /// The statement as sent, for turning the server's character position into an offset.
    QStringView sql;
    /// Set when placeholders were rewritten: maps positions back to what the caller wrote.
    const RewrittenSql *rewritten = nullptr;
    /// Whether cancel() was called: only then is a cancelled statement reported as Cancelled.
    bool cancelRequested = false;
    /// The redacted URL, named in connection errors.
    QString url;
};

/// libpq's message without the trailing newline and the "ERROR:" padding.
QString trimmed(const char *message);

/// The exception for a failed \a result; with no result (sending failed), the connection's error.
std::unique_ptr<DatabaseError> fromResult(PGconn *conn, const PGresult *result,
                                          const Context &context);
/// A ConnectionError for a connection that went bad, with libpq's explanation.
std::unique_ptr<DatabaseError> connectionLost(PGconn *conn, const QString &url);

} // namespace Quarry::PgErrors
