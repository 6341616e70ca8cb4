// SPDX-License-Identifier: MIT
#include "driver/postgres/pgerrors.h"

#include "sql/placeholders.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quarry::PgErrors {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::PgDriver)
};

QString field(const PGresult *result, int code)
{
    const char *value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

// The server counts characters (code points); QString offsets count UTF-16 units.
qsizetype utf16Offset(QStringView text, qsizetype codePoints)
{
    qsizetype i = 0;
    while (codePoints > 0 && i < text.size()) {
        const bool pair =
            text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        i += pair ? 2 : 1;
        --codePoints;
    }
    return i;
}

bool isConnectionState(const QString &sqlState)
{
    // 08: connection exception; 57P01-03: admin/crash shutdown, cannot connect now.
    return sqlState.startsWith(u"08"_s) || sqlState == u"57P01"_s || sqlState == u"57P02"_s ||
           sqlState == u"57P03"_s;
}

} // namespace

QString trimmed(const char *message)
{
    QString text = QString::fromUtf8(message ? message : "").trimmed();
    // libpq pads severities ("ERROR:  "); one space reads better in a dialog.
    text.replace(u":  "_s, u": "_s);
    return text;
}

std::unique_ptr<DatabaseError> connectionLost(PGconn *conn, const QString &url)
{
    QString reason = trimmed(conn ? PQerrorMessage(conn) : nullptr);
    if (reason.isEmpty())
        reason = Tr::tr("the server closed the connection");
    return std::make_unique<ConnectionError>(
        Tr::tr("Lost the connection to %1: %2").arg(url, reason));
}

std::unique_ptr<DatabaseError> fromResult(PGconn *conn, const PGresult *result,
                                          const Context &context)
{
    const bool connectionBad = !conn || PQstatus(conn) == CONNECTION_BAD;
    if (!result)
        return connectionBad ? connectionLost(conn, context.url)
                             : std::make_unique<DatabaseError>(trimmed(PQerrorMessage(conn)));

    const QString sqlState = field(result, PG_DIAG_SQLSTATE);
    if (connectionBad || isConnectionState(sqlState)) {
        QString reason = field(result, PG_DIAG_MESSAGE_PRIMARY);
        if (reason.isEmpty())
            reason = trimmed(PQresultErrorMessage(result));
        if (reason.isEmpty())
            return connectionLost(conn, context.url);
        return std::make_unique<ConnectionError>(
            Tr::tr("Lost the connection to %1: %2").arg(context.url, reason));
    }
    if (sqlState == u"57014"_s && context.cancelRequested)
        return std::make_unique<Cancelled>(Tr::tr("The statement was cancelled."));

    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = trimmed(PQresultErrorMessage(result));
    if (const QString detail = field(result, PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
        message += u'\n' + Tr::tr("DETAIL: %1").arg(detail);
    if (const QString hint = field(result, PG_DIAG_MESSAGE_HINT); !hint.isEmpty())
        message += u'\n' + Tr::tr("HINT: %1").arg(hint);

    qsizetype position = -1;
    bool ok = false;
    const int serverPosition = field(result, PG_DIAG_STATEMENT_POSITION).toInt(&ok);
    if (ok && serverPosition > 0) {
        position = utf16Offset(context.sql, serverPosition - 1);
        if (context.rewritten)
            position = context.rewritten->originalPosition(position);
    }

    // Class 23: integrity constraint violation (unique, foreign key, not null, check).
    if (sqlState.startsWith(u"23"_s))
        return std::make_unique<IntegrityError>(message, sqlState, position);
    return std::make_unique<SqlError>(message, sqlState, position);
}

} // namespace Quarry::PgErrors
