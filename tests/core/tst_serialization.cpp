// SPDX-License-Identifier: MIT
// Rows to JSON objects and back on both engines, in the forms `quarry query --json` writes.
#include "testsupport.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "database/database.h"
#include "io/rowwriter.h"
#include "io/serialization.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(Quarry::RowWriter::Format)

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

// VmHWM / VmRSS of this process, in bytes.
qint64 statusBytes(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

/// Sets the peak (VmHWM) back to the current size; false where the kernel cannot.
bool resetPeak()
{
    QFile refs(u"/proc/self/clear_refs"_s);
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

QString tableSql(Engine e, const QString &name)
{
    const bool pg = e == Postgres;
    return u"CREATE TABLE %1 (id integer PRIMARY KEY, price numeric(20,4), ratio double precision, "
           "ok boolean, born date, at timestamp, data %2, doc %3, id2 %4, note text)"_s.arg(
               name, pg ? u"bytea"_s : u"BLOB"_s, pg ? u"jsonb"_s : u"JSON"_s,
               pg ? u"uuid"_s : u"UUID"_s);
}

} // namespace

class TestSerialization : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsRoundTripThroughJson_data() { addEngineRows(Sqlite | Postgres); }
    void rowsRoundTripThroughJson()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        await(db.session().execute(tableSql(e, u"a"_s)));
        await(db.session().execute(tableSql(e, u"b"_s)));
        const QVariantList values{1,
                                  QVariant::fromValue(Numeric{u"12345678901234.5678"_s}),
                                  0.25,
                                  true,
                                  QDate(2026, 11, 21),
                                  QDateTime(QDate(2026, 11, 21), QTime(12, 34, 56, 789)),
                                  QByteArray("\x00\xff\x10", 3),
                                  QVariant::fromValue(QJsonValue(QJsonObject{{u"k"_s, 1}})),
                                  QUuid(u"6f1c1c2e-8a53-4f07-9c36-1d0ad2f1b2aa"_s),
                                  u"ünïcødé \"q\""_s};
        await(db.session().execute(
            u"INSERT INTO a VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"_s, Params(values)));
        const Row row = await(db.session().one(u"SELECT * FROM a"_s));
        const QJsonObject json = Serialization::rowToJson(row);
        if (e == Postgres) // SQLite's NUMERIC affinity keeps such a value as a double
            QCOMPARE(json[u"price"_s].toString(), u"12345678901234.5678"_s); // exact, as text
        QCOMPARE(json[u"data"_s].toString(), u"AP8Q"_s);                     // base64
        QCOMPARE(json[u"born"_s].toString(), u"2026-11-21"_s);
        QVERIFY2(json[u"at"_s].toString().startsWith(u"2026-11-21T12:34:56.789"_s),
                 qPrintable(json[u"at"_s].toString()));
        QCOMPARE(json[u"doc"_s].toObject()[u"k"_s].toInt(), 1);

        // the same forms as the CLI's JSON writer
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Result result(row.columns());
        result.values() = row.values();
        const auto writer = RowWriter::create(RowWriter::Format::Json, &buffer);
        writer->write(result);
        writer->finish(result.columns());
        QCOMPARE(QJsonDocument::fromJson(buffer.data()).array().at(0).toObject(), json);

        // and back into another table: the same values
        const Metadata metadata = await(db.reflect());
        const QVariantMap back = Serialization::rowFromJson(json, *metadata.table(u"b"_s));
        QVariantList ordered;
        for (const Column &c : metadata.table(u"b"_s)->columns)
            ordered.append(back.value(c.name));
        await(db.session().execute(
            u"INSERT INTO b VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"_s, Params(ordered)));
        const Row copy = await(db.session().one(u"SELECT * FROM b"_s));
        QCOMPARE(Serialization::rowToJson(copy), json);
        await(db.close());
    }

    // A 50 MB text goes out escaped (JSON) or encoded and quoted (CSV, text) straight into the
    // output: not through a JSON document and its copies (which peaked at 20 times the value),
    // nor through a temporary UTF-8 copy and a quoted copy of that.
    void largeTextGoesOutInBoundedMemory_data()
    {
        QTest::addColumn<RowWriter::Format>("format");
        QTest::newRow("json") << RowWriter::Format::Json;
        QTest::newRow("csv") << RowWriter::Format::Csv;
        QTest::newRow("text") << RowWriter::Format::Text;
    }
    void largeTextGoesOutInBoundedMemory()
    {
        QFETCH(RowWriter::Format, format);
        constexpr qsizetype Size = 50'000'000;
        QString text(Size, u'x');
        text[0] = u'"';
        text[1] = u'\n';
        text[2] = QChar(0xfeff);
        text[Size - 1] = u'é';
        Result result(ResultColumns{ResultColumn{.name = u"t"_s}});
        result.values().append(text);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"out"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!resetPeak())
            QSKIP("the kernel cannot reset the peak resident size");
        const qint64 before = statusBytes("VmRSS:");
        const auto writer = RowWriter::create(format, &file);
        writer->write(result);
        writer->finish(result.columns());
        const qint64 growth = statusBytes("VmHWM:") - before;
        file.close();
        // The output once (its UTF-8, here about the value's length), and slack for ASan's
        // shadow memory.
        QVERIFY2(growth < 2 * Size, qPrintable(u"grew by %1 MB"_s.arg(growth / 1'000'000)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        if (format == RowWriter::Format::Json) {
            const QJsonArray rows = QJsonDocument::fromJson(written).array();
            QCOMPARE(rows.size(), 1);
            QVERIFY(rows.at(0).toObject().value(u"t"_s).toString() == text);
        } else if (format == RowWriter::Format::Csv) {
            QString quoted = text;
            quoted.replace(u'"', u"\"\""_s);
            QVERIFY(written == "t\r\n\"" + quoted.toUtf8() + "\"\r\n");
        } else {
            QVERIFY(written == "t\n" + text.toUtf8() + '\n');
        }
    }

    void wrongShapesNameTheColumn()
    {
        Table t{.name = u"t"_s};
        t.columns.append(Column{.name = u"n"_s, .type = Type{.kind = TypeKind::Integer}});
        t.columns.append(Column{.name = u"b"_s, .type = Type{.kind = TypeKind::Blob}});
        try {
            Serialization::rowFromJson(QJsonObject{{u"n"_s, u"many"_s}}, t);
            QFAIL("no error");
        } catch (const ConfigurationError &e) {
            QCOMPARE(e.message(), u"column \"n\" (integer) cannot take the JSON value \"many\""_s);
        }
        QVERIFY_THROWS_EXCEPTION(ConfigurationError,
                                 Serialization::rowFromJson(QJsonObject{{u"b"_s, u"%%"_s}}, t));
        try {
            Serialization::rowFromJson(QJsonObject{{u"nope"_s, 1}}, t);
            QFAIL("no error");
        } catch (const ConfigurationError &e) {
            QCOMPARE(e.message(), u"table \"t\" has no column \"nope\""_s);
        }
        QCOMPARE(Serialization::rowFromJson(QJsonObject{{u"n"_s, QJsonValue::Null}}, t)[u"n"_s],
                 QVariant());
    }
};

QTEST_GUILESS_MAIN(TestSerialization)
#include "tst_serialization.moc"
