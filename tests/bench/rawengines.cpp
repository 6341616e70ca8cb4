// SPDX-License-Identifier: MIT
#include "rawengines.h"

#include <QElapsedTimer>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace RawEngines {

Row row(qint64 i)
{
    return {i, "name-" + QByteArray::number(i * 7919 % 1000003), double(i % 10000) / 100.0,
            "2026-01-" + QByteArray::number(10 + i % 18) + " 12:34:56"};
}

qint64 sqliteStream(const QByteArray &file, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    qint64 checksum = 0;
    const int n = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                checksum += sqlite3_column_int64(stmt, c);
                break;
            case SQLITE_FLOAT:
                checksum += qint64(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_NULL:
                break;
            default:
                sqlite3_column_text(stmt, c);
                checksum += sqlite3_column_bytes(stmt, c);
            }
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return checksum;
}

void sqliteInsert(const QByteArray &file, qint64 rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open(file.constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO raw_t (id, name, amount, created) VALUES (?, ?, ?, ?)", -1,
                       &stmt, nullptr);
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = row(i);
        sqlite3_bind_int64(stmt, 1, r.id);
        sqlite3_bind_text(stmt, 2, r.name.constData(), int(r.name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_double(stmt, 3, r.amount);
        sqlite3_bind_text(stmt, 4, r.created.constData(), int(r.created.size()), SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

qint64 pgStream(const QByteArray &conninfo, const char *sql)
{
    PGconn *conn = PQconnectdb(conninfo.constData());
    PQsendQuery(conn, sql);
    PQsetSingleRowMode(conn);
    qint64 checksum = 0;
    while (PGresult *res = PQgetResult(conn)) {
        if (PQresultStatus(res) == PGRES_SINGLE_TUPLE) {
            const int n = PQnfields(res);
            for (int c = 0; c < n; ++c) {
                if (!PQgetisnull(res, 0, c))
                    checksum += PQgetlength(res, 0, c) + PQgetvalue(res, 0, c)[0];
            }
        }
        PQclear(res);
    }
    PQfinish(conn);
    return checksum;
}

void pgCopy(const QByteArray &conninfo, qint64 rows)
{
    PGconn *conn = PQconnectdb(conninfo.constData());
    PQclear(PQexec(conn, "BEGIN"));
    PQclear(PQexec(conn, "COPY raw_t (id, name, amount, created) FROM STDIN"));
    QByteArray buffer;
    buffer.reserve(1 << 18);
    char number[32];
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = row(i);
        buffer += QByteArray::number(r.id);
        buffer += '\t';
        buffer += r.name;
        buffer += '\t';
        const int len = std::snprintf(number, sizeof number, "%.17g", r.amount);
        buffer.append(number, len);
        buffer += '\t';
        buffer += r.created;
        buffer += '\n';
        if (buffer.size() > (1 << 18) - 256) {
            PQputCopyData(conn, buffer.constData(), int(buffer.size()));
            buffer.resize(0);
        }
    }
    PQputCopyData(conn, buffer.constData(), int(buffer.size()));
    PQputCopyEnd(conn, nullptr);
    while (PGresult *res = PQgetResult(conn))
        PQclear(res);
    PQclear(PQexec(conn, "COMMIT"));
    PQfinish(conn);
}

ProcessCost runProcess(const QStringList &argv)
{
    QList<QByteArray> storage;
    std::vector<char *> args;
    for (const QString &a : argv)
        storage.append(a.toLocal8Bit());
    for (QByteArray &a : storage)
        args.push_back(a.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    ProcessCost cost;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0)
        return cost;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    cost.seconds = timer.nsecsElapsed() / 1e9;
    cost.maxRssKiB = usage.ru_maxrss;
    cost.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return cost;
}

} // namespace RawEngines
