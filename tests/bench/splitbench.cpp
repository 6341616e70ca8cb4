// SPDX-License-Identifier: MIT
#include "splitbench.h"

#include "sql/scriptsplitter.h"

#include <QList>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

constexpr qsizetype scriptSize = 30 * 1000 * 1000;

QString postgresScript()
{
    QString s;
    s.reserve(scriptSize + 4096);
    for (int i = 0; s.size() < scriptSize; ++i) {
        const QString n = QString::number(i);
        s += u"-- statement "_s + n + u"; a comment with 'quotes'\n"_s;
        s += u"INSERT INTO t (id, name, note) VALUES ("_s + n +
             u", 'it''s; a name', E'tab\\t and \\'quote\\'; done');\n"_s;
        if (i % 7 == 0)
            s += u"CREATE FUNCTION f"_s + n +
                 u"() RETURNS int LANGUAGE plpgsql AS $body$\nBEGIN\n  PERFORM 1; /* nested "
                 "/* ; */ */\n  RETURN 1;\nEND\n$body$;\n"_s;
        if (i % 11 == 0)
            s += u"SELECT \"odd;name\", $$dollar; body$$ FROM t WHERE x = $1;\n"_s;
        if (i % 13 == 0)
            s += u"COPY t (id, name) FROM stdin;\n1\tone;\n2\ttwo\n\\.\n"_s;
    }
    return s;
}

QString sqliteScript()
{
    QString s;
    s.reserve(scriptSize + 4096);
    for (int i = 0; s.size() < scriptSize; ++i) {
        const QString n = QString::number(i);
        s += u"-- statement "_s + n + u"; a comment with 'quotes'\n"_s;
        s += u"INSERT INTO t (id, name, note) VALUES ("_s + n +
             u", 'it''s; a name', 'plain \\ backslash');\n"_s;
        if (i % 7 == 0)
            s += u"CREATE TRIGGER tr"_s + n +
                 u" AFTER INSERT ON t BEGIN\n  UPDATE t SET note = CASE WHEN new.id > 0 THEN "
                 "'a;' ELSE 'b' END;\n  /* ; */ DELETE FROM t WHERE id < 0;\nEND;\n"_s;
        if (i % 11 == 0)
            s += u"SELECT \"odd;name\", [other;name] FROM t WHERE x = ?1;\n"_s;
    }
    return s;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// Best of \a repeat runs in CPU time of this thread: on a shared machine wall time measures
/// the load, not the splitter (the work is single-threaded and does no I/O).
template<typename F> double bestSeconds(int repeat, F &&run)
{
    double best = 1e9;
    for (int r = 0; r < repeat; ++r) {
        const double start = cpuSeconds();
        run();
        best = std::min(best, cpuSeconds() - start);
    }
    return best;
}

/// The sqlite3 shell's loop: append lines, and when one holds a semicolon ask
/// sqlite3_complete() whether the buffer is a whole statement.
qsizetype shellStatements(const QByteArray &utf8)
{
    qsizetype count = 0;
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *statement = p;
    QByteArray buffer;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        eol = eol ? eol + 1 : end;
        if (std::memchr(p, ';', size_t(eol - p))) {
            buffer.setRawData(statement, uint(eol - statement));
            buffer.detach(); // sqlite3_complete() needs the terminating NUL
            if (sqlite3_complete(buffer.constData())) {
                ++count;
                statement = eol;
            }
        }
        p = eol;
    }
    return count;
}

} // namespace

void benchSplit(int repeat)
{
    const QString pgScript = postgresScript();
    qsizetype pieces = 0;
    const double pg = bestSeconds(
        repeat, [&] { pieces = ScriptSplitter(Dialect::Kind::Postgres).split(pgScript).size(); });
    const double mb = pgScript.toUtf8().size() / 1e6;
    std::printf(
        "split.30MB  quarry=%.3fs  MB/s=%.0f  (CPU time; %lld statements, PostgreSQL rules)\n", pg,
        mb / pg, qlonglong(pieces));

    const QString liteScript = sqliteScript();
    const QByteArray liteUtf8 = liteScript.toUtf8();
    qsizetype quarryCount = 0;
    qsizetype rawCount = 0;
    const double quarry = bestSeconds(repeat, [&] {
        quarryCount = ScriptSplitter(Dialect::Kind::Sqlite).split(liteScript).size();
    });
    const double raw = bestSeconds(repeat, [&] { rawCount = shellStatements(liteUtf8); });
    const double liteMb = liteUtf8.size() / 1e6;
    std::printf(
        "split.30MB-sqlite  quarry=%.3fs  raw=%.3fs  ratio=%.2f  MB/s=%.0f  (CPU time; %lld "
        "statements; raw: sqlite3_complete line loop, %lld)\n",
        quarry, raw, raw / quarry, liteMb / quarry, qlonglong(quarryCount), qlonglong(rawCount));
}
