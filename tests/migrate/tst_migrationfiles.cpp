// SPDX-License-Identifier: MIT
// Migration files and folders without a database: the format, the chain, revision targets and
// the errors that name the broken file.
#include "migrate/migrationhistory.h"
#include "migrate/versiontable.h"
#include "schema/dialect.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

QString header(const QString &id, const QString &parent)
{
    return u"-- id: %1\n-- parent: %2\n-- message: step %1\n"_s.arg(id, parent);
}

QString migration(const QString &id, const QString &parent)
{
    return header(id, parent) + u"\n-- migrate:up\nCREATE TABLE t_%1 (a INTEGER);\n\n"
                                "-- migrate:down\nDROP TABLE t_%1;\n"_s.arg(id);
}

void write(const QString &dir, const QString &name, const QString &text)
{
    QFile file(QDir(dir).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

/// The message of the MigrationError \a action throws; empty when it throws none.
template<typename F> QString errorOf(F action)
{
    try {
        action();
    } catch (const MigrationError &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestMigrationFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersAndParsesBackTheSameMigration()
    {
        MigrationFile file;
        file.id = u"3f2a9c1b7d0e"_s;
        file.parent = u"1a2b3c4d5e6f"_s;
        file.message = u"add pet age"_s;
        file.created = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 5), QTimeZone::utc());
        file.dialect = u"postgresql"_s;
        file.upSql = u"ALTER TABLE pet ADD COLUMN age integer;\n"
                     "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ "
                     "LANGUAGE plpgsql;"_s;
        file.downSql = u"DROP FUNCTION f();\nALTER TABLE pet DROP COLUMN age;"_s;
        const QString text = file.render();
        QVERIFY(text.startsWith(u"-- id: 3f2a9c1b7d0e\n-- parent: 1a2b3c4d5e6f\n"_s));
        QVERIFY(text.contains(u"-- created: 2024-05-01T12:30:05Z\n"_s));
        QCOMPARE(MigrationFile::parse(text, u"x.sql"_s), file);
        QCOMPARE(file.upStatements().size(), 2); // the dollar-quoted body stays whole
        QCOMPARE(file.downStatements().size(), 2);
    }

    void acceptsFreeCommentsAndEmptySections()
    {
        const MigrationFile file = MigrationFile::parse(
            u"-- A note for people.\n-- id: first\n-- parent:\n\n-- migrate:up\n"
            "-- nothing yet\n-- migrate:down\n"_s,
            u"first.sql"_s);
        QCOMPARE(file.id, u"first"_s);
        QVERIFY(file.parent.isEmpty());
        QVERIFY(file.upStatements().isEmpty());
        QVERIFY(file.downStatements().isEmpty());
        QVERIFY(!file.created.isValid());
    }

    void newMigrationsFollowTheHead()
    {
        QTemporaryDir dir;
        write(dir.path(), u"a.sql"_s, migration(u"aaaa1"_s, {}));
        const MigrationHistory history = MigrationHistory::load(dir.path());
        const MigrationFile next = history.next(u"Add the Vet table!"_s);
        QCOMPARE(next.parent, u"aaaa1"_s);
        QCOMPARE(next.id.size(), 12);
        QVERIFY(next.path.endsWith(next.id + u"_add_the_vet_table.sql"_s));
        next.write();
        const MigrationHistory reread = MigrationHistory::load(dir.path());
        QCOMPARE(reread.headId(), next.id);
        QCOMPARE(reread.at(1).message, u"Add the Vet table!"_s);
        QCOMPARE(reread.at(1).created, next.created);
    }

    void ordersByParentsNotNames()
    {
        QTemporaryDir dir;
        write(dir.path(), u"1.sql"_s, migration(u"ccc"_s, u"bbb"_s));
        write(dir.path(), u"2.sql"_s, migration(u"aaa"_s, {}));
        write(dir.path(), u"3.sql"_s, migration(u"bbb"_s, u"aaa"_s));
        write(dir.path(), u"notes.txt"_s, u"not a migration"_s);
        const MigrationHistory history = MigrationHistory::load(dir.path());
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).id, u"aaa"_s);
        QCOMPARE(history.headId(), u"ccc"_s);
        QCOMPARE(history.resolve(u"head"_s, -1), 2);
        QCOMPARE(history.resolve(u"base"_s, 2), -1);
        QCOMPARE(history.resolve(u"+2"_s, -1), 1);
        QCOMPARE(history.resolve(u"-1"_s, 2), 1);
        QCOMPARE(history.resolve(u"bbb"_s, 0), 1);
        QVERIFY(errorOf([&] { history.resolve(u"+3"_s, 0); }).contains(u"past the head"_s));
        QVERIFY(errorOf([&] { history.resolve(u"+x"_s, 0); }).contains(u"relative"_s));
        QVERIFY(errorOf([&] { history.resolve(u"zzz"_s, 0); }).contains(u"unknown revision"_s));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString sections = u"\n-- migrate:up\nSELECT 1;\n-- migrate:down\n"_s;
        QTest::newRow("unknown key") << u"-- id: a\n-- parnet:\n"_s + sections
                                     << u"bad.sql:2: unknown header key 'parnet'"_s;
        QTest::newRow("no id") << u"-- parent:\n"_s + sections << u"bad.sql: no '-- id:'"_s;
        QTest::newRow("no parent") << u"-- id: a\n"_s + sections << u"no '-- parent:'"_s;
        QTest::newRow("bad id") << u"-- id: a b\n-- parent:\n"_s + sections
                                << u"bad.sql:1: invalid id 'a b'"_s;
        QTest::newRow("reserved id")
            << u"-- id: head\n-- parent:\n"_s + sections << u"invalid id 'head'"_s;
        QTest::newRow("twice") << u"-- id: a\n-- id: b\n-- parent:\n"_s + sections
                               << u"bad.sql:2: 'id:' appears twice"_s;
        QTest::newRow("bad time") << u"-- id: a\n-- parent:\n-- created: yesterday\n"_s + sections
                                  << u"not an ISO 8601 time"_s;
        QTest::newRow("bad dialect") << u"-- id: a\n-- parent:\n-- dialect: oracle\n"_s + sections
                                     << u"unknown dialect 'oracle'"_s;
        QTest::newRow("sql in header") << u"-- id: a\n-- parent:\nSELECT 1;\n"_s + sections
                                       << u"bad.sql:3: SQL before '-- migrate:up'"_s;
        QTest::newRow("no up") << u"-- id: a\n-- parent:\n"_s << u"no '-- migrate:up'"_s;
        QTest::newRow("no down") << u"-- id: a\n-- parent:\n-- migrate:up\nSELECT 1;\n"_s
                                 << u"no '-- migrate:down'"_s;
        QTest::newRow("down first") << u"-- id: a\n-- parent:\n-- migrate:down\n"_s
                                    << u"bad.sql:3: '-- migrate:down' before"_s;
        QTest::newRow("two ups") << u"-- id: a\n-- parent:\n-- migrate:up\n-- migrate:up\n"_s
                                 << u"bad.sql:4: a second '-- migrate:up'"_s;
        QTest::newRow("unknown section")
            << u"-- id: a\n-- parent:\n-- migrate:sideways\n"_s << u"unknown section 'sideways'"_s;
        QTest::newRow("own parent")
            << u"-- id: a\n-- parent: a\n"_s + sections << u"its own parent"_s;
        QTest::newRow("commit") << u"-- id: a\n-- parent:\n-- migrate:up\nCREATE TABLE t (a "
                                   "INTEGER);\nCOMMIT;\n-- migrate:down\n"_s
                                << u"the up section contains COMMIT"_s;
    }
    void rejectsBrokenFiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString message = errorOf([&] { MigrationFile::parse(text, u"bad.sql"_s); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void rejectsBrokenFolders_data()
    {
        QTest::addColumn<QStringList>("files"); // id, parent, id, parent …
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate id")
            << QStringList{u"a"_s, {}, u"a"_s, {}} << u"f0.sql and f1.sql both have id a"_s;
        QTest::newRow("missing parent") << QStringList{u"a"_s, {}, u"b"_s, u"gone"_s}
                                        << u"f1.sql: parent gone is not a migration in"_s;
        QTest::newRow("two roots") << QStringList{u"a"_s, {}, u"b"_s, {}}
                                   << u"f0.sql and f1.sql both have an empty parent"_s;
        QTest::newRow("branch") << QStringList{u"a"_s, {}, u"b"_s, u"a"_s, u"c"_s, u"a"_s}
                                << u"f1.sql and f2.sql both follow a: branches are not "
                                   "supported"_s;
        QTest::newRow("cycle") << QStringList{u"a"_s, u"c"_s, u"b"_s, u"a"_s, u"c"_s, u"b"_s}
                               << u"f0.sql, f1.sql, f2.sql form a cycle"_s;
        QTest::newRow("cycle beside a chain")
            << QStringList{u"r"_s, {}, u"x"_s, u"y"_s, u"y"_s, u"x"_s}
            << u"f1.sql, f2.sql form a cycle"_s;
    }
    void rejectsBrokenFolders()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        for (qsizetype i = 0; i + 1 < files.size(); i += 2)
            write(dir.path(), u"f%1.sql"_s.arg(i / 2), migration(files[i], files[i + 1]));
        const QString message = errorOf([&] { MigrationHistory::load(dir.path()); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void namesTheBrokenFileOfAFolder()
    {
        QTemporaryDir dir;
        write(dir.path(), u"good.sql"_s, migration(u"a"_s, {}));
        write(dir.path(), u"broken.sql"_s, u"-- id: b\n-- parent: a\n-- migrate:up\n"_s);
        const QString message = errorOf([&] { MigrationHistory::load(dir.path()); });
        QVERIFY2(message.contains(u"broken.sql: no '-- migrate:down'"_s), qPrintable(message));
        const QString missing = QDir(dir.path()).filePath(u"nope"_s);
        QVERIFY(errorOf([&] { MigrationHistory::load(missing); }).contains(u"does not exist"_s));
    }

    void scriptsShowBoundValuesAsComments()
    {
        const VersionTable table(Dialect::forKind(Dialect::Kind::Postgres));
        MigrationFile file;
        file.id = u"abc"_s;
        file.message = u"it's new"_s;
        const QDateTime at(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const QString script =
            migrationScript({table.insert(file, at), table.remove(u"abc"_s)}, {u"stamp abc"_s, {}});
        QCOMPARE(script, u"-- stamp abc\n"
                         "INSERT INTO \"quarry_migrations\" (\"id\", \"parent\", \"message\", "
                         "\"applied_at\") VALUES ($1, $2, $3, $4);\n"
                         "-- $1 = 'abc', $2 = NULL, $3 = 'it''s new', "
                         "$4 = '2024-01-02T03:04:05.000Z'\n\n"
                         "DELETE FROM \"quarry_migrations\" WHERE \"id\" = $1;\n"
                         "-- $1 = 'abc'\n\n"_s);
    }

    void currentRevisionIsTheRowNoOtherRowFollows()
    {
        const VersionTable table(Dialect::forKind(Dialect::Kind::Sqlite));
        QList<AppliedMigration> rows;
        QCOMPARE(table.currentOf(rows), QString());
        rows.append(AppliedMigration{.id = u"b"_s, .parent = u"a"_s});
        rows.append(AppliedMigration{.id = u"a"_s});
        QCOMPARE(table.currentOf(rows), u"b"_s);
        rows.append(AppliedMigration{.id = u"c"_s, .parent = u"a"_s});
        QVERIFY(errorOf([&] { table.currentOf(rows); }).contains(u"inconsistent"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrationFiles)
#include "tst_migrationfiles.moc"
