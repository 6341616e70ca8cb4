// SPDX-License-Identifier: MIT
#include "connection/errors.h"
#include "url/databaseurl.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Quarry::ConfigurationError;
using Quarry::DatabaseUrl;
using Backend = DatabaseUrl::Backend;

namespace {

// The message of the ConfigurationError that parsing \a text throws; empty if none.
QString parseError(const QString &text)
{
    try {
        DatabaseUrl::parse(text);
    } catch (const ConfigurationError &error) {
        return error.message();
    }
    return {};
}

QStringList flatQuery(const DatabaseUrl &url)
{
    QStringList flat;
    for (const auto &[key, value] : url.query())
        flat << key << value;
    return flat;
}

// The tests' own encoder, independent of the library's: everything but unreserved characters
// (and \a keep) as UTF-8 percent escapes.
QString percentEncode(const QString &text, QStringView keep = {})
{
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved || (c > 0 && keep.contains(QLatin1Char(c))))
            out += QLatin1Char(c);
        else
            out += u'%' + QString::number(uchar(c), 16).toUpper().rightJustified(2, u'0');
    }
    return out;
}

} // namespace

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void roundTripsValidUrls_data() { parsesValidUrls_data(); }
    void roundTripsValidUrls();
    void roundTripsRandomComponents();
    void formatsCanonically_data();
    void formatsCanonically();
    void mapsEverySchemeSpelling_data();
    void mapsEverySchemeSpelling();
    void rejectsMalformedUrls_data();
    void rejectsMalformedUrls();
    void redactsPassword_data();
    void redactsPassword();
    void setPasswordSetsHasPassword();
    void queryValueTakesLastDuplicate();
    void keepsPlusInQueryValues();
    void defaultIsInMemorySqlite();
    void postgresIsNeverInMemory();
    void setDatabaseChangesPath();
    void neverShowsAMarkedSecret();
    void knowsSecretParameters();
    void dropsSecretsForKeeping();
};

void TestDatabaseUrl::parsesValidUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("isMemory");
    QTest::addColumn<QStringList>("query");

    const int sqlite = int(Backend::Sqlite);
    const int pg = int(Backend::Postgres);
    const int qt = int(Backend::QtSql);
    const QString none;
    const QStringList noQuery;

    // SQLite
    QTest::newRow("sqlite memory, bare") << u"sqlite://"_s << sqlite << none << none << none
                                         << false << none << -1 << none << true << noQuery;
    QTest::newRow("sqlite memory, :memory:")
        << u"sqlite:///:memory:"_s << sqlite << none << none << none << false << none << -1 << none
        << true << noQuery;
    QTest::newRow("sqlite memory, empty path") << u"sqlite:///"_s << sqlite << none << none << none
                                               << false << none << -1 << none << true << noQuery;
    QTest::newRow("sqlite memory with query")
        << u"sqlite://?cache=shared"_s << sqlite << none << none << none << false << none << -1
        << none << true << QStringList{u"cache"_s, u"shared"_s};
    QTest::newRow("sqlite relative path") << u"sqlite:///rel.db"_s << sqlite << none << none << none
                                          << false << none << -1 << u"rel.db"_s << false << noQuery;
    QTest::newRow("sqlite relative subdirectory")
        << u"sqlite:///data/app.sqlite3"_s << sqlite << none << none << none << false << none << -1
        << u"data/app.sqlite3"_s << false << noQuery;
    QTest::newRow("sqlite absolute path")
        << u"sqlite:////abs/path.db"_s << sqlite << none << none << none << false << none << -1
        << u"/abs/path.db"_s << false << noQuery;
    QTest::newRow("sqlite windows path")
        << u"sqlite:///C:/data/x.db"_s << sqlite << none << none << none << false << none << -1
        << u"C:/data/x.db"_s << false << noQuery;
    QTest::newRow("sqlite+aiosqlite")
        << u"sqlite+aiosqlite:///rel.db"_s << sqlite << none << none << none << false << none << -1
        << u"rel.db"_s << false << noQuery;
    QTest::newRow("sqlite+pysqlite")
        << u"sqlite+pysqlite:////tmp/x.db"_s << sqlite << none << none << none << false << none
        << -1 << u"/tmp/x.db"_s << false << noQuery;
    QTest::newRow("sqlite upper-case scheme")
        << u"SQLite:///x.db"_s << sqlite << none << none << none << false << none << -1 << u"x.db"_s
        << false << noQuery;
    QTest::newRow("sqlite percent-encoded space")
        << u"sqlite:////home/me/my%20file.db"_s << sqlite << none << none << none << false << none
        << -1 << u"/home/me/my file.db"_s << false << noQuery;
    QTest::newRow("sqlite percent-encoded non-ASCII")
        << u"sqlite:///d%C3%A9j%C3%A0%20vu.db"_s << sqlite << none << none << none << false << none
        << -1 << u"déjà vu.db"_s << false << noQuery;
    QTest::newRow("sqlite raw non-ASCII")
        << u"sqlite:///données/日本.db"_s << sqlite << none << none << none << false << none << -1
        << u"données/日本.db"_s << false << noQuery;
    QTest::newRow("sqlite encoded question mark and percent")
        << u"sqlite:///what%3F%25.db"_s << sqlite << none << none << none << false << none << -1
        << u"what?%.db"_s << false << noQuery;
    QTest::newRow("sqlite plus and at in path")
        << u"sqlite:///a+b@c.db"_s << sqlite << none << none << none << false << none << -1
        << u"a+b@c.db"_s << false << noQuery;
    QTest::newRow("sqlite uri parameters")
        << u"sqlite:///x.db?mode=ro&cache=private&immutable=1&vfs=unix-dotfile"_s << sqlite << none
        << none << none << false << none << -1 << u"x.db"_s << false
        << QStringList{u"mode"_s,      u"ro"_s, u"cache"_s, u"private"_s,
                       u"immutable"_s, u"1"_s,  u"vfs"_s,   u"unix-dotfile"_s};
    QTest::newRow("surrounding whitespace")
        << u"  sqlite:///x.db\n"_s << sqlite << none << none << none << false << none << -1
        << u"x.db"_s << false << noQuery;

    // PostgreSQL
    QTest::newRow("postgresql full")
        << u"postgresql://user:pw@host:5432/db?sslmode=require&application_name=x"_s << pg << none
        << u"user"_s << u"pw"_s << true << u"host"_s << 5432 << u"db"_s << false
        << QStringList{u"sslmode"_s, u"require"_s, u"application_name"_s, u"x"_s};
    QTest::newRow("postgres alias") << u"postgres://h/db"_s << pg << none << none << none << false
                                    << u"h"_s << -1 << u"db"_s << false << noQuery;
    QTest::newRow("postgresql+asyncpg")
        << u"postgresql+asyncpg://app@localhost/shop"_s << pg << none << u"app"_s << none << false
        << u"localhost"_s << -1 << u"shop"_s << false << noQuery;
    QTest::newRow("postgresql+psycopg")
        << u"postgresql+psycopg://h:6543"_s << pg << none << none << none << false << u"h"_s << 6543
        << none << false << noQuery;
    QTest::newRow("postgresql+psycopg2")
        << u"postgresql+psycopg2://u:p@h/d"_s << pg << none << u"u"_s << u"p"_s << true << u"h"_s
        << -1 << u"d"_s << false << noQuery;
    QTest::newRow("postgresql database only") << u"postgresql:///db"_s << pg << none << none << none
                                              << false << none << -1 << u"db"_s << false << noQuery;
    QTest::newRow("postgresql host only") << u"postgresql://host"_s << pg << none << none << none
                                          << false << u"host"_s << -1 << none << false << noQuery;
    QTest::newRow("postgresql nothing") << u"postgresql://"_s << pg << none << none << none << false
                                        << none << -1 << none << false << noQuery;
    QTest::newRow("postgresql port without host")
        << u"postgresql://:5433/db"_s << pg << none << none << none << false << none << 5433
        << u"db"_s << false << noQuery;
    QTest::newRow("postgresql query without path")
        << u"postgresql://h?connect_timeout=3"_s << pg << none << none << none << false << u"h"_s
        << -1 << none << false << QStringList{u"connect_timeout"_s, u"3"_s};
    QTest::newRow("postgresql lowest and highest port")
        << u"postgresql://h:1/a"_s << pg << none << none << none << false << u"h"_s << 1 << u"a"_s
        << false << noQuery;
    QTest::newRow("postgresql highest port")
        << u"postgresql://h:65535/a"_s << pg << none << none << none << false << u"h"_s << 65535
        << u"a"_s << false << noQuery;
    QTest::newRow("ipv6 with port") << u"postgresql://[::1]:5432/db"_s << pg << none << none << none
                                    << false << u"::1"_s << 5432 << u"db"_s << false << noQuery;
    QTest::newRow("ipv6 without port")
        << u"postgresql://u@[2001:db8::7]/db"_s << pg << none << u"u"_s << none << false
        << u"2001:db8::7"_s << -1 << u"db"_s << false << noQuery;
    QTest::newRow("ipv6 with zone")
        << u"postgresql://[fe80::1%25eth0]:5432/db"_s << pg << none << none << none << false
        << u"fe80::1%eth0"_s << 5432 << u"db"_s << false << noQuery;
    QTest::newRow("several hosts kept as written")
        << u"postgresql://u:pw@h1:5432,h2:5433/db?target_session_attrs=read-write"_s << pg << none
        << u"u"_s << u"pw"_s << true << u"h1:5432,h2:5433"_s << -1 << u"db"_s << false
        << QStringList{u"target_session_attrs"_s, u"read-write"_s};
    QTest::newRow("several hosts with ipv6")
        << u"postgresql://[::1]:5432,h2,%2Ftmp/db"_s << pg << none << none << none << false
        << u"[::1]:5432,h2,%2Ftmp"_s << -1 << u"db"_s << false << noQuery;
    QTest::newRow("socket directory as host")
        << u"postgresql://%2Fvar%2Frun%2Fpostgresql/db"_s << pg << none << none << none << false
        << u"/var/run/postgresql"_s << -1 << u"db"_s << false << noQuery;
    QTest::newRow("socket directory in query")
        << u"postgresql:///db?host=/var/run/postgresql"_s << pg << none << none << none << false
        << none << -1 << u"db"_s << false << QStringList{u"host"_s, u"/var/run/postgresql"_s};
    QTest::newRow("percent-decoded user, password, database")
        << u"postgresql://u%40corp:p%40ss%2F%3A%3F@h/my%20db"_s << pg << none << u"u@corp"_s
        << u"p@ss/:?"_s << true << u"h"_s << -1 << u"my db"_s << false << noQuery;
    QTest::newRow("raw at sign in password")
        << u"postgresql://u:p@ss@h/db"_s << pg << none << u"u"_s << u"p@ss"_s << true << u"h"_s
        << -1 << u"db"_s << false << noQuery;
    QTest::newRow("colon in password")
        << u"postgresql://u:a:b@h/db"_s << pg << none << u"u"_s << u"a:b"_s << true << u"h"_s << -1
        << u"db"_s << false << noQuery;
    QTest::newRow("empty password") << u"postgresql://u:@h/db"_s << pg << none << u"u"_s << none
                                    << true << u"h"_s << -1 << u"db"_s << false << noQuery;
    QTest::newRow("password without user")
        << u"postgresql://:pw@h"_s << pg << none << none << u"pw"_s << true << u"h"_s << -1 << none
        << false << noQuery;
    QTest::newRow("empty user info") << u"postgresql://@h"_s << pg << none << none << none << false
                                     << u"h"_s << -1 << none << false << noQuery;
    QTest::newRow("non-ASCII user and database")
        << u"postgresql://j%C3%BCrgen@h/d%C3%A9j%C3%A0"_s << pg << none << u"jürgen"_s << none
        << false << u"h"_s << -1 << u"déjà"_s << false << noQuery;
    QTest::newRow("at sign in query value after a port")
        << u"postgresql://h:5432/db?application_name=me@box"_s << pg << none << none << none
        << false << u"h"_s << 5432 << u"db"_s << false
        << QStringList{u"application_name"_s, u"me@box"_s};
    QTest::newRow("plus is not a space in query")
        << u"postgresql://h/db?application_name=a+b%20c"_s << pg << none << none << none << false
        << u"h"_s << -1 << u"db"_s << false << QStringList{u"application_name"_s, u"a+b c"_s};
    QTest::newRow("equals sign inside a value")
        << u"postgresql://h/db?options=-c%20geqo=off"_s << pg << none << none << none << false
        << u"h"_s << -1 << u"db"_s << false << QStringList{u"options"_s, u"-c geqo=off"_s};
    QTest::newRow("empty value, empty segments")
        << u"postgresql://h/db?a=&&b=2&"_s << pg << none << none << none << false << u"h"_s << -1
        << u"db"_s << false << QStringList{u"a"_s, u""_s, u"b"_s, u"2"_s};
    QTest::newRow("duplicate keys keep order")
        << u"postgresql://h/db?a=1&b=x&a=2"_s << pg << none << none << none << false << u"h"_s << -1
        << u"db"_s << false << QStringList{u"a"_s, u"1"_s, u"b"_s, u"x"_s, u"a"_s, u"2"_s};
    QTest::newRow("percent-encoded query key")
        << u"postgresql://h/db?a%26b=c%3Dd"_s << pg << none << none << none << false << u"h"_s << -1
        << u"db"_s << false << QStringList{u"a&b"_s, u"c=d"_s};
    QTest::newRow("leading zeros in port")
        << u"postgresql://h:05432/db"_s << pg << none << none << none << false << u"h"_s << 5432
        << u"db"_s << false << noQuery;

    // Qt SQL
    QTest::newRow("qt+QSQLITE path")
        << u"qt+QSQLITE:///path.db"_s << qt << u"QSQLITE"_s << none << none << false << none << -1
        << u"path.db"_s << false << noQuery;
    QTest::newRow("qt+QSQLITE absolute")
        << u"qt+QSQLITE:////var/lib/x.db"_s << qt << u"QSQLITE"_s << none << none << false << none
        << -1 << u"/var/lib/x.db"_s << false << noQuery;
    QTest::newRow("qt+QSQLITE memory") << u"qt+QSQLITE://"_s << qt << u"QSQLITE"_s << none << none
                                       << false << none << -1 << none << true << noQuery;
    QTest::newRow("qt+QSQLITE connect options")
        << u"qt+QSQLITE:///x.db?QSQLITE_OPEN_READONLY=1"_s << qt << u"QSQLITE"_s << none << none
        << false << none << -1 << u"x.db"_s << false
        << QStringList{u"QSQLITE_OPEN_READONLY"_s, u"1"_s};
    QTest::newRow("qt+QSQLITE3") << u"qt+QSQLITE3:///a.db"_s << qt << u"QSQLITE3"_s << none << none
                                 << false << none << -1 << u"a.db"_s << false << noQuery;
    QTest::newRow("qt+QSPATIALITE")
        << u"qt+QSPATIALITE:///geo.db"_s << qt << u"QSPATIALITE"_s << none << none << false << none
        << -1 << u"geo.db"_s << false << noQuery;
    QTest::newRow("qt+QPSQL") << u"qt+QPSQL://u:pw@h:5433/db"_s << qt << u"QPSQL"_s << u"u"_s
                              << u"pw"_s << true << u"h"_s << 5433 << u"db"_s << false << noQuery;
    QTest::newRow("qt+QMYSQL") << u"qt+QMYSQL://root@localhost/shop"_s << qt << u"QMYSQL"_s
                               << u"root"_s << none << false << u"localhost"_s << -1 << u"shop"_s
                               << false << noQuery;
    QTest::newRow("qt+QODBC") << u"qt+QODBC://u:pw@my_dsn"_s << qt << u"QODBC"_s << u"u"_s
                              << u"pw"_s << true << u"my_dsn"_s << -1 << none << false << noQuery;
    QTest::newRow("qt driver case preserved")
        << u"qt+qpsql://h/db"_s << qt << u"qpsql"_s << none << none << false << u"h"_s << -1
        << u"db"_s << false << noQuery;
    QTest::newRow("qt driver with underscore and digits")
        << u"qt+MY_DRV2://h"_s << qt << u"MY_DRV2"_s << none << none << false << u"h"_s << -1
        << none << false << noQuery;
}

void TestDatabaseUrl::parsesValidUrls()
{
    QFETCH(QString, url);
    QFETCH(int, backend);
    QFETCH(QString, driver);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, hasPassword);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(bool, isMemory);
    QFETCH(QStringList, query);

    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    QCOMPARE(int(parsed.backend()), backend);
    QCOMPARE(parsed.qtDriver(), driver);
    QCOMPARE(parsed.user(), user);
    QCOMPARE(parsed.password(), password);
    QCOMPARE(parsed.hasPassword(), hasPassword);
    QCOMPARE(parsed.host(), host);
    QCOMPARE(parsed.port(), port);
    QCOMPARE(parsed.database(), database);
    QCOMPARE(parsed.isMemory(), isMemory);
    QCOMPARE(flatQuery(parsed), query);
}

void TestDatabaseUrl::roundTripsValidUrls()
{
    QFETCH(QString, url);
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    const QString text = parsed.toString();
    const DatabaseUrl again = DatabaseUrl::parse(text);
    QVERIFY2(again == parsed, qPrintable(text));
    QCOMPARE(again.toString(), text);
    // The redacted form parses too, to the same URL but for the password.
    const DatabaseUrl redacted = DatabaseUrl::parse(parsed.redacted());
    QCOMPARE(redacted.hasPassword(), parsed.hasPassword());
    QCOMPARE(redacted.host(), parsed.host());
    QCOMPARE(redacted.database(), parsed.database());
}

// Property: any components, encoded by an independent encoder, parse back to themselves, and
// parse(toString()) reproduces the object.
void TestDatabaseUrl::roundTripsRandomComponents()
{
    const QStringList alphabet = {
        u"a"_s, u"Z"_s, u"0"_s, u"-"_s, u"."_s, u"_"_s, u"~"_s, u" "_s, u"!"_s,  u"\""_s,
        u"#"_s, u"$"_s, u"%"_s, u"&"_s, u"'"_s, u"("_s, u"*"_s, u"+"_s, u","_s,  u"/"_s,
        u":"_s, u";"_s, u"<"_s, u"="_s, u">"_s, u"?"_s, u"@"_s, u"["_s, u"\\"_s, u"]"_s,
        u"^"_s, u"`"_s, u"{"_s, u"|"_s, u"}"_s, u"é"_s, u"€"_s, u"😀"_s, u"\t"_s, u"日"_s,
    };
    QRandomGenerator random(20240601);
    auto text = [&](int maxLength, bool allowComma = true) {
        QString out;
        const int length = int(random.bounded(maxLength + 1));
        while (out.size() < length) {
            const QString &piece = alphabet.at(random.bounded(int(alphabet.size())));
            if (!allowComma && piece == u",")
                continue;
            out += piece;
        }
        return out;
    };

    for (int round = 0; round < 2000; ++round) {
        const int kind = int(random.bounded(4));
        QString url;
        QString user;
        QString password;
        bool hasPassword = false;
        QString host;
        int port = -1;
        QString database;
        QList<QPair<QString, QString>> query;
        const bool fileBased = kind == 0 || kind == 3;

        url = kind == 0   ? u"sqlite+aiosqlite://"_s
              : kind == 1 ? u"postgresql://"_s
              : kind == 2 ? u"qt+QPSQL://"_s
                          : u"qt+QSQLITE://"_s;
        if (fileBased) {
            database = text(12);
            if (!database.isEmpty())
                url += u'/' + percentEncode(database, u"/");
        } else {
            user = text(8);
            hasPassword = random.bounded(3) != 0;
            if (hasPassword)
                password = text(10);
            if (!user.isEmpty() || hasPassword) {
                url += percentEncode(user);
                if (hasPassword)
                    url += u':' + percentEncode(password);
                url += u'@';
            }
            host = text(8, false);
            url += percentEncode(host);
            if (random.bounded(2)) {
                port = int(random.bounded(1, 65536));
                url += u':' + QString::number(port);
            }
            database = text(8);
            if (!database.isEmpty())
                url += u'/' + percentEncode(database);
        }
        const int pairs = int(random.bounded(4));
        for (int i = 0; i < pairs; ++i) {
            QString key = text(6);
            if (key.isEmpty())
                key = u"k"_s;
            const QString value = text(8);
            query.append({key, value});
            url += (i == 0 ? u'?' : u'&') + percentEncode(key) + u'=' + percentEncode(value);
        }

        const DatabaseUrl parsed = DatabaseUrl::parse(url);
        QCOMPARE(parsed.user(), user);
        QCOMPARE(parsed.password(), password);
        QCOMPARE(parsed.hasPassword(), hasPassword);
        QCOMPARE(parsed.host(), host);
        QCOMPARE(parsed.port(), port);
        QCOMPARE(parsed.database(), database);
        QCOMPARE(parsed.query(), query);

        const QString formatted = parsed.toString();
        DatabaseUrl again;
        try {
            again = DatabaseUrl::parse(formatted);
        } catch (const ConfigurationError &error) {
            QFAIL(qPrintable(formatted + u" → "_s + error.message()));
        }
        QVERIFY2(again == parsed, qPrintable(url + u" → "_s + formatted));
        if (hasPassword)
            QVERIFY(parsed.redacted().contains(u":***@"));
    }
}

void TestDatabaseUrl::formatsCanonically_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("postgres alias") << u"postgres://h/db"_s << u"postgresql://h/db"_s;
    QTest::newRow("asyncpg") << u"postgresql+asyncpg://h/db"_s << u"postgresql://h/db"_s;
    QTest::newRow("aiosqlite") << u"sqlite+aiosqlite:///x.db"_s << u"sqlite:///x.db"_s;
    QTest::newRow(":memory:") << u"sqlite:///:memory:"_s << u"sqlite://"_s;
    QTest::newRow("absolute sqlite") << u"sqlite:////a/b.db"_s << u"sqlite:////a/b.db"_s;
    QTest::newRow("space in path") << u"sqlite:///a b.db"_s << u"sqlite:///a%20b.db"_s;
    QTest::newRow("non-ASCII stays readable")
        << u"sqlite:///d%C3%A9j%C3%A0.db"_s << u"sqlite:///déjà.db"_s;
    QTest::newRow("question mark in path") << u"sqlite:///a%3Fb.db"_s << u"sqlite:///a%3Fb.db"_s;
    QTest::newRow("reserved characters in user info")
        << u"postgresql://u%40x:p@ss%2Fw:d@h/db"_s << u"postgresql://u%40x:p%40ss%2Fw%3Ad@h/db"_s;
    QTest::newRow("ipv6 bracketed")
        << u"postgresql://[::1]:5432/db"_s << u"postgresql://[::1]:5432/db"_s;
    QTest::newRow("socket directory") << u"postgresql://%2ftmp/db"_s << u"postgresql://%2Ftmp/db"_s;
    QTest::newRow("query encoding") << u"postgresql://h/db?a=b+c%20d&e=f%26g%3Dh"_s
                                    << u"postgresql://h/db?a=b%2Bc%20d&e=f%26g=h"_s;
    QTest::newRow("empty password kept") << u"postgresql://u:@h"_s << u"postgresql://u:@h"_s;
    QTest::newRow("qt driver") << u"QT+QPSQL://h"_s << u"qt+QPSQL://h"_s;
}

void TestDatabaseUrl::formatsCanonically()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(DatabaseUrl::parse(url).toString(), expected);
}

void TestDatabaseUrl::mapsEverySchemeSpelling_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("canonical");

    const int sqlite = int(Backend::Sqlite);
    const int pg = int(Backend::Postgres);
    const int qt = int(Backend::QtSql);
    QTest::newRow("sqlite") << u"sqlite"_s << sqlite << u"sqlite"_s;
    QTest::newRow("sqlite+aiosqlite") << u"sqlite+aiosqlite"_s << sqlite << u"sqlite"_s;
    QTest::newRow("sqlite+pysqlite") << u"sqlite+pysqlite"_s << sqlite << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << pg << u"postgresql"_s;
    QTest::newRow("postgres") << u"postgres"_s << pg << u"postgresql"_s;
    QTest::newRow("postgresql+asyncpg") << u"postgresql+asyncpg"_s << pg << u"postgresql"_s;
    QTest::newRow("postgresql+psycopg") << u"postgresql+psycopg"_s << pg << u"postgresql"_s;
    QTest::newRow("postgresql+psycopg2") << u"postgresql+psycopg2"_s << pg << u"postgresql"_s;
    QTest::newRow("POSTGRESQL") << u"POSTGRESQL"_s << pg << u"postgresql"_s;
    QTest::newRow("qt+QSQLITE") << u"qt+QSQLITE"_s << qt << u"qt+QSQLITE"_s;
    QTest::newRow("qt+QPSQL") << u"qt+QPSQL"_s << qt << u"qt+QPSQL"_s;
    QTest::newRow("qt+QMYSQL") << u"qt+QMYSQL"_s << qt << u"qt+QMYSQL"_s;
    QTest::newRow("qt+QODBC") << u"qt+QODBC"_s << qt << u"qt+QODBC"_s;
}

void TestDatabaseUrl::mapsEverySchemeSpelling()
{
    QFETCH(QString, scheme);
    QFETCH(int, backend);
    QFETCH(QString, canonical);
    const DatabaseUrl url = DatabaseUrl::parse(QString(scheme + u"://"));
    QCOMPARE(int(url.backend()), backend);
    QCOMPARE(url.scheme(), canonical);
}

void TestDatabaseUrl::rejectsMalformedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("mustName");
    QTest::addColumn<QStringList>("secrets");

    const QStringList secret{u"s3cret"_s};
    QTest::newRow("empty") << u"   "_s << QStringList{u"empty"_s} << QStringList{};
    QTest::newRow("missing :// after scheme")
        << u"sqlite:x.db"_s << QStringList{u"\"://\""_s, u"\"sqlite\""_s} << QStringList{};
    QTest::newRow("single slash, password not echoed")
        << u"postgresql:/u:s3cret@h/db"_s << QStringList{u"\"://\""_s, u"\"postgresql\""_s}
        << secret;
    QTest::newRow("no scheme at all")
        << u"test.db"_s << QStringList{u"\"test.db\""_s, u"://"_s} << QStringList{};
    QTest::newRow("no scheme, credentials")
        << u"u:s3cret@host"_s << QStringList{u"://"_s} << secret;
    QTest::newRow("garbage scheme") << u"u:s3cret@h://x"_s << QStringList{u"scheme"_s} << secret;
    QTest::newRow("empty scheme") << u"://h/db"_s << QStringList{u"scheme"_s} << QStringList{};
    QTest::newRow("unsupported scheme") << u"mysql://u:s3cret@h/db"_s
                                        << QStringList{u"\"mysql\""_s, u"mysql://u:***@h/db"_s,
                                                       u"sqlite"_s, u"postgresql"_s, u"qt+"_s}
                                        << secret;
    QTest::newRow("empty qt driver")
        << u"qt+://h"_s << QStringList{u"\"\""_s, u"qt+QPSQL"_s} << QStringList{};
    QTest::newRow("bad qt driver")
        << u"qt+Q-PSQL://u:s3cret@h"_s << QStringList{u"\"Q-PSQL\""_s, u"qt+Q-PSQL://u:***@h"_s}
        << secret;
    QTest::newRow("sqlite with host")
        << u"sqlite://host/x.db"_s << QStringList{u"\"host\""_s, u"sqlite://host/x.db"_s}
        << QStringList{};
    QTest::newRow("sqlite with credentials")
        << u"sqlite://u:s3cret@h/x.db"_s << QStringList{u"\"u:***@h\""_s} << secret;
    QTest::newRow("qt+QSQLITE with host")
        << u"qt+QSQLITE://h/x.db"_s << QStringList{u"\"h\""_s} << QStringList{};
    QTest::newRow("non-numeric port")
        << u"postgresql://u:s3cret@h:abc/db"_s
        << QStringList{u"port"_s, u"postgresql://u:***@***/db"_s} << secret;
    QTest::newRow("port zero") << u"postgresql://h:0/db"_s << QStringList{u"\"0\""_s}
                               << QStringList{};
    QTest::newRow("port too large")
        << u"postgresql://h:65536/db"_s << QStringList{u"\"65536\""_s} << QStringList{};
    QTest::newRow("port huge") << u"postgresql://h:99999999999/db"_s
                               << QStringList{u"\"99999999999\""_s} << QStringList{};
    QTest::newRow("negative port")
        << u"postgresql://h:-1/db"_s << QStringList{u"port"_s} << QStringList{u"-1"_s};
    QTest::newRow("signed port") << u"postgresql://h:+5/db"_s << QStringList{u"port"_s}
                                 << QStringList{u"+5"_s};
    QTest::newRow("empty port") << u"postgresql://h:/db"_s << QStringList{u"port \"\""_s}
                                << QStringList{};
    QTest::newRow("bad port in host list")
        << u"postgresql://h1:5432,h2:x1/db"_s << QStringList{u"port"_s} << QStringList{u"x1"_s};
    QTest::newRow("unterminated ipv6")
        << u"postgresql://u:s3cret@[::1/db"_s << QStringList{u"\"[::1\""_s} << secret;
    QTest::newRow("junk after ipv6")
        << u"postgresql://[::1]x/db"_s << QStringList{u"host or port"_s} << QStringList{u"]x"_s};
    QTest::newRow("ipv6 without brackets")
        << u"postgresql://::1/db"_s << QStringList{u"\"::1\""_s, u"brackets"_s} << QStringList{};
    QTest::newRow("bracket inside host")
        << u"postgresql://u:s3cret@h[x]/db"_s << QStringList{u"\"h[x]\""_s} << secret;
    QTest::newRow("decoded comma in host")
        << u"postgresql://u:s3cret@h%2Cx/db"_s << QStringList{u"\"h,x\""_s} << secret;
    QTest::newRow("query key without value")
        << u"postgresql://u:s3cret@h/db?sslmode"_s
        << QStringList{u"\"sslmode\""_s, u"postgresql://u:***@h/db?sslmode"_s} << secret;
    QTest::newRow("empty query key")
        << u"postgresql://h/db?=x"_s << QStringList{u"\"=x\""_s} << QStringList{};
    QTest::newRow("bad percent-encoding in database")
        << u"postgresql://h/d%zzb"_s << QStringList{u"\"%zz\""_s, u"database name"_s}
        << QStringList{};
    QTest::newRow("truncated percent-encoding in path")
        << u"sqlite:///x%2"_s << QStringList{u"\"%2\""_s, u"path"_s} << QStringList{};
    QTest::newRow("bad percent-encoding in user")
        << u"postgresql://b%gad:s3cret@h/db"_s << QStringList{u"\"%ga\""_s, u"user name"_s}
        << secret;
    QTest::newRow("bad percent-encoding in password")
        << u"postgresql://u:s3%zzcret@h/db"_s << QStringList{u"password"_s, u"u:***@h"_s}
        << QStringList{u"s3"_s, u"%zz"_s, u"cret"_s};
    QTest::newRow("percent-encoded NUL")
        << u"postgresql://h/a%00b"_s << QStringList{u"\"%00\""_s, u"database name"_s}
        << QStringList{};
    QTest::newRow("invalid UTF-8")
        << u"sqlite:///a%FFb.db"_s << QStringList{u"UTF-8"_s, u"path"_s} << QStringList{};
    QTest::newRow("password with unencoded slash")
        << u"postgresql://u:s3/cret@h/db"_s << QStringList{u"percent-encode"_s, u"***@h/db"_s}
        << QStringList{u"s3"_s, u"cret"_s};
    QTest::newRow("password with unencoded question mark")
        << u"postgresql://u:s3?cret@h/db"_s << QStringList{u"percent-encode"_s}
        << QStringList{u"s3"_s, u"cret"_s};
    QTest::newRow("password with unencoded at sign and slash")
        << u"postgresql://u:s3@c/ret@h/db"_s << QStringList{u"percent-encode"_s, u"***@h/db"_s}
        << QStringList{u"s3"_s, u"c/ret"_s};
    QTest::newRow("at sign in database name")
        << u"postgresql://h/db@x"_s << QStringList{u"percent-encode"_s, u"\"@\" in the database"_s}
        << QStringList{};
    QTest::newRow("password in query, bad encoding")
        << u"postgresql://h/db?password=s3%zzcret"_s
        << QStringList{u"password"_s, u"postgresql://h/db?password=***"_s}
        << QStringList{u"s3"_s, u"cret"_s};
    QTest::newRow("password in query, other error")
        << u"postgresql://h/db?password=s3cret&bad"_s
        << QStringList{u"\"bad\""_s, u"password=***&bad"_s} << secret;
    // The cases of issue 14: each printed the secret.
    QTest::newRow("at sign in database name, password in query")
        << u"postgresql://localhost:5432/my@db?password=s3cret"_s
        << QStringList{u"percent-encode"_s} << secret;
    QTest::newRow("missing colon, password in query")
        << u"postgresql//127.0.0.1/db?password=s3cret"_s << QStringList{u"://"_s} << secret;
    QTest::newRow("password without host")
        << u"postgresql://user:s3cret/db"_s << QStringList{u"port"_s} << secret;
    QTest::newRow("ambiguous, ssl key password in query")
        << u"postgresql://u:pw/x@h/db?sslpassword=s3cret"_s << QStringList{u"percent-encode"_s}
        << secret;
    QTest::newRow("encoded secret key name")
        << u"postgresql://h/db?pass%77ord=s3cret&bad"_s << QStringList{u"\"bad\""_s} << secret;
    QTest::newRow("secret key without '='")
        << u"postgresql://h/db?passwords3cret"_s << QStringList{u"no value"_s} << secret;
}

void TestDatabaseUrl::rejectsMalformedUrls()
{
    QFETCH(QString, url);
    QFETCH(QStringList, mustName);
    QFETCH(QStringList, secrets);

    const QString message = parseError(url);
    QVERIFY2(!message.isEmpty(), "no ConfigurationError");
    for (const QString &part : mustName)
        QVERIFY2(message.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + message));
    for (const QString &secret : secrets)
        QVERIFY2(!message.contains(secret),
                 qPrintable(u"leaks \""_s + secret + u"\": "_s + message));
}

void TestDatabaseUrl::redactsPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("password") << u"postgresql://u:s3cret@h:5432/db"_s
                              << u"postgresql://u:***@h:5432/db"_s;
    QTest::newRow("empty password") << u"postgresql://u:@h/db"_s << u"postgresql://u:***@h/db"_s;
    QTest::newRow("no password") << u"postgresql://u@h/db"_s << u"postgresql://u@h/db"_s;
    QTest::newRow("encoded password")
        << u"postgresql://u:a%2Fb%40c@h/db"_s << u"postgresql://u:***@h/db"_s;
    QTest::newRow("password without user") << u"postgresql://:pw@h"_s << u"postgresql://:***@h"_s;
    QTest::newRow("password in query") << u"postgresql://h/db?sslmode=require&password=s3cret"_s
                                       << u"postgresql://h/db?sslmode=require&password=***"_s;
    QTest::newRow("ssl key password in query")
        << u"postgresql://h/db?sslpassword=s3cret"_s << u"postgresql://h/db?sslpassword=***"_s;
    QTest::newRow("qt driver") << u"qt+QMYSQL://root:s3cret@h/shop"_s
                               << u"qt+QMYSQL://root:***@h/shop"_s;
    QTest::newRow("sqlite unchanged") << u"sqlite:///x.db?mode=ro"_s << u"sqlite:///x.db?mode=ro"_s;
}

void TestDatabaseUrl::redactsPassword()
{
    QFETCH(QString, url);
    QFETCH(QString, redacted);
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    QCOMPARE(parsed.redacted(), redacted);
    QVERIFY(!parsed.redacted().contains(u"s3cret"));
    if (parsed.hasPassword() && !parsed.password().isEmpty())
        QVERIFY(!parsed.redacted().contains(parsed.password()));
    // toString() keeps the password: it is what a driver is handed.
    QCOMPARE(DatabaseUrl::parse(parsed.toString()).password(), parsed.password());
}

void TestDatabaseUrl::setPasswordSetsHasPassword()
{
    DatabaseUrl url = DatabaseUrl::parse(u"postgresql://u@h/db");
    QVERIFY(!url.hasPassword());
    url.setPassword(QString());
    QVERIFY(url.hasPassword());
    QCOMPARE(url.password(), QString());
    QCOMPARE(url.toString(), u"postgresql://u:@h/db"_s);
    QCOMPARE(url.redacted(), u"postgresql://u:***@h/db"_s);

    url.setPassword(u"p@ss word"_s);
    QCOMPARE(url.toString(), u"postgresql://u:p%40ss%20word@h/db"_s);
    QCOMPARE(url.redacted(), u"postgresql://u:***@h/db"_s);
    QVERIFY(DatabaseUrl::parse(url.toString()) == url);
}

void TestDatabaseUrl::queryValueTakesLastDuplicate()
{
    const DatabaseUrl url = DatabaseUrl::parse(u"sqlite:///x.db?mode=rw&cache=shared&mode=ro");
    QCOMPARE(url.query().size(), 3);
    QCOMPARE(url.queryValue(u"mode"), u"ro"_s);
    QCOMPARE(url.queryValue(u"cache"), u"shared"_s);
    QVERIFY(url.queryValue(u"vfs").isNull());
}

void TestDatabaseUrl::keepsPlusInQueryValues()
{
    const DatabaseUrl url = DatabaseUrl::parse(u"postgresql://h/db?options=a+b&x=a%2Bb%20c");
    QCOMPARE(url.queryValue(u"options"), u"a+b"_s);
    QCOMPARE(url.queryValue(u"x"), u"a+b c"_s);
}

void TestDatabaseUrl::defaultIsInMemorySqlite()
{
    const DatabaseUrl url;
    QCOMPARE(url.backend(), Backend::Sqlite);
    QVERIFY(url.isMemory());
    QCOMPARE(url.toString(), u"sqlite://"_s);
    QVERIFY(DatabaseUrl::parse(url.toString()) == url);
}

void TestDatabaseUrl::postgresIsNeverInMemory()
{
    QVERIFY(!DatabaseUrl::parse(u"postgresql://").isMemory());
    QVERIFY(!DatabaseUrl::parse(u"qt+QPSQL://").isMemory());
}

void TestDatabaseUrl::setDatabaseChangesPath()
{
    DatabaseUrl url = DatabaseUrl::parse(u"sqlite://");
    url.setDatabase(u"/tmp/new file.db"_s);
    QVERIFY(!url.isMemory());
    QCOMPARE(url.toString(), u"sqlite:////tmp/new%20file.db"_s);
    url.setDatabase(u":memory:"_s);
    QVERIFY(url.isMemory());
}

// A marked secret in every secret position of many URLs, each broken once at every place (a
// character inserted or deleted): no error message ever shows it. The parse may also succeed,
// the secret then being where no secret is (a user name, say); redacted() hides real ones.
void TestDatabaseUrl::neverShowsAMarkedSecret()
{
    const QString marker = u"Zq7Xsecret"_s;
    const QStringList templates{
        u"postgresql://u:@@@@h:5432/db"_s,
        u"postgresql://u:@@@@h/db?sslmode=require"_s,
        u"postgresql://h/db?password=@@"_s,
        u"postgresql://h/db?sslmode=require&sslpassword=@@&application_name=x"_s,
        u"postgresql://localhost:5432/my@db?password=@@"_s,
        u"postgresql//127.0.0.1/db?password=@@"_s,
        u"postgresql://user:@@/db"_s,
        u"postgresql://h1:5432,h2:5433/db?password=@@"_s,
        u"postgresql://u:@@@@[::1]:5432/db?oauth_client_secret=@@"_s,
        u"qt+QPSQL://u:@@@@h/db"_s,
        u"sqlite:///x.db?password=@@"_s,
    };
    const QStringList inserts{u":"_s,   u"/"_s, u"?"_s, u"@"_s, u"%"_s, u"%zz"_s, u"%00"_s,
                              u"%FF"_s, u"["_s, u"]"_s, u","_s, u"&"_s, u"="_s,   u" "_s};
    const QString queryMarker = u"Wk9Ysecret"_s;
    const auto check = [&](const QString &url) {
        try {
            const DatabaseUrl parsed = DatabaseUrl::parse(url);
            // the secrets it parsed to are hidden; a marker that became a host or name is not
            // a secret any more
            const QString redacted = parsed.redacted();
            if (parsed.hasPassword() && parsed.password().contains(marker))
                QVERIFY2(!redacted.contains(marker), qPrintable(url));
            for (const auto &[key, value] : parsed.query())
                if (DatabaseUrl::isSecretParameter(key) && value.contains(queryMarker))
                    QVERIFY2(!redacted.contains(queryMarker), qPrintable(url));
        } catch (const ConfigurationError &error) {
            QVERIFY2(!error.message().contains(marker) && !error.message().contains(queryMarker),
                     qPrintable(url + u" -> "_s + error.message()));
        }
    };
    int tried = 0;
    for (const QString &shape : templates) {
        // "@@" is the secret; "@@@@" a secret followed by the '@' that ends the user info.
        QString url = shape;
        url.replace(u"@@@@"_s, marker + u'\x01')
            .replace(u"@@"_s, queryMarker)
            .replace(u'\x01', u'@');
        // positions inside the marker or a secret key's name are not broken: the text would no
        // longer be a secret
        QList<bool> keep(url.size() + 1, false);
        for (const QString &secret : {marker, queryMarker})
            for (qsizetype at = url.indexOf(secret); at >= 0; at = url.indexOf(secret, at + 1))
                for (qsizetype i = at; i <= at + secret.size(); ++i)
                    keep[i] = true;
        for (const QString &key : {u"sslpassword="_s, u"password="_s, u"oauth_client_secret="_s})
            for (qsizetype at = url.indexOf(key); at >= 0; at = url.indexOf(key, at + 1))
                for (qsizetype i = at; i <= at + key.size(); ++i)
                    keep[i] = true;
        check(url);
        for (qsizetype i = 0; i <= url.size(); ++i) {
            if (keep[i])
                continue;
            for (const QString &insert : inserts) {
                check(QString(url).insert(i, insert));
                ++tried;
            }
            if (i < url.size()) {
                check(QString(url).remove(i, 1));
                ++tried;
            }
        }
    }
    QVERIFY(tried > 1000);
}

// libpq's secret keywords (those PQconndefaults marks with '*') count as passwords.
void TestDatabaseUrl::knowsSecretParameters()
{
    for (const QString &key :
         {u"password"_s, u"sslpassword"_s, u"oauth_client_secret"_s, u"PassWord"_s})
        QVERIFY2(DatabaseUrl::isSecretParameter(key), qPrintable(key));
    for (const QString &key : {u"sslmode"_s, u"user"_s, u"passfile"_s, u"sslkey"_s})
        QVERIFY2(!DatabaseUrl::isSecretParameter(key), qPrintable(key));

    const DatabaseUrl url = DatabaseUrl::parse(u"postgresql://h/db?oauth_client_secret=s3cret");
    QVERIFY(url.hasSecrets());
    QVERIFY(!url.redacted().contains(u"s3cret"_s));
    QVERIFY(!DatabaseUrl::parse(u"postgresql://u@h/db?sslmode=require").hasSecrets());
    QVERIFY(DatabaseUrl::parse(u"postgresql://u:@h/db").hasSecrets());
}

// What may be kept (recent list, session restore, tab store): the URL without any secret.
void TestDatabaseUrl::dropsSecretsForKeeping()
{
    const DatabaseUrl url = DatabaseUrl::parse(
        u"postgresql://u:p1@h:5432/db?sslmode=require&password=p2&sslpassword=p3&x=1"_s);
    const DatabaseUrl kept = url.withoutSecrets();
    QVERIFY(!kept.hasSecrets());
    QVERIFY(!kept.hasPassword());
    QCOMPARE(kept.toString(), u"postgresql://u@h:5432/db?sslmode=require&x=1"_s);
    QCOMPARE(kept.host(), url.host());
    QVERIFY(!url.withoutSecrets().toString().contains(u"p2"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
