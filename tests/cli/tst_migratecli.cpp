// SPDX-License-Identifier: MIT
// `quarry diff` and `quarry migrate …` as a user runs them: output, files, exit codes, messages.
#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry::Test;

namespace {

QString resource(const QString &path)
{
    return QStringLiteral(QUARRY_SOURCE_DIR "/resources/") + path;
}

QByteArray describe(const Run &run)
{
    return "exit " + QByteArray::number(run.code) + "\nstdout:\n" + run.out + "\nstderr:\n" +
           run.err;
}

/// Puts SQL into the sections of the migration file at \a path (written by `migrate new`).
void fillSections(const QString &path, const QString &up, const QString &down)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(u"-- migrate:up\n"_s, u"-- migrate:up\n"_s + up + u'\n');
    text.replace(u"-- migrate:down\n"_s, u"-- migrate:down\n"_s + down + u'\n');
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void writeModel(const QString &path, const QString &table)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(u"{\"version\": 1, \"naming\": false, \"tables\": [{\"name\": \"%1\", "
               u"\"primaryKey\": \"integer\", "
               "\"columns\": [{\"name\": \"name\", \"type\": \"text\"}]}]}"_s.arg(table)
                   .toUtf8());
}

/// The path `migrate new` printed ("wrote PATH").
QString writtenPath(const Run &run)
{
    const QString out = QString::fromUtf8(run.out).trimmed();
    return out.startsWith(u"wrote "_s) ? out.mid(6) : QString();
}

} // namespace

class TestMigrateCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sampleUrl;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sampleUrl = u"sqlite:///"_s + path(u"sample.db"_s);
        const Run loaded =
            quarry({u"query"_s, m_sampleUrl, u"--file"_s, resource(u"sample/sample.sql"_s)});
        QVERIFY2(loaded.code == 0, describe(loaded).constData());
    }

    void diffsTheSampleDatabaseAgainstAModel()
    {
        // Against its own reflection: equal.
        const QString model = path(u"sample.json"_s);
        const Run saved = quarry({u"reflect"_s, m_sampleUrl, u"--model"_s, model});
        QVERIFY2(saved.code == 0, describe(saved).constData());
        const Run same = quarry({u"diff"_s, m_sampleUrl, model, u"--exit-code"_s});
        QVERIFY2(same.code == 0, describe(same).constData());
        QCOMPARE(same.out, QByteArray("no differences\n"));

        // Against another model: pets' tables created, the bookshop's dropped (marked !).
        const Run other = quarry({u"diff"_s, m_sampleUrl, resource(u"models/pets.json"_s)});
        QVERIFY2(other.code == 0, describe(other).constData());
        QVERIFY2(other.out.contains("CREATE TABLE \"pet\""), other.out.constData());
        QVERIFY2(other.out.contains("\n! "), other.out.constData());
        QVERIFY2(other.out.contains("destructive (marked !)"), other.out.constData());
        const Run code =
            quarry({u"diff"_s, m_sampleUrl, resource(u"models/pets.json"_s), u"--exit-code"_s});
        QCOMPARE(code.code, 3);

        const Run json =
            quarry({u"diff"_s, resource(u"models/pets.json"_s), m_sampleUrl, u"--json"_s});
        QVERIFY2(json.code == 0, describe(json).constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root[u"dialect"_s].toString(), u"sqlite"_s);
        QCOMPARE(root[u"equal"_s].toBool(), false);
        QCOMPARE(root[u"destructive"_s].toBool(), true);
        const QJsonArray steps = root[u"steps"_s].toArray();
        QVERIFY(!steps.isEmpty());
        QStringList kinds;
        for (const QJsonValue &step : steps)
            kinds.append(step[u"kind"_s].toString());
        QVERIFY2(kinds.contains(u"create-table"_s) && kinds.contains(u"drop-table"_s),
                 qPrintable(kinds.join(u' ')));
        QVERIFY(steps[0].toObject()[u"sql"_s].isArray());
    }

    void diffsTwoModelsForADialect()
    {
        const QString pets = resource(u"models/pets.json"_s);
        const Run noDialect = quarry({u"diff"_s, pets, pets});
        QCOMPARE(noDialect.code, 2);
        QVERIFY2(noDialect.err.contains("--dialect"), noDialect.err.constData());
        const Run equal = quarry({u"diff"_s, pets, pets, u"--dialect"_s, u"postgresql"_s});
        QVERIFY2(equal.code == 0, describe(equal).constData());
        QCOMPARE(equal.out, QByteArray("no differences\n"));
        const QString animal = path(u"animal.json"_s);
        const QString creature = path(u"creature.json"_s);
        writeModel(animal, u"animal"_s);
        writeModel(creature, u"creature"_s);
        const Run renamed = quarry({u"diff"_s, animal, creature, u"--dialect"_s, u"sqlite"_s,
                                    u"--rename-table"_s, u"animal=creature"_s});
        QVERIFY2(renamed.code == 0, describe(renamed).constData());
        QVERIFY2(renamed.out.contains("RENAME TO \"creature\"") &&
                     renamed.out.endsWith("\n1 change\n"),
                 renamed.out.constData());
    }

    void runsTheMigrationWorkflowOnSqlite()
    {
        const QString dir = path(u"migrations"_s);
        const QString url = u"sqlite:///"_s + path(u"workflow.db"_s);
        const Run created =
            quarry({u"migrate"_s, u"new"_s, u"--dir"_s, dir, u"-m"_s, u"create owner"_s});
        QVERIFY2(created.code == 0, describe(created).constData());
        const QString first = writtenPath(created);
        QVERIFY2(QFile::exists(first), created.out.constData());
        fillSections(first, u"CREATE TABLE owner (id INTEGER PRIMARY KEY, name TEXT);"_s,
                     u"DROP TABLE owner;"_s);

        Run status = quarry({u"migrate"_s, u"status"_s, url, u"--dir"_s, dir});
        QVERIFY2(status.code == 0, describe(status).constData());
        QVERIFY2(status.out.startsWith("no version information"), status.out.constData());

        const Run sql = quarry({u"migrate"_s, u"upgrade"_s, url, u"--dir"_s, dir, u"--sql"_s});
        QVERIFY2(sql.code == 0, describe(sql).constData());
        QVERIFY2(sql.out.contains("CREATE TABLE owner"), sql.out.constData());
        QVERIFY2(sql.out.contains("-- $1 = '"), sql.out.constData());
        const Run tables = quarry({u"tables"_s, url, u"--csv"_s});
        QVERIFY2(!tables.out.contains("owner"), tables.out.constData()); // --sql ran nothing

        // Autogenerate the next one from a model: the database must be at head first.
        const Run notAtHead =
            quarry({u"migrate"_s, u"new"_s, url, u"--dir"_s, dir, u"-m"_s, u"pets"_s,
                    u"--autogenerate"_s, u"--model"_s, resource(u"models/pets.json"_s)});
        QCOMPARE(notAtHead.code, 1);
        QVERIFY2(notAtHead.err.contains("upgrade it first"), notAtHead.err.constData());
        const Run up = quarry({u"migrate"_s, u"upgrade"_s, url, u"--dir"_s, dir});
        QVERIFY2(up.code == 0, describe(up).constData());
        QVERIFY2(up.out.contains("upgraded"), up.out.constData());
        const Run generated =
            quarry({u"migrate"_s, u"new"_s, url, u"--dir"_s, dir, u"-m"_s, u"pets"_s,
                    u"--autogenerate"_s, u"--model"_s, resource(u"models/pets.json"_s)});
        QVERIFY2(generated.code == 0, describe(generated).constData());
        QFile second(writtenPath(generated));
        QVERIFY(second.open(QIODevice::ReadOnly));
        const QByteArray text = second.readAll();
        QVERIFY2(text.contains("-- dialect: sqlite") && text.contains("CREATE TABLE \"pet\""),
                 text.constData());
        QVERIFY2(text.contains("-- ! drop table"), text.constData()); // owner is not in the model

        status = quarry({u"migrate"_s, u"status"_s, url, u"--dir"_s, dir, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out).object()[u"pending"_s].toInt(), 1);
        QVERIFY2(quarry({u"migrate"_s, u"upgrade"_s, url, u"--dir"_s, dir}).code == 0,
                 "second upgrade");
        status = quarry({u"migrate"_s, u"status"_s, url, u"--dir"_s, dir});
        QVERIFY2(status.out.startsWith("up to date"), status.out.constData());
        const Run same = quarry({u"diff"_s, url, resource(u"models/pets.json"_s)});
        QCOMPARE(same.out, QByteArray("no differences\n"));

        const Run history = quarry({u"migrate"_s, u"history"_s, url, u"--dir"_s, dir});
        QVERIFY2(history.code == 0, describe(history).constData());
        const QList<QByteArray> lines = history.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith("[x] ") && lines[0].contains("create owner"),
                 history.out.constData());
        QVERIFY2(lines[1].contains("<- current") && lines[1].contains("<- head"),
                 history.out.constData());

        const Run down = quarry({u"migrate"_s, u"downgrade"_s, url, u"--dir"_s, dir, u"-1"_s});
        QVERIFY2(down.code == 0, describe(down).constData());
        QVERIFY2(down.out.contains("downgraded") && down.out.contains("now at"),
                 down.out.constData());
        const Run back = quarry({u"tables"_s, url, u"--csv"_s});
        QVERIFY2(back.out.contains("owner") && !back.out.contains(",pet,"), back.out.constData());
        QCOMPARE(quarry({u"migrate"_s, u"downgrade"_s, url, u"--dir"_s, dir, u"base"_s}).code, 0);
        status = quarry({u"migrate"_s, u"status"_s, url, u"--dir"_s, dir});
        QVERIFY2(status.out.startsWith("no version information"), status.out.constData());
    }

    void upgradesPostgres()
    {
        if (postgresUrl().isEmpty()) {
            if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
                QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
            QSKIP("no PostgreSQL server");
        }
        ScratchDatabase scratch(Postgres);
        const QString dir = path(u"pg"_s);
        const Run created = quarry({u"migrate"_s, u"new"_s, u"--dir"_s, dir, u"-m"_s, u"schema"_s});
        QVERIFY2(created.code == 0, describe(created).constData());
        fillSections(writtenPath(created),
                     u"CREATE TABLE tag (id serial PRIMARY KEY, name text NOT NULL);\n"
                     "CREATE FUNCTION tag_upper() RETURNS trigger AS $$ BEGIN NEW.name := "
                     "upper(NEW.name); RETURN NEW; END; $$ LANGUAGE plpgsql;"_s,
                     u"DROP TABLE tag;\nDROP FUNCTION tag_upper();"_s);
        const Run up = quarry({u"migrate"_s, u"upgrade"_s, scratch.url(), u"--dir"_s, dir});
        QVERIFY2(up.code == 0, describe(up).constData());
        const Run status =
            quarry({u"migrate"_s, u"status"_s, scratch.url(), u"--dir"_s, dir, u"--json"_s});
        QVERIFY2(status.code == 0, describe(status).constData());
        QCOMPARE(QJsonDocument::fromJson(status.out).object()[u"status"_s].toString(),
                 u"up-to-date"_s);
        const Run tags =
            quarry({u"query"_s, scratch.url(),
                    u"SELECT count(*) FROM pg_proc WHERE proname = 'tag_upper'"_s, u"--csv"_s});
        QCOMPARE(tags.out, QByteArray("count\r\n1\r\n"));
        const Run down =
            quarry({u"migrate"_s, u"downgrade"_s, scratch.url(), u"--dir"_s, dir, u"base"_s});
        QVERIFY2(down.code == 0, describe(down).constData());
        QVERIFY2(down.out.contains("now at base"), down.out.constData());
    }

    void badInputGetsAClearMessage()
    {
        const QString url = u"sqlite:///"_s + path(u"bad.db"_s);
        const QString missing = path(u"no-such-folder"_s);
        Run run = quarry({u"migrate"_s, u"status"_s, url, u"--dir"_s, missing});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("no-such-folder") && run.err.contains("does not exist"),
                 run.err.constData());

        run = quarry({u"migrate"_s, u"status"_s, url});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("--dir"), run.err.constData());

        const QString broken = path(u"broken"_s);
        QVERIFY(QDir().mkpath(broken));
        QFile file(QDir(broken).filePath(u"x.sql"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- id: x\n-- parent:\n-- migrate:up\nSELECT 1;\n");
        file.close();
        run = quarry({u"migrate"_s, u"upgrade"_s, url, u"--dir"_s, broken});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("x.sql: no '-- migrate:down'"), run.err.constData());

        run = quarry({u"migrate"_s, u"status"_s, u"mysqlx://u:secret@h/db"_s, u"--dir"_s,
                      path(u"migrations"_s)});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("mysqlx") && !run.err.contains("secret"), run.err.constData());

        run = quarry({u"diff"_s, url, path(u"nope.json"_s)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("nope.json") && run.err.contains("neither"), run.err.constData());
        run = quarry({u"diff"_s, url, url, u"--rename-table"_s, u"oops"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("OLD=NEW"), run.err.constData());

        if (!postgresUrl().isEmpty()) {
            QString bad = postgresUrl();
            const qsizetype at = bad.indexOf(u'@');
            bad = bad.left(bad.lastIndexOf(u':', at) + 1) + u"Wr0ng-Pa55"_s + bad.mid(at);
            run = quarry({u"diff"_s, bad, resource(u"models/pets.json"_s)});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains("password") && !run.err.contains("Wr0ng-Pa55"),
                     run.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrateCli)
#include "tst_migratecli.moc"
