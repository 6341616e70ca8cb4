// SPDX-License-Identifier: MIT
#include "connection/errors.h"
#include "connection/params.h"
#include "sql/placeholders.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using Quarry::ConfigurationError;
using Quarry::Params;
using Quarry::PlaceholderStyle;
using Quarry::rewritePlaceholders;
using Quarry::RewrittenSql;

Q_DECLARE_METATYPE(Quarry::PlaceholderStyle)

namespace {

template<typename F> QString errorOf(F &&f)
{
    try {
        f();
    } catch (const ConfigurationError &error) {
        return error.message();
    }
    return {};
}

QVariantList names(std::initializer_list<const char16_t *> list)
{
    QVariantList out;
    for (const char16_t *name : list)
        out.append(QString::fromUtf16(name));
    return out;
}

QVariantList indexes(std::initializer_list<int> list)
{
    QVariantList out;
    for (int index : list)
        out.append(index);
    return out;
}

} // namespace

class TestPlaceholders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leavesQuotedAndCommentedTextAlone_data();
    void leavesQuotedAndCommentedTextAlone();
    void rewritesForEachStyle_data();
    void rewritesForEachStyle();
    void leavesStatementsWithoutPlaceholdersUnchanged();
    void rejectsMixedPlaceholders_data();
    void rejectsMixedPlaceholders();
    void rejectsPlaceholderZeroAndHuge();
    void mapsPositionsBack_data();
    void mapsPositionsBack();
    void bindsValuesInSlotOrder_data();
    void bindsValuesInSlotOrder();
    void bindRejectsTooFewPositionalValues();
    void bindNamesMissingValue();
    void bindRejectsWrongKindOfParams();
    void bindIgnoresUnusedValues();
    void scansLargeScriptQuickly();
};

// Each statement has exactly one real placeholder, :b (or $1), outside the construct under test;
// everything inside the construct must come through untouched.
void TestPlaceholders::leavesQuotedAndCommentedTextAlone_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");

    QTest::newRow("single-quoted string") << u"SELECT ':a $1', :b"_s << u"SELECT ':a $1', $1"_s;
    QTest::newRow("doubled quote inside string")
        << u"SELECT 'it''s :a', :b"_s << u"SELECT 'it''s :a', $1"_s;
    QTest::newRow("string of only an escaped quote")
        << u"SELECT '''', :b"_s << u"SELECT '''', $1"_s;
    QTest::newRow("E-string with backslash quote")
        << u"SELECT E'it\\'s :a', :b"_s << u"SELECT E'it\\'s :a', $1"_s;
    QTest::newRow("lower-case e-string") << u"SELECT e'\\' :a', :b"_s << u"SELECT e'\\' :a', $1"_s;
    QTest::newRow("E-string ending in escaped backslash")
        << u"SELECT E'\\\\', :b"_s << u"SELECT E'\\\\', $1"_s;
    QTest::newRow("E-string with doubled quote")
        << u"SELECT E'a'':a', :b"_s << u"SELECT E'a'':a', $1"_s;
    QTest::newRow("e at the end of an identifier is no E-string")
        << u"SELECT date'2020\\', :b"_s << u"SELECT date'2020\\', $1"_s;
    QTest::newRow("standard string keeps backslash literal")
        << u"SELECT 'C:\\', :b"_s << u"SELECT 'C:\\', $1"_s;
    QTest::newRow("unicode string")
        << u"SELECT U&'d\\0061t :a', :b"_s << u"SELECT U&'d\\0061t :a', $1"_s;
    QTest::newRow("double-quoted identifier")
        << u"SELECT \"col:a\", :b"_s << u"SELECT \"col:a\", $1"_s;
    QTest::newRow("doubled quote in identifier")
        << u"SELECT \"a\"\":x\", :b"_s << u"SELECT \"a\"\":x\", $1"_s;
    QTest::newRow("backtick identifier") << u"SELECT `c:a $1`, :b"_s << u"SELECT `c:a $1`, $1"_s;
    QTest::newRow("line comment") << u"SELECT 1 -- :a $2 'x\n, :b"_s
                                  << u"SELECT 1 -- :a $2 'x\n, $1"_s;
    QTest::newRow("line comment ended by CR")
        << u"SELECT 1 -- :a\r, :b"_s << u"SELECT 1 -- :a\r, $1"_s;
    QTest::newRow("line comment at end") << u"SELECT :b -- :a"_s << u"SELECT $1 -- :a"_s;
    QTest::newRow("block comment") << u"SELECT /* :a ' */ :b"_s << u"SELECT /* :a ' */ $1"_s;
    QTest::newRow("nested block comment") << u"SELECT /* outer /* inner :a */ still :c */ :b"_s
                                          << u"SELECT /* outer /* inner :a */ still :c */ $1"_s;
    QTest::newRow("dollar quote") << u"SELECT $$ :a $1 ' $$, :b"_s << u"SELECT $$ :a $1 ' $$, $1"_s;
    QTest::newRow("tagged dollar quote")
        << u"SELECT $fn$ :a $$ :c $fn$, :b"_s << u"SELECT $fn$ :a $$ :c $fn$, $1"_s;
    QTest::newRow("tag with digits and underscore")
        << u"SELECT $tag_1$ :a $tag_1$ || :b"_s << u"SELECT $tag_1$ :a $tag_1$ || $1"_s;
    QTest::newRow("function body")
        << u"CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN x := :a; RETURN $1; END\n"
           u"$body$ LANGUAGE plpgsql; SELECT :b"_s
        << u"CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN x := :a; RETURN $1; END\n"
           u"$body$ LANGUAGE plpgsql; SELECT $1"_s;
    QTest::newRow("dollar inside identifier")
        << u"SELECT foo$bar, x$1, :b"_s << u"SELECT foo$bar, x$1, $1"_s;
    QTest::newRow("dollar then letters without closing")
        << u"SELECT $a, :b"_s << u"SELECT $a, $1"_s;
    QTest::newRow("cast") << u"SELECT x::int, :b::text"_s << u"SELECT x::int, $1::text"_s;
    QTest::newRow("array slice") << u"SELECT arr[1:2], :b"_s << u"SELECT arr[1:2], $1"_s;
    QTest::newRow("colon before digit") << u"SELECT :1, :b"_s << u"SELECT :1, $1"_s;
    QTest::newRow("assignment") << u"SELECT f(a := 1), :b"_s << u"SELECT f(a := 1), $1"_s;
    QTest::newRow("question mark left alone")
        << u"SELECT '{}'::jsonb ? 'k', :b"_s << u"SELECT '{}'::jsonb ? 'k', $1"_s;
    QTest::newRow("name right after identifier") << u"SELECT a:b"_s << u"SELECT a$1"_s;
    QTest::newRow("non-ASCII identifiers")
        << u"SELECT café$1, \"naïve:a\", :b"_s << u"SELECT café$1, \"naïve:a\", $1"_s;
    QTest::newRow("unterminated string") << u"SELECT :b, 'oops :a"_s << u"SELECT $1, 'oops :a"_s;
    QTest::newRow("unterminated comment") << u"SELECT :b /* :a"_s << u"SELECT $1 /* :a"_s;
    QTest::newRow("unterminated dollar quote") << u"SELECT :b, $q$ :a"_s << u"SELECT $1, $q$ :a"_s;
    QTest::newRow("minus and slash operators") << u"SELECT 4-:b/2"_s << u"SELECT 4-$1/2"_s;
    QTest::newRow("positional next to string") << u"SELECT '$2'||$1"_s << u"SELECT '$2'||$1"_s;
}

void TestPlaceholders::leavesQuotedAndCommentedTextAlone()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const RewrittenSql out = rewritePlaceholders(sql, PlaceholderStyle::DollarNumber);
    QCOMPARE(out.sql, expected);
    QCOMPARE(out.sources.size(), 1);
    QCOMPARE(out.usesNamed || out.usesPositional, true);
}

void TestPlaceholders::rewritesForEachStyle_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<PlaceholderStyle>("style");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QVariantList>("sources");
    QTest::addColumn<bool>("usesNamed");

    const auto dollar = PlaceholderStyle::DollarNumber;
    const auto qnum = PlaceholderStyle::QuestionNumber;
    const auto qmark = PlaceholderStyle::QuestionMark;
    const QString named = u"SELECT :a, :b, :a WHERE x = :b_2"_s;
    const QString positional = u"SELECT $2, $1, $2"_s;

    QTest::newRow("named, dollar: repeats reuse the slot")
        << named << dollar << u"SELECT $1, $2, $1 WHERE x = $3"_s << names({u"a", u"b", u"b_2"})
        << true;
    QTest::newRow("named, ?NNN: repeats reuse the slot")
        << named << qnum << u"SELECT ?1, ?2, ?1 WHERE x = ?3"_s << names({u"a", u"b", u"b_2"})
        << true;
    QTest::newRow("named, ?: repeats get their own slot")
        << named << qmark << u"SELECT ?, ?, ? WHERE x = ?"_s << names({u"a", u"b", u"a", u"b_2"})
        << true;
    QTest::newRow("positional, dollar: kept")
        << positional << dollar << positional << indexes({0, 1}) << false;
    QTest::newRow("positional, ?NNN")
        << positional << qnum << u"SELECT ?2, ?1, ?2"_s << indexes({0, 1}) << false;
    QTest::newRow("positional, ?: one slot per occurrence")
        << positional << qmark << u"SELECT ?, ?, ?"_s << indexes({1, 0, 1}) << false;
    QTest::newRow("gaps, dollar") << u"SELECT $3"_s << dollar << u"SELECT $3"_s
                                  << indexes({0, 1, 2}) << false;
    QTest::newRow("gaps, ?NNN") << u"SELECT $3"_s << qnum << u"SELECT ?3"_s << indexes({0, 1, 2})
                                << false;
    QTest::newRow("gaps, ?") << u"SELECT $3"_s << qmark << u"SELECT ?"_s << indexes({2}) << false;
    QTest::newRow("two digits") << u"VALUES ($10, $1)"_s << qnum << u"VALUES (?10, ?1)"_s
                                << indexes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) << false;
    QTest::newRow("many names, two-digit slots")
        << u":a :b :c :d :e :f :g :h :i :j :k :a"_s << dollar
        << u"$1 $2 $3 $4 $5 $6 $7 $8 $9 $10 $11 $1"_s
        << names({u"a", u"b", u"c", u"d", u"e", u"f", u"g", u"h", u"i", u"j", u"k"}) << true;
    QTest::newRow("names with underscore, digits, case")
        << u"SELECT :_x1, :Y, :y"_s << qnum << u"SELECT ?1, ?2, ?3"_s << names({u"_x1", u"Y", u"y"})
        << true;
    QTest::newRow("placeholder at start and end")
        << u":a+:b"_s << qmark << u"?+?"_s << names({u"a", u"b"}) << true;
}

void TestPlaceholders::rewritesForEachStyle()
{
    QFETCH(QString, sql);
    QFETCH(PlaceholderStyle, style);
    QFETCH(QString, expected);
    QFETCH(QVariantList, sources);
    QFETCH(bool, usesNamed);

    const RewrittenSql out = rewritePlaceholders(sql, style);
    QCOMPARE(out.sql, expected);
    QCOMPARE(out.sources, sources);
    QCOMPARE(out.usesNamed, usesNamed);
    QCOMPARE(out.usesPositional, !usesNamed);
}

void TestPlaceholders::leavesStatementsWithoutPlaceholdersUnchanged()
{
    for (const auto style : {PlaceholderStyle::DollarNumber, PlaceholderStyle::QuestionNumber,
                             PlaceholderStyle::QuestionMark}) {
        for (const QString &sql : {u""_s, u"SELECT 1"_s, u"SELECT '$1', ':a' -- :b"_s,
                                   u"SELECT ? , ?1"_s, u"SELECT x::int"_s}) {
            const RewrittenSql out = rewritePlaceholders(sql, style);
            QCOMPARE(out.sql, sql);
            QVERIFY(out.sources.isEmpty());
            QVERIFY(!out.usesNamed);
            QVERIFY(!out.usesPositional);
            QVERIFY(out.offsetMap.isEmpty());
            QCOMPARE(out.originalPosition(3), 3);
            QCOMPARE(out.bind({}), QVariantList());
        }
    }
}

void TestPlaceholders::rejectsMixedPlaceholders_data()
{
    QTest::addColumn<PlaceholderStyle>("style");
    QTest::newRow("dollar") << PlaceholderStyle::DollarNumber;
    QTest::newRow("?NNN") << PlaceholderStyle::QuestionNumber;
    QTest::newRow("?") << PlaceholderStyle::QuestionMark;
}

void TestPlaceholders::rejectsMixedPlaceholders()
{
    QFETCH(PlaceholderStyle, style);
    const QString message =
        errorOf([&] { rewritePlaceholders(u"SELECT :id, ':x', $2 WHERE y = $1", style); });
    QVERIFY2(message.contains(u"$2") && message.contains(u":id") && message.contains(u"mixes"),
             qPrintable(message));
}

void TestPlaceholders::rejectsPlaceholderZeroAndHuge()
{
    QString message =
        errorOf([] { rewritePlaceholders(u"SELECT $0", PlaceholderStyle::DollarNumber); });
    QVERIFY2(message.contains(u"\"$0\""), qPrintable(message));
    message = errorOf([] {
        rewritePlaceholders(u"SELECT $99999999999999999999", PlaceholderStyle::QuestionMark);
    });
    QVERIFY2(message.contains(u"\"$99999999999999999999\""), qPrintable(message));
    QCOMPARE(rewritePlaceholders(u"SELECT $65535", PlaceholderStyle::QuestionMark).sources,
             indexes({65534}));
}

void TestPlaceholders::mapsPositionsBack_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<PlaceholderStyle>("style");

    const QString named = u"SELECT :alpha + :b FROM t WHERE x = :alpha AND 'q' = :zeta9"_s;
    const QString positional = u"SELECT $12 + $1 FROM t WHERE x = $12 AND y = $3"_s;
    QString many; // :a … so that slot numbers outgrow the names (":a" → "$10")
    for (char16_t c = u'a'; c <= u'l'; ++c)
        many += u":" + QString(QChar(c)) + u" + ";
    many += u":a FROM t";

    QTest::newRow("named, dollar") << named << PlaceholderStyle::DollarNumber;
    QTest::newRow("named, ?NNN") << named << PlaceholderStyle::QuestionNumber;
    QTest::newRow("named, ?") << named << PlaceholderStyle::QuestionMark;
    QTest::newRow("positional, ?NNN") << positional << PlaceholderStyle::QuestionNumber;
    QTest::newRow("positional, ?") << positional << PlaceholderStyle::QuestionMark;
    QTest::newRow("longer replacements") << many << PlaceholderStyle::DollarNumber;
}

void TestPlaceholders::mapsPositionsBack()
{
    QFETCH(QString, sql);
    QFETCH(PlaceholderStyle, style);
    const RewrittenSql out = rewritePlaceholders(sql, style);
    QVERIFY(out.sql != sql || style == PlaceholderStyle::QuestionNumber);

    // Walk both texts in step: outside placeholders every character maps to its twin; inside a
    // replacement every offset maps into the placeholder it replaced.
    qsizetype r = 0;
    qsizetype o = 0;
    auto isPlaceholderStart = [](const QString &text, qsizetype i) {
        const QChar c = text.at(i);
        if (c == u'?')
            return true;
        return i + 1 < text.size() && ((c == u':' && text.at(i + 1).isLetter()) ||
                                       (c == u'$' && text.at(i + 1).isDigit()));
    };
    auto tokenEnd = [](const QString &text, qsizetype i) {
        ++i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        return i;
    };
    while (r < out.sql.size()) {
        if (isPlaceholderStart(out.sql, r)) {
            const qsizetype rEnd = tokenEnd(out.sql, r);
            const qsizetype oEnd = tokenEnd(sql, o);
            for (qsizetype k = r; k < rEnd; ++k) {
                const qsizetype mapped = out.originalPosition(k);
                QVERIFY2(
                    mapped >= o && mapped < oEnd,
                    qPrintable(
                        u"offset %1 maps to %2, outside [%3, %4)"_s.arg(k).arg(mapped).arg(o).arg(
                            oEnd)));
            }
            QCOMPARE(out.originalPosition(r), o);
            r = rEnd;
            o = oEnd;
            continue;
        }
        QCOMPARE(out.sql.at(r), sql.at(o));
        QCOMPARE(out.originalPosition(r), o);
        ++r;
        ++o;
    }
    QCOMPARE(o, sql.size());
    QCOMPARE(out.originalPosition(out.sql.size()), sql.size()); // "at end of input"
    QCOMPARE(out.originalPosition(-1), -1);
    // The map is ascending in both columns.
    for (qsizetype i = 1; i < out.offsetMap.size(); ++i) {
        QVERIFY(out.offsetMap.at(i).first > out.offsetMap.at(i - 1).first);
        QVERIFY(out.offsetMap.at(i).second > out.offsetMap.at(i - 1).second);
    }
}

void TestPlaceholders::bindsValuesInSlotOrder_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<PlaceholderStyle>("style");
    QTest::addColumn<QVariant>("params"); // QVariantList or QVariantMap
    QTest::addColumn<QVariantList>("expected");

    const QVariantMap named{{u"a"_s, 1}, {u"b"_s, u"two"_s}, {u"unused"_s, 9}};
    const QVariantList positional{10, 20, 30};
    const QString namedSql = u"SELECT :a, :b, :a"_s;
    const QString positionalSql = u"SELECT $2, $1, $2"_s;

    QTest::newRow("named, dollar") << namedSql << PlaceholderStyle::DollarNumber << QVariant(named)
                                   << QVariantList{1, u"two"_s};
    QTest::newRow("named, ?NNN") << namedSql << PlaceholderStyle::QuestionNumber << QVariant(named)
                                 << QVariantList{1, u"two"_s};
    QTest::newRow("named, ? duplicates repeats") << namedSql << PlaceholderStyle::QuestionMark
                                                 << QVariant(named) << QVariantList{1, u"two"_s, 1};
    QTest::newRow("positional, dollar") << positionalSql << PlaceholderStyle::DollarNumber
                                        << QVariant(positional) << QVariantList{10, 20};
    QTest::newRow("positional, ?NNN") << positionalSql << PlaceholderStyle::QuestionNumber
                                      << QVariant(positional) << QVariantList{10, 20};
    QTest::newRow("positional, ? duplicates repeats")
        << positionalSql << PlaceholderStyle::QuestionMark << QVariant(positional)
        << QVariantList{20, 10, 20};
    QTest::newRow("gap binds the unused slot too")
        << u"SELECT $3"_s << PlaceholderStyle::DollarNumber << QVariant(positional)
        << QVariantList{10, 20, 30};
    QTest::newRow("null values pass through")
        << u"SELECT $1"_s << PlaceholderStyle::QuestionMark << QVariant(QVariantList{QVariant()})
        << QVariantList{QVariant()};
}

void TestPlaceholders::bindsValuesInSlotOrder()
{
    QFETCH(QString, sql);
    QFETCH(PlaceholderStyle, style);
    QFETCH(QVariant, params);
    QFETCH(QVariantList, expected);
    const Params p = params.typeId() == QMetaType::QVariantMap ? Params(params.toMap())
                                                               : Params(params.toList());
    QCOMPARE(rewritePlaceholders(sql, style).bind(p), expected);
}

void TestPlaceholders::bindRejectsTooFewPositionalValues()
{
    const RewrittenSql out =
        rewritePlaceholders(u"SELECT $1, $3", PlaceholderStyle::QuestionNumber);
    QCOMPARE(errorOf([&] {
                 out.bind({1, 2});
             }),
             u"statement uses $3 but only 2 values were given"_s);
    QCOMPARE(errorOf([&] { out.bind({1}); }), u"statement uses $3 but only 1 value was given"_s);
    QCOMPARE(errorOf([&] { out.bind({}); }), u"statement uses $3 but no values were given"_s);

    const RewrittenSql marks = rewritePlaceholders(u"SELECT $2", PlaceholderStyle::QuestionMark);
    QVERIFY(errorOf([&] { marks.bind({1}); }).contains(u"$2"));
}

void TestPlaceholders::bindNamesMissingValue()
{
    const RewrittenSql out =
        rewritePlaceholders(u"SELECT :id, :name", PlaceholderStyle::DollarNumber);
    QString message = errorOf([&] { out.bind(QVariantMap{{u"id"_s, 1}}); });
    QVERIFY2(message.contains(u":name"), qPrintable(message));
    message = errorOf([&] { out.bind({}); });
    QVERIFY2(message.contains(u":id"), qPrintable(message));
}

void TestPlaceholders::bindRejectsWrongKindOfParams()
{
    const RewrittenSql named = rewritePlaceholders(u"SELECT :id", PlaceholderStyle::QuestionMark);
    QString message = errorOf([&] { named.bind({1}); });
    QVERIFY2(message.contains(u"named") && message.contains(u"positional"), qPrintable(message));

    const RewrittenSql positional =
        rewritePlaceholders(u"SELECT $1", PlaceholderStyle::QuestionMark);
    message = errorOf([&] { positional.bind(QVariantMap{{u"id"_s, 1}}); });
    QVERIFY2(message.contains(u"named") && message.contains(u"positional"), qPrintable(message));
}

void TestPlaceholders::bindIgnoresUnusedValues()
{
    QCOMPARE(rewritePlaceholders(u"SELECT $1", PlaceholderStyle::DollarNumber).bind({1, 2, 3}),
             QVariantList{1});
    QCOMPARE(rewritePlaceholders(u"SELECT :a", PlaceholderStyle::DollarNumber)
                 .bind(QVariantMap{{u"a"_s, 1}, {u"b"_s, 2}}),
             QVariantList{1});
    QCOMPARE(rewritePlaceholders(u"SELECT 1", PlaceholderStyle::DollarNumber).bind({1}),
             QVariantList());
    QCOMPARE(rewritePlaceholders(u"SELECT 1", PlaceholderStyle::DollarNumber)
                 .bind(QVariantMap{{u"a"_s, 1}}),
             QVariantList());
}

// A 30 MB script of realistic statements: strings, comments, casts, dollar quotes, placeholders.
void TestPlaceholders::scansLargeScriptQuickly()
{
    const QString chunk =
        u"INSERT INTO pet(id, name, note) VALUES (:id, 'Rex''s bowl: blue', E'line\\n') "
        u"-- comment with :fake and $9\n"
        u"/* block /* nested */ :also_fake */ UPDATE pet SET born = '2020-01-01'::date, "
        u"tags = arr[1:2] WHERE \"Owner:Name\" = :owner AND x$y = 1;\n"
        u"DO $body$ BEGIN PERFORM :nothing; END $body$;\n"_s;
    QString script;
    const qsizetype target = 30 * 1000 * 1000;
    script.reserve(target + chunk.size());
    while (script.size() < target)
        script += chunk;

    QElapsedTimer timer;
    timer.start();
    const RewrittenSql out = rewritePlaceholders(script, PlaceholderStyle::QuestionMark);
    const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
    const qsizetype repeats = script.size() / chunk.size() + (script.size() % chunk.size() ? 1 : 0);
    QCOMPARE(out.sources.size(), repeats * 2);
    QCOMPARE(out.sources.at(1), QVariant(u"owner"_s));
    const double mbPerSecond = double(script.size()) / 1e6 / (double(ms) / 1000.0);
    qInfo("scanned %lld characters in %lld ms: %.0f M characters/s", qlonglong(script.size()), ms,
          mbPerSecond);
    // Floors well below what each kind of build measures here (optimised: 100–200 M/s, debug:
    // 30–80, sanitizers: about 20), so that a busy machine does not fail the test.
#if defined(__SANITIZE_ADDRESS__)
    const double floor = 3;
#elif defined(__OPTIMIZE__)
    const double floor = 20;
#else
    const double floor = 8;
#endif
    QVERIFY2(mbPerSecond > floor, qPrintable(u"%1 M characters/s"_s.arg(mbPerSecond)));
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
