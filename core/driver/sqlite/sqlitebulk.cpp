// SPDX-License-Identifier: MIT
// The SQLite driver's bulk paths: one prepared statement stepped per row, all or nothing.
#include "driver/sqlite/sqlitedriver.h"

#include "connection/errors.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Quarry {

qint64 SqliteDriver::runMany(sqlite3_stmt *stmt, qsizetype count,
                             const std::function<void(qsizetype)> &bindRowAt)
{
    // All or nothing: inside the caller's transaction a savepoint, else a transaction of ours.
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    exec(ownTransaction ? "BEGIN" : "SAVEPOINT quarry_many");
    qint64 changed = 0;
    try {
        for (qsizetype i = 0; i < count; ++i) {
            bindRowAt(i);
            step(stmt);
            sqlite3_reset(stmt);
            changed += sqlite3_changes64(m_db);
        }
        exec(ownTransaction ? "COMMIT" : "RELEASE quarry_many");
    } catch (...) {
        sqlite3_reset(stmt);
        // The statement error stands; a failing rollback would only hide it.
        sqlite3_exec(m_db,
                     ownTransaction ? "ROLLBACK" : "ROLLBACK TO quarry_many; RELEASE quarry_many",
                     nullptr, nullptr, nullptr);
        throw;
    }
    return changed;
}

qint64 SqliteDriver::executeMany(const QString &sql, const QList<Params> &rows)
{
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    startClock();
    Statement *statement = cachedStatement(sql);
    if (!statement)
        return 0;
    return runMany(statement->stmt, rows.size(),
                   [&](qsizetype i) { bindAll(*statement, rows[i]); });
}

qint64 SqliteDriver::copyIn(const QString &table, const QStringList &columns,
                            const QList<QVariantList> &rows)
{
    if (!m_db)
        throw ConnectionError(tr("the SQLite connection is closed"));
    startClock();
    QString sql = u"INSERT INTO "_s + quoteIdentifier(table) + u" ("_s;
    QString values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sql += (i ? u", "_s : QString()) + quoteIdentifier(columns[i]);
        values += (i ? u", ?"_s : u"?"_s) + QString::number(i + 1);
    }
    sql += u") VALUES ("_s + values + u')';
    const QByteArray utf8 = sql.toUtf8();
    qsizetype offset = 0;
    Statement statement = prepare(utf8, offset, false);
    const int width = int(columns.size());
    try {
        const qint64 n = runMany(statement.stmt, rows.size(), [&](qsizetype i) {
            const QVariantList &row = rows[i];
            if (row.size() != width)
                throw ConfigurationError(tr("row %1 has %2 values for %3 columns")
                                             .arg(i + 1)
                                             .arg(row.size())
                                             .arg(width));
            bindRow(statement.stmt, row);
        });
        finalize(statement);
        return n;
    } catch (...) {
        finalize(statement);
        throw;
    }
}

} // namespace Quarry
