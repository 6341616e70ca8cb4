// SPDX-License-Identifier: MIT
#pragma once

#include "connection/session.h"
#include "database/database.h"

#include <QCoroTask>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace Quarry::Ui {

/// A tab's transaction, for the data grid and the SQL editor alike: auto-commit or manual
/// mode, the tab's session and its open transaction, Commit and Rollback on it, the badge that
/// shows it and the actions that end it, and what to tell the user about the outcome.
///
/// The state is the engine's: a transaction is open while the engine has one open on the
/// tab's session (begun here, or by a BEGIN the user typed), so a COMMIT that fails and leaves
/// it open (a deferred foreign key, SQLite busy) keeps it open here too.
///
/// The tab triggers Commit and Rollback itself (connect the actions' triggered() to its own
/// commit() / rollback()), because it has work to finish first (an open cursor); it tells the
/// controller when it is busy, which disables the actions meanwhile.
class TransactionController : public QObject {
    Q_OBJECT

public:
    explicit TransactionController(Database database, QObject *parent = nullptr);
    ~TransactionController() override;

    /// The tab's session: what runs in its transaction runs through this one.
    Session session() const { return m_session; }
    /// From now on a new session (the old one's connection goes back to the pool when its
    /// last user lets go). Only when no transaction is open.
    void renewSession();

    bool isAutoCommit() const { return m_autoCommit; }
    /// Switches the mode; refused (false) while a transaction is open, which must stay
    /// visible until it is committed or rolled back.
    bool setAutoCommit(bool on);
    /// Open in the engine on the tab's session: begun here or by a statement.
    bool hasOpenTransaction() const;
    /// The transaction begin() opened, still open in the engine.
    bool hasOwnTransaction() const;
    /// Manual mode with no transaction of its own: the next work should begin() one.
    bool needsBegin() const { return !m_autoCommit && !hasOwnTransaction(); }
    /// Begins the tab's transaction if needsBegin(). False, with errorOccurred(), when BEGIN
    /// failed.
    QCoro::Task<bool> begin();
    /// Lets go of the controller's transaction when the engine has ended it (a statement
    /// committed or rolled it back, the connection dropped); true when it did.
    bool forgetEndedTransaction();

    /// Commits the open transaction; true when done or when none is open. A failure is
    /// reported as what it is: still open (fix and commit again, or roll back), rolled back by
    /// the engine, or not known (the connection was lost during COMMIT).
    QCoro::Task<bool> commit();
    QCoro::Task<bool> rollback();
    bool isEnding() const { return m_ending; }

    /// The tab is working (running, saving, ending the transaction): the actions wait.
    void setBusy(bool busy);

    /// Checkable, checked in auto-commit mode; toggling it switches the mode. The tab sets a
    /// tooltip saying what auto-commit means for it.
    QAction *autoCommitAction() const { return m_autoCommitAction; }
    QAction *commitAction() const { return m_commitAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    /// A label that shows while a transaction is open (the tab places it).
    QLabel *createBadge(QWidget *parent);
    static QString badgeText();
    static QString badgeToolTip();

Q_SIGNALS:
    /// The mode or the transaction changed.
    void stateChanged();
    void autoCommitChanged(bool on);
    /// The outcome of begin, commit or rollback, for a log: "Committed.", or the failure as
    /// errorOccurred() says it.
    void outcomeReported(const QString &message);
    void errorOccurred(const QString &message);

private:
    QCoro::Task<bool> end(bool commit);
    void report(const QString &message, bool failed);
    /// Actions and badges as the state is now.
    void updateControls();

    Database m_database;
    Session m_session;
    std::optional<Transaction> m_tx;
    bool m_autoCommit = true;
    bool m_busy = false;
    bool m_ending = false;
    QAction *m_autoCommitAction;
    QAction *m_commitAction;
    QAction *m_rollbackAction;
    QList<QPointer<QLabel>> m_badges;
};

} // namespace Quarry::Ui
