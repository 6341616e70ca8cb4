// SPDX-License-Identifier: MIT
#include "editor/queryrunner.h"

#include "connection/errors.h"
#include "editor/resultmodel.h"
#include "editor/spoolresultmodel.h"
#include "io/resultspool.h"
#include "sql/splitstatements.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {
/// Set on a result once resultReady() has handed it on.
constexpr const char *ShownProperty = "quarryResultShown";
} // namespace

QueryRunner::QueryRunner(Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{}

QueryRunner::~QueryRunner() = default;

bool QueryRunner::returnsRows(QStringView sql)
{
    return Quarry::returnsRows(leadingKeyword(sql));
}

bool QueryRunner::changesRows(QStringView sql)
{
    static const QStringList keywords{u"INSERT"_s, u"UPDATE"_s,  u"DELETE"_s,
                                      u"MERGE"_s,  u"REPLACE"_s, u"COPY"_s};
    return keywords.contains(leadingKeyword(sql));
}

void QueryRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_session.cancel();
}

QCoro::Task<void> QueryRunner::release()
{
    QPointer<ResultModel> previous = m_open;
    m_open.clear();
    if (previous)
        co_await previous->stop();
}

QCoro::Task<bool> QueryRunner::run(QList<ScriptStatement> statements, bool continueOnError)
{
    QPointer<QueryRunner> self(this);
    m_running = true;
    m_cancelled = false;
    co_await release();
    bool allOk = true;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!self)
            co_return false;
        if (m_cancelled)
            break;
        const ScriptStatement statement = statements[i];
        if (statement.kind != ScriptStatement::Kind::Sql)
            continue;
        Q_EMIT statementStarted(i);
        const StatementOutcome outcome = co_await runOne(i, statement);
        if (!self)
            co_return false;
        Q_EMIT statementFinished(outcome);
        allOk = allOk && outcome.ok;
        if (!outcome.ok && (!continueOnError || outcome.cancelled))
            break;
    }
    m_running = false;
    co_return allOk && !m_cancelled;
}

QCoro::Task<StatementOutcome> QueryRunner::runOne(qsizetype index, ScriptStatement statement)
{
    QPointer<QueryRunner> self(this);
    StatementOutcome outcome;
    outcome.index = index;
    QElapsedTimer clock;
    clock.start();
    // The earlier result's cursor is closed only now: a script's results stay
    // readable until the session is needed again.
    co_await release();
    if (!self)
        co_return outcome;
    std::exception_ptr failure;
    try {
        if (m_spooling && returnsRows(statement.text)) {
            const std::shared_ptr<ResultSpool> spool = ResultSpool::create();
            // Handed on as soon as its columns are known: the first rows show while
            // the rest is still being read.
            auto *model = new SpoolResultModel(spool, this);
            outcome.result = model;
            connect(model, &SpoolResultModel::columnsArrived, this,
                    [this, index, model] { announce(index, model); });
            qint64 rows = 0;
            try {
                rows = co_await m_session.streamTo(statement.text, {}, spool);
            } catch (const DatabaseError &) {
                if (outcome.result)
                    model->refresh(); // the rows read before the error or cancel
                throw;
            }
            if (!self || !outcome.result)
                co_return outcome;
            model->refresh();
            announce(index, model);
            outcome.message = tr("%n row(s)", nullptr, int(rows));
        } else if (returnsRows(statement.text)) {
            // Parented here until resultReady() hands it on; dropped with a failed
            // statement.
            auto *model = new ResultModel(this);
            outcome.result = model;
            co_await model->start(m_session, statement.text);
            if (!self)
                co_return outcome;
            m_open = model;
            outcome.message = model->isComplete() ? tr("%n row(s)", nullptr, model->rowCount())
                                                  : tr("%n row(s) so far, more as you scroll",
                                                       nullptr, model->rowCount());
            Q_EMIT resultReady(index, model);
        } else {
            const Result result = co_await m_session.execute(statement.text);
            if (!self)
                co_return outcome;
            outcome.rowsAffected = result.rowsAffected();
            if (result.columnCount() > 0)
                outcome.message = tr("%n row(s)", nullptr, int(result.rowCount()));
            else if (outcome.rowsAffected >= 0 && changesRows(statement.text))
                outcome.message = tr("%n row(s) affected", nullptr, int(outcome.rowsAffected));
            else
                outcome.message = tr("done");
        }
        outcome.ok = true;
    } catch (const DatabaseError &) {
        failure = std::current_exception();
    }
    outcome.elapsedMs = clock.elapsed();
    // A result not yet shown goes with its failed statement; one shown keeps the
    // rows read before the error or cancel.
    if (failure && outcome.result && !outcome.result->property(ShownProperty).toBool()) {
        delete outcome.result.data();
        outcome.result.clear();
    }
    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const Cancelled &) {
            outcome.cancelled = true;
            outcome.message = tr("cancelled");
        } catch (const SqlError &e) {
            outcome.message = e.message();
            if (e.position() >= 0)
                outcome.errorOffset =
                    statement.begin + std::min(e.position(), statement.text.size());
        } catch (const DatabaseError &e) {
            outcome.message = e.message();
        }
    }
    co_return outcome;
}

void QueryRunner::announce(qsizetype index, ResultSetModel *model)
{
    if (model->property(ShownProperty).toBool())
        return;
    model->setProperty(ShownProperty, true);
    Q_EMIT resultReady(index, model);
}

} // namespace Quarry::Ui
