// SPDX-License-Identifier: MIT
// The transaction controller the data grid and the SQL editor share, on real databases:
// commit, a commit the engine refuses (reported as a failure, never as a rollback), rollback,
// and the auto-commit switch while a transaction is open.
#include "testsupport.h"

#include "connection/transactioncontroller.h"
#include "database/database.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::TransactionController;

namespace {

// The child's key is checked at COMMIT (PostgreSQL: DEFERRABLE INITIALLY DEFERRED; SQLite the
// same, with its foreign_keys pragma on, as Quarry's sessions have it by default).
const QString FamilySchema = u"CREATE TABLE parent (id integer PRIMARY KEY); "
                             "INSERT INTO parent (id) VALUES (1), (2); "
                             "CREATE TABLE child (id integer PRIMARY KEY, parent integer "
                             "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED); "
                             "INSERT INTO child (id, parent) VALUES (1, 1)"_s;

int storedParent(const Database &db)
{
    return await(db.session().scalar(u"SELECT parent FROM child WHERE id = 1"_s)).toInt();
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TestTransactionController : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commitsItsTransaction_data() { addEngineRows(Sqlite | Postgres); }
    void commitsItsTransaction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        QWidget tab;
        TransactionController controller(db);
        QLabel *badge = controller.createBadge(&tab);
        tab.show();
        QSignalSpy outcomes(&controller, &TransactionController::outcomeReported);
        QSignalSpy errors(&controller, &TransactionController::errorOccurred);

        QVERIFY(controller.setAutoCommit(false));
        QVERIFY(controller.needsBegin());
        QVERIFY(await(controller.begin()));
        QVERIFY(controller.hasOpenTransaction());
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), TransactionController::badgeText());
        QVERIFY(!badge->toolTip().isEmpty());
        QVERIFY(controller.commitAction()->isEnabled());
        QVERIFY(controller.rollbackAction()->isEnabled());
        controller.setBusy(true); // the tab works: the actions wait
        QVERIFY(!controller.commitAction()->isEnabled());
        controller.setBusy(false);

        await(controller.session().execute(u"UPDATE child SET parent = 2 WHERE id = 1"_s));
        QCOMPARE(storedParent(db), 1); // not committed: others do not see it
        QVERIFY(await(controller.commit()));
        QVERIFY(!controller.hasOpenTransaction());
        QVERIFY(!badge->isVisible());
        QVERIFY(!controller.commitAction()->isEnabled());
        QCOMPARE(storedParent(db), 2);
        QCOMPARE(lastMessage(outcomes), u"Committed."_s);
        QVERIFY(errors.isEmpty());
        await(db.close());
    }

    // The deferred key fails at COMMIT. SQLite leaves the transaction open, to be fixed and
    // committed again; PostgreSQL ends it. Either way commit() fails and says the commit
    // failed, and the stored row is unchanged.
    void reportsAFailedCommitAsAFailure_data() { addEngineRows(Sqlite | Postgres); }
    void reportsAFailedCommitAsAFailure()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        QWidget tab;
        TransactionController controller(db);
        QLabel *badge = controller.createBadge(&tab);
        tab.show();
        QSignalSpy outcomes(&controller, &TransactionController::outcomeReported);
        QSignalSpy errors(&controller, &TransactionController::errorOccurred);
        QVERIFY(controller.setAutoCommit(false));
        QVERIFY(await(controller.begin()));
        await(controller.session().execute(u"UPDATE child SET parent = 7 WHERE id = 1"_s));

        QVERIFY(!await(controller.commit()));
        const QString message = lastMessage(errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(lastMessage(outcomes), message);
        QVERIFY2(message.contains(u"The commit failed"_s), qPrintable(message));
        QVERIFY2(message.contains(u"foreign key"_s, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.startsWith(u"Rolled back"_s), qPrintable(message));
        QCOMPARE(storedParent(db), 1);
        if (e == Sqlite) {
            QVERIFY2(message.contains(u"still open"_s), qPrintable(message));
            QVERIFY(controller.hasOpenTransaction());
            QVERIFY(badge->isVisible());
            QVERIFY(controller.commitAction()->isEnabled());
            // Fixed, it commits.
            await(controller.session().execute(u"INSERT INTO parent (id) VALUES (7)"_s));
            QVERIFY(await(controller.commit()));
            QCOMPARE(storedParent(db), 7);
        } else {
            QVERIFY2(message.contains(u"rolled back"_s), qPrintable(message));
            QVERIFY(!controller.hasOpenTransaction());
            QVERIFY(!badge->isVisible());
            // The next work begins a new transaction.
            QVERIFY(controller.needsBegin());
            QVERIFY(await(controller.begin()));
            QVERIFY(controller.hasOpenTransaction());
            QVERIFY(await(controller.rollback()));
        }
        QVERIFY(!controller.hasOpenTransaction());
        await(db.close());
    }

    void rollsBackItsTransaction_data() { addEngineRows(Sqlite | Postgres); }
    void rollsBackItsTransaction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        TransactionController controller(db);
        QSignalSpy outcomes(&controller, &TransactionController::outcomeReported);
        QSignalSpy errors(&controller, &TransactionController::errorOccurred);
        QVERIFY(controller.setAutoCommit(false));
        QVERIFY(await(controller.begin()));
        await(controller.session().execute(u"UPDATE child SET parent = 2 WHERE id = 1"_s));
        QVERIFY(await(controller.rollback()));
        QVERIFY(!controller.hasOpenTransaction());
        QCOMPARE(lastMessage(outcomes), u"Rolled back."_s);
        QVERIFY(errors.isEmpty());
        QCOMPARE(storedParent(db), 1);
        // Nothing open: Commit and Rollback have nothing to do.
        QVERIFY(await(controller.commit()));
        QCOMPARE(outcomes.size(), 1);
        await(db.close());
    }

    // An open transaction stays visible until it ends: the mode does not switch, by call or
    // by the action, until Commit or Rollback. A BEGIN typed in auto-commit mode counts too.
    void autoCommitWaitsForTheOpenTransaction_data() { addEngineRows(Sqlite | Postgres); }
    void autoCommitWaitsForTheOpenTransaction()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        TransactionController controller(db);
        QSignalSpy modes(&controller, &TransactionController::autoCommitChanged);
        QAction *autoCommit = controller.autoCommitAction();
        QVERIFY(autoCommit->isChecked());
        QVERIFY(!controller.needsBegin());

        autoCommit->setChecked(false); // the user turns it off
        QVERIFY(!controller.isAutoCommit());
        QCOMPARE(modes.size(), 1);
        QVERIFY(await(controller.begin()));
        QVERIFY(!autoCommit->isEnabled());
        QVERIFY(!controller.setAutoCommit(true));
        autoCommit->setChecked(true);
        QVERIFY(!controller.isAutoCommit());
        QVERIFY(!autoCommit->isChecked());
        QCOMPARE(modes.size(), 1);
        QVERIFY(controller.hasOpenTransaction());

        QVERIFY(await(controller.commit()));
        QVERIFY(autoCommit->isEnabled());
        QVERIFY(controller.setAutoCommit(true));
        QVERIFY(autoCommit->isChecked());
        QCOMPARE(modes.size(), 2);
        QVERIFY(!controller.needsBegin());

        // Auto-commit mode, and a BEGIN typed into the tab's session.
        await(controller.session().execute(u"BEGIN"_s));
        await(controller.session().execute(u"UPDATE child SET parent = 2 WHERE id = 1"_s));
        QVERIFY(controller.hasOpenTransaction());
        QVERIFY(!controller.hasOwnTransaction());
        QVERIFY(!controller.setAutoCommit(false));
        QVERIFY(controller.isAutoCommit());
        QVERIFY(await(controller.commit()));
        QVERIFY(!controller.hasOpenTransaction());
        QCOMPARE(storedParent(db), 2);
        QVERIFY(controller.setAutoCommit(false));
        await(db.close());
    }

    // The tab (and its controller) may go while COMMIT is on its way: nothing is touched
    // afterwards, and the commit still happens.
    void deletedWhileCommittingIsSafe_data() { addEngineRows(Sqlite | Postgres); }
    void deletedWhileCommittingIsSafe()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(FamilySchema));
        auto *controller = new TransactionController(db);
        QVERIFY(controller->setAutoCommit(false));
        QVERIFY(await(controller->begin()));
        await(controller->session().execute(u"UPDATE child SET parent = 2 WHERE id = 1"_s));
        QCoro::Task<bool> commit = controller->commit();
        delete controller;
        QVERIFY(!await(std::move(commit)));
        QTRY_COMPARE(storedParent(db), 2);
        await(db.close());
    }
};

QTEST_MAIN(TestTransactionController)
#include "tst_transactioncontroller.moc"
