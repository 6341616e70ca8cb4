// SPDX-License-Identifier: MIT
#include "connection/errors.h"

namespace Quarry {

DatabaseError::DatabaseError(QString message)
    : m_message(std::move(message))
    , m_what(m_message.toUtf8())
{}

SqlError::SqlError(QString message, QString code, qsizetype position)
    : DatabaseError(std::move(message))
    , m_code(std::move(code))
    , m_position(position)
{}

} // namespace Quarry
