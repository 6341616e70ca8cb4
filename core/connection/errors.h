// SPDX-License-Identifier: MIT
#pragma once

#include <QException>
#include <QString>

namespace Quarry {

/// Root of every error the core throws. Derives from QException so that it crosses the
/// worker-thread hop (QFuture) with its dynamic type intact.
class DatabaseError : public QException {
public:
    explicit DatabaseError(QString message);

    /// Human-readable message; never contains a password.
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

    void raise() const override { throw *this; }
    DatabaseError *clone() const override { return new DatabaseError(*this); }

private:
    QString m_message;
    QByteArray m_what;
};

#define QUARRY_ERROR_CLONE(Class)                                                                  \
    void raise() const override                                                                    \
    {                                                                                              \
        throw *this;                                                                               \
    }                                                                                              \
    Class *clone() const override                                                                  \
    {                                                                                              \
        return new Class(*this);                                                                   \
    }

/// A malformed URL or an invalid option; the message names the bad part.
class ConfigurationError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(ConfigurationError)
};

/// The connection could not be opened or was lost (server gone, terminated, bad password,
/// missing file, not a database). The connection it happened on is not reused.
class ConnectionError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(ConnectionError)
};

/// No pooled connection became free within Options::poolTimeout.
class PoolTimeoutError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(PoolTimeoutError)
};

/// The engine rejected a statement.
class SqlError : public DatabaseError {
public:
    /// \a code is the SQLSTATE (PostgreSQL) or the extended result code (SQLite, as decimal
    /// text); \a position is the 0-based character offset into the statement as the caller wrote
    /// it, or -1 when the engine gives none.
    SqlError(QString message, QString code, qsizetype position = -1);
    QString code() const { return m_code; }
    qsizetype position() const { return m_position; }
    QUARRY_ERROR_CLONE(SqlError)

private:
    QString m_code;
    qsizetype m_position = -1;
};

/// A constraint was violated (unique, foreign key, not null, check).
class IntegrityError : public SqlError {
public:
    using SqlError::SqlError;
    QUARRY_ERROR_CLONE(IntegrityError)
};

/// The statement was stopped by cancel().
class Cancelled : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(Cancelled)
};

/// one() found no row, or one()/oneOrNone() found more than one.
class ResultError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(ResultError)
};

/// A lookup that needs a row found none (Ops::getOne).
class NotFound : public ResultError {
public:
    using ResultError::ResultError;
    QUARRY_ERROR_CLONE(NotFound)
};

/// A lookup that needs at most one row found several (Ops::getOne, Ops::oneOrNone).
class MultipleFound : public ResultError {
public:
    using ResultError::ResultError;
    QUARRY_ERROR_CLONE(MultipleFound)
};

/// A model file or a Metadata is invalid: an unknown type, a foreign key to a missing table or
/// column, a duplicate name. The message names where (the JSON path, or table.column) and what.
class ModelError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(ModelError)
};

} // namespace Quarry
