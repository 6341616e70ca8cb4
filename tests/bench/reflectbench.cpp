// SPDX-License-Identifier: MIT
#include "reflectbench.h"

#include "benchsupport.h"

#include "testsupport.h"

#include "database/database.h"

#include <QElapsedTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Quarry;

namespace {

QString generatedSchema(int from, int to)
{
    QString sql;
    for (int i = from; i < to; ++i) {
        sql += u"CREATE TABLE t%1 (id integer PRIMARY KEY, name varchar(40) NOT NULL, "
               "amount numeric(10,2) DEFAULT 0, created timestamp, ref integer"_s.arg(i);
        if (i % 10 == 9)
            sql += u" REFERENCES t%1(id)"_s.arg(i - 1);
        sql += u");\n"_s;
        if (i % 10 == 9)
            sql += u"CREATE INDEX ix_t%1_name ON t%1(name);\n"_s.arg(i);
    }
    return sql;
}

// The facts reflect() reads, as one would ask the catalogs for them by hand.
const char *const sqliteCatalog[] = {
    "SELECT m.type, m.name, m.tbl_name, m.sql FROM sqlite_schema m",
    "SELECT m.name, p.* FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p "
    "WHERE m.type = 'table'",
    "SELECT m.name, p.* FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) p "
    "WHERE m.type = 'table'",
    "SELECT m.name, l.name, l.\"unique\", l.origin, l.partial, x.* FROM sqlite_schema m "
    "JOIN pragma_index_list(m.name) l JOIN pragma_index_xinfo(l.name) x WHERE m.type = 'table'",
};

const char *const pgCatalog[] = {
    "SELECT c.oid, c.relname, c.relkind, obj_description(c.oid, 'pg_class') FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
    "AND c.relkind IN ('r', 'p', 'v', 'm')",
    "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
    "pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated FROM pg_attribute a "
    "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped "
    "AND c.relkind IN ('r', 'p', 'v', 'm')",
    "SELECT co.conrelid, co.conname, co.contype, co.conkey, co.confrelid, co.confkey, "
    "co.confdeltype, co.confupdtype, co.condeferrable, co.condeferred, "
    "pg_get_constraintdef(co.oid) FROM pg_constraint co "
    "JOIN pg_namespace n ON n.oid = co.connamespace WHERE n.nspname = 'public'",
    "SELECT i.indrelid, ic.relname, i.indisunique, i.indkey, pg_get_expr(i.indpred, i.indrelid) "
    "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
    "JOIN pg_namespace n ON n.oid = ic.relnamespace WHERE n.nspname = 'public'",
};

qint64 rawSqlite(const QByteArray &file)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    qint64 bytes = 0;
    for (const char *sql : sqliteCatalog) {
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                sqlite3_column_text(stmt, c);
                bytes += sqlite3_column_bytes(stmt, c);
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return bytes;
}

qint64 rawPg(PGconn *conn)
{
    qint64 bytes = 0;
    for (const char *sql : pgCatalog) {
        PGresult *result = PQexec(conn, sql);
        for (int r = 0; r < PQntuples(result); ++r)
            for (int c = 0; c < PQnfields(result); ++c)
                bytes += PQgetlength(result, r, c);
        PQclear(result);
    }
    return bytes;
}

} // namespace

void benchReflect(bool pg, const QString &url, const QByteArray &raw, int tables, int repeat)
{
    const char *suffix = pg ? "pg" : "sqlite";
    QString targetUrl = url;
    std::optional<Test::ScratchDatabase> scratch;
    if (pg) { // a database of its own, so only the generated tables are in it
        qputenv("QUARRY_TEST_PG_URL", url.toUtf8());
        scratch.emplace(Test::Postgres);
        targetUrl = scratch->url();
    }
    Database db(targetUrl, {.poolSize = 1});
    // in slices: one PostgreSQL transaction cannot hold the locks of 5,000 new tables
    for (int i = 0; i < tables; i += 500)
        Test::await(db.session().execute(generatedSchema(i, std::min(tables, i + 500))));

    std::vector<double> quarryTimes, rawTimes;
    double stall = 0;
    qsizetype reflected = 0;
    for (int i = 0; i < repeat; ++i) {
        Test::StallProbe probe;
        probe.start();
        QElapsedTimer timer;
        timer.start();
        const Metadata metadata = Test::await(db.reflect());
        quarryTimes.push_back(timer.nsecsElapsed() / 1e9);
        probe.stop();
        stall = std::max<double>(stall, probe.maxGapMs());
        reflected = metadata.tableCount();
    }
    PGconn *conn = pg ? PQconnectdb(targetUrl.toUtf8().constData()) : nullptr;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        pg ? rawPg(conn) : rawSqlite(raw);
        rawTimes.push_back(timer.nsecsElapsed() / 1e9);
    }
    if (conn)
        PQfinish(conn);
    const double q = median(quarryTimes), r = median(rawTimes);
    std::printf("%-22s quarry=%.3fs  raw=%.3fs  ratio=%.2f  (%lld tables; raw = catalog queries "
                "only; stall max %.1f ms)\n",
                qPrintable(u"reflect-%1-%2"_s.arg(tables).arg(QString::fromLatin1(suffix))), q, r,
                r / q, static_cast<long long>(reflected), stall);
    std::fflush(stdout);
    Test::await(db.close());
}
