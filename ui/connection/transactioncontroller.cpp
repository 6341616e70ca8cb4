// SPDX-License-Identifier: MIT
#include "connection/transactioncontroller.h"

#include "alertcolors.h"
#include "connection/errors.h"

#include <QAction>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

TransactionController::TransactionController(Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_session(m_database.session())
    , m_autoCommitAction(new QAction(tr("Auto-commit"), this))
    , m_commitAction(new QAction(tr("Commit"), this))
    , m_rollbackAction(new QAction(tr("Rollback"), this))
{
    m_autoCommitAction->setCheckable(true);
    m_autoCommitAction->setChecked(true);
    connect(m_autoCommitAction, &QAction::toggled, this, [this](bool on) {
        if (!setAutoCommit(on))
            m_autoCommitAction->setChecked(m_autoCommit);
    });
    updateControls();
}

TransactionController::~TransactionController() = default;

void TransactionController::renewSession()
{
    m_session = m_database.session();
}

bool TransactionController::setAutoCommit(bool on)
{
    if (on == m_autoCommit)
        return true;
    if (hasOpenTransaction())
        return false;
    m_autoCommit = on;
    updateControls();
    Q_EMIT autoCommitChanged(on);
    Q_EMIT stateChanged();
    return true;
}

bool TransactionController::hasOpenTransaction() const
{
    // As the engine has it: a COMMIT typed in a script may have ended the transaction, a
    // BEGIN typed in auto-commit mode opened one.
    return hasOwnTransaction() || m_session.inTransaction();
}

bool TransactionController::hasOwnTransaction() const
{
    return m_tx && m_tx->isActive();
}

bool TransactionController::forgetEndedTransaction()
{
    if (!m_tx || m_tx->isActive())
        return false;
    m_tx.reset();
    return true;
}

QCoro::Task<bool> TransactionController::begin()
{
    forgetEndedTransaction();
    if (!needsBegin())
        co_return true;
    QPointer<TransactionController> self(this);
    QString failure;
    try {
        Transaction tx = co_await m_session.begin();
        if (self)
            m_tx.emplace(std::move(tx));
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    if (!failure.isEmpty())
        report(tr("Could not begin a transaction: %1").arg(failure), true);
    updateControls();
    Q_EMIT stateChanged();
    co_return failure.isEmpty();
}

QCoro::Task<bool> TransactionController::commit()
{
    return end(true);
}

QCoro::Task<bool> TransactionController::rollback()
{
    return end(false);
}

QCoro::Task<bool> TransactionController::end(bool commit)
{
    if (m_ending || !hasOpenTransaction())
        co_return true;
    QPointer<TransactionController> self(this);
    m_ending = true;
    updateControls();
    QString failure;
    bool connectionLost = false;
    try {
        if (hasOwnTransaction() && commit)
            co_await m_tx->commit();
        else if (hasOwnTransaction())
            co_await m_tx->rollback();
        else if (commit) // a BEGIN typed in auto-commit mode
            co_await m_session.commit();
        else
            co_await m_session.rollback();
    } catch (const ConnectionError &e) {
        failure = e.message();
        connectionLost = true;
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    m_ending = false;
    // The transaction is as the engine left it: a COMMIT that failed may leave it open (a
    // lock, a deferred foreign key), to be fixed and committed again or rolled back.
    forgetEndedTransaction();
    if (failure.isEmpty())
        report(commit ? tr("Committed.") : tr("Rolled back."), false);
    else if (hasOpenTransaction())
        report(commit ? tr("The commit failed; the transaction is still open: fix the problem "
                           "and commit again, or roll back. %1")
                            .arg(failure)
                      : tr("The rollback failed; the transaction is still open: %1").arg(failure),
               true);
    else if (commit && connectionLost)
        // The server may have committed before the connection went: never call it a rollback.
        report(tr("The connection was lost during the commit: whether the transaction was "
                  "committed is not known. %1")
                   .arg(failure),
               true);
    else if (commit)
        report(tr("The commit failed and the transaction was rolled back: %1").arg(failure), true);
    else
        report(tr("The transaction ended with an error: %1").arg(failure), true);
    updateControls();
    Q_EMIT stateChanged();
    co_return failure.isEmpty();
}

void TransactionController::report(const QString &message, bool failed)
{
    Q_EMIT outcomeReported(message);
    if (failed)
        Q_EMIT errorOccurred(message);
}

void TransactionController::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

QLabel *TransactionController::createBadge(QWidget *parent)
{
    auto *badge = new QLabel(badgeText(), parent);
    badge->setObjectName(u"transactionBadge"_s);
    badge->setToolTip(badgeToolTip());
    AlertColors::mark(badge, true, true);
    badge->setVisible(hasOpenTransaction());
    m_badges.append(badge);
    return badge;
}

QString TransactionController::badgeText()
{
    return tr("● Transaction open");
}

QString TransactionController::badgeToolTip()
{
    return tr("This tab's changes are not visible to others until Commit; Rollback undoes "
              "them.");
}

void TransactionController::updateControls()
{
    const bool open = hasOpenTransaction();
    const bool busy = m_busy || m_ending;
    m_commitAction->setEnabled(open && !busy);
    m_rollbackAction->setEnabled(open && !busy);
    // Leaving manual mode with a transaction open would hide it: commit or roll back first.
    m_autoCommitAction->setEnabled(!open && !busy);
    if (m_autoCommitAction->isChecked() != m_autoCommit)
        m_autoCommitAction->setChecked(m_autoCommit);
    m_badges.removeAll(nullptr);
    for (const QPointer<QLabel> &badge : std::as_const(m_badges))
        badge->setVisible(open);
}

} // namespace Quarry::Ui
