// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

/// The baselines: what a careful programmer writes against the engines' C APIs directly.
namespace RawEngines {

/// Steps every row of \a sql, reading each column; returns a checksum so nothing is skipped.
qint64 sqliteStream(const QByteArray &file, const char *sql);
/// Inserts \a rows generated rows in one transaction with one prepared statement.
void sqliteInsert(const QByteArray &file, qint64 rows);

/// Single-row-mode loop (flat memory, like ours) reading each value.
qint64 pgStream(const QByteArray &conninfo, const char *sql);
/// COPY … FROM STDIN of \a rows generated rows, text format.
void pgCopy(const QByteArray &conninfo, qint64 rows);

/// The generated row \a i as the benchmarks insert it: id, name, amount, created.
struct Row {
    qint64 id;
    QByteArray name;
    double amount;
    QByteArray created;
};
Row row(qint64 i);

/// Runs a program with stdout to /dev/null; returns wall seconds and peak RSS in KiB.
struct ProcessCost {
    double seconds = -1;
    long maxRssKiB = 0;
    int exitCode = -1;
};
ProcessCost runProcess(const QStringList &argv);

} // namespace RawEngines
