// SPDX-License-Identifier: MIT
// SqliteReflector at scale: a few statements whatever the number of tables, and its speed.
#include "testsupport.h"

#include "database/database.h"
#include "schema/reflector.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

std::atomic<int> sqlMessages{0};
QtMessageHandler previousHandler = nullptr;

void countSql(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "quarry.sql")
        ++sqlMessages;
    else
        previousHandler(type, context, message);
}

QString manyTablesScript(int count)
{
    QString script = u"BEGIN;\n"_s;
    for (int i = 0; i < count; ++i) {
        const QString parent =
            i > 0 ? u", parent_id INTEGER REFERENCES t%1 (id)"_s.arg(i - 1) : QString();
        script += u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                  u"value REAL DEFAULT 0, note TEXT CHECK (note <> '')%2);\n"_s.arg(i)
                      .arg(parent);
        if (i % 5 == 0)
            script += u"CREATE INDEX t%1_name_value ON t%1 (name, value);\n"_s.arg(i);
    }
    return script + u"COMMIT;"_s;
}

QCoro::Task<void> runScript(QString url, QString script)
{
    Database db(url);
    co_await db.session().execute(script);
    co_await db.close();
}

QCoro::Task<std::pair<Metadata, qint64>> timeReflect(Database *db, QString script)
{
    Session s = db->session();
    co_await s.execute(script);
    co_await SqliteReflector::tableNames(s, QString()); // schema loaded, connection warm
    const ReflectOptions options;
    QElapsedTimer timer;
    timer.start();
    Metadata m = co_await SqliteReflector::reflect(s, options);
    co_return std::pair(m, timer.elapsed());
}

} // namespace

class TestSqliteReflectScale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsFewStatements_data() { addEngineRows(Sqlite | QtSql); }
    void runsFewStatements()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        await(runScript(scratch.url(), manyTablesScript(200)));
        Database db(scratch.url(), {.echo = true});
        sqlMessages = 0;
        previousHandler = qInstallMessageHandler(countSql);
        const Metadata m = await(SqliteReflector::reflect(db.session(), {}));
        qInstallMessageHandler(previousHandler);
        await(db.close());
        QCOMPARE(m.tableCount(), 200);
        qInfo("reflect ran %d statements", sqlMessages.load());
        QVERIFY2(sqlMessages <= 10, qPrintable(QString::number(sqlMessages)));
        const Table *t7 = m.table(u"t7");
        QCOMPARE(t7->foreignKeys.size(), 1);
        QCOMPARE(t7->checks.size(), 1);
        QCOMPARE(t7->uniques.size(), 1);
    }

    void reflectsManyTablesQuickly()
    {
        // QUARRY_REFLECT_TABLES=5000 for the design's figure; timing is printed, the limit
        // here is loose because Debug and sanitizer builds run this too.
        const int count = qEnvironmentVariableIntValue("QUARRY_REFLECT_TABLES") > 0
                              ? qEnvironmentVariableIntValue("QUARRY_REFLECT_TABLES")
                              : 1000;
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), {.echo = qEnvironmentVariableIsSet("QUARRY_REFLECT_ECHO")});
        const auto [m, ms] = await(timeReflect(&db, manyTablesScript(count)));
        await(db.close());
        qInfo("reflected %d tables in %lld ms", count, ms);
        QCOMPARE(m.tableCount(), count);
        QVERIFY2(ms < count * 5, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestSqliteReflectScale)
#include "tst_sqlitereflectscale.moc"
