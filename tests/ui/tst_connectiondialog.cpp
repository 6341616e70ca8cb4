// SPDX-License-Identifier: MIT
// The connection dialog and manager as a person uses them: fill the fields, Test Connection
// against a real SQLite file and the real PostgreSQL server (a wrong password gets a message,
// never a crash, never the password), save with the password in the keychain and nowhere on
// disk, duplicate, delete, connect; and the main window opening a saved connection.
#include "testsupport.h"

#include "connection/connectiondialog.h"
#include "connection/connectionmanager.h"
#include "connection/connectionstore.h"
#include "connection/openconnection.h"
#include "connection/passwordstore.h"
#include "database/database.h"
#include "grid/datagrid.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::ConnectionDialog;
using Quarry::Ui::ConnectionManager;
using Quarry::Ui::ConnectionProfile;
using Quarry::Ui::ConnectionStore;
using Quarry::Ui::PasswordStore;
using Status = Quarry::Ui::KeychainResult::Status;

namespace {

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests first: what a person would see
    window->grab().save(dir + u'/' + name + u".png"_s);
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Types into a field as a person would (replacing what is there).
void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void chooseKind(ConnectionDialog *dialog, ConnectionProfile::Kind kind)
{
    auto *box = child<QComboBox>(dialog, u"kind"_s);
    box->setCurrentIndex(box->findData(int(kind)));
}

// Fills the PostgreSQL fields from \a url through the widgets.
void fillServer(ConnectionDialog *dialog, const DatabaseUrl &url, const QString &password)
{
    chooseKind(dialog, ConnectionProfile::Kind::Postgres);
    type(child<QLineEdit>(dialog, u"host"_s), url.host());
    child<QSpinBox>(dialog, u"port"_s)->setValue(url.port() > 0 ? url.port() : 5432);
    type(child<QLineEdit>(dialog, u"database"_s), url.database());
    type(child<QLineEdit>(dialog, u"user"_s), url.user());
    type(child<QLineEdit>(dialog, u"password"_s), password);
    auto *ssl = child<QComboBox>(dialog, u"sslMode"_s);
    ssl->setCurrentIndex(ssl->findText(u"disable"_s));
}

QString makeSqliteFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(u"sqlite:///"_s + path);
    await(db.session().execute(u"CREATE TABLE notes (id integer PRIMARY KEY, body text)"_s));
    await(db.session().execute(u"INSERT INTO notes VALUES (1, 'hello')"_s));
    await(db.close());
    return path;
}

QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found.append(file.fileName());
    }
    return found;
}

struct TestOutcome {
    bool ok = false;
    QString message{};
    /// Whether the button was off (and the dialog testing) right after the click.
    bool busy = false;
};

// Clicks Test Connection and waits for the outcome.
TestOutcome clickTest(ConnectionDialog *dialog)
{
    QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
    auto *button = child<QPushButton>(dialog, u"test"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    TestOutcome outcome;
    outcome.busy = dialog->isTesting() && !button->isEnabled();
    if (finished.isEmpty()) // a validation problem answers at once
        finished.wait(20'000);
    if (!finished.isEmpty()) {
        outcome.ok = finished.first().at(0).toBool();
        outcome.message = finished.first().at(1).toString();
    }
    return outcome;
}

bool requirePostgres()
{
    if (!postgresUrl().isEmpty())
        return true;
    if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
        qFatal("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
    return false;
}

} // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PasswordStore m_passwords{u"QuarryTest-"_s + QUuid::createUuid().toString(QUuid::Id128)};
    bool m_keychain = false;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QInputDialog *>();
        const QUuid id = QUuid::createUuid();
        const Ui::KeychainResult probe = await(m_passwords.write(id, u"probe"_s));
        m_keychain = probe.ok();
        if (m_keychain)
            await(m_passwords.remove(id));
        else if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(u"the test keyring did not answer: "_s + probe.message));
    }

    void sqliteFieldsAndTest()
    {
        const QString path = makeSqliteFile(m_dir, u"notes.db"_s);
        ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        ConnectionDialog dialog(ConnectionDialog::Mode::Add, profile, &m_passwords, {path});
        dialog.show();
        QTRY_VERIFY(dialog.isPasswordLoaded());
        chooseKind(&dialog, ConnectionProfile::Kind::Sqlite);
        QVERIFY(child<QWidget>(&dialog, u"browse"_s)->isVisible());
        QVERIFY(!child<QWidget>(&dialog, u"host"_s)->isVisible());
        QVERIFY(!child<QWidget>(&dialog, u"password"_s)->isVisible());

        // Problems show inline, and Save does not close the dialog on them.
        TestOutcome result = clickTest(&dialog);
        QVERIFY(!result.ok);
        QCOMPARE(dialog.message(), u"Give the connection a name."_s);
        type(child<QLineEdit>(&dialog, u"name"_s), u"Notes"_s);
        type(child<QComboBox>(&dialog, u"file"_s)->lineEdit(), m_dir.filePath(u"missing.db"_s));
        result = clickTest(&dialog);
        QVERIFY2(dialog.message().contains(u"There is no file"_s), qPrintable(dialog.message()));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.db"_s))); // testing did not create it

        // A file that is not a database.
        const QString garbage = m_dir.filePath(u"notes.txt"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        type(child<QComboBox>(&dialog, u"file"_s)->lineEdit(), garbage);
        result = clickTest(&dialog);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"not a database"_s), qPrintable(result.message));

        child<QComboBox>(&dialog, u"file"_s)->setCurrentIndex(0); // the recent file
        child<QCheckBox>(&dialog, u"readOnly"_s)->setChecked(true);
        result = clickTest(&dialog);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.busy);
        QVERIFY2(dialog.message().startsWith(u"Connected to SQLite 3."_s),
                 qPrintable(dialog.message()));
        QVERIFY(child<QPushButton>(&dialog, u"test"_s)->isEnabled());
        screenshot(&dialog, u"connectiondialog-sqlite"_s);

        const ConnectionProfile saved = dialog.profile();
        QCOMPARE(saved.id, profile.id);
        QCOMPARE(saved.name, u"Notes"_s);
        QCOMPARE(saved.filePath, path);
        QVERIFY(saved.readOnly);
        dialog.accept();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void postgresTest()
    {
        if (!requirePostgres())
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        const DatabaseUrl url = DatabaseUrl::parse(postgresUrl());
        ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = u"Test server"_s;
        ConnectionDialog dialog(ConnectionDialog::Mode::Add, profile, &m_passwords, {});
        dialog.show();
        fillServer(&dialog, url, url.password());
        QTRY_VERIFY(dialog.isPasswordLoaded());
        QVERIFY(child<QWidget>(&dialog, u"host"_s)->isVisible());
        QVERIFY(!child<QWidget>(&dialog, u"browse"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, u"password"_s)->echoMode(), QLineEdit::Password);

        StallProbe probe;
        probe.start();
        TestOutcome result = clickTest(&dialog);
        probe.stop();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.busy);
        QVERIFY2(dialog.message().startsWith(u"Connected to PostgreSQL "_s),
                 qPrintable(dialog.message()));
        QVERIFY2(!probe.froze(), qPrintable(u"stalled %1 ms"_s.arg(probe.maxGapMs())));
        screenshot(&dialog, u"connectiondialog-postgres"_s);

        type(child<QLineEdit>(&dialog, u"password"_s), u"wrong-secret-42"_s);
        result = clickTest(&dialog);
        QVERIFY(!result.ok);
        QVERIFY(result.busy);
        QVERIFY2(dialog.message().contains(u"password authentication failed"_s),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(u"wrong-secret-42"_s));
        QVERIFY(child<QPushButton>(&dialog, u"test"_s)->isEnabled());
        screenshot(&dialog, u"connectiondialog-wrongpassword"_s);

        // Nobody listens there.
        child<QSpinBox>(&dialog, u"port"_s)->setValue(1);
        result = clickTest(&dialog);
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
    }

    // Add (with the password in the keychain, not on disk), duplicate, delete, test, connect.
    void managerAddDuplicateDeleteConnect()
    {
        if (!m_keychain)
            QSKIP("no keychain backend here; CTest runs this test under with-keyring.sh");
        if (!requirePostgres())
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        const DatabaseUrl url = DatabaseUrl::parse(postgresUrl());
        QTemporaryDir dir;
        ConnectionStore store(dir.filePath(u"quarry.ini"_s));
        ConnectionManager manager(&store, &m_passwords);
        manager.show();
        QVERIFY(!child<QPushButton>(&manager, u"connect"_s)->isEnabled());

        ConnectionDialog *dialog = manager.addConnection();
        type(child<QLineEdit>(dialog, u"name"_s), u"Server"_s);
        fillServer(dialog, url, url.password());
        QTRY_VERIFY(dialog->isPasswordLoaded());
        QVERIFY(dialog->savesPassword());             // on by default for a new connection
        QCOMPARE(dialog->password(), url.password()); // typed before the keychain answered
        QPointer<ConnectionDialog> guard(dialog);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QTRY_VERIFY(!guard);
        QCOMPARE(store.profiles().size(), 1);
        const ConnectionProfile saved = store.profiles().first();
        QCOMPARE(saved.name, u"Server"_s);
        QCOMPARE(saved.host, url.host());
        QCOMPARE(manager.list()->topLevelItemCount(), 1);
        const Ui::KeychainResult kept = await(m_passwords.read(saved.id));
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        QCOMPARE(kept.password, url.password());
        store.sync();
        const QString settings = QFile::exists(store.fileName()) ? store.fileName() : QString();
        QVERIFY(!settings.isEmpty());
        QCOMPARE(filesContaining(dir.path(), url.password()), QStringList());

        // Editing shows the saved password (masked) and keeps it.
        dialog = manager.editConnection();
        QTRY_VERIFY(dialog->isPasswordLoaded());
        QCOMPARE(dialog->password(), url.password());
        QVERIFY(dialog->savesPassword());
        dialog->reject();

        QSignalSpy tested(&manager, &ConnectionManager::testFinished);
        manager.testConnection();
        QTRY_COMPARE(tested.count(), 1);
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY2(manager.message().contains(u"Connected to PostgreSQL"_s),
                 qPrintable(manager.message()));

        manager.duplicateConnection();
        QCOMPARE(store.profiles().size(), 2);
        const ConnectionProfile copy = *manager.currentProfile();
        QCOMPARE(copy.name, u"Server (copy)"_s);
        QVERIFY(copy.id != saved.id);
        QTRY_VERIFY(await(m_passwords.read(copy.id)).ok()); // the password came along
        QCOMPARE(await(m_passwords.read(copy.id)).password, url.password());

        // A local file too, for the list's looks.
        ConnectionProfile local;
        local.name = u"Notes"_s;
        local.filePath = makeSqliteFile(dir, u"notes.db"_s);
        local.readOnly = true;
        store.add(local);
        manager.selectProfile(copy.id);
        screenshot(&manager, u"connectionmanager"_s);

        QMessageBox *box = manager.deleteConnection();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Server (copy)"_s), qPrintable(box->text()));
        screenshot(box, u"connectionmanager-delete"_s);
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(!store.profile(copy.id));
        QTRY_COMPARE(await(m_passwords.read(copy.id)).status, Status::NotFound);

        // Connect: the keychain's password goes out with the profile.
        manager.selectProfile(saved.id);
        QSignalSpy connectRequested(&manager, &ConnectionManager::connectRequested);
        QTest::mouseClick(child<QPushButton>(&manager, u"connect"_s), Qt::LeftButton);
        QTRY_COMPARE(connectRequested.count(), 1);
        QCOMPARE(connectRequested.first().at(0).value<ConnectionProfile>(), saved);
        QCOMPARE(connectRequested.first().at(1).toString(), url.password());
        QVERIFY(!manager.isVisible());

        // Without a saved password it is asked for.
        QVERIFY(await(m_passwords.remove(saved.id)).ok());
        manager.show();
        QSignalSpy asked(&manager, &ConnectionManager::passwordRequested);
        manager.connectCurrent();
        QTRY_COMPARE(asked.count(), 1);
        auto *input = asked.first().first().value<QInputDialog *>();
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        screenshot(input, u"connectionmanager-password"_s);
        input->setTextValue(u"typed"_s);
        input->accept();
        QCOMPARE(connectRequested.count(), 2);
        QCOMPARE(connectRequested.last().at(1).toString(), u"typed"_s);

        // Saving without "save password" removes the saved one.
        QVERIFY(await(m_passwords.write(saved.id, u"old"_s)).ok());
        manager.show();
        manager.selectProfile(saved.id);
        dialog = manager.editConnection();
        QTRY_VERIFY(dialog->isPasswordLoaded());
        child<QCheckBox>(dialog, u"savePassword"_s)->setChecked(false);
        guard = dialog;
        dialog->accept();
        QTRY_VERIFY(!guard);
        QCOMPARE(await(m_passwords.read(saved.id)).status, Status::NotFound);
        QCOMPARE(filesContaining(dir.path(), u"old"_s), QStringList());

        // A saved server turned into a file leaves no password in the keychain.
        QVERIFY(await(m_passwords.write(saved.id, u"older"_s)).ok());
        dialog = manager.editConnection();
        QTRY_VERIFY(dialog->isPasswordLoaded());
        chooseKind(dialog, ConnectionProfile::Kind::Sqlite);
        type(child<QComboBox>(dialog, u"file"_s)->lineEdit(), local.filePath);
        guard = dialog;
        dialog->accept();
        QTRY_VERIFY(!guard);
        QCOMPARE(store.profile(saved.id)->kind, ConnectionProfile::Kind::Sqlite);
        QCOMPARE(await(m_passwords.read(saved.id)).status, Status::NotFound);
    }

    void mainWindowOpensSavedConnections()
    {
        QTemporaryDir dir;
        ConnectionProfile local;
        local.id = QUuid::createUuid();
        local.name = u"My notes"_s;
        local.filePath = makeSqliteFile(dir, u"notes.db"_s);
        local.readOnly = true;

        Ui::MainWindow window;
        window.show();
        QSignalSpy errors(&window, &Ui::MainWindow::errorShown);
        QVERIFY(await(window.open(local, QString())));
        QCOMPARE(window.connections().size(), 1);
        Ui::OpenConnection *connection = window.currentConnection();
        QCOMPARE(connection->name(), u"My notes"_s);
        QVERIFY(connection->database().options().readOnly);
        const Table *notes = connection->metadata().table(u"notes"_s);
        QVERIFY(notes);
        window.openTable(*notes, false);
        auto *grid = qobject_cast<Ui::DataGrid *>(window.tabs()->currentWidget());
        QVERIFY(grid);
        QVERIFY(grid->isReadOnly()); // the connection's flag wins
        QVERIFY(ConnectionStore().recentFiles().contains(local.filePath));

        // A profile naming a missing file gets a message; nothing is created.
        ConnectionProfile missing = local;
        missing.filePath = dir.filePath(u"gone.db"_s);
        QVERIFY(!await(window.open(missing, QString())));
        QVERIFY2(errors.last().first().toString().contains(u"gone.db"_s),
                 qPrintable(errors.last().first().toString()));
        QVERIFY(!QFile::exists(missing.filePath));

        if (requirePostgres()) {
            const DatabaseUrl url = DatabaseUrl::parse(postgresUrl());
            ConnectionProfile server;
            server.id = QUuid::createUuid();
            server.name = u"Server"_s;
            server.kind = ConnectionProfile::Kind::Postgres;
            server.host = url.host();
            server.port = url.port();
            server.database = url.database();
            server.user = url.user();
            server.sslMode = ConnectionProfile::SslMode::Disable;
            QVERIFY(!await(window.open(server, u"wrong-secret-43"_s)));
            QVERIFY(!errors.last().first().toString().contains(u"wrong-secret-43"_s));
            QVERIFY(await(window.open(server, url.password())));
            QCOMPARE(window.connections().size(), 2);
            QCOMPARE(window.currentConnection()->name(), u"Server"_s);
        }

        // A profile already open is selected, not opened twice.
        const qsizetype open = window.connections().size();
        QVERIFY(await(window.open(local, QString())));
        QCOMPARE(window.connections().size(), open);
        QCOMPARE(window.currentConnection()->name(), u"My notes"_s);

        // Through the menu: File → Connections…, pick, Connect.
        ConnectionStore store;
        ConnectionProfile another = local;
        another.id = QUuid(); // a profile of its own, on the same file
        another.name = u"My notes again"_s;
        const ConnectionProfile stored = store.add(another);
        window.showConnections();
        auto *manager = window.findChild<ConnectionManager *>();
        QVERIFY(manager);
        QTRY_VERIFY(manager->isVisible());
        manager->selectProfile(stored.id);
        const qsizetype before = window.connections().size();
        manager->connectCurrent();
        QTRY_COMPARE(window.connections().size(), before + 1);
        QVERIFY(!manager->isVisible());
        store.remove(stored.id);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
