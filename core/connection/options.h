// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantMap>

#include <chrono>

namespace Quarry {

/// How a Database connects and pools. Members are declared in the order designated
/// initializers must use: `Database db(url, {.poolSize = 5, .echo = true});`
struct Options {
    /// Connections kept open in the pool.
    int poolSize = 5;
    /// Extra connections opened when all pooled ones are busy; closed when returned.
    int maxOverflow = 10;
    /// How long a session waits for a free connection before PoolTimeoutError.
    std::chrono::milliseconds poolTimeout{30'000};
    /// Connections older than this are replaced on checkout; zero or negative: never.
    std::chrono::milliseconds poolRecycle{0};
    /// Check a pooled connection with a round trip before handing it out.
    bool prePing = false;
    /// Log each statement, its bound values (truncated) and timing to `quarry.sql`.
    bool echo = false;
    std::chrono::milliseconds connectTimeout{10'000};
    /// Zero: no limit.
    std::chrono::milliseconds statementTimeout{0};
    bool readOnly = false;
    /// "READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"; empty: engine
    /// default. (The `{}` keeps GCC's -Wextra quiet about designated initializers that skip it.)
    QString isolationLevel{};
    /// SQLite: how long to wait on a locked database.
    std::chrono::milliseconds busyTimeout{5'000};
    /// SQLite: PRAGMA foreign_keys.
    bool foreignKeys = true;

    /// Builds options from a key/value map as config files give them. Keys are the member names
    /// in camelCase or snake_case (`pool_size`); durations are numbers of seconds or strings with
    /// a unit (`250ms`, `30s`, `2min`). Unknown keys and bad values throw ConfigurationError
    /// naming them.
    static Options fromMap(const QVariantMap &map);
    QVariantMap toMap() const;
    /// Throws ConfigurationError naming the first out-of-range value.
    void validate() const;
};

} // namespace Quarry
