// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "sql/scriptsplitter.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Quarry::Ui {

class ResultModel;
class ResultSetModel;

/// What one statement of a run came to.
struct StatementOutcome {
    /// Index into the statements run.
    qsizetype index = -1;
    bool ok = false;
    bool cancelled = false;
    /// The engine's message on failure; "N rows", "N rows affected" or "done"
    /// otherwise.
    QString message{};
    /// Rows a DML statement changed (-1 when not reported).
    qint64 rowsAffected = -1;
    qint64 elapsedMs = 0;
    /// The rows of a statement that returns rows (owned by whoever took it from
    /// resultReady).
    QPointer<ResultSetModel> result{};
    /// Where the error is in the script (UTF-16 offset), -1 when the engine gave
    /// no position.
    qsizetype errorOffset = -1;
};

/// Runs statements of a script one after another on one session, for the SQL
/// editor: a statement that returns rows streams into a ResultModel (the last
/// one keeps its cursor open for scrolling; earlier ones stop where the view
/// had read to), or, when spooling, is read to its end at once into a local
/// spool shown by a SpoolResultModel, so that the statement ends on the server
/// before the next one runs; others report rows affected. Stops at the first
/// error unless told to go on; cancel() stops the running statement.
class QueryRunner : public QObject {
    Q_OBJECT

public:
    explicit QueryRunner(Session session, QObject *parent = nullptr);
    ~QueryRunner() override;

    /// Resolves to whether every statement succeeded. PsqlMeta pieces are skipped
    /// with a note.
    QCoro::Task<bool> run(QList<ScriptStatement> statements, bool continueOnError = false);
    /// Stops the running statement (the engine's interrupt) and the rest of the
    /// run.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Closes the last result's cursor (its rows stay): the session runs one
    /// thing at a time, so this comes before anything else runs on it (commit,
    /// rollback, the next run).
    QCoro::Task<void> release();
    /// Runs on \a session from now on (call release() first).
    void setSession(Session session) { m_session = std::move(session); }
    /// Rows of row-returning statements go to a local spool, read to the end at
    /// once (for auto-commit mode: no statement stays open), rather than
    /// streaming as the view scrolls.
    void setSpooling(bool on) { m_spooling = on; }
    bool isSpooling() const { return m_spooling; }
    /// Whether \a sql returns rows (streamed) rather than a count of rows
    /// changed.
    static bool returnsRows(QStringView sql);
    /// Whether \a sql is DML whose count of rows changed is worth showing.
    static bool changesRows(QStringView sql);

Q_SIGNALS:
    void statementStarted(qsizetype index);
    /// A statement's rows started arriving; the receiver takes \a model (parent
    /// it).
    void resultReady(qsizetype index, Quarry::Ui::ResultSetModel *model);
    void statementFinished(const Quarry::Ui::StatementOutcome &outcome);

private:
    QCoro::Task<StatementOutcome> runOne(qsizetype index, ScriptStatement statement);
    /// Hands \a model on through resultReady(), once.
    void announce(qsizetype index, ResultSetModel *model);

    Session m_session;
    QPointer<ResultModel> m_open;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_spooling = false;
};

} // namespace Quarry::Ui

Q_DECLARE_METATYPE(Quarry::Ui::StatementOutcome)
