// SPDX-License-Identifier: MIT
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace Quarry::Test {

/// A value a Qt type cannot hold as the engine does: microseconds, years beyond 1–9999 and BC,
/// a leading U+FEFF, negative zero, text that is not valid UTF-8.
struct ExactValueCase {
    const char *name;
    QString type;    ///< the column's declared type
    QString literal; ///< SQL giving the value
    QByteArray text; ///< as the CLI prints it (text and CSV output)
    QString display; ///< as a grid cell shows it
    /// False where the column's type cannot tell a JSON reader what the value was.
    bool json = true;
};

inline QList<ExactValueCase> exactValueCases(Engine engine)
{
    using namespace Qt::StringLiterals;
    const auto same = [](const char *name, const QString &type, const QString &literal,
                         const QByteArray &text) {
        // not QString::fromUtf8, which drops a leading U+FEFF
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        return ExactValueCase{name, type, literal, text, utf8(text)};
    };
    if (engine == Postgres) {
        return {
            same("timestamp µs", u"timestamp"_s, u"'2024-01-01 12:00:00.123456'::timestamp"_s,
                 "2024-01-01 12:00:00.123456"),
            same("timestamptz µs", u"timestamptz"_s,
                 u"'2024-01-01 12:00:00.123456+00'::timestamptz"_s,
                 "2024-01-01 12:00:00.123456+00"),
            same("time µs", u"time"_s, u"'12:00:00.123456'::time"_s, "12:00:00.123456"),
            same("date year 10000", u"date"_s, u"'10000-01-01'::date"_s, "10000-01-01"),
            same("date BC", u"date"_s, u"'4713-01-01 BC'::date"_s, "4713-01-01 BC"),
            same("timestamp max", u"timestamp"_s, u"'294276-12-31 23:59:59.999999'::timestamp"_s,
                 "294276-12-31 23:59:59.999999"),
            same("text BOM", u"text"_s, u"chr(65279) || 'abc'"_s,
                 "\xef\xbb\xbf"
                 "abc"),
            same("float8 -0", u"float8"_s, u"'-0'::float8"_s, "-0"),
        };
    }
    return {
        {"text invalid UTF-8", u"TEXT"_s, u"CAST(x'61ff62' AS TEXT)"_s,
         "a\xff"
         "b",
         u"a\\xffb"_s},
        same("text BOM", u"TEXT"_s, u"CAST(x'efbbbf616263' AS TEXT)"_s,
             "\xef\xbb\xbf"
             "abc"),
        same("datetime µs", u"DATETIME"_s, u"'2024-01-01 12:00:00.123456'"_s,
             "2024-01-01 12:00:00.123456"),
        same("datetime Z", u"DATETIME"_s, u"'2024-01-01T12:00:00Z'"_s, "2024-01-01T12:00:00Z"),
        same("date short", u"DATE"_s, u"'2024-1-5'"_s, "2024-1-5"),
        // BLOB affinity: a REAL column would store -0.0 as the integer 0; and a BLOB column's
        // JSON value "-0" cannot say it was a number
        {"real -0", u"BLOB"_s, u"-0.0"_s, "-0", u"-0"_s, false},
    };
}

/// SQL that is true when \a column holds exactly the value of \a literal: the same text on
/// PostgreSQL (so -0 is not 0), the same storage class and bytes on SQLite.
inline QString holdsExactly(Engine engine, const QString &column, const QString &literal)
{
    using namespace Qt::StringLiterals;
    if (engine == Postgres)
        return u"(%1)::text = (%2)::text"_s.arg(column, literal);
    return u"(typeof(%1) = typeof(%2) AND hex(%1) = hex(%2))"_s.arg(column, literal);
}

/// Adds the QTest columns "engine" and "index" and one row per case on each engine.
inline void addExactValueRows()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<int>("index");
    for (const Engine engine : {Sqlite, Postgres}) {
        const QList<ExactValueCase> cases = exactValueCases(engine);
        for (int i = 0; i < cases.size(); ++i) {
            QTest::addRow("%s: %s", engine == Sqlite ? "sqlite" : "postgres", cases[i].name)
                << int(engine) << i;
        }
    }
}

} // namespace Quarry::Test
