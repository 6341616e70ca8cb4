// SPDX-License-Identifier: MIT
// A COMMIT that fails is reported as what it is: the transaction stays open when the engine
// keeps it open (so the caller can fix and retry, or roll back), and PostgreSQL's silent
// ROLLBACK of an aborted transaction is an error, never a successful commit.
#include "testsupport.h"

#include "connection/errors.h"
#include "database/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

Options shortBusyTimeout()
{
    Options options;
    options.busyTimeout = std::chrono::milliseconds(100);
    return options;
}

} // namespace

class TestFailedCommit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Another connection's read lock makes COMMIT fail with SQLITE_BUSY; SQLite keeps the
    // transaction open, and so must Quarry: a retry once the lock is gone commits.
    void busyCommitKeepsTransactionOpen()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url(), shortBusyTimeout());
        await(db.session().execute(u"CREATE TABLE t (id integer PRIMARY KEY)"_s));
        Session readerSession = db.session();
        Transaction reader = await(readerSession.begin());
        QCOMPARE(await(reader.scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0); // shared lock

        Session writerSession = db.session();
        Transaction writer = await(writerSession.begin());
        await(writer.execute(u"INSERT INTO t (id) VALUES (1)"_s));
        QVERIFY_THROWS_EXCEPTION(SqlError, await(writer.commit()));
        QVERIFY(writerSession.inTransaction());
        QVERIFY(writer.isActive());

        await(reader.rollback());
        await(writer.commit());
        QVERIFY(!writer.isActive());
        QVERIFY(!writerSession.inTransaction());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 1);
        await(db.close());
    }

    // A deferred foreign-key violation fails COMMIT and leaves the transaction open: the
    // missing parent can be added and COMMIT tried again.
    void deferredForeignKeyKeepsTransactionOpen_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("pragma");
        QTest::newRow("deferrable")
            << u"REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED"_s << QString();
        QTest::newRow("defer_foreign_keys")
            << u"REFERENCES parent (id)"_s << u"PRAGMA defer_foreign_keys = ON"_s;
    }
    void deferredForeignKeyKeepsTransactionOpen()
    {
        QFETCH(QString, reference);
        QFETCH(QString, pragma);
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE parent (id integer PRIMARY KEY); "
                                   "CREATE TABLE child (id integer PRIMARY KEY, parent integer "_s +
                                   reference + u")"_s));
        Session session = db.session();
        Transaction tx = await(session.begin());
        if (!pragma.isEmpty())
            await(tx.execute(pragma));
        await(tx.execute(u"INSERT INTO child (id, parent) VALUES (1, 7)"_s));
        QVERIFY_THROWS_EXCEPTION(IntegrityError, await(tx.commit()));
        QVERIFY(session.inTransaction());
        QVERIFY(tx.isActive());

        await(tx.execute(u"INSERT INTO parent (id) VALUES (7)"_s));
        await(tx.commit());
        QVERIFY(!tx.isActive());
        QVERIFY(!session.inTransaction());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM child"_s)).toInt(), 1);
        await(db.close());
    }

    // A Transaction whose COMMIT failed and left it open still rolls back when dropped, even
    // while its session lives on.
    void droppedTransactionAfterFailedCommitRollsBack()
    {
        ScratchDatabase scratch(Sqlite);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE parent (id integer PRIMARY KEY); "
                                   "CREATE TABLE child (id integer PRIMARY KEY, parent integer "
                                   "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"_s));
        Session session = db.session();
        {
            Transaction tx = await(session.begin());
            await(tx.execute(u"INSERT INTO child (id, parent) VALUES (1, 7)"_s));
            QVERIFY_THROWS_EXCEPTION(IntegrityError, await(tx.commit()));
        }
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM child"_s)).toInt(), 0);
        QVERIFY(!session.inTransaction());
        await(db.close());
    }

    // PostgreSQL answers COMMIT of an aborted transaction with the tag ROLLBACK and no error:
    // Quarry reports it as the error it is, however the COMMIT was sent.
    void commitOfAbortedTransactionIsAnError_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("how");
        for (const QString &how : {u"commit()"_s, u"COMMIT"_s, u"end"_s})
            QTest::newRow(qPrintable(how)) << int(Postgres) << how;
    }
    void commitOfAbortedTransactionIsAnError()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(QString, how);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(u"CREATE TABLE t (id integer PRIMARY KEY)"_s));
        Session session = db.session();
        std::optional<Transaction> tx;
        if (how == u"commit()"_s)
            tx.emplace(await(session.begin()));
        else
            await(session.execute(u"BEGIN"_s));
        await(session.execute(u"INSERT INTO t (id) VALUES (1)"_s));
        QVERIFY_THROWS_EXCEPTION(SqlError, await(session.execute(u"SELECT 1 / 0"_s)));
        QString code;
        try {
            if (tx)
                await(tx->commit());
            else
                await(session.execute(how == u"end"_s ? u"  end;"_s : u"COMMIT"_s));
        } catch (const SqlError &error) {
            code = error.code();
        }
        QCOMPARE(code, u"25P02"_s);
        QVERIFY(!session.inTransaction());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestFailedCommit)
#include "tst_failedcommit.moc"
