// SPDX-License-Identifier: MIT
// The data grid's page SQL on both engines: key samples, reads from a sampled key, keyset and
// OFFSET jumps all land on the same rows, with and without filters, in both directions.
#include "testsupport.h"

#include "database/database.h"
#include "ops/pagequery.h"
#include "schema/dialect.h"
#include "schema/metadata.h"
#include "schema/reflector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

// Keys 1, 4, 7 … (gaps, so that row numbers and keys differ); every fifth row is "odd".
constexpr int Rows = 1000;

QString schemaSql()
{
    return u"CREATE TABLE item (id integer PRIMARY KEY, kind varchar(10) NOT NULL);"
           "CREATE TABLE tagged (tag varchar(10) PRIMARY KEY, n integer)"_s;
}

QList<int> expectedIds(bool descending, bool filtered)
{
    QList<int> ids;
    for (int i = 0; i < Rows; ++i) {
        if (!filtered || i % 5 == 0)
            ids.append(3 * i + 1);
    }
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

QList<int> column(const Result &rows)
{
    QList<int> values;
    for (qsizetype r = 0; r < rows.rowCount(); ++r)
        values.append(rows.value(r, 0).toInt());
    return values;
}

} // namespace

class TestPageQuery : public QObject {
    Q_OBJECT

    std::map<int, std::unique_ptr<ScratchDatabase>> m_scratch; // one filled database per engine

    Database open(int e)
    {
        auto &scratch = m_scratch[e];
        if (!scratch) {
            scratch = std::make_unique<ScratchDatabase>(Engine(e));
            Database setup(scratch->url());
            await(setup.session().execute(schemaSql()));
            QList<Params> rows;
            for (int i = 0; i < Rows; ++i)
                rows.append(Params(QVariantList{3 * i + 1, i % 5 == 0 ? u"odd"_s : u"even"_s}));
            Session session = setup.session();
            await(session.executeMany(u"INSERT INTO item (id, kind) VALUES ($1, $2)"_s, rows));
            await(setup.close());
        }
        return Database(scratch->url());
    }

private Q_SLOTS:
    void cleanupTestCase() { m_scratch.clear(); }

    void samplesAndReadsLandOnTheSameRows_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("filtered");
        for (const Engine e : {Sqlite, Postgres}) {
            const char *name = e == Sqlite ? "sqlite" : "postgres";
            QTest::addRow("%s-asc", name) << int(e) << false << false;
            QTest::addRow("%s-desc", name) << int(e) << true << false;
            QTest::addRow("%s-asc-filtered", name) << int(e) << false << true;
            QTest::addRow("%s-desc-filtered", name) << int(e) << true << true;
        }
    }
    void samplesAndReadsLandOnTheSameRows()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(bool, descending);
        QFETCH(bool, filtered);
        Database db = open(e);
        const Metadata metadata = await(db.reflect());
        PageQuery query(*metadata.table(u"item"_s), Dialect::forUrl(db.url()));
        query.setOrder(u"id"_s, descending);
        if (filtered)
            query.setFilters({{u"kind"_s, u"odd"_s}});
        QVERIFY(query.byKey());
        QVERIFY(query.canSample());
        const QList<int> ids = expectedIds(descending, filtered);
        Session session = db.session();

        constexpr int Every = 7;
        Statement sample = query.sample(Every);
        const QList<int> keys = column(await(session.all(sample.sql, std::move(sample.params))));
        QList<int> expectedKeys;
        for (qsizetype i = 0; i < ids.size(); i += Every)
            expectedKeys.append(ids[i]);
        QCOMPARE(keys, expectedKeys);

        // Page 9 read three ways: from its sampled key, after page 8's last key, by OFFSET.
        const qsizetype first = 9 * Every;
        const QList<int> page = ids.mid(first, Every);
        Statement from = query.from(keys[9], Every);
        QCOMPARE(column(await(session.all(from.sql, std::move(from.params)))), page);
        Statement after = query.after(ids[first - 1], Every);
        QCOMPARE(column(await(session.all(after.sql, std::move(after.params)))), page);
        Statement at = query.at(first, Every);
        QCOMPARE(column(await(session.all(at.sql, std::move(at.params)))), page);
        Statement count = query.count();
        QCOMPARE(await(session.scalar(count.sql, std::move(count.params))).toInt(), ids.size());
        await(db.close());
    }

    void emptyResultSamplesNothing_data() { addEngineRows(Sqlite | Postgres); }
    void emptyResultSamplesNothing()
    {
        QUARRY_FETCH_ENGINE(e);
        Database db = open(e);
        const Metadata metadata = await(db.reflect());
        PageQuery query(*metadata.table(u"item"_s), Dialect::forUrl(db.url()));
        query.setFilters({{u"kind"_s, u"none"_s}});
        Statement sample = query.sample(16);
        Session session = db.session();
        QCOMPARE(await(session.all(sample.sql, std::move(sample.params))).rowCount(), 0);
        await(db.close());
    }

    void estimatesFromTheKeySpanOnSqlite()
    {
        Database db = open(Sqlite);
        const Metadata metadata = await(db.reflect());
        PageQuery query(*metadata.table(u"item"_s), Dialect::forUrl(db.url()));
        std::optional<Statement> estimate = query.estimate();
        QVERIFY(estimate);
        Session session = db.session();
        QCOMPARE(await(session.scalar(estimate->sql, std::move(estimate->params))).toInt(),
                 3 * (Rows - 1) + 1);
        query.setFilters({{u"kind"_s, u"odd"_s}});
        QVERIFY(!query.estimate()); // a filter makes the span meaningless

        // A text key has no span; SQLite lets it hold NULLs, which keyset reads would skip
        // and which tie: pages go by OFFSET, ties broken by the rowid.
        PageQuery tagged(*metadata.table(u"tagged"_s), Dialect::forUrl(db.url()));
        QVERIFY(!tagged.estimate());
        QVERIFY(!tagged.byKey());
        QVERIFY(!tagged.canSample());
        QVERIFY(tagged.stableOrder());
        QVERIFY2(tagged.at(0, 10).sql.contains(u"ORDER BY \"tag\" ASC, rowid ASC"_s),
                 qPrintable(tagged.at(0, 10).sql));
        await(db.close());
    }

    // Large values come cut to a prefix with their whole size; small ones, keys and other
    // types come whole; value() reads a cut one whole by key, or by row address without one.
    void readsLargeValuesCut_data() { addEngineRows(Sqlite | Postgres); }
    void readsLargeValuesCut()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        const QString blob = e == Sqlite ? u"blob"_s : u"bytea"_s;
        const QString longText = QString(3000, u'é') + QString(3000, u'x'); // 9000 bytes
        const QByteArray longBytes = QByteArray(10'000, '\x01') + QByteArray(10, '\xff');
        const QString longKey = QString(5000, u'k');
        for (const QString &table : {u"keyed"_s, u"keyless"_s}) {
            const QString key = table == u"keyed"_s ? u" PRIMARY KEY"_s : QString();
            await(db.session().execute(u"CREATE TABLE "_s + table + u" (k text"_s + key +
                                       u", t text, b "_s + blob + u", n integer)"_s));
            Session session = db.session();
            await(session.execute(u"INSERT INTO "_s + table + u" VALUES ($1, $2, $3, 7)"_s,
                                  Params(longKey, longText, longBytes)));
            await(session.execute(u"INSERT INTO "_s + table + u" VALUES ('s', 'small', $1, 8)"_s,
                                  Params(QByteArray("\x00\x01", 2))));
        }
        const Metadata metadata = await(db.reflect());
        Session session = db.session();
        for (const QString &name : {u"keyed"_s, u"keyless"_s}) {
            PageQuery query(*metadata.table(name), Dialect::forUrl(db.url()));
            query.setOrder(u"n"_s, false);
            query.setCut(4096);
            const bool keyed = name == u"keyed"_s;
            // the key is never cut; without a key, t and b are cut and also k
            QCOMPARE(query.cutColumns(), keyed ? QList<int>({1, 2}) : QList<int>({0, 1, 2}));
            const int sizes = 4;
            Statement at = query.at(0, 10);
            const Result rows = await(session.all(at.sql, std::move(at.params)));
            QCOMPARE(rows.columnCount(), query.width());
            QCOMPARE(rows.rowCount(), 2);
            const int t = 1, b = 2;
            const qsizetype tSize = sizes + query.cutColumns().indexOf(t);
            const qsizetype bSize = sizes + query.cutColumns().indexOf(b);
            QCOMPARE(rows.value(0, t).toString(), longText.left(4096));
            QCOMPARE(rows.value(0, tSize).toLongLong(), longText.toUtf8().size());
            QCOMPARE(rows.value(0, b).toByteArray(), longBytes.left(4096));
            QCOMPARE(rows.value(0, bSize).toLongLong(), longBytes.size());
            QCOMPARE(rows.value(0, 3).toInt(), 7);
            QCOMPARE(rows.value(0, 0).toString(), keyed ? longKey : longKey.left(4096));
            QCOMPARE(rows.value(1, t).toString(), u"small"_s);
            QVERIFY(rows.value(1, tSize).isNull());
            QCOMPARE(rows.value(1, b).toByteArray(), QByteArray("\x00\x01", 2));
            QVERIFY(rows.value(1, bSize).isNull());

            QVariantList identity;
            for (const int column : query.identityColumns())
                identity.append(rows.value(0, column));
            Statement whole = query.value(u"t"_s, identity);
            QCOMPARE(await(session.scalar(whole.sql, whole.params)).toString(), longText);
            whole = query.value(u"b"_s, identity);
            QCOMPARE(await(session.scalar(whole.sql, whole.params)).toByteArray(), longBytes);
        }
        // nothing to find a view's rows by: read whole
        await(session.execute(u"CREATE VIEW seen AS SELECT t FROM keyless"_s));
        PageQuery view(await(describeRelation(session, u"seen"_s))->table,
                       Dialect::forUrl(db.url()), true);
        view.setCut(4096);
        QVERIFY(view.cutColumns().isEmpty());
        await(db.close());
    }

    void otherOrdersAreNotSampled()
    {
        Database db = open(Sqlite);
        const Metadata metadata = await(db.reflect());
        PageQuery query(*metadata.table(u"item"_s), Dialect::forUrl(db.url()));
        query.setOrder(u"kind"_s, false);
        QVERIFY(!query.canSample());
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestPageQuery)
#include "tst_pagequery.moc"
