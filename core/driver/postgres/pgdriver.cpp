// SPDX-License-Identifier: MIT
#include "driver/postgres/pgdriver.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "driver/postgres/pgerrors.h"
#include "driver/postgres/pgtypes.h"
#include "sql/quoting.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

Q_LOGGING_CATEGORY(lcPg, "quarry.pg")

// Cleared when full: statements repeat, so it refills fast.
constexpr qsizetype RewriteCacheSize = 256;

using PgErrors::ResultPtr;

void logNotice(void *, const PGresult *result)
{
    qCDebug(lcPg).noquote() << PgErrors::trimmed(PQresultErrorMessage(result));
}

// libpq splits `options` at spaces; a backslash keeps one inside a value.
QByteArray escapeOption(const QString &value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == ' ' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

QString isolationSetting(const QString &level)
{
    const QString normalized = level.simplified().toLower();
    static const QStringList known{u"read uncommitted"_s, u"read committed"_s, u"repeatable read"_s,
                                   u"serializable"_s};
    if (!normalized.isEmpty() && !known.contains(normalized)) {
        throw ConfigurationError(
            QCoreApplication::translate("Quarry::PgDriver", "Unknown isolation level \"%1\"")
                .arg(level));
    }
    return normalized;
}

// DatabaseUrl keeps a multi-host authority ("h1:5432,[::1]:5433") verbatim and encoded; libpq
// wants parallel host and port lists instead.
std::pair<QString, QString> splitHostList(const QString &list)
{
    QStringList hosts;
    QStringList ports;
    for (const QString &item : list.split(u',')) {
        QString host = item;
        QString port;
        const qsizetype bracket = item.lastIndexOf(u']');
        const qsizetype colon = item.lastIndexOf(u':');
        if (colon > bracket && (bracket >= 0 || item.count(u':') == 1)) {
            host = item.left(colon);
            port = item.mid(colon + 1);
        }
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        hosts.append(QUrl::fromPercentEncoding(host.toUtf8()));
        ports.append(port);
    }
    return {hosts.join(u','), ports.join(u',')};
}

bool hasPlaceholders(const QString &sql)
{
    return sql.contains(u'$') || sql.contains(u':');
}

} // namespace

PgDriver::PgDriver(DatabaseUrl url, Options options)
    : Driver(std::move(url), std::move(options))
    , m_redactedUrl(m_url.redacted())
{
    registerValueTypes();
}

PgDriver::~PgDriver()
{
    close();
}

void PgDriver::open()
{
    if (m_conn)
        return;
    const QString isolation = isolationSetting(m_options.isolationLevel);

    QByteArrayList keys;
    QByteArrayList values;
    const auto add = [&](const QByteArray &key, const QString &value) {
        keys.append(key);
        values.append(value.toUtf8());
    };
    const qint64 timeoutMs = m_options.connectTimeout.count();
    add("connect_timeout", QString::number(std::max<qint64>(1, (timeoutMs + 999) / 1000)));
    add("application_name", u"Quarry"_s);
    if (m_url.host().contains(u',')) {
        const auto [hosts, ports] = splitHostList(m_url.host());
        add("host", hosts);
        add("port", ports);
    } else if (!m_url.host().isEmpty()) {
        add("host", m_url.host());
    }
    if (m_url.port() > 0)
        add("port", QString::number(m_url.port()));
    if (!m_url.database().isEmpty())
        add("dbname", m_url.database());
    if (!m_url.user().isEmpty())
        add("user", m_url.user());
    if (m_url.hasPassword())
        add("password", m_url.password());
    QByteArray sessionOptions;
    // Query parameters come later than the defaults above, so libpq lets them win.
    for (const auto &[key, value] : m_url.query()) {
        if (key == u"options")
            sessionOptions = value.toUtf8();
        else if (key != u"client_encoding") // decoding relies on UTF-8
            add(key.toUtf8(), value);
    }
    // Our settings come last so they win over the user's: decoding depends on them.
    // standard_conforming_strings: the dialect writes literals (comments from model files) with
    // quotes doubled only, which a default of off would let backslashes break out of.
    sessionOptions += " -c TimeZone=UTC -c DateStyle=ISO -c standard_conforming_strings=on";
    if (m_options.statementTimeout.count() > 0)
        sessionOptions +=
            " -c statement_timeout=" + QByteArray::number(m_options.statementTimeout.count());
    if (m_options.readOnly)
        sessionOptions += " -c default_transaction_read_only=on";
    if (!isolation.isEmpty())
        sessionOptions += " -c default_transaction_isolation=" + escapeOption(isolation);
    keys.append("options");
    values.append(sessionOptions.trimmed());
    keys.append("client_encoding");
    values.append("UTF8");

    std::vector<const char *> keyPointers;
    std::vector<const char *> valuePointers;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    PGconn *conn = PQconnectdbParams(keyPointers.data(), valuePointers.data(), 0);
    if (PQstatus(conn) != CONNECTION_OK) {
        // libpq never echoes the password; the URL we add is redacted.
        const QString reason = PgErrors::trimmed(conn ? PQerrorMessage(conn) : nullptr);
        PQfinish(conn);
        throw ConnectionError(tr("Could not connect to %1: %2").arg(m_redactedUrl, reason));
    }
    PQsetNoticeReceiver(conn, logNotice, nullptr);
    m_conn = conn;
    {
        const std::lock_guard lock(m_cancelMutex);
        m_cancel = PQgetCancel(conn);
    }
    m_typeNames.clear();
    m_nullability.clear();
    m_rewrites.clear();
    try {
        loadTypeNames({});
    } catch (...) {
        close();
        throw;
    }
}

void PgDriver::close()
{
    {
        const std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_cursor = Cursor{};
}

void PgDriver::ping()
{
    requireIdle();
    const ResultPtr result(PQexec(m_conn, "SELECT 1"));
    if (PQresultStatus(result.get()) == PGRES_TUPLES_OK)
        return;
    if (PQstatus(m_conn) == CONNECTION_BAD)
        connectionLost()->raise();
    throw ConnectionError(
        tr("%1 did not answer a ping: %2")
            .arg(m_redactedUrl, PgErrors::trimmed(PQresultErrorMessage(result.get()))));
}

void PgDriver::interrupt()
{
    const std::lock_guard lock(m_cancelMutex);
    if (m_cancel) {
        char error[256];
        PQcancel(m_cancel, error, sizeof error);
    }
}

TransactionState PgDriver::transactionState() const
{
    switch (m_conn ? PQtransactionStatus(m_conn) : PQTRANS_UNKNOWN) {
    case PQTRANS_ACTIVE:
    case PQTRANS_INTRANS:
        return TransactionState::Active;
    case PQTRANS_INERROR:
        return TransactionState::Failed;
    default:
        return TransactionState::Idle;
    }
}

QString PgDriver::quoteIdentifier(const QString &name) const
{
    return Quarry::quoteIdentifier(name);
}

void PgDriver::requireIdle() const
{
    if (!m_conn)
        throw ConnectionError(tr("The connection to %1 is not open.").arg(m_redactedUrl));
    if (m_cursor.open)
        throw DatabaseError(tr("A streamed result is still open; close it first."));
}

const RewrittenSql &PgDriver::rewrite(const QString &sql)
{
    auto it = m_rewrites.constFind(sql);
    if (it == m_rewrites.constEnd()) {
        if (m_rewrites.size() >= RewriteCacheSize)
            m_rewrites.clear();
        it = m_rewrites.insert(sql, rewritePlaceholders(sql, PlaceholderStyle::DollarNumber));
    }
    return *it;
}

void PgDriver::send(const QString &sql, const Params &params)
{
    m_sentSql = sql;
    m_sentRewrite.reset();
    int sent = 0;
    if (params.isEmpty()) {
        // Simple protocol: the text may hold several statements.
        sent = PQsendQuery(m_conn, sql.toUtf8().constData());
    } else {
        QVariantList values;
        if (hasPlaceholders(sql)) {
            const RewrittenSql &rewritten = rewrite(sql);
            values = rewritten.bind(params);
            m_sentRewrite = rewritten;
            m_sentSql = rewritten.sql;
        }
        PgTypes::ParamEncoder encoder;
        encoder.encode(values);
        sent = PQsendQueryParams(m_conn, m_sentSql.toUtf8().constData(), encoder.count(),
                                 encoder.types(), encoder.values(), encoder.lengths(),
                                 encoder.formats(), 0);
    }
    if (!sent)
        errorFor(nullptr)->raise();
}

std::unique_ptr<DatabaseError> PgDriver::errorFor(const pg_result *result) const
{
    const PgErrors::Context context{m_sentSql, m_sentRewrite ? &*m_sentRewrite : nullptr,
                                    cancelRequested(), m_redactedUrl};
    return PgErrors::fromResult(m_conn, result, context);
}

std::unique_ptr<DatabaseError> PgDriver::connectionLost() const
{
    return PgErrors::connectionLost(m_conn, m_redactedUrl);
}

void PgDriver::drain(std::unique_ptr<DatabaseError> &error)
{
    while (PGresult *raw = PQgetResult(m_conn)) {
        const ResultPtr result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH)
            abandonCopy(status);
        else if ((status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE) && !error)
            error = errorFor(raw);
    }
}

void PgDriver::raise(std::unique_ptr<DatabaseError> &error) const
{
    // A lost connection outranks whatever statement error libpq reported with it.
    if (PQstatus(m_conn) == CONNECTION_BAD && !dynamic_cast<ConnectionError *>(error.get()))
        error = connectionLost();
    if (error)
        error->raise();
}

void PgDriver::abandonCopy(int status)
{
    if (status == PGRES_COPY_IN || status == PGRES_COPY_BOTH) {
        PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here; use copyIn()");
    } else {
        char *buffer = nullptr;
        while (PQgetCopyData(m_conn, &buffer, 0) > 0)
            PQfreemem(buffer);
    }
}

qint64 PgDriver::affectedRows(const pg_result *result)
{
    const char *count = PQcmdTuples(const_cast<PGresult *>(result));
    return *count ? std::strtoll(count, nullptr, 10) : -1;
}

namespace {
/// COMMIT, COMMIT WORK/TRANSACTION or END: statements the server may answer with ROLLBACK.
bool isCommit(const QString &sql)
{
    static const QRegularExpression re(u"^\\s*(COMMIT|END)\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}
} // namespace

Result PgDriver::execute(const QString &sql, const Params &params, qsizetype maxRows)
{
    requireIdle();
    send(sql, params);
    const bool limited = maxRows >= 0;
    // Single-row mode bounds memory to the rows kept; the rest is read and dropped, never
    // cancelled (it may be an UPDATE … RETURNING that has to finish).
    if (limited)
        PQsetSingleRowMode(m_conn);

    std::unique_ptr<DatabaseError> error;
    std::optional<Shape> reading; // the row set being read
    QVariantList readingValues;
    qsizetype kept = 0;
    std::optional<Shape> rowsShape; // the last complete row set
    QVariantList rowsValues;
    qint64 rowsAffected = -1;
    qint64 commandAffected = -1;

    while (PGresult *raw = PQgetResult(m_conn)) {
        const ResultPtr result(raw);
        if (error)
            continue;
        const ExecStatusType status = PQresultStatus(raw);
        switch (status) {
        case PGRES_SINGLE_TUPLE:
        case PGRES_TUPLES_OK: {
            if (!reading) {
                reading = describe(raw);
                readingValues.clear();
                kept = 0;
            }
            const qsizetype room = limited ? maxRows - kept : PQntuples(raw);
            if (room > 0) {
                appendRows(raw, *reading, readingValues, int(std::min<qsizetype>(room, INT_MAX)));
                kept += std::min<qsizetype>(room, PQntuples(raw));
            }
            if (status == PGRES_TUPLES_OK) {
                rowsShape = std::move(reading);
                reading.reset();
                rowsValues = std::move(readingValues);
                readingValues = QVariantList();
                rowsAffected = affectedRows(raw);
            }
            break;
        }
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            commandAffected = affectedRows(raw);
            // A changed NOT NULL constraint would make the cached nullability wrong.
            if (std::strncmp(PQcmdStatus(raw), "ALTER", 5) == 0)
                m_nullability.clear();
            // The server answers COMMIT of a failed transaction with a ROLLBACK and no error:
            // the caller must not take that for a commit.
            if (std::strcmp(PQcmdStatus(raw), "ROLLBACK") == 0 && isCommit(m_sentSql))
                error = std::make_unique<SqlError>(
                    tr("the transaction was rolled back because an earlier statement in it "
                       "failed; nothing was committed"),
                    u"25P02"_s);
            break;
        case PGRES_COPY_IN:
        case PGRES_COPY_OUT:
        case PGRES_COPY_BOTH:
            abandonCopy(status);
            error = std::make_unique<DatabaseError>(
                tr("COPY with STDIN or STDOUT cannot run as a statement; use copyIn()."));
            break;
        default:
            error = errorFor(raw);
            break;
        }
    }
    raise(error);

    if (!rowsShape) {
        Result result;
        result.setRowsAffected(commandAffected);
        return result;
    }
    lookUpMetadata(*rowsShape);
    Result result(std::move(rowsShape->columns));
    result.values() = std::move(rowsValues);
    result.setRowsAffected(rowsAffected);
    return result;
}

} // namespace Quarry
