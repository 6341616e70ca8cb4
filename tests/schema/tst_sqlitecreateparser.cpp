// SPDX-License-Identifier: MIT
// The CREATE TABLE / INDEX / VIEW parsing behind SqliteReflector, on awkward but valid SQLite.
#include "schema/sqlite/sqlitecreateparser.h"
#include "schema/sqlite/sqlitetokens.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::SqliteDdl;

namespace {

ForeignKey foreignKey(QString name, QStringList columns, QString table, QStringList referred)
{
    ForeignKey fk;
    fk.name = std::move(name);
    fk.columns = std::move(columns);
    fk.referredTable = std::move(table);
    fk.referredColumns = std::move(referred);
    return fk;
}

const QString awkwardTable = uR"(CREATE TABLE IF NOT EXISTS main."t" ( -- a comment (
  "a""b" INTEGER /* ) , */ PRIMARY KEY DESC ON CONFLICT REPLACE AUTOINCREMENT,
  [c d] NUMERIC ( 10 , 2 ) NOT NULL CONSTRAINT ck CHECK ( [c d] > (0) ) DEFAULT -1.5e+3,
  `e` TEXT COLLATE "NOCASE" DEFAULT 'it''s, (' REFERENCES other ON DELETE SET DEFAULT
      MATCH FULL NOT DEFERRABLE INITIALLY DEFERRED NOT NULL,
  f DEFAULT x'00ff',
  g AS (a || ')' ) STORED,
  h CONSTRAINT named_pk_is_not_here NULL,
  CONSTRAINT u1 UNIQUE (f COLLATE NOCASE, g) CONSTRAINT c2 CHECK (f IS NOT NULL),
  FOREIGN KEY (f, g) REFERENCES p ("x", [y]) ON INSERT SET NULL ON UPDATE CASCADE DEFERRABLE
) STRICT, WITHOUT ROWID)"_s;

} // namespace

class TestSqliteCreateParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenizesQuotesAndComments()
    {
        const TokenList t(u"a \"b\"\"c\" [d e] `f``g` 'h''i' -- x\n/* y */ x'0A' 1.5e-3 ?2 ("_s);
        QCOMPARE(t.size(), 9);
        QCOMPARE(t.name(1), u"b\"c"_s);
        QCOMPARE(t.name(2), u"d e"_s);
        QCOMPARE(t.name(3), u"f`g"_s);
        QCOMPARE(t.name(4), u"h'i"_s);
        QCOMPARE(t.at(5).kind, Token::Kind::Blob);
        QCOMPARE(t.raw(6), u"1.5e-3");
        QCOMPARE(t.at(7).kind, Token::Kind::Variable);
        QCOMPARE(t.closing(8), t.size()); // unclosed
    }

    void survivesUnterminatedText()
    {
        const ParsedTable table = parseCreateTable(u"CREATE TABLE t (a TEXT DEFAULT 'abc"_s);
        QVERIFY(table.valid);
        QCOMPARE(table.columns.size(), 1);
        QVERIFY(!parseCreateTable(u"CREATE TABLE t (a /* never closed"_s).columns.isEmpty());
        QVERIFY(!parseCreateTable(u""_s).valid);
        QVERIFY(!parseCreateTable(u"CREATE TABLE"_s).valid);
    }

    void parsesColumnClauses()
    {
        const ParsedTable table = parseCreateTable(awkwardTable);
        QVERIFY(table.valid);
        QCOMPARE(table.columns.size(), 6);
        QCOMPARE(table.columns[0].name, u"a\"b"_s);
        QCOMPARE(table.columns[0].autoincrement, true);
        QCOMPARE(table.columns[1].name, u"c d"_s);
        QCOMPARE(table.columns[1].defaultSql, u"-1.5e+3"_s);
        QCOMPARE(table.columns[2].name, u"e"_s);
        QCOMPARE(table.columns[2].collation, u"NOCASE"_s);
        QCOMPARE(table.columns[2].defaultSql, u"'it''s, ('"_s);
        QCOMPARE(table.columns[3].defaultSql, u"x'00ff'"_s);
        QCOMPARE(table.columns[4].generatedSql, u"a || ')'"_s);
        QCOMPARE(table.columns[4].autoincrement, false);
        QCOMPARE(table.column(u"H")->name, u"h"_s);
        QCOMPARE(table.primaryKey, QStringList(u"a\"b"_s));
        QCOMPARE(table.primaryKeyName, QString());
        QCOMPARE(table.primaryKeyDescending, true);
        QCOMPARE(table.strict, true);
        QCOMPARE(table.withoutRowid, true);
    }

    void parsesTableConstraints()
    {
        const ParsedTable table = parseCreateTable(awkwardTable);
        QCOMPARE(table.checks, (QList<CheckConstraint>{{u"ck"_s, u"[c d] > (0)"_s},
                                                       {u"c2"_s, u"f IS NOT NULL"_s}}));
        QCOMPARE(table.uniques,
                 (QList<ParsedUnique>{{u"u1"_s, {u"f"_s, u"g"_s}, {u"NOCASE"_s, QString()}}}));
        ForeignKey other = foreignKey({}, {u"e"_s}, u"other"_s, {});
        other.onDelete = ReferentialAction::SetDefault;
        ForeignKey pair = foreignKey({}, {u"f"_s, u"g"_s}, u"p"_s, {u"x"_s, u"y"_s});
        pair.onUpdate = ReferentialAction::Cascade;
        pair.deferrable = true;
        QCOMPARE(table.foreignKeys, (QList<ForeignKey>{other, pair}));
    }

    void namesColumnLevelConstraints()
    {
        const ParsedTable table =
            parseCreateTable(u"CREATE TABLE t (id INTEGER CONSTRAINT pk PRIMARY KEY, "
                             u"a INT CONSTRAINT fk REFERENCES t (id) DEFERRABLE INITIALLY DEFERRED "
                             u"CONSTRAINT uq UNIQUE CONSTRAINT nn NOT NULL CHECK (a > 0))"_s);
        QCOMPARE(table.primaryKeyName, u"pk"_s);
        QCOMPARE(table.uniques, (QList<ParsedUnique>{{u"uq"_s, {u"a"_s}, {QString()}}}));
        QCOMPARE(table.primaryKeyDescending, false);
        QCOMPARE(table.checks, (QList<CheckConstraint>{{{}, u"a > 0"_s}}));
        QCOMPARE(table.foreignKeys.size(), 1);
        QCOMPARE(table.foreignKeys[0].name, u"fk"_s);
        QCOMPARE(table.foreignKeys[0].deferrable, true);
        QCOMPARE(table.foreignKeys[0].initiallyDeferred, true);
    }

    void acceptsStringNamesAndRejectsVirtualTables()
    {
        const ParsedTable shadow =
            parseCreateTable(u"CREATE TABLE 'x_data'('id' INTEGER PRIMARY KEY, block BLOB)"_s);
        QCOMPARE(shadow.columns.size(), 2);
        QCOMPARE(shadow.columns[0].name, u"id"_s);
        QVERIFY(!parseCreateTable(u"CREATE VIRTUAL TABLE f USING fts5(body)"_s).valid);
    }

    void parsesIndexKeysAndWhere()
    {
        const ParsedIndex index =
            parseCreateIndex(u"CREATE UNIQUE INDEX IF NOT EXISTS \"main\".\"ix\" ON \"t\" "
                             u"(lower(\"a\"\"b\") COLLATE nocase DESC, \"c d\" ASC, (x + y)) "
                             u"WHERE (a > 0) AND b = 'x;y'"_s);
        QVERIFY(index.valid);
        QCOMPARE(index.parts.size(), 3);
        QCOMPARE(index.parts[0].text, u"lower(\"a\"\"b\")"_s);
        QCOMPARE(index.parts[0].collation, u"nocase"_s);
        QCOMPARE(index.parts[1].text, u"\"c d\""_s);
        QCOMPARE(index.parts[1].collation, QString());
        QCOMPARE(index.parts[2].text, u"(x + y)"_s);
        QCOMPARE(index.where, u"(a > 0) AND b = 'x;y'"_s);
        QCOMPARE(parseCreateIndex(u"CREATE INDEX i ON t(a)"_s).where, QString());
    }

    void parsesViewQuery()
    {
        QCOMPARE(parseViewQuery(u"CREATE VIEW v (a, b) AS /* c */ SELECT 1 AS a, 2 AS b"_s),
                 u"SELECT 1 AS a, 2 AS b"_s);
        QCOMPARE(parseViewQuery(u"CREATE TEMP VIEW IF NOT EXISTS \"as\"AS\nSELECT 'AS';"_s),
                 u"SELECT 'AS'"_s);
        QCOMPARE(parseViewQuery(u"CREATE VIEW v"_s), QString());
    }

    void parsesViewColumns()
    {
        const ParsedView view = parseCreateView(
            u"CREATE VIEW main.v (a, \"b \"\"c\"\"\", [d], 'e') AS SELECT (1), 2, 3, 4;"_s);
        QCOMPARE(view.columns, (QStringList{u"a"_s, u"b \"c\""_s, u"d"_s, u"e"_s}));
        QCOMPARE(view.query, u"SELECT (1), 2, 3, 4"_s);
        const ParsedView plain = parseCreateView(u"CREATE VIEW v AS SELECT f(1, 2) AS x"_s);
        QVERIFY(plain.columns.isEmpty());
        QCOMPARE(plain.query, u"SELECT f(1, 2) AS x"_s);
        QVERIFY(parseCreateView(u"CREATE VIEW v"_s).columns.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteCreateParser)
#include "tst_sqlitecreateparser.moc"
