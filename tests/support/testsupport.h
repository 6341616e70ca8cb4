// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <exception>
#include <memory>
#include <optional>

namespace Quarry::Test {

enum Engine { Sqlite = 1, Postgres = 2, QtSql = 4, AllEngines = Sqlite | Postgres | QtSql };

/// The throwaway server's URL (QUARRY_TEST_PG_URL), e.g.
/// postgresql://postgres:pw@127.0.0.1:54321/postgres; empty when unset.
QString postgresUrl();

/// Adds a QTest data column "engine" (int) and one row per engine in \a engines. Call from a
/// `_data()` function. PostgreSQL rows are skipped at run time by requireEngine() when no
/// server is configured (and fail instead when QUARRY_REQUIRE_PG=1, as the test command sets).
void addEngineRows(int engines = AllEngines);

/// A fresh, empty database for one test: a file in a temporary directory (SQLite, Qt SQL's
/// QSQLITE) or a new database on the test server, dropped again by the destructor.
class ScratchDatabase {
public:
    explicit ScratchDatabase(Engine engine);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    QString url() const { return m_url; }
    bool isValid() const { return !m_url.isEmpty(); }
    Engine engine() const { return m_engine; }

private:
    Engine m_engine;
    QString m_url;
    QString m_pgName;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace detail {
// QCoro 0.8's waitFor() never leaves its loop when the task throws: catch inside, rethrow
// outside.
template<typename T>
QCoro::Task<void> catching(QCoro::Task<T> task, std::optional<T> *result, std::exception_ptr *error)
{
    try {
        result->emplace(co_await task);
    } catch (...) {
        *error = std::current_exception();
    }
}
QCoro::Task<void> catching(QCoro::Task<void> task, std::exception_ptr *error);
} // namespace detail

/// Runs a task to completion from a test function (tests may spin an event loop; the GUI
/// never does); its exception, if any, is rethrown here.
template<typename T> T await(QCoro::Task<T> &&task)
{
    std::optional<T> result;
    std::exception_ptr error;
    QCoro::waitFor(detail::catching(std::move(task), &result, &error));
    if (error)
        std::rethrow_exception(error);
    return std::move(*result);
}
void await(QCoro::Task<void> &&task);

/// Removes what earlier runs of this test left in its (test-mode) data folder: saved editor
/// tabs, history. Editor tabs of an interrupted run come back by design.
void clearAppData();

/// Measures how long the calling thread's event loop goes without running a timer: while it
/// is started, a 2 ms timer records the largest gap between two ticks.
class StallProbe {
public:
    void start();
    void stop();
    qint64 maxGapMs() const { return m_maxGapNs / 1'000'000; }
    int ticks() const { return m_ticks; }
    /// A gap this long means the event loop waited for something (a database call on the GUI
    /// thread, a nested loop): a freeze, not slowness. How fast things are is measured by
    /// quarry-bench, not here: on a loaded 2-core CI machine under ASan, tens of ms are noise.
    static constexpr qint64 FreezeMs = 250;
    bool froze() const { return maxGapMs() >= FreezeMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
};

} // namespace Quarry::Test

/// QVERIFY/QCOMPARE for coroutine bodies (which must co_return, not return).
#define CO_VERIFY(statement)                                                                       \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__))     \
            co_return;                                                                             \
    } while (false)
#define CO_VERIFY2(statement, description)                                                         \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, description, __FILE__,       \
                            __LINE__))                                                             \
            co_return;                                                                             \
    } while (false)
#define CO_COMPARE(actual, expected)                                                               \
    do {                                                                                           \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__))            \
            co_return;                                                                             \
    } while (false)

/// In a test function driven by addEngineRows(): fetches the engine and skips (or fails) when
/// it is not available here.
#define QUARRY_FETCH_ENGINE(var)                                                                   \
    QFETCH(int, engine);                                                                           \
    const auto var = static_cast<Quarry::Test::Engine>(engine);                                    \
    if (var == Quarry::Test::Postgres && Quarry::Test::postgresUrl().isEmpty()) {                  \
        if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))                                     \
            QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");                       \
        QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");                                     \
    }
