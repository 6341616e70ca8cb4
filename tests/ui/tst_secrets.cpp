// SPDX-License-Identifier: MIT
// Issue 14's check, as a person would make it: a session that opened a PostgreSQL URL with
// ?password= and ran CREATE/ALTER ROLE … PASSWORD in the editor leaves the URL's secret in no
// file under HOME, the role's password not in the history, and every file owner-only.
#include "testsupport.h"

#include "connection/openconnection.h"
#include "database/database.h"
#include "editor/historystore.h"
#include "editor/querytab.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "ownerfiles.h"
#include "url/databaseurl.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString randomWord(const char *prefix)
{
    return QString::fromLatin1(prefix) +
           QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leavesNoSecretOnDisk()
    {
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(home.startsWith(QDir::tempPath()));
        ScratchDatabase scratch(Postgres);
        if (!scratch.isValid())
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        // The server's password moves from the user info into ?password=.
        const DatabaseUrl given = DatabaseUrl::parse(scratch.url());
        QVERIFY(given.hasPassword() && given.password().size() >= 4);
        const QString urlSecret = given.password();
        QString url = given.withoutSecrets().toString();
        url += (url.contains(u'?') ? u"&password="_s : u"?password="_s) + urlSecret;

        const QString role = randomWord("quarry_secret_");
        const QString roleSecret = randomWord("RoleSecret");
        {
            Ui::MainWindow window;
            window.show();
            QVERIFY(await(window.open(url)));
            Ui::QueryTab *editor = window.openEditor(window.currentConnection());
            editor->editor()->setText(u"CREATE ROLE %1 LOGIN PASSWORD '%2';\n"
                                      "ALTER ROLE %1 PASSWORD '%2x';\n"
                                      "SELECT 1 AS kept;"_s.arg(role, roleSecret));
            QSignalSpy recorded(window.history(), &Ui::HistoryStore::recorded);
            QVERIFY(await(editor->runAll()));
            QTRY_VERIFY(!recorded.isEmpty()); // SELECT 1, the one statement without a password
            QVERIFY(window.close());
        }
        {
            Database db(scratch.url());
            await(db.session().execute(u"DROP ROLE %1"_s.arg(role)));
            await(db.close());
        }
        QSettings().sync();

        int files = 0;
        bool historyKeptTheRest = false;
        QDirIterator it(home, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            const QString name = info.filePath();
            const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
            QVERIFY2(!(info.permissions() & others), qPrintable(name + u" is not owner-only"_s));
            if (info.isDir())
                continue;
            ++files;
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains(urlSecret.toUtf8()),
                     qPrintable(name + u" holds the URL's password"_s));
            if (name.contains(u"history"_s)) {
                QVERIFY2(!data.contains(roleSecret.toUtf8()),
                         qPrintable(name + u" holds the role's password"_s));
                historyKeptTheRest = historyKeptTheRest || data.contains("SELECT 1 AS kept");
            }
        }
        QVERIFY(files > 0);
        QVERIFY(historyKeptTheRest); // the history was written, only not those statements
    }
};

// A HOME of its own, so the files found are this session's; set before Qt reads it.
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR"})
        qunsetenv(name);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"quarry"_s);
    QCoreApplication::setOrganizationName(u"Quarry"_s);
    Quarry::Ui::OwnerFiles::protect(); // as the app's main() does
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
