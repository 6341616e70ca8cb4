// SPDX-License-Identifier: MIT
// The SQL editor's runner on both engines: statements one after another on one
// session, rows streamed into result models as the view asks, counts for DML,
// errors placed in the script, stop at the first error or go on, cancel.
#include "testsupport.h"

#include "database/database.h"
#include "editor/queryrunner.h"
#include "editor/resultmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::QueryRunner;
using Quarry::Ui::ResultModel;
using Quarry::Ui::StatementOutcome;

namespace {

/// Statements laid out one per line, as a script would hold them.
QList<ScriptStatement> script(const QStringList &texts)
{
    QList<ScriptStatement> statements;
    qsizetype offset = 0;
    int line = 0;
    for (const QString &text : texts) {
        ScriptStatement s;
        s.text = text;
        s.begin = offset;
        s.end = offset + text.size();
        s.line = line++;
        statements.append(s);
        offset = s.end + 2; // ";\n"
    }
    return statements;
}

QString counting(Engine e, int rows)
{
    return e == Postgres
               ? u"SELECT g AS n, 'row ' || g AS label FROM generate_series(1, %1) g"_s.arg(rows)
               : u"WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM "
                 u"c WHERE "
                 "n < %1) SELECT n, 'row ' || n AS label FROM c"_s.arg(rows);
}

QList<StatementOutcome> outcomes(const QSignalSpy &spy)
{
    QList<StatementOutcome> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.at(0).value<StatementOutcome>());
    return list;
}

} // namespace

class TestQueryRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<StatementOutcome>(); }

    void runsAScript_data() { addEngineRows(Sqlite | Postgres); }
    void runsAScript()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QueryRunner runner(db.session());
        QSignalSpy finished(&runner, &QueryRunner::statementFinished);
        QList<ResultModel *> results;
        connect(&runner, &QueryRunner::resultReady, this,
                [&results](qsizetype, Ui::ResultSetModel *model) {
                    results.append(qobject_cast<ResultModel *>(model));
                });
        const bool ok = await(runner.run(script(
            {u"CREATE TABLE pet (id integer PRIMARY KEY, name text)"_s,
             u"INSERT INTO pet VALUES (1, 'Rex'), (2, 'Tom'), (3, 'Kit')"_s,
             u"SELECT name FROM pet ORDER BY id"_s, u"SELECT id, name FROM pet WHERE id > 10"_s})));
        QVERIFY(ok);
        const QList<StatementOutcome> done = outcomes(finished);
        QCOMPARE(done.size(), 4);
        QCOMPARE(done[1].rowsAffected, 3);
        QVERIFY(done[1].message.contains(u"3"_s));
        QCOMPARE(results.size(), 2);
        // no rows, but its columns
        ResultModel *none = results.last();
        QTRY_VERIFY(none->isComplete());
        QCOMPARE(none->rowCount(), 0);
        QCOMPARE(none->columnCount(), 2);
        QCOMPARE(none->headerData(1, Qt::Horizontal).toString(), u"name"_s);
        delete none;
        ResultModel *pets = results.first();
        QTRY_VERIFY(pets->isComplete());
        QCOMPARE(pets->rowCount(), 3);
        QCOMPARE(pets->headerData(0, Qt::Horizontal).toString(), u"name"_s);
        QCOMPARE(pets->value(2, 0).toString(), u"Kit"_s);
        delete pets;
        await(db.close());
    }

    // A big result shows its first batch at once and reads on only as the view
    // asks; the next run closes its cursor and keeps what was read.
    void streamsAsTheViewAsks_data() { addEngineRows(Sqlite | Postgres); }
    void streamsAsTheViewAsks()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QueryRunner runner(db.session());
        ResultModel *model = nullptr;
        connect(
            &runner, &QueryRunner::resultReady, this,
            [&model](qsizetype, Ui::ResultSetModel *m) { model = qobject_cast<ResultModel *>(m); });
        StallProbe probe;
        probe.start();
        QVERIFY(await(runner.run(script({counting(e, 200'000)}))));
        QVERIFY(model);
        runner.disconnect(this); // the next run's result is not this one
        QCOMPARE(model->rowCount(), ResultModel::BatchRows);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 2 * ResultModel::BatchRows);
        QCOMPARE(model->value(999, 1).toString(), u"row 1000"_s);
        QVERIFY(!model->isComplete());
        // The session is needed again: the open result stops where it was.
        QVERIFY(await(runner.run(script({u"SELECT 1"_s}))));
        QVERIFY(model->isTruncated());
        QCOMPARE(model->rowCount(), 2 * ResultModel::BatchRows);
        QVERIFY(!model->canFetchMore({}));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        delete model;
        await(db.close());
    }

    void fetchAllReadsToTheEnd()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        QueryRunner runner(db.session());
        ResultModel *model = nullptr;
        connect(
            &runner, &QueryRunner::resultReady, this,
            [&model](qsizetype, Ui::ResultSetModel *m) { model = qobject_cast<ResultModel *>(m); });
        QVERIFY(await(runner.run(script({counting(Sqlite, 5'250)}))));
        model->fetchAll();
        QTRY_VERIFY(model->isComplete());
        QCOMPARE(model->rowCount(), 5'250);
        delete model;
        await(db.close());
    }

    // The first error stops the script unless told to go on; its place is in the
    // script.
    void stopsAtTheFirstErrorUnlessToldToGoOn_data() { addEngineRows(Sqlite | Postgres); }
    void stopsAtTheFirstErrorUnlessToldToGoOn()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const QList<ScriptStatement> statements =
            script({u"CREATE TABLE t (id integer)"_s, u"SELECT nope FROM t"_s,
                    u"INSERT INTO t VALUES (1)"_s});
        {
            QueryRunner runner(db.session());
            QSignalSpy finished(&runner, &QueryRunner::statementFinished);
            QVERIFY(!await(runner.run(statements)));
            const QList<StatementOutcome> done = outcomes(finished);
            QCOMPARE(done.size(), 2);
            QVERIFY(!done[1].ok);
            QVERIFY2(done[1].message.contains(u"nope"_s), qPrintable(done[1].message));
            // PostgreSQL reports where; SQLite (3.38+) too. Either way it is inside
            // the statement.
            if (e == Postgres)
                QCOMPARE(done[1].errorOffset, statements[1].begin + 7);
            if (done[1].errorOffset >= 0)
                QVERIFY(done[1].errorOffset >= statements[1].begin &&
                        done[1].errorOffset < statements[1].end);
        }
        QueryRunner runner(db.session());
        QSignalSpy finished(&runner, &QueryRunner::statementFinished);
        QVERIFY(!await(runner.run(statements.mid(1), true)));
        QCOMPARE(finished.size(), 2);
        QVERIFY(outcomes(finished)[1].ok);
        await(db.close());
    }

    void cancelStopsALongQuery_data() { addEngineRows(Sqlite | Postgres); }
    void cancelStopsALongQuery()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        QueryRunner runner(db.session());
        QSignalSpy finished(&runner, &QueryRunner::statementFinished);
        const QString endless =
            e == Postgres ? u"SELECT pg_sleep(30)"_s
                          : u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 2000000000) SELECT count(*) FROM c"_s;
        StallProbe probe;
        probe.start();
        QTimer::singleShot(300, &runner, &QueryRunner::cancel);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!await(runner.run(script({endless, u"SELECT 1"_s}))));
        probe.stop();
        // Bounded generously: how fast it stops is measured by quarry-bench, not
        // here.
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        const QList<StatementOutcome> done = outcomes(finished);
        QCOMPARE(done.size(), 1);
        QVERIFY(done[0].cancelled);
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        // The session works afterwards.
        QVERIFY(await(runner.run(script({u"SELECT 1"_s}))));
        await(db.close());
    }
};

QTEST_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
