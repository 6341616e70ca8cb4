// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include "database/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Quarry::Test {

QString postgresUrl()
{
    return qEnvironmentVariable("QUARRY_TEST_PG_URL");
}

void addEngineRows(int engines)
{
    QTest::addColumn<int>("engine");
    if (engines & Sqlite)
        QTest::newRow("sqlite") << int(Sqlite);
    if (engines & Postgres)
        QTest::newRow("postgres") << int(Postgres);
    if (engines & QtSql)
        QTest::newRow("qtsql") << int(QtSql);
}

namespace {

QString withDatabase(const QString &serverUrl, const QString &name)
{
    // Replace the path of postgresql://…/db?query with /name.
    const qsizetype authority = serverUrl.indexOf(u"://"_s) + 3;
    qsizetype slash = serverUrl.indexOf(u'/', authority);
    const qsizetype query = serverUrl.indexOf(u'?', authority);
    if (slash < 0 || (query >= 0 && slash > query))
        slash = query >= 0 ? query : serverUrl.size();
    const qsizetype end = query >= 0 ? query : serverUrl.size();
    return serverUrl.left(slash) + u'/' + name + serverUrl.mid(end);
}

QCoro::Task<void> runOnServer(QString sql)
{
    Database db(postgresUrl(), {.poolSize = 1});
    co_await db.session().execute(sql);
    co_await db.close();
}

} // namespace

ScratchDatabase::ScratchDatabase(Engine engine)
    : m_engine(engine)
{
    if (engine == Postgres) {
        if (postgresUrl().isEmpty())
            return;
        static QAtomicInt counter;
        m_pgName = u"quarry_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1));
        await(runOnServer(u"CREATE DATABASE "_s + m_pgName));
        m_url = withDatabase(postgresUrl(), m_pgName);
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(u"test.db"_s);
    m_url = (engine == QtSql ? u"qt+QSQLITE:///"_s : u"sqlite:///"_s) + file;
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_pgName.isEmpty()) {
        try {
            await(runOnServer(u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s));
        } catch (const std::exception &e) {
            qWarning("could not drop %s: %s", qPrintable(m_pgName), e.what());
        }
    }
}

QCoro::Task<void> detail::catching(QCoro::Task<void> task, std::exception_ptr *error)
{
    try {
        co_await task;
    } catch (...) {
        *error = std::current_exception();
    }
}

void await(QCoro::Task<void> &&task)
{
    std::exception_ptr error;
    QCoro::waitFor(detail::catching(std::move(task), &error));
    if (error)
        std::rethrow_exception(error);
}

void clearAppData()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_ticks = 0;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(2);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = std::max(m_maxGapNs, now - m_last);
        m_last = now;
        ++m_ticks;
    });
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
    QObject::disconnect(&m_timer, nullptr, nullptr, nullptr);
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = std::max(m_maxGapNs, now - m_last);
}

} // namespace Quarry::Test
