// SPDX-License-Identifier: MIT
// SqliteReflector against real databases, through the sqlite3 driver and Qt SQL's QSQLITE.
#include "testsupport.h"

#include "database/database.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

constexpr QStringView triggerSql =
    u"CREATE TRIGGER review_touch AFTER INSERT ON review BEGIN "
    u"UPDATE author SET updated = datetime('now') WHERE id = NEW.author_id; END";

QString fixtureScript()
{
    return uR"(
CREATE TABLE author (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE,
    email VARCHAR(200) CONSTRAINT author_email_key UNIQUE,
    born DATE,
    rating DECIMAL(10,2) DEFAULT 0 CHECK (rating >= 0),
    status TEXT DEFAULT 'x' CONSTRAINT status_known CHECK ( status IN ('x', 'y') ),
    created DATETIME DEFAULT CURRENT_TIMESTAMP, -- a comment with a ( and a '
    updated TEXT DEFAULT (datetime('now')),
    active BOOLEAN NOT NULL DEFAULT -1,
    CONSTRAINT name_not_empty CHECK (length(name) > 0),
    CHECK (born IS NULL OR born > '1900-01-01'),
    UNIQUE (name, born)
);
CREATE TABLE book (
    author_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    price REAL,
    tax REAL GENERATED ALWAYS AS (price * 0.2) VIRTUAL,
    total REAL AS (price + tax) STORED,
    editor_id INTEGER REFERENCES author ON DELETE CASCADE ON UPDATE SET NULL,
    CONSTRAINT book_pk PRIMARY KEY (author_id, seq),
    CONSTRAINT book_author_fk FOREIGN KEY (author_id) REFERENCES author (id)
        DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    book_seq INTEGER NOT NULL,
    body TEXT UNIQUE,
    score INT NOT NULL,
    reviewer_id INTEGER CONSTRAINT reviewer_fk REFERENCES author (id) ON DELETE SET NULL,
    FOREIGN KEY (author_id, book_seq) REFERENCES book (author_id, seq) ON DELETE CASCADE
) STRICT;
CREATE UNIQUE INDEX review_one_good ON review (author_id, book_seq) WHERE score > 3;
CREATE INDEX author_lower_name ON author (lower(name));
CREATE INDEX book_title_desc ON book (title COLLATE NOCASE DESC, price);
CREATE VIEW cheap_books AS SELECT title, price FROM book WHERE price < 10;
CREATE VIEW priced_books (book_title, "the ""price""") AS SELECT title, price FROM book;
)"_s + triggerSql.toString() +
           u";"_s;
}

QString adversarialScript()
{
    return uR"(
CREATE TABLE "a""b" ("with space" INTEGER PRIMARY KEY, "select" TEXT, "Mixed Case" TEXT UNIQUE,
    "名前" TEXT, "dot.ted" INT);
CREATE TABLE "select" (
    "a""b" INTEGER REFERENCES "a""b" ("with space"),
    "名前" TEXT, [dot.ted] INT, `Mixed Case` TEXT,
    CONSTRAINT "weird ""fk""" FOREIGN KEY ("dot.ted") REFERENCES "a""b");
CREATE TABLE "Mixed Case" (x INT);
CREATE TABLE 名前 (y INT);
CREATE TABLE "with space" (z INT);
CREATE TABLE "dot.ted" (w INT);
CREATE TABLE "back\slash" (v INT REFERENCES "dot.ted");
CREATE INDEX "ix ""q""" ON "select" ("名前", "Mixed Case" DESC);
CREATE INDEX "dot.ted.ix" ON "a""b" (lower("select"));
)"_s;
}

QCoro::Task<Metadata> createAndReflect(QString url, QString script, ReflectOptions options)
{
    Database db(url);
    Metadata metadata;
    {
        Session s = db.session();
        co_await s.execute(script);
        metadata = co_await SqliteReflector::reflect(s, options);
    }
    co_await db.close();
    co_return metadata;
}

Metadata reflectScript(const ScratchDatabase &scratch, const QString &script,
                       ReflectOptions options = {})
{
    return await(createAndReflect(scratch.url(), script, std::move(options)));
}

QStringList names(const QList<Table> &tables)
{
    QStringList out;
    for (const Table &t : tables)
        out << t.name;
    return out;
}

QStringList columnNames(const Table &table)
{
    QStringList out;
    for (const Column &c : table.columns)
        out << c.name;
    return out;
}

ForeignKey foreignKey(QString name, QStringList columns, QString table, QStringList referred)
{
    ForeignKey fk;
    fk.name = std::move(name);
    fk.columns = std::move(columns);
    fk.referredTable = std::move(table);
    fk.referredColumns = std::move(referred);
    return fk;
}

IndexPart columnPart(QString column, bool descending = false, QString collation = {})
{
    return {std::move(column), {}, descending, std::move(collation), {}};
}

QCoro::Task<std::pair<Metadata, Metadata>> attachAndReflect(Database *db, QString path)
{
    Session s = db->session(); // ATTACH is per connection: keep this one
    co_await s.execute(u"CREATE TABLE thing (id INTEGER PRIMARY KEY)"_s);
    co_await s.execute(u"ATTACH DATABASE $1 AS other"_s, Params(path));
    co_await s.execute(u"CREATE TABLE other.gadget (id INTEGER PRIMARY KEY, name TEXT UNIQUE);"
                       u"CREATE TABLE other.part (gadget_id INTEGER REFERENCES gadget);"
                       u"CREATE INDEX other.part_gadget ON part (gadget_id);"_s);
    ReflectOptions all;
    Metadata everything = co_await SqliteReflector::reflect(s, all);
    ReflectOptions options;
    options.schemas.append(u"other"_s);
    Metadata other = co_await SqliteReflector::reflect(s, options);
    co_return std::pair(everything, other);
}

} // namespace

class TestSqliteReflect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reflectsColumnsTypesAndDefaults_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsColumnsTypesAndDefaults()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        QCOMPARE(m.dialect, u"sqlite"_s);
        QCOMPARE(m.schemas.size(), 1);
        QCOMPARE(m.schemas[0].name, u"main"_s);
        QCOMPARE(names(m.schemas[0].tables), (QStringList{u"author"_s, u"book"_s, u"review"_s}));
        const Table *author = m.table(u"author");
        QVERIFY(author);
        QCOMPARE(author->schema, u"main"_s);
        QCOMPARE(columnNames(*author),
                 (QStringList{u"id"_s, u"name"_s, u"email"_s, u"born"_s, u"rating"_s, u"status"_s,
                              u"created"_s, u"updated"_s, u"active"_s}));
        const Dialect &sqlite = Dialect::forKind(Dialect::Kind::Sqlite);
        for (const Column &c : author->columns)
            QCOMPARE(c.type, sqlite.portableType(c.nativeType));
        QCOMPARE(author->column(u"email")->nativeType, u"VARCHAR(200)"_s);
        QCOMPARE(author->column(u"email")->type.kind, TypeKind::Varchar);
        QCOMPARE(author->column(u"email")->type.length, 200);
        QCOMPARE(author->column(u"rating")->nativeType, u"DECIMAL(10,2)"_s);
        QCOMPARE(author->column(u"rating")->type.kind, TypeKind::Numeric);
        QCOMPARE(author->column(u"created")->nativeType, u"DATETIME"_s);
        QCOMPARE(author->column(u"id")->nullable, true); // SQLite: no NOT NULL written
        QCOMPARE(author->column(u"name")->nullable, false);
        QCOMPARE(author->column(u"name")->collation, u"NOCASE"_s);
        QCOMPARE(author->column(u"email")->collation, QString());
        QCOMPARE(author->column(u"email")->defaultSql, QString());
        QCOMPARE(author->column(u"rating")->defaultSql, u"0"_s);
        QCOMPARE(author->column(u"status")->defaultSql, u"'x'"_s);
        QCOMPARE(author->column(u"created")->defaultSql, u"CURRENT_TIMESTAMP"_s);
        QCOMPARE(author->column(u"updated")->defaultSql, u"(datetime('now'))"_s);
        QCOMPARE(author->column(u"active")->defaultSql, u"-1"_s);
        QCOMPARE(author->column(u"active")->defaultFunction, DefaultFunction::None);
    }

    void reflectsPrimaryKeysAndAutoincrement_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsPrimaryKeysAndAutoincrement()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const Table *author = m.table(u"author");
        const Table *book = m.table(u"book");
        const Table *review = m.table(u"review");
        QCOMPARE(author->primaryKey.columns, QStringList(u"id"_s));
        QCOMPARE(author->primaryKey.name, QString());
        QCOMPARE(author->column(u"id")->autoincrement, true);
        QCOMPARE(review->column(u"id")->autoincrement, false);
        QCOMPARE(book->primaryKey.name, u"book_pk"_s);
        QCOMPARE(book->primaryKey.columns, (QStringList{u"author_id"_s, u"seq"_s}));
        QCOMPARE(book->withoutRowid, true);
        QVERIFY(book->uniques.isEmpty()); // its primary key's autoindex is no constraint
        QCOMPARE(book->strict, false);
        QCOMPARE(review->withoutRowid, false);
        QCOMPARE(review->strict, true);
        QCOMPARE(review->primaryKey.columns, QStringList(u"id"_s));
    }

    void reflectsCompositeForeignKeys_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsCompositeForeignKeys()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const Table *book = m.table(u"book");
        QCOMPARE(book->foreignKeys.size(), 2);
        // Omitted referred columns resolve to the referred table's primary key.
        ForeignKey editor = foreignKey({}, {u"editor_id"_s}, u"author"_s, {u"id"_s});
        editor.onDelete = ReferentialAction::Cascade;
        editor.onUpdate = ReferentialAction::SetNull;
        QCOMPARE(book->foreignKeys[0], editor);
        ForeignKey named =
            foreignKey(u"book_author_fk"_s, {u"author_id"_s}, u"author"_s, {u"id"_s});
        named.deferrable = true;
        named.initiallyDeferred = true;
        QCOMPARE(book->foreignKeys[1], named);

        const Table *review = m.table(u"review");
        QCOMPARE(review->foreignKeys.size(), 2);
        ForeignKey composite =
            foreignKey({}, {u"author_id"_s, u"book_seq"_s}, u"book"_s, {u"author_id"_s, u"seq"_s});
        composite.onDelete = ReferentialAction::Cascade;
        QCOMPARE(review->foreignKeys[0], composite);
        ForeignKey reviewer =
            foreignKey(u"reviewer_fk"_s, {u"reviewer_id"_s}, u"author"_s, {u"id"_s});
        reviewer.onDelete = ReferentialAction::SetNull;
        QCOMPARE(review->foreignKeys[1], reviewer);
    }

    void leavesAutoindexNamesEmpty_data() { addEngineRows(Sqlite | QtSql); }
    void leavesAutoindexNamesEmpty()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const Table *author = m.table(u"author");
        QCOMPARE(author->uniques.size(), 2);
        QCOMPARE(author->uniques[0], (UniqueConstraint{{}, {u"name"_s, u"born"_s}}));
        QCOMPARE(author->uniques[1], (UniqueConstraint{u"author_email_key"_s, {u"email"_s}}));
        QCOMPARE(m.table(u"review")->uniques,
                 (QList<UniqueConstraint>{UniqueConstraint{{}, {u"body"_s}}}));
        // Only CREATE INDEX indexes are indexes; the autoindexes back the constraints.
        for (const Table *t : m.tables()) {
            for (const Index &index : t->indexes)
                QVERIFY2(!index.name.startsWith(u"sqlite_"_s), qPrintable(index.name));
        }
    }

    void skipsPrimaryKeyAutoindexes_data() { addEngineRows(Sqlite | QtSql); }
    void skipsPrimaryKeyAutoindexes()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(
            scratch, u"CREATE TABLE coded (code TEXT PRIMARY KEY, label TEXT UNIQUE);"
                     u"CREATE TABLE pair (a INT, b INT, PRIMARY KEY (a, b), UNIQUE (b, a),"
                     u" UNIQUE (a, b)) WITHOUT ROWID;"
                     u"CREATE TABLE folded (a TEXT, b TEXT COLLATE NOCASE UNIQUE,"
                     u" PRIMARY KEY (a COLLATE NOCASE), UNIQUE (a COLLATE NOCASE),"
                     u" UNIQUE (b), UNIQUE (b COLLATE BINARY)) WITHOUT ROWID;"
                     u"CREATE TABLE child (x TEXT REFERENCES CODED, y INT, z INT,"
                     u" FOREIGN KEY (y, z) REFERENCES Pair);"_s);
        const Table *coded = m.table(u"coded");
        QCOMPARE(coded->primaryKey.columns, QStringList(u"code"_s));
        QCOMPARE(coded->uniques, (QList<UniqueConstraint>{{{}, {u"label"_s}}}));
        QVERIFY(coded->indexes.isEmpty());
        const Table *pair = m.table(u"pair");
        QCOMPARE(pair->uniques, (QList<UniqueConstraint>{{{}, {u"b"_s, u"a"_s}}}));
        QVERIFY(pair->indexes.isEmpty());
        // SQLite folds a UNIQUE equal to the key or to an earlier one (collations decide).
        QCOMPARE(m.table(u"folded")->uniques,
                 (QList<UniqueConstraint>{{{}, {u"b"_s}}, {{}, {u"b"_s}}}));
        // Referred tables named in another case resolve to their primary keys.
        QCOMPARE(
            m.table(u"child")->foreignKeys,
            (QList<ForeignKey>{foreignKey({}, {u"x"_s}, u"CODED"_s, {u"code"_s}),
                               foreignKey({}, {u"y"_s, u"z"_s}, u"Pair"_s, {u"a"_s, u"b"_s})}));
    }

    void reflectsChecksAsWritten_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsChecksAsWritten()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const QList<CheckConstraint> expected{
            {{}, u"born IS NULL OR born > '1900-01-01'"_s},
            {{}, u"rating >= 0"_s},
            {u"name_not_empty"_s, u"length(name) > 0"_s},
            {u"status_known"_s, u"status IN ('x', 'y')"_s},
        };
        QCOMPARE(m.table(u"author")->checks, expected);
        QVERIFY(m.table(u"book")->checks.isEmpty());
    }

    void reflectsIndexes_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsIndexes()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        Index lowerName;
        lowerName.name = u"author_lower_name"_s;
        lowerName.parts = {IndexPart{{}, u"lower(name)"_s, false, {}, {}}};
        QCOMPARE(m.table(u"author")->indexes, QList<Index>{lowerName});

        Index titleDesc;
        titleDesc.name = u"book_title_desc"_s;
        titleDesc.parts = {columnPart(u"title"_s, true, u"NOCASE"_s), columnPart(u"price"_s)};
        QCOMPARE(m.table(u"book")->indexes, QList<Index>{titleDesc});

        Index partial;
        partial.name = u"review_one_good"_s;
        partial.unique = true;
        partial.parts = {columnPart(u"author_id"_s), columnPart(u"book_seq"_s)};
        partial.where = u"score > 3"_s;
        QCOMPARE(m.table(u"review")->indexes, QList<Index>{partial});
    }

    void reflectsGeneratedColumns_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsGeneratedColumns()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const Table *book = m.table(u"book");
        QCOMPARE(book->column(u"tax")->generatedSql, u"price * 0.2"_s);
        QCOMPARE(book->column(u"tax")->generatedStored, false);
        QCOMPARE(book->column(u"tax")->nativeType, u"REAL"_s);
        QCOMPARE(book->column(u"total")->generatedSql, u"price + tax"_s);
        QCOMPARE(book->column(u"total")->generatedStored, true);
        QCOMPARE(book->column(u"price")->generatedSql, QString());
    }

    void reflectsViewsAndTriggers_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsViewsAndTriggers()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, fixtureScript());
        const Schema &main = m.schemas[0];
        QCOMPARE(main.views.size(), 2);
        View cheap;
        cheap.schema = u"main"_s;
        cheap.name = u"cheap_books"_s;
        cheap.sql = u"SELECT title, price FROM book WHERE price < 10"_s;
        QCOMPARE(main.views[0], cheap);
        // An explicit column list is kept apart from the query.
        View priced;
        priced.schema = u"main"_s;
        priced.name = u"priced_books"_s;
        priced.sql = u"SELECT title, price FROM book"_s;
        priced.columns = QStringList{u"book_title"_s, u"the \"price\""_s};
        QCOMPARE(main.views[1], priced);
        QCOMPARE(main.triggers.size(), 1);
        QCOMPARE(main.triggers[0],
                 (Trigger{u"main"_s, u"review_touch"_s, u"review"_s, triggerSql.toString()}));
        QVERIFY(main.sequences.isEmpty());
    }

    void reflectsIdenticalDatabasesEqual_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsIdenticalDatabasesEqual()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase first(e);
        ScratchDatabase second(Sqlite);
        const Metadata a = reflectScript(first, fixtureScript() + adversarialScript());
        const Metadata b = reflectScript(second, fixtureScript() + adversarialScript());
        QVERIFY(a == b);
    }

    void reflectsAdversarialNames_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsAdversarialNames()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(scratch, adversarialScript());
        QCOMPARE(names(m.schemas[0].tables),
                 (QStringList{u"Mixed Case"_s, u"a\"b"_s, u"back\\slash"_s, u"dot.ted"_s,
                              u"select"_s, u"with space"_s, u"名前"_s}));
        const Table *ab = m.table(u"a\"b");
        QCOMPARE(columnNames(*ab), (QStringList{u"with space"_s, u"select"_s, u"Mixed Case"_s,
                                                u"名前"_s, u"dot.ted"_s}));
        QCOMPARE(ab->primaryKey.columns, QStringList(u"with space"_s));
        QCOMPARE(ab->uniques, (QList<UniqueConstraint>{{{}, {u"Mixed Case"_s}}}));
        Index lowerSelect;
        lowerSelect.name = u"dot.ted.ix"_s;
        lowerSelect.parts = {IndexPart{{}, u"lower(\"select\")"_s, false, {}, {}}};
        QCOMPARE(ab->indexes, QList<Index>{lowerSelect});

        const Table *select = m.table(u"select");
        QCOMPARE(columnNames(*select),
                 (QStringList{u"a\"b"_s, u"名前"_s, u"dot.ted"_s, u"Mixed Case"_s}));
        QCOMPARE(select->foreignKeys,
                 (QList<ForeignKey>{
                     foreignKey({}, {u"a\"b"_s}, u"a\"b"_s, {u"with space"_s}),
                     foreignKey(u"weird \"fk\""_s, {u"dot.ted"_s}, u"a\"b"_s, {u"with space"_s}),
                 }));
        Index quoted;
        quoted.name = u"ix \"q\""_s;
        quoted.parts = {columnPart(u"名前"_s), columnPart(u"Mixed Case"_s, true)};
        QCOMPARE(select->indexes, QList<Index>{quoted});
    }

    void reflectsAttachedDatabases_data() { addEngineRows(Sqlite | QtSql); }
    void reflectsAttachedDatabases()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        QTemporaryDir dir;
        Database db(scratch.url());
        const auto [all, onlyOther] = await(attachAndReflect(&db, dir.filePath(u"other.db"_s)));
        await(db.close());
        QCOMPARE(all.schemas.size(), 2);
        QCOMPARE(all.schemas[0].name, u"main"_s);
        QCOMPARE(all.schemas[1].name, u"other"_s);
        QCOMPARE(names(all.schemas[0].tables), QStringList(u"thing"_s));
        QCOMPARE(names(all.schemas[1].tables), (QStringList{u"gadget"_s, u"part"_s}));
        const Table *part = all.table(u"part", u"other");
        QCOMPARE(part->schema, u"other"_s);
        QCOMPARE(part->foreignKeys,
                 QList<ForeignKey>{foreignKey({}, {u"gadget_id"_s}, u"gadget"_s, {u"id"_s})});
        QCOMPARE(part->indexes.size(), 1);
        QCOMPARE(all.table(u"gadget", u"other")->uniques.size(), 1);
        QCOMPARE(onlyOther.schemas.size(), 1);
        QVERIFY(onlyOther.schemas[0] == all.schemas[1]);
    }

    void skipsInternalAndVirtualTables_data() { addEngineRows(Sqlite | QtSql); }
    void skipsInternalAndVirtualTables()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        const Metadata m = reflectScript(
            scratch, fixtureScript() + u"INSERT INTO author (name) VALUES ('a');"
                                       u"ANALYZE; CREATE VIRTUAL TABLE notes USING fts5(body);"_s);
        QCOMPARE(names(m.schemas[0].tables), (QStringList{u"author"_s, u"book"_s, u"review"_s}));
        Database fresh(scratch.url());
        const QStringList listed = await(SqliteReflector::tableNames(fresh.session(), QString()));
        await(fresh.close());
        QCOMPARE(listed, (QStringList{u"author"_s, u"book"_s, u"review"_s}));
    }

    void filtersTables_data() { addEngineRows(Sqlite | QtSql); }
    void filtersTables()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        ReflectOptions options;
        options.tables = QStringList{u"review"_s, u"cheap_books"_s, u"book"_s};
        const Metadata m = reflectScript(scratch, fixtureScript(), options);
        QCOMPARE(names(m.schemas[0].tables), (QStringList{u"book"_s, u"review"_s}));
        QCOMPARE(m.schemas[0].views.size(), 1);
        QCOMPARE(m.schemas[0].triggers.size(), 1); // it fires on review
        QCOMPARE(m.table(u"review")->foreignKeys.size(), 2);
        // `REFERENCES author` without columns, author filtered out: still resolved.
        QCOMPARE(m.table(u"book")->foreignKeys[0].referredColumns, QStringList(u"id"_s));
    }

    void listsTableNames_data() { addEngineRows(Sqlite | QtSql); }
    void listsTableNames()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        reflectScript(scratch, adversarialScript() + fixtureScript());
        Database db(scratch.url());
        const QStringList main = await(SqliteReflector::tableNames(db.session(), u"main"_s));
        QCOMPARE(main,
                 (QStringList{u"Mixed Case"_s, u"a\"b"_s, u"author"_s, u"back\\slash"_s, u"book"_s,
                              u"dot.ted"_s, u"review"_s, u"select"_s, u"with space"_s, u"名前"_s}));
        QCOMPARE(await(SqliteReflector::tableNames(db.session(), QString())), main);
        await(db.close());
    }

    // Every feature of the fixture, written back by the DDL compiler into an empty database,
    // reflects the same: createAll() loses nothing the reflector reads.
    void featureSchemaRoundTripsThroughCreateAll_data() { addEngineRows(Sqlite | QtSql); }
    void featureSchemaRoundTripsThroughCreateAll()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase original(e);
        const Metadata reflected = reflectScript(original, fixtureScript() + adversarialScript());
        ScratchDatabase copy(e);
        Database db(copy.url());
        await(db.createAll(reflected, {.checkFirst = false}));
        await(db.close());
        const Metadata copied = reflectScript(copy, QString());
        QCOMPARE(copied, reflected);
        // Spelled out: createAll() wrote the view's column list.
        const auto priced =
            std::find_if(copied.schemas[0].views.cbegin(), copied.schemas[0].views.cend(),
                         [](const View &view) { return view.name == u"priced_books"; });
        QVERIFY(priced != copied.schemas[0].views.cend());
        QCOMPARE(priced->columns, (QStringList{u"book_title"_s, u"the \"price\""_s}));
    }
};

QTEST_GUILESS_MAIN(TestSqliteReflect)
#include "tst_sqlitereflect.moc"
