// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// The UI scenarios' tables, generated once and kept between runs: `grid_<n>` with an integer
/// key and five text / real / integer / timestamp columns (about 80 bytes a row). A table is
/// made in one transaction, so one whose largest key is \a rows is complete and reused.
namespace UiBenchData {

/// `grid_10m`, `grid_1m`, `grid_250k`, …
QString tableName(qint64 rows);

/// Where the SQLite file lives: beside the bench binary (the build directory), kept between
/// runs; the directory is created.
QString dataDirectory();

/// Fills \a table of the SQLite \a file with \a rows rows (raw C API, one prepared INSERT in
/// one transaction) unless it already holds them.
void ensureSqliteTable(const QByteArray &file, const QString &table, qint64 rows);

/// The URL of database \a name on the server of \a serverUrl, created when missing.
QString ensurePgDatabase(const QString &serverUrl, const QString &name);
/// The same on PostgreSQL (INSERT … SELECT generate_series, key added after, VACUUM ANALYZE
/// so the catalog's estimate and the index-only scans are there as on a settled table).
void ensurePgTable(const QByteArray &conninfo, const QString &table, qint64 rows);

/// A one-table SQLite file for the cold start, created when missing.
QString coldStartFile();
/// The table \a table of \a rows rows of an 8 MiB blob each (id, name, payload) in the SQLite
/// file \a file, and in the PostgreSQL database \a conninfo; made once, then reused.
void ensureSqliteBlobTable(const QByteArray &file, const QString &table, int rows);
void ensurePgBlobTable(const QByteArray &conninfo, const QString &table, int rows);
/// The size of each of those blobs.
constexpr qint64 BlobBytes = qint64(8) << 20;

} // namespace UiBenchData
