// SPDX-License-Identifier: MIT
// Passwords in the OS keychain: written, read back and deleted through a real Secret Service
// (CTest runs this under with-keyring.sh: a private session bus with a throwaway GNOME Keyring),
// and — in the run without any keychain — a clear "no keychain available" that the dialog and
// the manager pass on, with nothing written anywhere else.
#include "testsupport.h"

#include "connection/connectiondialog.h"
#include "connection/connectionmanager.h"
#include "connection/connectionstore.h"
#include "connection/inlinemessage.h"
#include "connection/passwordstore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::ConnectionProfile;
using Quarry::Ui::KeychainResult;
using Quarry::Ui::PasswordStore;
using Status = Quarry::Ui::KeychainResult::Status;

namespace {

// Every file under \a dir that contains \a needle (UTF-8).
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

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests first: what a person would see
    window->grab().save(dir + u'/' + name + u".png"_s);
}

ConnectionProfile serverProfile()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Server"_s;
    profile.kind = ConnectionProfile::Kind::Postgres;
    profile.host = u"127.0.0.1"_s;
    profile.user = u"someone"_s;
    return profile;
}

} // namespace

class TestPasswordStore : public QObject {
    Q_OBJECT

private:
    PasswordStore m_store{u"QuarryTest-"_s + QUuid::createUuid().toString(QUuid::Id128)};
    KeychainResult m_probe;

    bool hasKeychain() const { return m_probe.status != Status::Unavailable; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QInputDialog *>();
        const QUuid id = QUuid::createUuid();
        m_probe = await(m_store.write(id, u"probe"_s));
        if (m_probe.ok())
            await(m_store.remove(id));
        if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_KEYCHAIN"))
            QVERIFY2(m_probe.ok(),
                     qPrintable(u"the test keyring did not answer: "_s + m_probe.message));
        if (qEnvironmentVariableIntValue("QUARRY_EXPECT_NO_KEYCHAIN"))
            QCOMPARE(m_probe.status, Status::Unavailable);
    }

    void roundTrip()
    {
        if (!hasKeychain())
            QSKIP(qPrintable(u"no keychain backend here ("_s + m_probe.message +
                             u"); CTest runs this test under with-keyring.sh"_s));
        const QUuid id = QUuid::createUuid();
        const QString password = u"p@ss:w/rd%?#&= ü'\"\\ \U0001F511"_s;
        QCOMPARE(await(m_store.read(id)).status, Status::NotFound);

        KeychainResult written = await(m_store.write(id, password));
        QVERIFY2(written.ok(), qPrintable(written.message));
        KeychainResult read = await(m_store.read(id));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.password, password);

        // Another store on another service does not see it; a new password replaces the old.
        PasswordStore other(m_store.service() + u"-other"_s);
        QCOMPARE(await(other.read(id)).status, Status::NotFound);
        QVERIFY(await(m_store.write(id, u"second"_s)).ok());
        QCOMPARE(await(m_store.read(id)).password, u"second"_s);

        KeychainResult removed = await(m_store.remove(id));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(await(m_store.read(id)).status, Status::NotFound);
        QVERIFY(await(m_store.remove(id)).ok()); // removing nothing is fine
    }

    void emptyPasswordRoundTrip()
    {
        if (!hasKeychain())
            QSKIP("no keychain backend here");
        const QUuid id = QUuid::createUuid();
        QVERIFY(await(m_store.write(id, QString())).ok());
        const KeychainResult read = await(m_store.read(id));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.password, QString());
        QVERIFY(await(m_store.remove(id)).ok());
    }

    void noKeychainIsSaidClearly()
    {
        if (hasKeychain())
            QSKIP("a keychain answers here; test-ui-passwordstore-nokeychain covers this");
        const QUuid id = QUuid::createUuid();
        for (const KeychainResult &result :
             {await(m_store.write(id, u"secret-1"_s)), await(m_store.read(id))}) {
            QCOMPARE(result.status, Status::Unavailable);
            QVERIFY2(result.message.startsWith(u"no keychain available: "_s),
                     qPrintable(result.message));
            QVERIFY(!result.message.contains(u"secret-1"_s));
        }
        QVERIFY(!await(m_store.remove(id)).ok());
    }

    // Without a keychain the dialog says so, cannot tick "save password", and saving leaves no
    // password on disk; the manager then asks for it when connecting.
    void withoutKeychainThePasswordIsAskedFor()
    {
        if (hasKeychain())
            QSKIP("a keychain answers here; test-ui-passwordstore-nokeychain covers this");
        QTemporaryDir dir;
        Ui::ConnectionStore store(dir.filePath(u"quarry.ini"_s));
        Ui::ConnectionManager manager(&store, &m_store);
        manager.show();
        Ui::ConnectionDialog *dialog = manager.addConnection();
        ConnectionProfile profile = serverProfile();
        profile.id = dialog->profile().id;
        dialog->setProfile(profile);
        QTRY_VERIFY(dialog->isPasswordLoaded());
        auto *save = dialog->findChild<QCheckBox *>(u"savePassword"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog->savesPassword());
        const QString note = dialog->findChild<Ui::InlineMessage *>(u"keychainNote"_s)->text();
        QVERIFY2(note.startsWith(u"No keychain available: "_s), qPrintable(note));
        QVERIFY2(note.contains(u"asked for each time"_s), qPrintable(note));

        dialog->setPassword(u"secret-2"_s);
        screenshot(dialog, u"connectiondialog-nokeychain"_s);
        QPointer<Ui::ConnectionDialog> guard(dialog);
        dialog->accept();
        QTRY_VERIFY(!guard);
        QCOMPARE(store.profiles().size(), 1);
        store.sync();
        QCOMPARE(filesContaining(dir.path(), u"secret-2"_s), QStringList());
        QCOMPARE(filesContaining(QDir::homePath() + u"/.qttest"_s, u"secret-2"_s), QStringList());

        QSignalSpy asked(&manager, &Ui::ConnectionManager::passwordRequested);
        QSignalSpy connectRequested(&manager, &Ui::ConnectionManager::connectRequested);
        manager.connectCurrent();
        QTRY_COMPARE(asked.count(), 1);
        auto *input = asked.first().first().value<QInputDialog *>();
        QVERIFY2(input->labelText().contains(u"no keychain available"_s),
                 qPrintable(input->labelText()));
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        input->setTextValue(u"typed"_s);
        input->accept();
        QCOMPARE(connectRequested.count(), 1);
        QCOMPARE(connectRequested.first().at(1).toString(), u"typed"_s);
    }
};

QTEST_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
