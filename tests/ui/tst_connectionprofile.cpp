// SPDX-License-Identifier: MIT
// Saved connections: a profile becomes exactly the URL its fields say (whatever characters they
// hold) and the engine options its read-only flag says; the store keeps profiles across
// instances and never holds a password.
#include "testsupport.h"

#include "connection/connectionprofile.h"
#include "connection/connectionstore.h"
#include "connection/connectiontest.h"
#include "connection/errors.h"
#include "database/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::ConnectionProfile;
using Quarry::Ui::ConnectionStore;

namespace {

ConnectionProfile postgresProfile()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Prod"_s;
    profile.kind = ConnectionProfile::Kind::Postgres;
    profile.host = u"db.example.com"_s;
    profile.port = 6543;
    profile.database = u"shop/dev?#&=ü %41"_s;
    profile.user = u"app user@x:y/z%"_s;
    profile.sslMode = ConnectionProfile::SslMode::VerifyFull;
    return profile;
}

// The profile of the server QUARRY_TEST_PG_URL names, as a person would type it in.
ConnectionProfile profileFor(const DatabaseUrl &url)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = u"Test server"_s;
    profile.kind = ConnectionProfile::Kind::Postgres;
    profile.host = url.host();
    profile.port = url.port() > 0 ? url.port() : ConnectionProfile::DefaultPostgresPort;
    profile.database = url.database();
    profile.user = url.user();
    profile.sslMode = ConnectionProfile::SslMode::Disable;
    return profile;
}

// A server-side format() does the quoting: role and database names here are anything but plain.
QString formatted(Session &session, const QString &pattern, const QString &a, const QString &b)
{
    return await(session.scalar(u"SELECT format($1::text, $2::text, $3::text)"_s,
                                Params(pattern, a, b)))
        .toString();
}

} // namespace

class TestConnectionProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void postgresUrlKeepsEveryCharacter()
    {
        const ConnectionProfile profile = postgresProfile();
        const QString password = u"p@ss:w/rd%?#&= ü'\"\\"_s;
        const DatabaseUrl url = profile.toUrl(password);
        QCOMPARE(url.backend(), DatabaseUrl::Backend::Postgres);
        QCOMPARE(url.user(), profile.user);
        QCOMPARE(url.password(), password);
        QCOMPARE(url.host(), profile.host);
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.database(), profile.database);
        QCOMPARE(url.queryValue(u"sslmode"), u"verify-full"_s);
        // What goes to the driver reads back the same; what is shown hides the password.
        QCOMPARE(DatabaseUrl::parse(url.toString()), url);
        QVERIFY(!url.redacted().contains(u"p@ss"_s));
        QVERIFY(!url.redacted().contains(u"w/rd"_s));
        QVERIFY(!profile.target().contains(u"p@ss"_s));
    }

    void postgresUrlVariants()
    {
        ConnectionProfile profile = postgresProfile();
        profile.user.clear();
        profile.database.clear();
        profile.host = u"::1"_s;
        profile.sslMode = ConnectionProfile::SslMode::Prefer;
        DatabaseUrl url = profile.toUrl();
        QCOMPARE(url.host(), u"::1"_s);
        QVERIFY2(url.toString().startsWith(u"postgresql://[::1]:6543"_s),
                 qPrintable(url.toString()));
        QVERIFY(!url.hasPassword()); // empty: libpq may still find one in .pgpass
        QCOMPARE(url.queryValue(u"sslmode"), u"prefer"_s);

        for (ConnectionProfile::SslMode mode : ConnectionProfile::sslModes()) {
            profile.sslMode = mode;
            const QString keyword = profile.toUrl().queryValue(u"sslmode");
            QCOMPARE(ConnectionProfile::sslModeFromKeyword(keyword), mode);
        }
        QCOMPARE(ConnectionProfile::sslModeKeyword(ConnectionProfile::SslMode::VerifyCa),
                 u"verify-ca"_s);

        profile.host = u"a,b"_s;
        QVERIFY(!profile.problem().isEmpty());
        QVERIFY_THROWS_EXCEPTION(ConfigurationError, profile.toUrl());
        profile.host = u"db:5432"_s;
        QVERIFY(profile.problem().contains(u"Port"_s));
        profile.host = u"  "_s;
        QVERIFY(!profile.problem().isEmpty());
        profile.host = u"localhost"_s;
        QVERIFY(profile.problem().isEmpty());
        profile.name = u" "_s;
        QVERIFY(!profile.problem().isEmpty());
    }

    void sqliteUrlKeepsThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"my dir #1/a?b%20c;ü.db"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        ConnectionProfile profile;
        profile.name = u"Local"_s;
        profile.filePath = path;
        QVERIFY(!profile.problem().isEmpty()); // no such file yet: connecting would create one
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(profile.problem(), QString());
        const DatabaseUrl url = profile.toUrl(u"ignored"_s);
        QCOMPARE(url.backend(), DatabaseUrl::Backend::Sqlite);
        QCOMPARE(url.database(), path);
        QCOMPARE(DatabaseUrl::parse(url.toString()).database(), path);
        QVERIFY(!url.hasPassword());
        QCOMPARE(profile.target(), QDir::toNativeSeparators(path));
    }

    void readOnlyReachesTheEngine_data() { addEngineRows(Sqlite | Postgres); }
    void readOnlyReachesTheEngine()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        {
            Database db(scratch.url());
            await(db.session().execute(u"CREATE TABLE t (id integer)"_s));
            await(db.close());
        }
        const DatabaseUrl scratchUrl = DatabaseUrl::parse(scratch.url());
        ConnectionProfile profile;
        if (e == Sqlite) {
            profile.name = u"Scratch"_s;
            profile.filePath = scratchUrl.database();
        } else {
            profile = profileFor(scratchUrl);
        }
        profile.readOnly = true;
        QCOMPARE(profile.options().readOnly, true);
        QCOMPARE(profile.options().poolSize, 3);

        Database db(profile.toUrl(scratchUrl.password()), profile.options());
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM t"_s)).toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 await(db.session().execute(u"INSERT INTO t VALUES (1)"_s)));
        await(db.close());

        profile.readOnly = false;
        Database writable(profile.toUrl(scratchUrl.password()), profile.options());
        await(writable.session().execute(u"INSERT INTO t VALUES (1)"_s));
        await(writable.close());
    }

    // A role and a database whose names and password need every escape the URL has.
    void postgresConnectsWithSpecialCharacters()
    {
        const QString pg = postgresUrl();
        if (pg.isEmpty()) {
            if (qEnvironmentVariableIntValue("QUARRY_REQUIRE_PG"))
                QFAIL("QUARRY_REQUIRE_PG is set but QUARRY_TEST_PG_URL is not");
            QSKIP("no PostgreSQL server: set QUARRY_TEST_PG_URL");
        }
        const DatabaseUrl admin = DatabaseUrl::parse(pg);
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString role = u"quarry u@s:e/r%"_s + suffix;
        const QString database = u"quarry d/b?#&=ü %41"_s + suffix;
        const QString password = u"p@ss:w/rd%?#&= ü'\"\\"_s;
        Database db(pg);
        Session session = db.session();
        await(session.execute(
            formatted(session, u"CREATE ROLE %I LOGIN PASSWORD %L"_s, role, password)));
        await(
            session.execute(formatted(session, u"CREATE DATABASE %I OWNER %I"_s, database, role)));

        ConnectionProfile profile = profileFor(admin);
        profile.user = role;
        profile.database = database;
        const Ui::ConnectionTestResult ok =
            await(Ui::testConnection(profile.toUrl(password), profile.options()));
        const Ui::ConnectionTestResult wrong =
            await(Ui::testConnection(profile.toUrl(u"not-it"_s), profile.options()));

        await(session.execute(
            formatted(session, u"DROP DATABASE %I WITH (FORCE)"_s, database, QString())));
        await(session.execute(formatted(session, u"DROP ROLE %I"_s, role, QString())));
        await(db.close());

        QVERIFY2(ok.ok, qPrintable(ok.message));
        QVERIFY2(ok.message.contains(u"PostgreSQL"_s), qPrintable(ok.message));
        QVERIFY(!wrong.ok);
        QVERIFY2(wrong.message.contains(u"password"_s), qPrintable(wrong.message));
        QVERIFY(!wrong.message.contains(u"not-it"_s));
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"quarry.ini"_s);
        ConnectionProfile pg = postgresProfile();
        pg.readOnly = true;
        ConnectionProfile local;
        local.name = u"alpha"_s;
        local.filePath = dir.filePath(u"a.db"_s);
        {
            ConnectionStore store(file);
            QSignalSpy changed(&store, &ConnectionStore::profilesChanged);
            pg = store.add(pg);
            local = store.add(local);
            QVERIFY(!local.id.isNull()); // given one
            QCOMPARE(changed.count(), 2);
            store.addRecentFile(u"/x/one.db"_s);
            store.addRecentFile(u"/x/two.db"_s);
            store.addRecentFile(u"/x/one.db"_s);
        }
        ConnectionStore store(file);
        QCOMPARE(store.profiles(), (QList<ConnectionProfile>{local, pg})); // by name, any case
        QCOMPARE(store.profile(pg.id), pg);
        QCOMPARE(store.recentFiles(), (QStringList{u"/x/one.db"_s, u"/x/two.db"_s}));
        for (int i = 0; i < 20; ++i)
            store.addRecentFile(u"/y/%1.db"_s.arg(i));
        QCOMPARE(store.recentFiles().size(), ConnectionStore::MaxRecentFiles);
        QCOMPARE(store.recentFiles().first(), u"/y/19.db"_s);

        pg.port = 5433;
        pg.sslMode = ConnectionProfile::SslMode::Disable;
        store.update(pg);
        QCOMPARE(ConnectionStore(file).profile(pg.id), pg);

        const std::optional<ConnectionProfile> copy = store.duplicate(pg.id);
        QVERIFY(copy);
        QVERIFY(copy->id != pg.id);
        QCOMPARE(copy->name, u"Prod (copy)"_s);
        ConnectionProfile same = *copy;
        same.id = pg.id;
        same.name = pg.name;
        QCOMPARE(same, pg);
        QCOMPARE(store.profiles().size(), 3);
        QVERIFY(!store.duplicate(QUuid::createUuid()));

        store.remove(pg.id);
        QVERIFY(!store.profile(pg.id));
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(ConnectionStore(file).profile(copy->id));
    }
};

QTEST_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
