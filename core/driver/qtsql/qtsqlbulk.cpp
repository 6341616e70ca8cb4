// SPDX-License-Identifier: MIT
// The Qt SQL driver's bulk paths: one prepared query executed per row, all or nothing.
#include "driver/qtsql/qtsqldriver.h"

#include "connection/errors.h"
#include "sql/quoting.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Quarry {

qint64 QtSqlDriver::runBatch(const QString &engineSql, qsizetype count,
                             const std::function<QVariantList(qsizetype)> &valuesAt)
{
    QSqlDatabase &db = database();
    throwIfCancelled();
    m_native.startClock();
    // Inside an open transaction a savepoint undoes just this batch; outside, a transaction
    // of its own. A driver without transactions runs the rows unprotected.
    const bool nested = transactionState() != TransactionState::Idle;
    bool ownTransaction = false;
    if (nested) {
        runSimple(u"SAVEPOINT quarry_many"_s);
    } else if (db.driver()->hasFeature(QSqlDriver::Transactions)) {
        if (!db.transaction())
            fail(db.lastError());
        ownTransaction = true;
    }
    try {
        qint64 total = 0;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.prepare(engineSql))
                fail(query.lastError());
            for (qsizetype row = 0; row < count; ++row) {
                throwIfCancelled();
                const QVariantList values = valuesAt(row);
                for (qsizetype i = 0; i < values.size(); ++i)
                    query.bindValue(int(i), QtSqlValues::toBindValue(values[i], isSqlite()));
                if (!query.exec())
                    fail(query.lastError());
                total += std::max(0, query.numRowsAffected());
            }
        }
        if (nested)
            runSimple(u"RELEASE quarry_many"_s);
        else if (ownTransaction && !db.commit())
            fail(db.lastError());
        return total;
    } catch (...) {
        // Best effort: the first error is the one worth reporting.
        if (nested) {
            QSqlQuery undo(db);
            undo.exec(u"ROLLBACK TO quarry_many"_s);
            undo.exec(u"RELEASE quarry_many"_s);
        } else if (ownTransaction) {
            db.rollback();
        }
        throw;
    }
}

qint64 QtSqlDriver::executeMany(const QString &sql, const QList<Params> &rows)
{
    database();
    QStringList script;
    Plan *plan = singlePlan(sql, script);
    if (!plan) {
        if (script.isEmpty())
            return 0;
        throw SqlError(tr("parameters can only be bound to a single statement"), QString());
    }
    if (rows.isEmpty())
        return 0;
    // runBatch does not touch the plan cache, so the reference stays valid.
    const RewrittenSql &sqlText = rewritten(*plan);
    return runBatch(sqlText.sql, rows.size(), [&](qsizetype i) { return sqlText.bind(rows[i]); });
}

qint64 QtSqlDriver::copyIn(const QString &table, const QStringList &columns,
                           const QList<QVariantList> &rows)
{
    database();
    if (rows.isEmpty())
        return 0;
    QString sql = u"INSERT INTO "_s + quoteIdentifier(table);
    if (columns.isEmpty()) {
        sql += u" DEFAULT VALUES"_s;
    } else {
        QStringList quoted;
        for (const QString &column : columns)
            quoted.append(quoteIdentifier(column));
        QStringList marks(columns.size(), u"?"_s);
        sql += u" ("_s + quoted.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u')';
    }
    const qsizetype width = columns.size();
    return runBatch(sql, rows.size(), [&](qsizetype i) {
        const QVariantList &row = rows[i];
        if (row.size() != width)
            throw ConfigurationError(
                tr("row %1 has %2 values for %3 columns").arg(i + 1).arg(row.size()).arg(width));
        return row;
    });
}

} // namespace Quarry
