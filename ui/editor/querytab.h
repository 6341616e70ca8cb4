// SPDX-License-Identifier: MIT
#pragma once

#include "sql/schemachange.h"
#include "sql/scriptsplitter.h"

#include <QCoroTask>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Quarry::Ui {

class HistoryStore;
class OpenConnection;
class QueryRunner;
class ResultSetModel;
class SqlEditor;
class TransactionController;
struct StatementOutcome;

/// An SQL editor tab on one connection: the editor above, results below (one
/// tab per result set, a Messages tab with each statement's outcome, a Plan tab
/// for Explain). Runs on a session of its own, in auto-commit or in the tab's
/// own transaction (badge, Commit, Rollback) like the data grid.
class QueryTab : public QWidget {
    Q_OBJECT

public:
    QueryTab(OpenConnection *connection, QUuid id = {}, QWidget *parent = nullptr);
    ~QueryTab() override;

    QUuid id() const { return m_id; }
    OpenConnection *connection() const { return m_connection; }
    SqlEditor *editor() const { return m_editor; }
    QTabWidget *results() const { return m_results; }
    QueryRunner *runner() const { return m_runner; }
    QString messages() const;
    /// Records each statement run (optional; the window's store).
    void setHistory(HistoryStore *history);

    bool isRunning() const;
    bool isAutoCommit() const;
    /// Refused while a transaction is open: Commit or Rollback first.
    void setAutoCommit(bool on);
    bool hasOpenTransaction() const;
    TransactionController *transaction() const { return m_transaction; }
    /// An open transaction: closing would roll it back. (The text itself is saved
    /// all along.)
    bool hasUnsavedWork() const { return hasOpenTransaction(); }
    void setContinueOnError(bool on) { m_continueOnError = on; }

    /// The whole script.
    QCoro::Task<bool> runAll();
    /// The selection, or else the statement at the cursor.
    QCoro::Task<bool> runCurrent();
    /// The plan of the statement at the cursor (analyze: PostgreSQL runs it,
    /// rolled back).
    QCoro::Task<bool> explain(bool analyze);
    void cancel();
    QCoro::Task<bool> commit();
    QCoro::Task<bool> rollback();

Q_SIGNALS:
    /// Running, transaction or title changed (for the window's badge and tab
    /// text).
    void stateChanged();
    void errorOccurred(const QString &message);
    /// Statements run here changed these tables and views (told once their
    /// transaction, if any, has ended): the schema tree and open grids read them
    /// again.
    void schemaChanged(const Quarry::SchemaChange &change);

private:
    void createActions(QWidget *bar);
    QCoro::Task<bool> run(QList<ScriptStatement> statements);
    QCoro::Task<bool> endTransaction(bool commit);
    QList<ScriptStatement> split(QStringView text, qsizetype offset) const;
    void showResult(qsizetype index, ResultSetModel *model);
    void showOutcome(const StatementOutcome &outcome);
    void log(const QString &line);
    void updateState();
    /// Between runs outside a transaction, drops the session so its connection
    /// goes back.
    void letGoOfConnection();
    /// Tells schemaChanged() what the statements run so far changed, unless a
    /// transaction keeps it from others still.
    void announceSchemaChange();

    QUuid m_id;
    QPointer<OpenConnection> m_connection;
    TransactionController *m_transaction;
    SchemaChange m_schemaChange;
    QueryRunner *m_runner;
    SqlEditor *m_editor;
    QTabWidget *m_results;
    QPlainTextEdit *m_messages;
    QLabel *m_status;
    QLabel *m_badge;
    QAction *m_run = nullptr;
    QAction *m_runAll = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_explain = nullptr;
    QPointer<HistoryStore> m_history;
    /// The statements of the run under way, for placing errors and for history.
    QList<ScriptStatement> m_running;
    int m_resultCount = 0;
    bool m_continueOnError = false;
    bool m_busy = false;
};

} // namespace Quarry::Ui
