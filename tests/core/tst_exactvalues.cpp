// SPDX-License-Identifier: MIT
// Values a Qt type cannot hold as the engine does (microseconds, years past 9999 and BC, a
// leading U+FEFF, -0, text that is not UTF-8) read, printed, serialized and bound back exactly.
#include "exactvaluecases.h"
#include "testsupport.h"

#include "database/database.h"
#include "io/rowwriter.h"
#include "io/serialization.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QByteArray written(RowWriter::Format format, const Result &result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto writer = RowWriter::create(format, &buffer);
    writer->write(result);
    writer->finish(result.columns());
    return buffer.data();
}

QByteArray cliText(const QVariant &value)
{
    QByteArray text;
    RowWriter::appendText(text, value);
    return text;
}

} // namespace

class TestExactValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsAsTheEngineHoldsIt_data() { addExactValueRows(); }
    void printsAsTheEngineHoldsIt()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(int, index);
        const ExactValueCase c = exactValueCases(e).at(index);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Session session = db.session();
        await(session.execute(u"CREATE TABLE v (id integer PRIMARY KEY, val "_s + c.type +
                              u", note text)"_s));
        await(session.execute(u"INSERT INTO v VALUES (1, "_s + c.literal + u", 'a')"_s));
        const Result result = await(session.all(u"SELECT val FROM v"_s));
        const QVariant value = result.value(0, 0);

        // the CLI's text and CSV output
        QCOMPARE(cliText(value), c.text);
        QCOMPARE(written(RowWriter::Format::Text, result), "val\n" + c.text + '\n');
        QVERIFY(written(RowWriter::Format::Csv, result).contains(c.text));
        await(db.close());
    }

    void roundTripsThroughJson_data() { addExactValueRows(); }
    void roundTripsThroughJson()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(int, index);
        const ExactValueCase c = exactValueCases(e).at(index);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        Session session = db.session();
        await(session.execute(u"CREATE TABLE v (id integer PRIMARY KEY, val "_s + c.type +
                              u", note text)"_s));
        await(session.execute(u"INSERT INTO v VALUES (1, "_s + c.literal + u", 'a')"_s));
        const Result result = await(session.all(u"SELECT val FROM v"_s));
        const QVariant value = result.value(0, 0);

        // the JSON writer and Serialization agree, and the value comes back from its JSON form
        const QJsonValue json = Serialization::toJson(value);
        const QJsonDocument document =
            QJsonDocument::fromJson(written(RowWriter::Format::Json, result));
        QCOMPARE(document.array().at(0).toObject().value(u"val"_s), json);
        const Metadata metadata = await(db.reflect());
        const Column *column = metadata.table(u"v"_s)->column(u"val"_s);
        QVERIFY(column);
        const QVariant back = c.json ? Serialization::fromJson(json, *column) : value;
        QCOMPARE(cliText(back), c.text);

        // bound back, both find the row, and an update of another column leaves it as it was
        const QString update = u"UPDATE v SET note = $1 WHERE val = $2"_s;
        QCOMPARE(await(session.execute(update, {u"b"_s, value})).rowsAffected(), 1);
        QCOMPARE(await(session.execute(update, {u"c"_s, back})).rowsAffected(), 1);
        QCOMPARE(await(session.scalar(u"SELECT count(*) FROM v WHERE note = 'c' AND "_s +
                                      holdsExactly(e, u"val"_s, c.literal)))
                     .toInt(),
                 1);
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestExactValues)
#include "tst_exactvalues.moc"
