// SPDX-License-Identifier: MIT
// ScriptSplitter on each construct of each dialect: the pieces, their kinds, lines and offsets.
#include "sql/scriptsplitter.h"
#include "sql/splitstatements.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;

Q_DECLARE_METATYPE(Quarry::Dialect::Kind)

namespace {

/// The pieces as `line:text`, meta-commands as `line:meta:text`; checks each piece's offsets.
QStringList describe(const QString &script, const QList<ScriptStatement> &statements)
{
    QStringList out;
    for (const ScriptStatement &s : statements) {
        if (script.mid(s.begin, s.end - s.begin) != s.text)
            return {u"offsets do not match the text of: "_s + s.text};
        if (script.left(s.begin).count(u'\n') != s.line)
            return {u"wrong line %1 for: "_s.arg(s.line) + s.text};
        const bool meta = s.kind == ScriptStatement::Kind::PsqlMeta;
        if (meta == s.note.isEmpty())
            return {u"note and kind disagree for: "_s + s.text};
        out.append(u"%1:%2%3"_s.arg(s.line).arg(meta ? u"meta:"_s : QString(), s.text));
    }
    return out;
}

} // namespace

class TestScriptSplitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeTheEngineShell_data()
    {
        QTest::addColumn<Dialect::Kind>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        const auto pg = [](const char *name, const QString &script, const QStringList &expected) {
            QTest::newRow(name) << Dialect::Kind::Postgres << script << expected;
        };
        const auto lite = [](const char *name, const QString &script, const QStringList &expected) {
            QTest::newRow(name) << Dialect::Kind::Sqlite << script << expected;
        };
        const auto generic = [](const char *name, const QString &script,
                                const QStringList &expected) {
            QTest::newRow(name) << Dialect::Kind::Generic << script << expected;
        };

        pg("pg-plain", u"select 1; select 2"_s, {u"0:select 1"_s, u"0:select 2"_s});
        pg("pg-single-quotes", u"select 'a;b''c;'; select 2"_s,
           {u"0:select 'a;b''c;'"_s, u"0:select 2"_s});
        pg("pg-standard-strings", u"select 'a\\'; select 2"_s,
           {u"0:select 'a\\'"_s, u"0:select 2"_s});
        pg("pg-escape-string", u"select E'a\\';b'; select e'\\\\'; select 3"_s,
           {u"0:select E'a\\';b'"_s, u"0:select e'\\\\'"_s, u"0:select 3"_s});
        pg("pg-word-ending-in-e", u"select some'x;'"_s, {u"0:select some'x;'"_s});
        pg("pg-double-quotes", u"select \"a;\"\"b\" from t;\nselect 1"_s,
           {u"0:select \"a;\"\"b\" from t"_s, u"1:select 1"_s});
        pg("pg-backtick-is-no-quote", u"select `a;b`"_s, {u"0:select `a"_s, u"0:b`"_s});
        pg("pg-brackets-are-no-quote", u"select a[1]; select '{1}'::int[];"_s,
           {u"0:select a[1]"_s, u"0:select '{1}'::int[]"_s});
        pg("pg-dollar-quote",
           u"create function f() returns int as $$ select 1; $$ language sql;\nselect 2"_s,
           {u"0:create function f() returns int as $$ select 1; $$ language sql"_s,
            u"1:select 2"_s});
        pg("pg-tagged-dollar-quote",
           u"do $body$ begin perform 1; raise notice '$$;'; end $body$; select 2"_s,
           {u"0:do $body$ begin perform 1; raise notice '$$;'; end $body$"_s, u"0:select 2"_s});
        pg("pg-parameters-are-no-tags", u"select $1; select a$b; select $2"_s,
           {u"0:select $1"_s, u"0:select a$b"_s, u"0:select $2"_s});
        pg("pg-line-comment", u"select 1 -- ; no\n; select 2"_s,
           {u"0:select 1 -- ; no"_s, u"1:select 2"_s});
        pg("pg-nested-block-comment", u"select /* a /* b; */ c; */ 1; select 2"_s,
           {u"0:select /* a /* b; */ c; */ 1"_s, u"0:select 2"_s});
        pg("pg-comment-only-pieces", u"-- only;\n; /* x; */ ;\n\n  -- head\n  select 1 ;"_s,
           {u"4:select 1"_s});
        pg("pg-begin-atomic",
           u"CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  "
           "SELECT CASE WHEN true THEN 2 END;\nEND;\nSELECT 3;"_s,
           {u"0:CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  "
            "SELECT CASE WHEN true THEN 2 END;\nEND"_s,
            u"5:SELECT 3"_s});
        pg("pg-or-replace-procedure",
           u"CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t "
           "VALUES (1); END; CALL p()"_s,
           {u"0:CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t "
            "VALUES (1); END"_s,
            u"0:CALL p()"_s});
        pg("pg-transaction-begin", u"BEGIN; SELECT 1; END;"_s,
           {u"0:BEGIN"_s, u"0:SELECT 1"_s, u"0:END"_s});
        pg("pg-case-outside-routine", u"SELECT CASE WHEN true THEN 1 END; SELECT 2"_s,
           {u"0:SELECT CASE WHEN true THEN 1 END"_s, u"0:SELECT 2"_s});
        pg("pg-parentheses", u"select (1;2); select 3"_s, {u"0:select (1;2)"_s, u"0:select 3"_s});
        pg("pg-psql-meta", u"\\set x 1\nselect :x;\n  \\echo done  \n"_s,
           {u"0:meta:\\set x 1"_s, u"1:select :x"_s, u"2:meta:\\echo done"_s});
        pg("pg-psql-g-sends", u"select 1 \\g\nselect 2;"_s, {u"0:select 1"_s, u"1:select 2"_s});
        pg("pg-extension-guard",
           u"-- complain if script is sourced in psql\n\\echo Use \"CREATE EXTENSION x\" to "
           "load this file. \\quit\nCREATE FUNCTION @extschema@.f() RETURNS int AS 'x' "
           "LANGUAGE C;"_s,
           {u"1:meta:\\echo Use \"CREATE EXTENSION x\" to load this file. \\quit"_s,
            u"2:CREATE FUNCTION @extschema@.f() RETURNS int AS 'x' LANGUAGE C"_s});
        pg("pg-copy-from-file", u"COPY t FROM '/tmp/x;'; select 1"_s,
           {u"0:COPY t FROM '/tmp/x;'"_s, u"0:select 1"_s});
        pg("pg-unterminated-string", u"select 'abc; select 2"_s, {u"0:select 'abc; select 2"_s});
        pg("pg-crlf", u"select 1;\r\n-- c\r\nselect 2;\r\n"_s, {u"0:select 1"_s, u"2:select 2"_s});
        pg("pg-utf16-offsets", u"select 'ä😀;'; select '😀'\n;select 3"_s,
           {u"0:select 'ä😀;'"_s, u"0:select '😀'"_s, u"1:select 3"_s});

        lite("sqlite-plain", u"select 1;\nselect 2;"_s, {u"0:select 1"_s, u"1:select 2"_s});
        lite("sqlite-trigger",
             u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES (CASE WHEN "
             "new.x = 1 THEN 'a;' ELSE 'b' END);\n  UPDATE t SET x = 2; -- end;\nEND;\nSELECT 1"_s,
             {u"0:CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  INSERT INTO log VALUES (CASE WHEN "
              "new.x = 1 THEN 'a;' ELSE 'b' END);\n  UPDATE t SET x = 2; -- end;\nEND"_s,
              u"4:SELECT 1"_s});
        lite("sqlite-temp-trigger",
             u"create temp trigger if not exists tr before delete on t begin select "
             "raise(abort, 'no;'); end; select 2"_s,
             {u"0:create temp trigger if not exists tr before delete on t begin select "
              "raise(abort, 'no;'); end"_s,
              u"0:select 2"_s});
        lite("sqlite-brackets", u"select [a;b], x[c;d] from t; select 1"_s,
             {u"0:select [a;b], x[c;d] from t"_s, u"0:select 1"_s});
        lite("sqlite-backticks", u"select `a;``b`; select 1"_s,
             {u"0:select `a;``b`"_s, u"0:select 1"_s});
        lite("sqlite-flat-block-comments", u"select /* /* */ 1; select 2 */"_s,
             {u"0:select /* /* */ 1"_s, u"0:select 2 */"_s});
        lite("sqlite-backslash-is-plain", u"select 'a\\'; \\echo x; select E'\\'"_s,
             {u"0:select 'a\\'"_s, u"0:\\echo x"_s, u"0:select E'\\'"_s});
        lite("sqlite-no-dollar-quotes", u"select $a; select $b$;"_s,
             {u"0:select $a"_s, u"0:select $b$"_s});
        lite("sqlite-transaction", u"BEGIN; INSERT INTO t VALUES (1); END;"_s,
             {u"0:BEGIN"_s, u"0:INSERT INTO t VALUES (1)"_s, u"0:END"_s});
        lite("sqlite-explain-trigger",
             u"EXPLAIN CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END; SELECT 2"_s,
             {u"0:EXPLAIN CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END"_s,
              u"0:SELECT 2"_s});
        lite("sqlite-parentheses-do-not-hold", u"select (1;2)"_s, {u"0:select (1"_s, u"0:2)"_s});

        generic("generic-trigger-blocks",
                u"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END; "
                "SELECT 1"_s,
                {u"0:CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; "
                 "END"_s,
                 u"0:SELECT 1"_s});
        generic("generic-dollar-and-brackets", u"DO $$ a; $$; select [x;y]; select a[1;2]"_s,
                {u"0:DO $$ a; $$"_s, u"0:select [x;y]"_s, u"0:select a[1"_s, u"0:2]"_s});
    }

    void splitsLikeTheEngineShell()
    {
        QFETCH(Dialect::Kind, dialect);
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(script, ScriptSplitter(dialect).split(script)), expected);
    }

    void readsCopyDataUpToTheTerminator_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("terminated")
            << u"COPY t (a, b) FROM stdin;\n1\tx;y\n2\t'z\n\\.\nselect 1;"_s << u"1\tx;y\n2\t'z\n"_s
            << QStringList{u"0:COPY t (a, b) FROM stdin"_s, u"4:select 1"_s};
        QTest::newRow("crlf-and-options")
            << u"copy public.t from STDIN with (format csv);\r\n\"a;\",1\r\n\\.\r\nselect 2"_s
            << u"\"a;\",1\r\n"_s
            << QStringList{u"0:copy public.t from STDIN with (format csv)"_s, u"3:select 2"_s};
        QTest::newRow("to-the-end") << u"COPY t FROM stdin;\n1\n\\.x\n"_s << u"1\n\\.x\n"_s
                                    << QStringList{u"0:COPY t FROM stdin"_s};
        QTest::newRow("empty") << u"COPY t FROM stdin;\n\\.\n"_s << QString()
                               << QStringList{u"0:COPY t FROM stdin"_s};
    }
    void readsCopyDataUpToTheTerminator()
    {
        QFETCH(QString, script);
        QFETCH(QString, data);
        QFETCH(QStringList, expected);
        const QList<ScriptStatement> statements =
            ScriptSplitter(Dialect::Kind::Postgres).split(script);
        QCOMPARE(describe(script, statements), expected);
        QCOMPARE(statements.first().copyData, data);
        for (qsizetype i = 1; i < statements.size(); ++i)
            QVERIFY(statements[i].copyData.isEmpty());
    }

    void namesMetaCommandsInTheNote()
    {
        const QList<ScriptStatement> statements =
            ScriptSplitter(Dialect::Kind::Postgres).split(u"\\i other.sql\n\\if :x\n"_s);
        QCOMPARE(statements.size(), 2);
        QVERIFY2(statements[0].note.contains(u"\\i "_s), qPrintable(statements[0].note));
        QVERIFY2(statements[1].note.contains(u"\\if "_s), qPrintable(statements[1].note));
    }

    void findsTheStatementAtAnOffset_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("index");
        // "-- c\nselect 1;\n\nselect 22; select 3"
        QTest::newRow("in-leading-comment") << 2 << -1;
        QTest::newRow("first-start") << 5 << 0;
        QTest::newRow("first-end") << 13 << 0;
        QTest::newRow("after-semicolon") << 14 << 0;
        QTest::newRow("blank-between") << 15 << 0;
        QTest::newRow("second") << 20 << 1;
        QTest::newRow("third") << 28 << 2;
        QTest::newRow("past-end") << 100 << 2;
    }
    void findsTheStatementAtAnOffset()
    {
        QFETCH(int, offset);
        QFETCH(int, index);
        const QList<ScriptStatement> statements =
            ScriptSplitter(Dialect::Kind::Sqlite)
                .split(u"-- c\nselect 1;\n\nselect 22; select 3"_s);
        QCOMPARE(statements.size(), 3);
        QCOMPARE(ScriptSplitter::statementAt(statements, offset), qsizetype(index));
        QCOMPARE(ScriptSplitter::statementAt({}, offset), qsizetype(-1));
    }

    void splitStatementsKeepsItsGenericRules()
    {
        QCOMPARE(splitStatements(u"-- head\nselect 1; x'ab;cd'; select [a;b]"_s),
                 (QStringList{u"-- head\nselect 1"_s, u"x'ab;cd'"_s, u"select [a;b]"_s}));
        QCOMPARE(splitStatements(u"CREATE TRIGGER t BEGIN SELECT 1; END; SELECT 2"_s),
                 (QStringList{u"CREATE TRIGGER t BEGIN SELECT 1; END"_s, u"SELECT 2"_s}));
    }
};

QTEST_GUILESS_MAIN(TestScriptSplitter)
#include "tst_scriptsplitter.moc"
