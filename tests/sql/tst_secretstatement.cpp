// SPDX-License-Identifier: MIT
// Which statements carry a password in their text (and so stay out of the query history).
#include "sql/secretstatement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Quarry::carriesPassword;
using Kind = Quarry::Dialect::Kind;

class TestSecretStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsPasswords_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("secret");
        QTest::newRow("create role") << u"CREATE ROLE app LOGIN PASSWORD 's3cret'"_s << true;
        QTest::newRow("alter user") << u"alter user app with encrypted password 's3cret'"_s << true;
        QTest::newRow("dollar quoted") << u"ALTER ROLE app PASSWORD $$s3cret$$"_s << true;
        QTest::newRow("tagged dollar quote") << u"ALTER ROLE app PASSWORD $p$s3 cret$p$"_s << true;
        QTest::newRow("mysql identified by")
            << u"CREATE USER 'app'@'%' IDENTIFIED BY 's3cret'"_s << true;
        QTest::newRow("mysql set password") << u"SET PASSWORD FOR app = 's3cret'"_s << true;
        QTest::newRow("user mapping")
            << u"CREATE USER MAPPING FOR app SERVER s OPTIONS (user 'a', password 's3cret')"_s
            << true;
        QTest::newRow("subscription conninfo")
            << u"CREATE SUBSCRIPTION s CONNECTION 'host=h password=s3cret' PUBLICATION p"_s << true;
        QTest::newRow("dblink in dollar quotes")
            << u"SELECT dblink_connect($$host=h password=s3cret$$)"_s << true;
        QTest::newRow("compared literal")
            << u"SELECT id FROM users WHERE password = 's3cret'"_s << true;
        QTest::newRow("column name only") << u"SELECT password FROM users"_s << false;
        QTest::newRow("password null") << u"ALTER ROLE app PASSWORD NULL"_s << false;
        QTest::newRow("in a comment") << u"SELECT 1 -- password 'x'"_s << false;
        QTest::newRow("ordinary") << u"UPDATE t SET a = 'b' WHERE id = 1"_s << false;
    }
    void findsPasswords()
    {
        QFETCH(QString, statement);
        QFETCH(bool, secret);
        QCOMPARE(carriesPassword(statement, Kind::Postgres), secret);
    }
};

QTEST_GUILESS_MAIN(TestSecretStatement)
#include "tst_secretstatement.moc"
