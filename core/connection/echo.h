// SPDX-License-Identifier: MIT
#pragma once

#include "connection/params.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Quarry {

Q_DECLARE_LOGGING_CATEGORY(lcSql)
Q_DECLARE_LOGGING_CATEGORY(lcConnection)

/// Writes one statement to the `quarry.sql` category when Options::echo is on: the SQL, its
/// bound values (truncated) and how long it took. Never sees a connection password.
class Echo {
public:
    Echo(bool enabled, int connectionId, const QString &sql, const Params &params);
    /// \a rows: rows returned or affected, -1 when unknown.
    void finished(qint64 rows) const;
    void failed(const QString &error) const;

private:
    bool m_enabled;
    int m_connectionId;
    QString m_sql;
    Params m_params;
    QElapsedTimer m_timer;
};

} // namespace Quarry
