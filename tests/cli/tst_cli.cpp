// SPDX-License-Identifier: MIT
// The quarry executable as a user runs it: output formats, exit codes, messages.
#include "clirun.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry::Test;

namespace {

QString petsModel()
{
    return QStringLiteral(QUARRY_SOURCE_DIR "/resources/models/pets.json");
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;

    QString writeScript(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = u"sqlite:///"_s + m_dir.filePath(u"cli.db"_s);
        const Run made = quarry({u"query"_s, m_url,
                                 u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, "
                                 "score REAL, data BLOB); INSERT INTO t VALUES "
                                 "(1, 'plain', 1.5, NULL), (2, 'with, comma and \"quote\"', "
                                 "NULL, x'00ff')"_s});
        QVERIFY2(made.code == 0, made.err.constData());
    }

    void speaksTheUsersLanguageWithPlurals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QByteArray>("two");
        QTest::addColumn<QByteArray>("one");
        QTest::newRow("english") << u"en_US.UTF-8"_s << QByteArray("2 rows affected")
                                 << QByteArray("1 row affected");
        QTest::newRow("german") << u"de_DE.UTF-8"_s << QByteArray("2 Zeilen betroffen")
                                << QByteArray("1 Zeile betroffen");
        QTest::newRow("french") << u"fr_FR.UTF-8"_s << QByteArray("2 lignes affectées")
                                << QByteArray("1 ligne affectée");
        // No translation of their own: English, with its plurals ("2 row(s)" read badly).
        QTest::newRow("spanish") << u"es_ES.UTF-8"_s << QByteArray("2 rows affected")
                                 << QByteArray("1 row affected");
        QTest::newRow("C") << u"C"_s << QByteArray("2 rows affected")
                           << QByteArray("1 row affected");
    }
    void speaksTheUsersLanguageWithPlurals()
    {
        QFETCH(QString, locale);
        QFETCH(QByteArray, two);
        QFETCH(QByteArray, one);
        const QString script =
            writeScript(u"plurals.sql"_s, "CREATE TABLE IF NOT EXISTS said (word text);\n"
                                          "INSERT INTO said VALUES ('a'), ('b');\n"
                                          "INSERT INTO said VALUES ('c');\n");
        const Run run = quarry({u"query"_s, m_url, u"-f"_s, script}, locale);
        QCOMPARE(run.code, 0);
        const QByteArray all = run.out + run.err;
        QVERIFY2(all.contains(two) && all.contains(one), all.constData());
    }

    void writesCsv()
    {
        const Run run = quarry({u"query"_s, m_url, u"SELECT * FROM t ORDER BY id"_s, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("id,name,score,data\r\n"
                                     "1,plain,1.5,\r\n"
                                     "2,\"with, comma and \"\"quote\"\"\",,\\x00ff\r\n"));
    }

    void writesJson()
    {
        const Run run = quarry({u"query"_s, m_url, u"SELECT * FROM t ORDER BY id"_s, u"--json"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject()[u"name"_s].toString(), u"plain"_s);
        QCOMPARE(rows[0].toObject()[u"score"_s].toDouble(), 1.5);
        QVERIFY(rows[1].toObject()[u"score"_s].isNull());
        QCOMPARE(rows[1].toObject()[u"data"_s].toString(), u"AP8="_s); // base64
    }

    void bindsParameters()
    {
        const Run run = quarry({u"query"_s, m_url, u"SELECT name FROM t WHERE id = $1"_s, u"-p"_s,
                                u"1"_s, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("name\r\nplain\r\n"));
    }

    void runsScriptFiles()
    {
        QFile script(m_dir.filePath(u"s.sql"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("CREATE TABLE u (x INTEGER);\nINSERT INTO u VALUES (41);\n"
                     "SELECT x + 1 AS answer FROM u;\n");
        script.close();
        const Run run = quarry({u"query"_s, m_url, u"--file"_s, script.fileName(), u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("answer\r\n42\r\n"));
    }

    void runsScriptsStatementByStatement()
    {
        const QString script =
            writeScript(u"steps.sql"_s,
                        "-- a script, split the way sqlite3 would\n"
                        "CREATE TABLE steps (n INTEGER, s TEXT);\n"
                        "CREATE TABLE log (n INTEGER);\n"
                        "CREATE TRIGGER tr AFTER INSERT ON steps BEGIN\n"
                        "  INSERT INTO log VALUES (CASE WHEN new.n > 1 THEN new.n ELSE 0 END);\n"
                        "END;\n"
                        "INSERT INTO steps VALUES (1, 'a;b'), (2, '[x;]');\n"
                        "SELECT s FROM steps ORDER BY n;\n"
                        "SELECT sum(n) AS total FROM log");
        const Run run = quarry({u"query"_s, m_url, u"-f"_s, script, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("s\r\na;b\r\n[x;]\r\ntotal\r\n2\r\n"));
        // with --csv the status lines stay off stdout
        QVERIFY2(run.err.contains("CREATE TRIGGER\n2 rows affected\n"), run.err.constData());
        const Run text = quarry({u"query"_s, m_url, u"-f"_s,
                                 writeScript(u"text.sql"_s, "DELETE FROM log; SELECT 1 AS one;")});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.startsWith("2 row"), text.out.constData());
        QVERIFY2(text.out.contains("one"), text.out.constData());
    }

    void scriptErrorsNameTheLineAndStop()
    {
        const QString script =
            writeScript(u"broken.sql"_s, "CREATE TABLE e (x INTEGER);\n\n"
                                         "/* the next one fails */ INSERT INTO missing\n"
                                         "  VALUES (1);\n"
                                         "INSERT INTO e VALUES (1);\n");
        const Run stopped = quarry({u"query"_s, m_url, u"-f"_s, script});
        QCOMPARE(stopped.code, 1);
        QVERIFY2(stopped.err.contains("broken.sql:3: ERROR: "), stopped.err.constData());
        QVERIFY2(stopped.err.contains("missing"), stopped.err.constData());
        QCOMPARE(quarry({u"query"_s, m_url, u"SELECT count(*) FROM e"_s, u"--csv"_s}).out,
                 QByteArray("count(*)\r\n0\r\n"));

        QVERIFY(quarry({u"query"_s, m_url, u"DROP TABLE e"_s}).code == 0);
        const Run continued =
            quarry({u"query"_s, m_url, u"-f"_s, script, u"--continue-on-error"_s});
        QCOMPARE(continued.code, 1);
        QVERIFY2(continued.err.contains("broken.sql:3: ERROR: "), continued.err.constData());
        QCOMPARE(quarry({u"query"_s, m_url, u"SELECT count(*) FROM e"_s, u"--csv"_s}).out,
                 QByteArray("count(*)\r\n1\r\n"));
    }

    void runsPostgresScriptsLikePsql()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        const QString script = writeScript(
            u"pg.sql"_s, "\\set ON_ERROR_STOP on\n"
                         "CREATE TABLE p (n int, s text);\n"
                         "INSERT INTO p VALUES (1, E'it\\'s;'), (2, 'back\\slash');\n"
                         "CREATE FUNCTION twice(x int) RETURNS int LANGUAGE plpgsql AS $body$\n"
                         "BEGIN /* nested /* ; */ */ RETURN x * 2; END $body$;\n"
                         "CREATE FUNCTION thrice(x int) RETURNS int LANGUAGE sql\n"
                         "BEGIN ATOMIC SELECT x * 3; END;\n"
                         "SELECT s, twice(n), thrice(n) FROM p ORDER BY n;\n");
        const Run run = quarry({u"query"_s, scratch.url(), u"-f"_s, script, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("s,twice,thrice\r\nit's;,2,3\r\nback\\slash,4,6\r\n"));
        QVERIFY2(run.err.contains("pg.sql:1: note: psql meta-command \\set"), run.err.constData());
    }

    void refusesCopyDataBlocksClearly()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        const QString script = writeScript(u"copy.sql"_s, "CREATE TABLE c (n int);\n"
                                                          "COPY c (n) FROM stdin;\n1\n2\n\\.\n"
                                                          "SELECT count(*) AS n FROM c;\n");
        const Run stopped = quarry({u"query"_s, scratch.url(), u"-f"_s, script, u"--csv"_s});
        QCOMPARE(stopped.code, 1);
        QVERIFY2(stopped.err.contains("copy.sql:2: ERROR: COPY"), stopped.err.constData());
        QVERIFY2(stopped.err.contains("not supported"), stopped.err.constData());
        QVERIFY(stopped.out.isEmpty());
        // the data lines are not run as SQL: going on reaches the SELECT
        const Run continued = quarry(
            {u"query"_s, scratch.url(), u"-f"_s, script, u"--csv"_s, u"--continue-on-error"_s});
        QCOMPARE(continued.code, 1);
        QVERIFY2(continued.err.count("ERROR") == 2, continued.err.constData()); // table exists
        QCOMPARE(continued.out, QByteArray("n\r\n0\r\n"));
    }

    // %1 in a file name or in SQL is text: messages show it as typed.
    void percentPlaceholdersStayVerbatimInMessages()
    {
        const QString script = writeScript(u"odd%1.sql"_s, "SELECT 1;\nSELECT * FROM \"%1 %2\";\n");
        const Run run = quarry({u"query"_s, m_url, u"-f"_s, script});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("odd%1.sql:2: ERROR: "), run.err.constData());
        QVERIFY2(run.err.contains("no such table: %1 %2"), run.err.constData());
    }

    void invalidSqlExitsNonZeroWithMessage()
    {
        const Run run = quarry({u"query"_s, m_url, u"SELEC 1"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("syntax error"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // A script file without a statement is named as such: --file was given.
    void anEmptyScriptFileIsNamed()
    {
        for (const QByteArray &text : {QByteArray(), QByteArray("  \n-- nothing here\n")}) {
            const QString script = writeScript(u"empty.sql"_s, text);
            const Run run = quarry({u"query"_s, m_url, u"-f"_s, script});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(script.toUtf8()) && run.err.contains("no SQL statement") &&
                         !run.err.contains("--file"),
                     run.err.constData());
        }
    }

    void malformedUrlNamesTheScheme()
    {
        const Run run = quarry({u"query"_s, u"mysqlx://u:secret@h/db"_s, u"SELECT 1"_s});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("mysqlx"), run.err.constData());
        QVERIFY2(!run.err.contains("secret"), run.err.constData());
    }

    void listsTablesWithRowCounts()
    {
        const Run run = quarry({u"tables"_s, m_url, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("main,t,2\r\n"), run.out.constData());
    }

    void queriesPostgres()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        const Run run = quarry({u"query"_s, postgresUrl(),
                                u"SELECT g AS n FROM generate_series(1, 3) g"_s, u"--csv"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("n\r\n1\r\n2\r\n3\r\n"));
    }

    void wrongPostgresPasswordDoesNotLeakIt()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        QString url = postgresUrl();
        const QString password = u"Wr0ng-Pa55word"_s;
        const qsizetype at = url.indexOf(u'@');
        const qsizetype colon = url.lastIndexOf(u':', at);
        url = url.left(colon + 1) + password + url.mid(at);
        const Run run = quarry({u"query"_s, url, u"SELECT 1"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("password"), run.err.constData());
        QVERIFY2(!run.err.contains(password.toUtf8()), run.err.constData());
    }

    void reflectsTheSampleDatabase()
    {
        const QString url = u"sqlite:///"_s + m_dir.filePath(u"sample.db"_s);
        const Run made = quarry({u"query"_s, url, u"--file"_s,
                                 QStringLiteral(QUARRY_SOURCE_DIR "/resources/sample/sample.sql")});
        QVERIFY2(made.code == 0, made.err.constData());
        const Run text = quarry({u"reflect"_s, url});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("table main.books\n"), text.out.constData());
        QVERIFY(text.out.contains("FOREIGN KEY (author_id) -> authors(id)"));

        // --ddl rebuilds it elsewhere; --model saves a model that create-all reads back
        const Run ddl = quarry({u"reflect"_s, url, u"--ddl"_s});
        QVERIFY2(ddl.code == 0, ddl.err.constData());
        QVERIFY2(ddl.out.contains("CREATE TABLE \"main\".\"books\""), ddl.out.constData());
        const QString modelFile = m_dir.filePath(u"sample.json"_s);
        const Run saved = quarry({u"reflect"_s, url, u"--model"_s, modelFile});
        QVERIFY2(saved.code == 0, saved.err.constData());
        const QString copy = u"sqlite:///"_s + m_dir.filePath(u"copy.db"_s);
        const Run created = quarry({u"create-all"_s, copy, modelFile});
        QVERIFY2(created.code == 0, created.err.constData());
        const Run again = quarry({u"reflect"_s, copy, u"--ddl"_s});
        QCOMPARE(again.out, ddl.out);
    }

    void createAllDryRunPrintsTheDdlAndChangesNothing()
    {
        const QString url = u"sqlite:///"_s + m_dir.filePath(u"dry.db"_s);
        const Run run = quarry({u"create-all"_s, url, petsModel(), u"--dry-run"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("CREATE TABLE \"pet\""), run.out.constData());
        QVERIFY(run.out.contains("AUTOINCREMENT"));
        const Run tables = quarry({u"tables"_s, url, u"--csv"_s});
        QCOMPARE(tables.out, QByteArray("schema,table,rows\r\n"));
    }

    void createAllAndDropAllOnPostgres()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        ScratchDatabase scratch(Postgres);
        const Run created = quarry({u"create-all"_s, scratch.url(), petsModel()});
        QVERIFY2(created.code == 0, created.err.constData());
        const Run tables = quarry({u"tables"_s, scratch.url(), u"--csv"_s});
        QCOMPARE(tables.out, QByteArray("schema,table,rows\r\npublic,pet,0\r\npublic,user,0\r\n"));
        const Run dry = quarry({u"drop-all"_s, scratch.url(), petsModel(), u"--dry-run"_s});
        QVERIFY2(dry.out.contains("DROP TABLE IF EXISTS \"pet\""), dry.out.constData());
        const Run dropped = quarry({u"drop-all"_s, scratch.url(), petsModel()});
        QVERIFY2(dropped.code == 0, dropped.err.constData());
        QCOMPARE(quarry({u"tables"_s, scratch.url(), u"--csv"_s}).out,
                 QByteArray("schema,table,rows\r\n"));
    }

    void brokenModelFileNamesWhereAndWhat()
    {
        QFile model(m_dir.filePath(u"broken.json"_s));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": "strng"}]}]})");
        model.close();
        const Run run = quarry({u"create-all"_s, m_url, model.fileName()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("$.tables[0].columns[0].type"), run.err.constData());
        QVERIFY2(run.err.contains("strng"), run.err.constData());
    }

    // A mistyped command is not a database to open: without a display the GUI would abort.
    void unknownCommandIsAnErrorNamingTheCommands()
    {
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            headless.remove(QString::fromLatin1(name));
        const Run typo = quarry({u"imprt"_s, m_dir.filePath(u"x.csv"_s)}, headless);
        QCOMPARE(typo.code, 2);
        QVERIFY2(typo.err.contains("unknown command 'imprt'"), typo.err.constData());
        for (const char *command : {"query", "tables", "reflect", "diff", "migrate"})
            QVERIFY2(typo.err.contains(command), typo.err.constData());
        QVERIFY(typo.out.isEmpty());
        // A URL or an existing file is still for the desktop app (which cannot start without
        // a display, so only the message is checked).
        const Run url = quarry({u"sqlite:///nowhere.db"_s}, headless);
        QVERIFY2(!url.err.contains("unknown command"), url.err.constData());
        const Run file = quarry({m_dir.filePath(u"cli.db"_s)}, headless);
        QVERIFY2(!file.err.contains("unknown command"), file.err.constData());
    }

    void printsVersion()
    {
        const Run run = quarry({u"--version"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("quarry "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
