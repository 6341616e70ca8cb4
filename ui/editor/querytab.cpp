// SPDX-License-Identifier: MIT
#include "editor/querytab.h"

#include "connection/openconnection.h"
#include "connection/transactioncontroller.h"
#include "editor/explainview.h"
#include "editor/findbar.h"
#include "editor/historystore.h"
#include "editor/queryrunner.h"
#include "editor/resultsetmodel.h"
#include "editor/sqleditor.h"
#include "grid/celldelegate.h"
#include "schema/dialect.h"
#include "sql/secretstatement.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

QueryTab::QueryTab(OpenConnection *connection, QUuid id, QWidget *parent)
    : QWidget(parent)
    , m_id(id.isNull() ? QUuid::createUuid() : id)
    , m_connection(connection)
    , m_transaction(new TransactionController(connection->database(), this))
    , m_runner(new QueryRunner(m_transaction->session(), this))
    , m_editor(new SqlEditor(this))
    , m_results(new QTabWidget(this))
    , m_messages(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_badge(m_transaction->createBadge(this))
{
    m_editor->setDialect(Dialect::forUrl(connection->database().url()).kind());
    m_editor->setSchema(connection->metadata());
    // The completion follows the schema as it is refreshed.
    connect(connection, &OpenConnection::reflected, this, [this] {
        if (m_connection)
            m_editor->setSchema(m_connection->metadata());
    });
    m_messages->setReadOnly(true);
    m_messages->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_results->addTab(m_messages, tr("Messages"));
    m_results->setDocumentMode(true);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions(bar);
    m_editor->releaseKeys(actions());
    // Where the statements run, at the toolbar's end: the name, never a password.
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *where = new QLabel(tr("on %1").arg(connection->name()), bar);
    where->setObjectName(u"connectionLabel"_s);
    where->setToolTip(tr("Statements run on %1").arg(connection->database().url().redacted()));
    where->setTextFormat(Qt::PlainText);
    bar->addWidget(where);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_editor);
    topLayout->addWidget(m_editor->findBar());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_badge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_transaction, &TransactionController::stateChanged, this, &QueryTab::updateState);
    connect(m_transaction, &TransactionController::outcomeReported, this, &QueryTab::log);
    connect(m_transaction, &TransactionController::errorOccurred, this, &QueryTab::errorOccurred);
    connect(m_runner, &QueryRunner::resultReady, this, &QueryTab::showResult);
    connect(m_runner, &QueryRunner::statementFinished, this, &QueryTab::showOutcome);
    updateState();
}

QueryTab::~QueryTab() = default;

void QueryTab::createActions(QWidget *bar)
{
    const auto add = [this, bar](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(keys.isEmpty()
                               ? text
                               : u"%1 (%2)"_s.arg(text, keys.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        bar->addAction(action);
        return action;
    };
    m_run = add(tr("Run"), QKeySequence(tr("Ctrl+Return")),
                [this] { QCoro::connect(runCurrent(), this, [](bool) {}); });
    m_runAll = add(tr("Run All"), QKeySequence(tr("Ctrl+Shift+Return")),
                   [this] { QCoro::connect(runAll(), this, [](bool) {}); });
    m_cancel = add(tr("Cancel"), QKeySequence(tr("Ctrl+.")), [this] { cancel(); });
    m_explain = add(tr("Explain"), QKeySequence(tr("Ctrl+E")),
                    [this] { QCoro::connect(explain(false), this, [](bool) {}); });
    add(tr("Explain Analyze"), QKeySequence(tr("Ctrl+Shift+E")),
        [this] { QCoro::connect(explain(true), this, [](bool) {}); });
    auto *goOn = new QAction(tr("Continue on Error"), this);
    goOn->setCheckable(true);
    goOn->setToolTip(tr("Run the rest of a script after a statement fails"));
    connect(goOn, &QAction::toggled, this, &QueryTab::setContinueOnError);
    static_cast<QToolBar *>(bar)->addSeparator();
    bar->addAction(goOn);
    QAction *autoCommit = m_transaction->autoCommitAction();
    autoCommit->setToolTip(tr("On: each statement commits at once. Off: statements run in this "
                              "tab's transaction, "
                              "which stays open until Commit or Rollback."));
    bar->addAction(autoCommit);
    for (QAction *end : {m_transaction->commitAction(), m_transaction->rollbackAction()}) {
        end->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(end);
        bar->addAction(end);
    }
    connect(m_transaction->commitAction(), &QAction::triggered, this,
            [this] { QCoro::connect(commit(), this, [](bool) {}); });
    connect(m_transaction->rollbackAction(), &QAction::triggered, this,
            [this] { QCoro::connect(rollback(), this, [](bool) {}); });
}

void QueryTab::setHistory(HistoryStore *history)
{
    m_history = history;
}

QString QueryTab::messages() const
{
    return m_messages->toPlainText();
}

bool QueryTab::isRunning() const
{
    return m_busy;
}

bool QueryTab::hasOpenTransaction() const
{
    return m_transaction->hasOpenTransaction();
}

bool QueryTab::isAutoCommit() const
{
    return m_transaction->isAutoCommit();
}

void QueryTab::setAutoCommit(bool on)
{
    m_transaction->setAutoCommit(on);
}

QList<ScriptStatement> QueryTab::split(QStringView text, qsizetype offset) const
{
    const Dialect::Kind kind = m_connection ? Dialect::forUrl(m_connection->database().url()).kind()
                                            : Dialect::Kind::Generic;
    QList<ScriptStatement> statements = ScriptSplitter(kind).split(text);
    if (offset > 0) {
        const int lines = int(m_editor->text().left(offset).count(u'\n'));
        for (ScriptStatement &statement : statements) {
            statement.begin += offset;
            statement.end += offset;
            statement.line += lines;
        }
    }
    return statements;
}

QCoro::Task<bool> QueryTab::runAll()
{
    return run(split(m_editor->text(), 0));
}

QCoro::Task<bool> QueryTab::runCurrent()
{
    const QString text = m_editor->text();
    if (const auto selection = m_editor->selectionRange())
        return run(
            split(QStringView(text).mid(selection->first, selection->second - selection->first),
                  selection->first));
    const QList<ScriptStatement> all = split(text, 0);
    const qsizetype at = ScriptSplitter::statementAt(all, m_editor->cursorOffset());
    if (at < 0) {
        m_status->setText(tr("No statement at the cursor."));
        return run({});
    }
    return run(all.mid(at, 1));
}

QCoro::Task<bool> QueryTab::run(QList<ScriptStatement> statements)
{
    if (m_busy || statements.isEmpty() || !m_connection)
        co_return false;
    QPointer<QueryTab> self(this);
    m_busy = true;
    m_running = statements;
    m_editor->clearErrors();
    // The last run's result tabs go; Messages stays and keeps its log.
    while (m_results->count() > 1) {
        QWidget *old = m_results->widget(m_results->count() - 1);
        m_results->removeTab(m_results->count() - 1);
        old->deleteLater();
    }
    m_resultCount = 0;
    m_status->setText(tr("Running…"));
    updateState();
    bool begun = true;
    m_transaction->forgetEndedTransaction(); // ended by a COMMIT or ROLLBACK in the script
    if (m_transaction->needsBegin()) {
        co_await m_runner->release();
        if (!self)
            co_return false;
        begun = co_await m_transaction->begin();
        if (!self)
            co_return false;
    }
    // Auto-commit: every row is read into a local spool at once, so no statement
    // holds a transaction or a lock while the rows are looked at. The tab's own
    // transaction keeps streaming: its locks last until Commit or Rollback
    // anyway.
    m_runner->setSpooling(!m_transaction->hasOwnTransaction());
    QElapsedTimer clock;
    clock.start();
    const bool ok = begun && co_await m_runner->run(statements, m_continueOnError);
    if (!self)
        co_return false;
    m_busy = false;
    m_transaction->forgetEndedTransaction();
    letGoOfConnection();
    m_status->setText(ok ? tr("Done in %1 ms.").arg(clock.elapsed())
                         : tr("Stopped after %1 ms.").arg(clock.elapsed()));
    updateState();
    announceSchemaChange();
    co_return ok;
}

void QueryTab::showResult(qsizetype index, ResultSetModel *model)
{
    auto *view = new QTableView(m_results);
    // The result goes with its tab (and a spooled result's file with it).
    model->setParent(view);
    view->setModel(model);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view->setWordWrap(false);
    view->setItemDelegate(new CellDelegate(view));
    ++m_resultCount;
    const QString title = tr("Result %1").arg(m_resultCount);
    const int tab = m_results->addTab(view, title);
    m_results->setTabToolTip(tab, m_running.value(index).text.left(300));
    const auto count = [this, view, model, title] {
        const int at = m_results->indexOf(view);
        if (at < 0)
            return;
        const QString rows = QLocale().toString(model->rowCount());
        m_results->setTabText(at, model->isComplete() ? tr("%1 (%2)").arg(title, rows)
                                                      : tr("%1 (%2+)").arg(title, rows));
    };
    connect(model, &ResultSetModel::progressed, view, count);
    count();
    if (m_resultCount == 1)
        m_results->setCurrentIndex(tab);
}

void QueryTab::showOutcome(const StatementOutcome &outcome)
{
    const ScriptStatement statement = m_running.value(outcome.index);
    const QString where = tr("line %1").arg(statement.line + 1);
    log(tr("%1: %2 (%3 ms)").arg(where, outcome.message, QString::number(outcome.elapsedMs)));
    const Dialect::Kind dialect =
        m_connection ? Dialect::forUrl(m_connection->database().url()).kind() : Dialect::Kind{};
    if (outcome.ok && m_connection)
        m_schemaChange.add(schemaChangeOf(statement.text, dialect));
    if (!outcome.ok && !outcome.cancelled) {
        const qsizetype from = outcome.errorOffset >= 0 ? outcome.errorOffset : statement.begin;
        m_editor->markError(from, std::max(from + 1, statement.end), outcome.message);
        m_results->setCurrentWidget(m_messages);
        Q_EMIT errorOccurred(tr("%1: %2").arg(where, outcome.message));
    }
    // A statement with a password in it is not kept (the mysql client's history
    // does the same).
    if (m_history && m_connection && !carriesPassword(statement.text, dialect)) {
        HistoryEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.connection = m_connection->name();
        entry.connectionId = m_connection->identity();
        entry.sql = statement.text;
        entry.durationMs = outcome.elapsedMs;
        entry.ok = outcome.ok;
        entry.outcome = outcome.message;
        entry.rows = outcome.rowsAffected;
        QCoro::connect(m_history->record(entry), this, [] {});
    }
}

void QueryTab::announceSchemaChange()
{
    if (m_schemaChange.isEmpty() || hasOpenTransaction())
        return;
    Q_EMIT schemaChanged(std::exchange(m_schemaChange, {}));
}

QCoro::Task<bool> QueryTab::explain(bool analyze)
{
    if (m_busy || !m_connection)
        co_return false;
    const QList<ScriptStatement> all = split(m_editor->text(), 0);
    const qsizetype at = ScriptSplitter::statementAt(all, m_editor->cursorOffset());
    if (at < 0) {
        m_status->setText(tr("No statement at the cursor."));
        co_return false;
    }
    QPointer<QueryTab> self(this);
    m_busy = true;
    updateState();
    co_await m_runner->release();
    if (!self)
        co_return false;
    auto *plan = new ExplainView(m_results);
    const int tab = m_results->addTab(plan, analyze ? tr("Plan (analyzed)") : tr("Plan"));
    m_results->setCurrentIndex(tab);
    const bool ok = co_await plan->explain(m_transaction->session(), all[at].text, analyze);
    if (!self)
        co_return false;
    m_busy = false;
    updateState();
    co_return ok;
}

void QueryTab::cancel()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    else if (m_busy) // Explain
        m_transaction->session().cancel();
}

QCoro::Task<bool> QueryTab::commit()
{
    return endTransaction(true);
}

QCoro::Task<bool> QueryTab::rollback()
{
    return endTransaction(false);
}

QCoro::Task<bool> QueryTab::endTransaction(bool commit)
{
    if (m_busy || !hasOpenTransaction())
        co_return true;
    QPointer<QueryTab> self(this);
    m_busy = true;
    updateState();
    co_await m_runner->release();
    if (!self)
        co_return false;
    bool ended = false;
    if (commit)
        ended = co_await m_transaction->commit();
    else
        ended = co_await m_transaction->rollback();
    if (!self)
        co_return false;
    m_busy = false;
    letGoOfConnection();
    updateState();
    announceSchemaChange();
    co_return ended;
}

void QueryTab::letGoOfConnection()
{
    // Outside a transaction the tab needs no connection between runs: a fresh
    // session takes one only when it runs. The last result keeps the old session
    // while its cursor is open.
    if (isAutoCommit() && !hasOpenTransaction() && m_connection) {
        m_transaction->renewSession();
        m_runner->setSession(m_transaction->session());
    }
}

void QueryTab::log(const QString &line)
{
    m_messages->appendPlainText(
        u"%1  %2"_s.arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), line));
}

void QueryTab::updateState()
{
    m_run->setEnabled(!m_busy);
    m_runAll->setEnabled(!m_busy);
    m_explain->setEnabled(!m_busy);
    m_cancel->setEnabled(m_busy);
    m_transaction->setBusy(m_busy);
    Q_EMIT stateChanged();
}

} // namespace Quarry::Ui
