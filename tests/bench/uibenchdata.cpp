// SPDX-License-Identifier: MIT
#include "uibenchdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace UiBenchData {

namespace {

void sqliteCheck(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

void sqliteExec(sqlite3 *db, const QByteArray &sql)
{
    sqliteCheck(db, sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), sql.constData());
}

qint64 sqliteMaxKey(sqlite3 *db, const QByteArray &table)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = "SELECT max(id) FROM \"" + table + '"';
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return -1; // no such table
    qint64 max = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
        max = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return max;
}

QByteArray pgResult(PGconn *conn, const QByteArray &sql)
{
    PGresult *res = PQexec(conn, sql.constData());
    const ExecStatusType status = PQresultStatus(res);
    QByteArray value;
    if (status == PGRES_TUPLES_OK && PQntuples(res) > 0 && !PQgetisnull(res, 0, 0))
        value = PQgetvalue(res, 0, 0);
    const bool ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    const std::string error = ok ? std::string() : PQresultErrorMessage(res);
    PQclear(res);
    if (!ok)
        throw std::runtime_error(sql.left(80).toStdString() + ": " + error);
    return value;
}

PGconn *pgConnect(const QByteArray &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string error = PQerrorMessage(conn);
        PQfinish(conn);
        throw std::runtime_error("cannot connect: " + error);
    }
    return conn;
}

} // namespace

QString tableName(qint64 rows)
{
    if (rows % 1'000'000 == 0)
        return u"grid_%1m"_s.arg(rows / 1'000'000);
    if (rows % 1'000 == 0)
        return u"grid_%1k"_s.arg(rows / 1'000);
    return u"grid_%1"_s.arg(rows);
}

QString dataDirectory()
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/bench-data"_s;
    QDir().mkpath(dir);
    return dir;
}

void ensureSqliteTable(const QByteArray &file, const QString &table, qint64 rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(file.constData(), &db);
    const QByteArray name = table.toUtf8();
    if (sqliteMaxKey(db, name) == rows) {
        sqlite3_close(db);
        return;
    }
    std::printf("ui: generating %s (%lld rows) in %s …\n", name.constData(), rows,
                file.constData());
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    try {
        sqliteExec(db, "PRAGMA synchronous = OFF");
        sqliteExec(db, "BEGIN");
        sqliteExec(db, "DROP TABLE IF EXISTS \"" + name + '"');
        sqliteExec(db, "CREATE TABLE \"" + name +
                           "\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, "
                           "amount REAL, quantity INTEGER, created TIMESTAMP)");
        sqlite3_stmt *stmt = nullptr;
        const QByteArray insert = "INSERT INTO \"" + name + "\" VALUES (?, ?, ?, ?, ?, ?)";
        sqliteCheck(db, sqlite3_prepare_v2(db, insert.constData(), -1, &stmt, nullptr), "prepare");
        char text[3][64];
        for (qint64 i = 1; i <= rows; ++i) {
            const int n1 = std::snprintf(text[0], 64, "name-%lld", i * 7919 % 1000003);
            const int n2 = std::snprintf(text[1], 64, "user%lld@example.com", i);
            const qint64 s = i % (365 * 86400);
            const int n3 = std::snprintf(text[2], 64, "2025-%02lld-%02lld %02lld:%02lld:%02lld",
                                         1 + s / (31 * 86400) % 12, 1 + s / 86400 % 28,
                                         s / 3600 % 24, s / 60 % 60, s % 60);
            sqlite3_bind_int64(stmt, 1, i);
            sqlite3_bind_text(stmt, 2, text[0], n1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 3, text[1], n2, SQLITE_STATIC);
            sqlite3_bind_double(stmt, 4, double(i % 100000) / 100.0);
            sqlite3_bind_int64(stmt, 5, i % 1000);
            sqlite3_bind_text(stmt, 6, text[2], n3, SQLITE_STATIC);
            sqliteCheck(db, sqlite3_step(stmt), "insert");
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        sqliteExec(db, "COMMIT");
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
    std::printf("ui: generated %s in %.1f s\n", name.constData(), timer.elapsed() / 1000.0);
}

QString ensurePgDatabase(const QString &serverUrl, const QString &name)
{
    PGconn *conn = pgConnect(serverUrl.toUtf8());
    try {
        if (pgResult(conn, "SELECT 1 FROM pg_database WHERE datname = '" + name.toUtf8() + '\'')
                .isEmpty())
            pgResult(conn, "CREATE DATABASE \"" + name.toUtf8() + '"');
    } catch (...) {
        PQfinish(conn);
        throw;
    }
    PQfinish(conn);
    QUrl url(serverUrl);
    url.setPath(u'/' + name);
    return url.toString();
}

void ensurePgTable(const QByteArray &conninfo, const QString &table, qint64 rows)
{
    PGconn *conn = pgConnect(conninfo);
    const QByteArray name = '"' + table.toUtf8() + '"';
    try {
        pgResult(conn, "SET client_min_messages = warning");
        if (pgResult(conn, "SELECT to_regclass('" + name + "') IS NOT NULL") == "t" &&
            pgResult(conn, "SELECT max(id) FROM " + name) == QByteArray::number(rows)) {
            PQfinish(conn);
            return;
        }
        std::printf("ui: generating %s (%lld rows) in PostgreSQL …\n", name.constData(), rows);
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        pgResult(conn, "BEGIN");
        pgResult(conn, "DROP TABLE IF EXISTS " + name);
        pgResult(conn, "CREATE TABLE " + name +
                           " (id bigint NOT NULL, name text NOT NULL, email text, amount "
                           "double precision, quantity integer, created timestamp)");
        pgResult(conn, "INSERT INTO " + name +
                           " SELECT g, 'name-' || (g * 7919 % 1000003), 'user' || g || "
                           "'@example.com', (g % 100000) / 100.0, g % 1000, timestamp "
                           "'2025-01-01' + (g % 31536000) * interval '1 second' "
                           "FROM generate_series(1::bigint, " +
                           QByteArray::number(rows) + ") g");
        pgResult(conn, "ALTER TABLE " + name + " ADD PRIMARY KEY (id)");
        pgResult(conn, "COMMIT");
        pgResult(conn, "VACUUM ANALYZE " + name);
        std::printf("ui: generated %s in %.1f s\n", name.constData(), timer.elapsed() / 1000.0);
    } catch (...) {
        PQfinish(conn);
        throw;
    }
    PQfinish(conn);
}

void ensureSqliteBlobTable(const QByteArray &file, const QString &table, int rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(file.constData(), &db);
    const QByteArray name = table.toUtf8();
    if (sqliteMaxKey(db, name) == rows) {
        sqlite3_close(db);
        return;
    }
    std::printf("ui: generating %s (%d rows of 8 MiB) in %s …\n", name.constData(), rows,
                file.constData());
    std::fflush(stdout);
    try {
        sqliteExec(db, "PRAGMA synchronous = OFF");
        sqliteExec(db, "BEGIN");
        sqliteExec(db, "DROP TABLE IF EXISTS \"" + name + '"');
        sqliteExec(db, "CREATE TABLE \"" + name +
                           "\" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, payload BLOB)");
        sqliteExec(db, "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < " +
                           QByteArray::number(rows) + ") INSERT INTO \"" + name +
                           "\" SELECT i, 'blob-' || i, zeroblob(" + QByteArray::number(BlobBytes) +
                           ") FROM g");
        sqliteExec(db, "COMMIT");
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}

void ensurePgBlobTable(const QByteArray &conninfo, const QString &table, int rows)
{
    PGconn *conn = pgConnect(conninfo);
    const QByteArray name = '"' + table.toUtf8() + '"';
    try {
        pgResult(conn, "SET client_min_messages = warning");
        if (pgResult(conn, "SELECT to_regclass('" + name + "') IS NOT NULL") == "t" &&
            pgResult(conn, "SELECT max(id) FROM " + name) == QByteArray::number(rows)) {
            PQfinish(conn);
            return;
        }
        std::printf("ui: generating %s (%d rows of 8 MiB) in PostgreSQL …\n", name.constData(),
                    rows);
        std::fflush(stdout);
        pgResult(conn, "DROP TABLE IF EXISTS " + name);
        pgResult(conn, "CREATE TABLE " + name +
                           " (id integer PRIMARY KEY, name text NOT NULL, payload bytea)");
        pgResult(conn, "INSERT INTO " + name + " SELECT g, 'blob-' || g, convert_to(repeat('x', " +
                           QByteArray::number(BlobBytes) + "), 'UTF8') FROM generate_series(1, " +
                           QByteArray::number(rows) + ") g");
        pgResult(conn, "VACUUM ANALYZE " + name);
    } catch (...) {
        PQfinish(conn);
        throw;
    }
    PQfinish(conn);
}

QString coldStartFile()
{
    const QString file = dataDirectory() + u"/coldstart.db"_s;
    ensureSqliteTable(file.toUtf8(), tableName(1000), 1000);
    return file;
}

} // namespace UiBenchData
