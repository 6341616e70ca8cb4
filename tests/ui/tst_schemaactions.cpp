// SPDX-License-Identifier: MIT
// Creating a table with the designer and dropping tables from the schema tree, on both engines.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "model/modeldialog.h"
#include "model/modelfile.h"
#include "schema/createtabledialog.h"
#include "schema/reflector.h"
#include "schema/schemabrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::CreateTableDialog;

namespace {

void check(QTableWidget *table, int row, int column, bool on)
{
    qobject_cast<QCheckBox *>(table->cellWidget(row, column))->setChecked(on);
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestSchemaActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void designerCreatesTheTable_data() { addEngineRows(Sqlite | Postgres); }
    void designerCreatesTheTable()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        await(connection.database().session().execute(
            u"CREATE TABLE owner (id integer PRIMARY KEY, name text)"_s));
        QVERIFY(await(connection.open()));
        Ui::SchemaBrowser browser;
        browser.setConnection(&connection);

        CreateTableDialog *dialog = browser.showCreateTable(QString());
        QVERIFY(dialog);
        QString problem;
        dialog->table(&problem);
        QVERIFY(problem.contains(u"name"_s)); // no table name yet
        QVERIFY(!await(dialog->create()));

        dialog->nameEdit()->setText(u"pet"_s);
        dialog->addColumn(u"name"_s, u"varchar(40)"_s, false, true);
        dialog->addColumn(u"owner_id"_s, u"integer"_s);
        QTableWidget *columns = dialog->columnsTable();
        check(columns, 1, CreateTableDialog::UniqueColumn, true);
        qobject_cast<QComboBox *>(columns->cellWidget(2, CreateTableDialog::ReferenceColumn))
            ->setCurrentText(u"owner.id"_s);
        dialog->addIndex(u"owner_id, name"_s, false);
        const QString ddl = dialog->ddl();
        QVERIFY2(ddl.contains(u"CREATE TABLE"_s) && ddl.contains(u"REFERENCES"_s), qPrintable(ddl));
        QVERIFY2(ddl.contains(u"CREATE INDEX"_s), qPrintable(ddl));
        dialog->table(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        screenshot(dialog, u"create-table-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));

        QSignalSpy refreshed(&connection, &Ui::OpenConnection::reflected);
        QVERIFY(await(dialog->create()));
        QVERIFY(refreshed.wait(10'000));
        const Table *pet = connection.metadata().table(u"pet"_s);
        QVERIFY(pet);
        QCOMPARE(pet->columns.size(), 3);
        QCOMPARE(pet->primaryKey.columns, QStringList{u"id"_s});
        QVERIFY(!pet->column(u"name")->nullable);
        QCOMPARE(pet->uniques.size(), 1);
        QCOMPARE(pet->foreignKeys.size(), 1);
        QCOMPARE(pet->foreignKeys.first().referredTable, u"owner"_s);
        QCOMPARE(pet->indexes.size(), 1);
        QVERIFY(browser.ddlOf(pet->schema, u"pet"_s).contains(u"pet"_s));
    }

    void dropsTablesWithOrWithoutCascade_data() { addEngineRows(Sqlite | Postgres); }
    void dropsTablesWithOrWithoutCascade()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"test"_s);
        Session session = connection.database().session();
        await(session.execute(u"CREATE TABLE gone (id integer PRIMARY KEY)"_s));
        await(session.execute(u"CREATE TABLE kept (id integer PRIMARY KEY)"_s));
        await(session.execute(u"CREATE VIEW kept_ids AS SELECT id FROM kept"_s));
        QVERIFY(await(connection.open()));
        Ui::SchemaBrowser browser;
        browser.setConnection(&connection);
        QSignalSpy errors(&browser, &Ui::SchemaBrowser::errorOccurred);

        QVERIFY(await(browser.dropTable({}, u"gone"_s, false)));
        QTRY_VERIFY(!connection.metadata().table(u"gone"_s));
        if (e == Postgres) {
            // a view depends on it: refused without CASCADE, with a message
            QVERIFY(!await(browser.dropTable({}, u"kept"_s, false)));
            QCOMPARE(errors.size(), 1);
            QVERIFY(connection.metadata().table(u"kept"_s));
        }
        QVERIFY(await(browser.dropTable({}, u"kept"_s, true)));
        QTRY_VERIFY(!connection.metadata().table(u"kept"_s));
        QVERIFY(!await(connection.database().hasTable(u"kept"_s)));
    }

    void modelCreatesAndDropsAll_data() { addEngineRows(Sqlite | Postgres); }
    void modelCreatesAndDropsAll()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Metadata model =
            loadModel(QStringLiteral(QUARRY_SOURCE_DIR) + u"/resources/models/user-devices.json"_s);
        Ui::ModelDialog dialog(db, model, u"user-devices.json"_s);
        QCOMPARE(dialog.tableList()->count(), 4);
        QTRY_VERIFY(dialog.ddl().contains(u"CREATE TABLE"_s));
        StallProbe probe;
        probe.start();
        QVERIFY(await(dialog.createAll()));
        QCOMPARE(await(db.tableNames()).size(), 4);
        QTRY_VERIFY(dialog.ddl().contains(u"already exists"_s));

        QMessageBox *box = dialog.confirmDropAll();
        QVERIFY(box->informativeText().contains(u"user_device_key"_s));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(await(db.tableNames()).size(), 4);
        QVERIFY(await(dialog.dropAll()));
        probe.stop();
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        QVERIFY(await(db.tableNames()).isEmpty());
        screenshot(&dialog, u"model-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));
        await(db.close());
    }

    // Stop applies between two statements too, so stopping right away is deterministic: the
    // work rolls back and nothing changes.
    void stoppedCreateAllChangesNothing_data() { addEngineRows(Sqlite | Postgres); }
    void stoppedCreateAllChangesNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const Metadata model =
            loadModel(QStringLiteral(QUARRY_SOURCE_DIR) + u"/resources/models/user-devices.json"_s);
        Ui::ModelDialog dialog(db, model, u"user-devices.json"_s);
        QTRY_VERIFY(dialog.ddl().contains(u"CREATE TABLE"_s));
        QCoro::Task<bool> creating = dialog.createAll();
        dialog.stop();
        QVERIFY(!await(std::move(creating)));
        QVERIFY(await(db.tableNames()).isEmpty());
        // Not stuck: the next Create all works.
        QVERIFY(await(dialog.createAll()));
        QCOMPARE(await(db.tableNames()).size(), 4);
        await(db.close());
    }

    void stoppedReflectionKeepsTheConnection_data() { addEngineRows(Sqlite | Postgres); }
    void stoppedReflectionKeepsTheConnection()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Ui::OpenConnection connection(DatabaseUrl::parse(scratch.url()), u"scratch"_s);
        QVERIFY(await(connection.connectToDatabase()));
        Session session = connection.database().session();
        await(session.execute(u"CREATE TABLE kept (id integer PRIMARY KEY)"_s));
        QSignalSpy stopped(&connection, &Ui::OpenConnection::refreshStopped);
        QCoro::Task<bool> reading = connection.refresh();
        QVERIFY(connection.isReflecting());
        connection.stopRefresh();
        QVERIFY(!await(std::move(reading)));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!connection.isReflecting());
        QVERIFY(await(connection.refresh()));
        QVERIFY(connection.metadata().table(u"kept"_s) != nullptr);
    }
};

QTEST_MAIN(TestSchemaActions)
#include "tst_schemaactions.moc"
