// SPDX-License-Identifier: MIT
#include "editor/historystore.h"

#include "connection/errors.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

// AUTOINCREMENT: ids are never reused after pruning or clearing, so id order is recording order.
constexpr QStringView SchemaSql = u"CREATE TABLE IF NOT EXISTS history ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " at_ms INTEGER NOT NULL,"
                                  " connection TEXT NOT NULL,"
                                  " sql TEXT NOT NULL,"
                                  " duration_ms INTEGER NOT NULL,"
                                  " ok INTEGER NOT NULL,"
                                  " outcome TEXT NOT NULL,"
                                  " row_count INTEGER NOT NULL,"
                                  " connection_id TEXT NOT NULL DEFAULT '')";

constexpr QStringView Columns =
    u"id, at_ms, connection, sql, duration_ms, ok, outcome, row_count, connection_id";

// LIKE with `\` as its escape: the user's % and _ match themselves.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

HistoryEntry entryFrom(const Result &result, qsizetype row)
{
    HistoryEntry entry;
    entry.id = result.value(row, 0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(result.value(row, 1).toLongLong(), Qt::UTC);
    entry.connection = result.value(row, 2).toString();
    entry.sql = result.value(row, 3).toString();
    entry.durationMs = result.value(row, 4).toLongLong();
    entry.ok = result.value(row, 5).toLongLong() != 0;
    entry.outcome = result.value(row, 6).toString();
    entry.rows = result.value(row, 7).toLongLong();
    entry.connectionId = result.value(row, 8).toString();
    return entry;
}

// WAL: one sync per recorded statement instead of three. The mode is kept in the file, and
// when another process is switching it at this very moment SQLite answers "database is locked"
// at once, without the busy timeout: the switch is theirs to finish, and recording works in
// either mode.
QCoro::Task<void> useWal(Session &session)
{
    constexpr int SqliteBusy = 5; // SQLITE_BUSY, the low byte of each extended busy code
    try {
        co_await session.execute(u"PRAGMA journal_mode = WAL"_s);
    } catch (const SqlError &e) {
        if (e.code().toInt() % 256 != SqliteBusy)
            throw;
    }
}

QCoro::Task<void> createSchema(Database db)
{
    Session session = db.session();
    co_await useWal(session);
    co_await session.execute(SchemaSql.toString());
    // A file from before connection_id was kept gets the column.
    const QVariant has = co_await session.scalar(
        u"SELECT count(*) FROM pragma_table_info('history') WHERE name = 'connection_id'"_s);
    if (has.toLongLong() == 0)
        co_await session.execute(
            u"ALTER TABLE history ADD COLUMN connection_id TEXT NOT NULL DEFAULT ''"_s);
}

QCoro::Task<qint64> insertEntry(Database db, HistoryEntry entry, int maxEntries)
{
    Transaction tx = co_await db.begin();
    const qint64 at =
        entry.at.isValid() ? entry.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    Params values(at, entry.connection, entry.sql, entry.durationMs, entry.ok ? 1 : 0,
                  entry.outcome, entry.rows, entry.connectionId);
    const Result inserted = co_await tx.execute(
        u"INSERT INTO history (at_ms, connection, sql, duration_ms, ok, outcome, row_count, "
        "connection_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"_s,
        std::move(values));
    Params keep(maxEntries);
    co_await tx.execute(u"DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id "
                        "DESC LIMIT 1 OFFSET $1)"_s,
                        std::move(keep));
    co_await tx.commit();
    co_return inserted.lastInsertId().toLongLong();
}

QCoro::Task<QList<HistoryEntry>> findEntries(Database db, QString text, int limit)
{
    Session session = db.session();
    Result result;
    if (text.isEmpty()) {
        Params params(limit);
        result = co_await session.all(
            u"SELECT %1 FROM history ORDER BY id DESC LIMIT $1"_s.arg(Columns.toString()),
            std::move(params));
    } else {
        Params params(likePattern(text), limit);
        result = co_await session.all(
            u"SELECT %1 FROM history WHERE sql LIKE $1 ESCAPE '\\' OR connection LIKE $1 "
            "ESCAPE '\\' ORDER BY id DESC LIMIT $2"_s.arg(Columns.toString()),
            std::move(params));
    }
    QList<HistoryEntry> entries;
    entries.reserve(result.rowCount());
    for (qsizetype row = 0; row < result.rowCount(); ++row)
        entries.append(entryFrom(result, row));
    co_return entries;
}

QCoro::Task<void> deleteEntries(Database db, qint64 id)
{
    Session session = db.session();
    if (id > 0) {
        Params params(id);
        co_await session.execute(u"DELETE FROM history WHERE id = $1"_s, std::move(params));
    } else {
        Params none;
        co_await session.execute(u"DELETE FROM history"_s, std::move(none));
    }
}

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : HistoryStore(defaultFileName(), parent)
{}

HistoryStore::HistoryStore(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
{}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.db"_s;
}

void HistoryStore::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

QCoro::Task<std::optional<Database>> HistoryStore::database()
{
    QPointer<HistoryStore> self(this);
    if (!m_database) {
        try {
            QDir().mkpath(QFileInfo(m_fileName).absolutePath());
            DatabaseUrl url = DatabaseUrl::parse(u"sqlite://");
            url.setDatabase(m_fileName);
            // One connection: statements run in the order they were asked for, and writers never
            // wait on each other's locks.
            Options options;
            options.poolSize = 1;
            options.maxOverflow = 0;
            m_database.emplace(url, options);
        } catch (const DatabaseError &e) {
            fail(tr("The history file %1 cannot be used: %2").arg(m_fileName, e.message()));
            co_return std::nullopt;
        }
    }
    std::optional<Database> db = m_database;
    if (m_tableReady)
        co_return db;
    QString failure;
    try {
        co_await createSchema(*db);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return std::nullopt;
    if (!failure.isEmpty()) {
        fail(tr("The history file %1 cannot be used: %2").arg(m_fileName, failure));
        co_return std::nullopt;
    }
    m_tableReady = true;
    co_return db;
}

QCoro::Task<void> HistoryStore::record(HistoryEntry entry)
{
    QPointer<HistoryStore> self(this);
    std::optional<Database> db = co_await database();
    if (!self || !db)
        co_return;
    QString failure;
    try {
        // The task is made in its own statement: no aggregate argument lives across co_await.
        QCoro::Task<qint64> inserting = insertEntry(*db, entry, m_maxEntries);
        entry.id = co_await std::move(inserting);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return;
    if (!failure.isEmpty()) {
        fail(tr("The statement was not added to the history: %1").arg(failure));
        co_return;
    }
    if (entry.at.isValid())
        entry.at = entry.at.toUTC();
    Q_EMIT recorded(entry);
}

QCoro::Task<QList<HistoryEntry>> HistoryStore::search(QString text, int limit)
{
    QPointer<HistoryStore> self(this);
    QList<HistoryEntry> entries;
    std::optional<Database> db = co_await database();
    if (!self || !db)
        co_return entries;
    QString failure;
    try {
        entries = co_await findEntries(*db, text, qMax(1, limit));
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (self && !failure.isEmpty())
        fail(tr("The history could not be read: %1").arg(failure));
    co_return entries;
}

QCoro::Task<void> HistoryStore::remove(qint64 id)
{
    if (id > 0)
        co_await erase(id);
}

QCoro::Task<void> HistoryStore::clear()
{
    return erase(0);
}

QCoro::Task<void> HistoryStore::erase(qint64 id)
{
    QPointer<HistoryStore> self(this);
    std::optional<Database> db = co_await database();
    if (!self || !db)
        co_return;
    QString failure;
    try {
        co_await deleteEntries(*db, id);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return;
    if (!failure.isEmpty()) {
        fail(id > 0 ? tr("The entry could not be removed from the history: %1").arg(failure)
                    : tr("The history could not be cleared: %1").arg(failure));
        co_return;
    }
    Q_EMIT removed();
}

QCoro::Task<void> HistoryStore::close()
{
    std::optional<Database> db = std::move(m_database);
    m_database.reset();
    m_tableReady = false;
    if (db)
        co_await db->close();
}

} // namespace Quarry::Ui
