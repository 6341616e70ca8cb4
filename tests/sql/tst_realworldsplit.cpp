// SPDX-License-Identifier: MIT
// ScriptSplitter on SQL written by others, against the engines' own statement boundaries:
// psql's (its --log-file records each query exactly as sent) for PostgreSQL 15's own scripts
// and the Debian schema files; sqlite3_prepare_v2()'s tail for the SQLite schema files.
#include "testsupport.h"

#include "sql/scriptsplitter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString realworldFile(const QString &path)
{
    const QString dir = qEnvironmentVariable("QUARRY_REALWORLD_DIR");
    return dir.isEmpty() ? QString() : dir + u"/root/usr/share/"_s + path;
}

/// A statement as the engine shell saw it: without leading blanks/comments and the semicolon,
/// and without empty lines (psql leaves those out of its query buffer outside quotes).
QString normalized(QStringView sql)
{
    for (;;) {
        sql = sql.trimmed();
        if (sql.startsWith(u"--")) {
            const qsizetype eol = sql.indexOf(u'\n');
            sql = eol < 0 ? QStringView() : sql.sliced(eol + 1);
        } else if (sql.startsWith(u"/*")) {
            const qsizetype end = sql.indexOf(u"*/");
            sql = end < 0 ? QStringView() : sql.sliced(end + 2);
        } else {
            break;
        }
    }
    while (sql.endsWith(u';'))
        sql = sql.chopped(1).trimmed();
    QString out = sql.toString();
    out.replace(u"\r\n"_s, u"\n"_s);
    while (out.contains(u"\n\n"_s))
        out.replace(u"\n\n"_s, u"\n"_s);
    return out;
}

QStringList sqlPieces(const QList<ScriptStatement> &statements)
{
    QStringList out;
    for (const ScriptStatement &s : statements) {
        if (s.kind == ScriptStatement::Kind::Sql)
            out.append(normalized(s.text));
    }
    return out;
}

/// Where two lists of statements first differ, for the failure message.
QByteArray firstDifference(const QStringList &ours, const QStringList &theirs)
{
    for (qsizetype i = 0; i < std::max(ours.size(), theirs.size()); ++i) {
        const QString a = ours.value(i);
        const QString b = theirs.value(i);
        if (a == b)
            continue;
        qsizetype at = 0;
        while (at < a.size() && at < b.size() && a[at] == b[at])
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 120);
        const QString message =
            u"statement %1 of %2/%3, from character %4\n ours:   %5\n theirs: %6"_s.arg(i)
                .arg(ours.size())
                .arg(theirs.size())
                .arg(from)
                .arg(a.mid(from, 240), b.mid(from, 240));
        return message.toUtf8();
    }
    return {};
}

/// Each statement sqlite3 itself finds, by the prepare loop's tail, run in a memory database
/// so that later statements see the tables earlier ones made.
QStringList sqliteStatements(const QString &script)
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    const QByteArray utf8 = script.toUtf8();
    const char *tail = utf8.constData();
    const char *end = tail + utf8.size();
    QStringList out;
    while (tail < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *start = tail;
        if (sqlite3_prepare_v2(db, start, int(end - start), &stmt, &tail) != SQLITE_OK) {
            out.append(u"sqlite3 error: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
            break;
        }
        if (!stmt)
            continue; // blanks and comments only
        while (sqlite3_step(stmt) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        out.append(normalized(QString::fromUtf8(start, int(tail - start))));
    }
    sqlite3_close(db);
    return out;
}

struct PsqlScript {
    QString name;
    QString text;
};

/// Runs every script through one psql session (read-only, so nothing they do stays) and
/// returns the queries psql sent for each, from its log file. Backslash lines are blanked in
/// psql's copy (`\echo … \quit` would end the session); the splitter sees them as they are.
QList<QStringList> psqlStatements(const QList<PsqlScript> &scripts, const QString &url,
                                  QString &error)
{
    QTemporaryDir dir;
    QStringList arguments{u"-X"_s, u"-q"_s, u"-d"_s, url, u"-L"_s, dir.filePath(u"log"_s)};
    static const QRegularExpression meta(u"^[ \\t]*\\\\.*$"_s, QRegularExpression::MultilineOption);
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        const QString path = dir.filePath(QString::number(i) + u".sql"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString text = scripts[i].text;
        file.write(text.replace(meta, QString()).toUtf8());
        arguments << u"-c"_s << u"SELECT 'quarry-script-%1'"_s.arg(i) << u"-f"_s << path;
    }
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGOPTIONS"_s, u"-c default_transaction_read_only=on -c statement_timeout=10s"_s);
    psql.setProcessEnvironment(env);
    psql.setStandardOutputFile(QProcess::nullDevice());
    psql.setStandardErrorFile(QProcess::nullDevice());
    psql.start(u"psql"_s, arguments);
    if (!psql.waitForFinished(120'000) || psql.exitStatus() != QProcess::NormalExit) {
        error = u"psql did not run: "_s + psql.errorString();
        return {};
    }
    const QString log = readText(dir.filePath(u"log"_s));
    const QString open = u"********* QUERY **********\n"_s;
    const QString close = u"\n**************************\n"_s;
    QList<QStringList> out;
    for (qsizetype at = log.indexOf(open); at >= 0; at = log.indexOf(open, at)) {
        at += open.size();
        const qsizetype stop = log.indexOf(close, at);
        const QString query = log.sliced(at, stop - at);
        if (query.startsWith(u"SELECT 'quarry-script-"_s))
            out.append(QStringList());
        else if (!out.isEmpty())
            out.last().append(normalized(query));
        at = stop;
    }
    if (out.size() != scripts.size())
        error = u"psql's log holds %1 of %2 scripts"_s.arg(out.size()).arg(scripts.size());
    return out;
}

QList<PsqlScript> postgresScripts()
{
    QList<PsqlScript> out;
    const QString share = u"/usr/share/postgresql/15"_s;
    for (const QString &sub : {QString(), u"/extension"_s}) {
        const QDir dir(share + sub);
        for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
            out.append({u"postgresql-15"_s + sub + u'/' + name, readText(dir.filePath(name))});
    }
    for (const QString &path :
         {u"roundcube/SQL/postgres.initial.sql"_s, u"pdns-backend-pgsql/schema/schema.pgsql.sql"_s,
          u"icinga2-ido-pgsql/schema/pgsql.sql"_s}) {
        out.append({path, readText(realworldFile(path))});
    }
    return out;
}

} // namespace

class TestRealWorldSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPsqlOnPostgresScripts()
    {
        if (postgresUrl().isEmpty())
            QSKIP("no PostgreSQL server");
        if (QStandardPaths::findExecutable(u"psql"_s).isEmpty())
            QSKIP("psql is not installed");
        const QList<PsqlScript> scripts = postgresScripts();
        for (const PsqlScript &script : scripts)
            QVERIFY2(!script.text.isEmpty(), qPrintable(u"missing test material "_s + script.name));
        QVERIFY2(scripts.size() > 100, "PostgreSQL 15's scripts are not installed");

        ScratchDatabase scratch(Postgres);
        QString error;
        const QList<QStringList> reference = psqlStatements(scripts, scratch.url(), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ScriptSplitter splitter(Dialect::Kind::Postgres);
        qsizetype statements = 0;
        qsizetype metaLines = 0;
        for (qsizetype i = 0; i < scripts.size(); ++i) {
            const QList<ScriptStatement> pieces = splitter.split(scripts[i].text);
            const QStringList ours = sqlPieces(pieces);
            QVERIFY2(ours == reference[i],
                     qPrintable(scripts[i].name + u": "_s +
                                QString::fromUtf8(firstDifference(ours, reference[i]))));
            statements += ours.size();
            for (const ScriptStatement &piece : pieces) {
                if (piece.kind != ScriptStatement::Kind::PsqlMeta)
                    continue;
                ++metaLines;
                QVERIFY(piece.text.startsWith(u'\\'));
                QCOMPARE(scripts[i].text.mid(piece.begin, piece.end - piece.begin), piece.text);
            }
        }
        qInfo("%lld PostgreSQL scripts, %lld statements, %lld psql meta-commands: as psql",
              qlonglong(scripts.size()), qlonglong(statements), qlonglong(metaLines));
    }

    void matchesSqliteOnSqliteScripts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("roundcube") << u"roundcube/SQL/sqlite.initial.sql"_s;
        QTest::newRow("pdns") << u"pdns-backend-sqlite3/schema/schema.sqlite3.sql"_s;
    }
    void matchesSqliteOnSqliteScripts()
    {
        QFETCH(QString, path);
        const QString script = readText(realworldFile(path));
        QVERIFY2(!script.isEmpty(), qPrintable(u"missing test material "_s + path));
        const QStringList ours = sqlPieces(ScriptSplitter(Dialect::Kind::Sqlite).split(script));
        const QStringList theirs = sqliteStatements(script);
        QVERIFY2(ours == theirs, firstDifference(ours, theirs).constData());
        qInfo("%s: %lld statements, as sqlite3", qPrintable(path), qlonglong(ours.size()));
    }
};

QTEST_GUILESS_MAIN(TestRealWorldSplit)
#include "tst_realworldsplit.moc"
