// SPDX-License-Identifier: MIT
// Reflect → DDL → apply to an empty database → reflect again gives equal metadata, on schemas
// written by others (Debian packages, fetched by tests/realworld/fetch.sh) on both engines.
#include "testsupport.h"

#include "database/database.h"
#include "model/modelfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString realworldFile(const QString &path)
{
    return qEnvironmentVariable("QUARRY_REALWORLD_DIR") + u"/root/usr/share/"_s + path;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The World sample is written for MySQL: turn its three tables into standard SQL with the
// secondary indexes as CREATE INDEX.
QString worldSchema()
{
    QString sql = readText(realworldFile(u"mysql/mysql-test/include/world_schema.inc"_s));
    if (sql.isEmpty())
        return {};
    sql.replace(QRegularExpression(u"int\\(11\\)"_s), u"integer"_s);
    // MySQL does not enforce float(M,D) bounds (Percentage holds 100.0 in a float(3,1))
    sql.replace(QRegularExpression(u"float\\(\\d+,\\d+\\)"_s), u"double precision"_s);
    sql.replace(u" auto_increment"_s, QString());
    sql.replace(u"UNIQUE INDEX"_s, u"UNIQUE"_s);
    QString indexes;
    QString table;
    QStringList lines;
    static const QRegularExpression createTable(u"^CREATE TABLE (\\w+)"_s);
    static const QRegularExpression index(u"^\\s*INDEX \\((\\w+)\\),?\\s*$"_s);
    for (const QString &line : sql.split(u'\n')) {
        if (const auto m = createTable.match(line); m.hasMatch())
            table = m.captured(1);
        if (const auto m = index.match(line); m.hasMatch()) {
            indexes += u"CREATE INDEX ix_%1_%2 ON %1 (%2);\n"_s.arg(table, m.captured(1));
            continue;
        }
        lines.append(line);
    }
    sql = lines.join(u'\n');
    sql.replace(QRegularExpression(u",\\s*\\n\\)"_s), u"\n)"_s);
    return sql + u'\n' + indexes;
}

QString worldData()
{
    QString sql = readText(realworldFile(u"mysql/mysql-test/include/world.inc"_s));
    sql.replace(QRegularExpression(u"^#.*$"_s, QRegularExpression::MultilineOption), QString());
    sql.replace(u"INSERT IGNORE INTO"_s, u"INSERT INTO"_s);
    sql.replace(QRegularExpression(u"^ANALYZE TABLE.*$"_s, QRegularExpression::MultilineOption),
                QString());
    return sql;
}

// Points at the first difference of two metadata, as lines of their model JSON.
QByteArray firstDifference(const Metadata &a, const Metadata &b)
{
    const QList<QByteArray> left = saveModel(a).split('\n');
    const QList<QByteArray> right = saveModel(b).split('\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i)) {
            QByteArray out = "line " + QByteArray::number(i + 1) + ":\n";
            for (qsizetype j = std::max<qsizetype>(0, i - 12); j < i; ++j)
                out += "   " + left.value(j) + '\n';
            return out + " - " + left.value(i) + "\n + " + right.value(i);
        }
    }
    return "(metadata differ outside the model file)";
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("QUARRY_REALWORLD_DIR"))
            QSKIP("QUARRY_REALWORLD_DIR is not set (ctest sets it after fetching the material)");
    }

    void roundTripHolds_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("tables");
        const auto add = [](const char *name, Engine engine, const QString &path, int tables) {
            QTest::newRow(name) << int(engine) << path << tables;
        };
        add("roundcube-sqlite", Sqlite, u"roundcube/SQL/sqlite.initial.sql"_s, 17);
        add("roundcube-pg", Postgres, u"roundcube/SQL/postgres.initial.sql"_s, 17);
        add("pdns-sqlite", Sqlite, u"pdns-backend-sqlite3/schema/schema.sqlite3.sql"_s, 7);
        add("pdns-pg", Postgres, u"pdns-backend-pgsql/schema/schema.pgsql.sql"_s, 7);
        add("icinga2-pg", Postgres, u"icinga2-ido-pgsql/schema/pgsql.sql"_s, 61);
        add("world-sqlite", Sqlite, u"world"_s, 3);
        add("world-pg", Postgres, u"world"_s, 3);
    }
    void roundTripHolds()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(QString, script);
        QFETCH(int, tables);
        const bool world = script == u"world"_s;
        const QString sql = world ? worldSchema() : readText(realworldFile(script));
        QVERIFY2(!sql.isEmpty(), qPrintable(u"missing test material "_s + script));

        ScratchDatabase original(e);
        Database source(original.url());
        await(source.session().execute(sql));
        if (world) {
            await(source.session().execute(worldData()));
            QCOMPARE(await(source.session().scalar(u"SELECT count(*) FROM City"_s)).toInt(), 4079);
        }
        const Metadata reflected = await(source.reflect());
        QCOMPARE(reflected.tableCount(), qsizetype(tables));

        // through a model file and back, into an empty database
        const Metadata model = parseModel(saveModel(reflected), u"roundtrip"_s);
        QVERIFY2(model == reflected, firstDifference(reflected, model).constData());
        ScratchDatabase copy(e);
        Database target(copy.url());
        await(target.createAll(model, {.checkFirst = false}));
        const Metadata again = await(target.reflect());
        QVERIFY2(again == reflected, firstDifference(reflected, again).constData());

        await(target.dropAll(model));
        QCOMPARE(await(target.tableNames()), QStringList());
        await(source.close());
        await(target.close());
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
