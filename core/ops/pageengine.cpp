// SPDX-License-Identifier: MIT
#include "ops/pageengine.h"

#include "connection/errors.h"
#include "connection/rawtext.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QPointer>
#include <QTimer>

namespace Quarry {

namespace {

// Reads running at once: the page the view wants now and the one it will want next.
constexpr int MaxInFlight = 2;
// Requests remembered; older ones were for places the view has long scrolled past.
constexpr int MaxQueued = 16;

// Whether rows read and written by \a a's column map mean the same in \a b.
bool sameDefinition(const Table &a, const Table &b)
{
    return a.columns == b.columns && a.primaryKey.columns == b.primaryKey.columns;
}

// What a page's values take in memory, near enough: strings and bytes, and every QVariant.
qint64 pageBytes(const Result &page)
{
    qint64 bytes = 0;
    for (qsizetype r = 0; r < page.rowCount(); ++r) {
        for (qsizetype c = 0; c < page.columnCount(); ++c) {
            const QVariant &v = page.value(r, c);
            if (v.metaType().id() == QMetaType::QString)
                bytes += v.toString().size() * 2;
            else if (v.metaType().id() == QMetaType::QByteArray)
                bytes += v.toByteArray().size();
            else if (v.metaType() == QMetaType::fromType<RawText>())
                bytes += v.value<RawText>().bytes.size();
            bytes += qint64(sizeof(QVariant));
        }
    }
    return bytes;
}

} // namespace

PageEngine::PageEngine(Database database, Table table, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_table(std::move(table))
    , m_query(m_table, Dialect::forUrl(m_database.url()))
{
    m_query.setCut(CutSize);
    findKey();
    restart();
}

PageEngine::~PageEngine() = default;

void PageEngine::setBudget(int pages, qint64 bytes)
{
    m_maxPages = pages;
    m_maxBytes = bytes;
}

void PageEngine::findKey()
{
    m_keyIndex = -1;
    m_keyIndexes.clear();
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        if (m_table.columns[i].name == m_query.keyColumn())
            m_keyIndex = int(i);
    }
    for (const QString &column : m_table.primaryKey.columns) {
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            if (m_table.columns[i].name == column)
                m_keyIndexes.append(int(i));
        }
    }
}

PageQuery PageEngine::makeQuery() const
{
    PageQuery query(m_table, Dialect::forUrl(m_database.url()), m_view);
    query.setCut(CutSize);
    return query;
}

QVariant PageEngine::value(int row, int column) const
{
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend())
        return {};
    const qsizetype r = row % PageSize;
    if (r >= page->rowCount() || column >= page->columnCount())
        return {};
    return page->value(r, column);
}

qint64 PageEngine::cutSize(int row, int column) const
{
    const qsizetype sizeColumn = m_query.cutColumns().indexOf(column);
    if (sizeColumn < 0 || row >= m_rows)
        return -1;
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend() || row % PageSize >= page->rowCount())
        return -1;
    const QVariant size = page->value(row % PageSize, m_table.columns.size() + sizeColumn);
    return size.isNull() ? -1 : size.toLongLong();
}

void PageEngine::setOrder(QString column, bool descending)
{
    m_query.setOrder(std::move(column), descending);
    restart();
}

void PageEngine::setFilters(QVariantMap filters)
{
    m_query.setFilters(std::move(filters));
    restart();
}

void PageEngine::setSession(std::optional<Session> session)
{
    m_session = std::move(session);
    restart();
}

Session PageEngine::session() const
{
    return m_session ? *m_session : m_database.session();
}

// A new order or filter: everything held or on its way belongs to the old one.
void PageEngine::restart()
{
    // A count for the old filter is of no use: stop it (the cancel aims at that statement
    // only, never at the page read that gets its connection next).
    if (m_countSession)
        m_countSession->cancel();
    m_countSession.reset();
    Q_EMIT aboutToRestart();
    ++m_generation;
    m_pages.clear();
    m_pageBytes.clear();
    m_bytes = 0;
    m_sample.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_reported = false;
    m_checking = false; // a look for the old generation is dropped when it returns
    m_queue.clear();
    m_focus = 0;
    m_rows = 0;
    m_countExact = false;
    Q_EMIT restarted();
    if (!m_tableChecked) {
        m_counting = false;
        m_checking = true;
        QCoro::connect(checkTable(m_generation, {}), this, [] {});
        return;
    }
    want(0);
    m_counting = true;
    QCoro::connect(countRows(m_generation), this, [] {});
}

void PageEngine::want(int page)
{
    m_focus = page;
    // A repaint asks for every cell of a missing page: queue the page once.
    if (m_queue.isEmpty() || m_queue.last() != page) {
        m_queue.removeOne(page);
        m_queue.append(page);
        if (m_queue.size() > MaxQueued)
            m_queue.removeFirst();
    }
    // Never start reads from inside want(): a view may be painting. One pump per turn.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, this, &PageEngine::pump);
    }
}

void PageEngine::pump()
{
    m_pumpQueued = false;
    while (m_inFlight.size() < MaxInFlight && !m_queue.isEmpty()) {
        // Newest first: that is where the view is now.
        const int page = m_queue.takeLast();
        if (m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
            continue;
        if (std::abs(page - m_focus) > m_maxPages / 2)
            continue; // scrolled past it already
        m_inFlight.insert(page);
        QCoro::connect(fetch(page, m_generation), this, [] {});
    }
}

Statement PageEngine::pageStatement(int page, int pages) const
{
    const int limit = pages * PageSize;
    if (m_query.byKey() && m_keyIndex >= 0) {
        // Scrolling on: continue after the previous page's last key, without OFFSET.
        const auto previous = m_pages.constFind(page - 1);
        if (previous != m_pages.cend() && previous->rowCount() == PageSize)
            return m_query.after(previous->value(PageSize - 1, m_keyIndex), limit);
        // A jump: from the page's sampled first key, when the count has walked that far.
        if (page < m_sample.size())
            return m_query.from(m_sample[page], limit);
    }
    return m_query.at(qint64(page) * PageSize, limit);
}

QCoro::Task<void> PageEngine::fetch(int page, quint64 generation)
{
    QPointer<PageEngine> self(this);
    Statement statement = pageStatement(page);
    Result rows;
    QString failure;
    bool cancelled = false;
    try {
        Session session = this->session();
        rows = co_await session.all(statement.sql, std::move(statement.params));
    } catch (const Cancelled &) {
        cancelled = true; // meant for a count that had just finished on this connection
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self || generation != m_generation)
        co_return; // the engine is gone, or its order or filter changed meanwhile
    m_inFlight.remove(page);
    if (cancelled) {
        want(page);
        co_return;
    }
    if (!failure.isEmpty()) {
        // Once: a repaint must not ask again. Perhaps the table changed (a column dropped or
        // renamed): look, and report the failure only if it did not.
        m_failed.insert(page);
        lookAfterFailure(failure);
        co_return;
    }
    if (!matchesColumns(rows.columns())) {
        // Another type under the same name: read the definition again before showing any of
        // it. Should it be unchanged after all, the next read sets the columns anew.
        m_columns.clear();
        if (!m_checking) {
            m_checking = true;
            QCoro::connect(checkTable(m_generation, {}), this, [] {});
        }
        co_return;
    }
    if (m_columns.isEmpty())
        m_columns = rows.columns();
    const int loaded = int(rows.rowCount());
    const qint64 bytes = pageBytes(rows);
    m_bytes += bytes - m_pageBytes.value(page);
    m_pageBytes.insert(page, bytes);
    m_pages.insert(page, std::move(rows));
    // A short page is the last one: the exact count is known without waiting for COUNT(*).
    const qint64 end = qint64(page) * PageSize + loaded;
    if (loaded < PageSize && (loaded > 0 || page == 0))
        setRowCount(end, true);
    else if (!m_countExact && end > m_rows)
        setRowCount(end, false);
    const int first = page * PageSize;
    const int last = std::min(m_rows, first + loaded) - 1;
    if (last >= first)
        Q_EMIT rowsLoaded(first, last);
    evict();
    Q_EMIT pageLoaded(page);
    pump();
}

bool PageEngine::matchesColumns(const ResultColumns &columns) const
{
    if (columns.size() != m_query.width())
        return false;
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        if (columns[i].name != m_table.columns[i].name)
            return false;
        // Declared types, where the engine reports them for every row alike (not SQLite's
        // per-value storage class in typeId).
        if (i < m_columns.size() && columns[i].typeName != m_columns[i].typeName)
            return false;
    }
    return true;
}

void PageEngine::recheck()
{
    if (m_checking || !m_tableChecked)
        return; // a look is on its way already
    m_checking = true;
    QCoro::connect(checkTable(m_generation, {}), this, [] {});
}

void PageEngine::lookAfterFailure(const QString &failure)
{
    if (m_checking || m_reported)
        return; // one look, one message per generation
    m_checking = true;
    QCoro::connect(checkTable(m_generation, failure), this, [] {});
}

void PageEngine::report(const QString &failure)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT errorOccurred(failure);
}

QCoro::Task<void> PageEngine::checkTable(quint64 generation, QString failure)
{
    QPointer<PageEngine> self(this);
    std::optional<Relation> now;
    QString error;
    try {
        now = co_await describeRelation(session(), m_table.name, m_table.schema);
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    if (!self || generation != m_generation)
        co_return;
    m_checking = false;
    if (!error.isEmpty()) {
        report(failure.isEmpty() ? error : failure);
        co_return;
    }
    if (!now) {
        Q_EMIT tableMissing(); // whoever shows it says so (report())
        co_return;
    }
    const bool changed = !sameDefinition(now->table, m_table);
    if (!changed && m_tableChecked) {
        // The definition is as the engine has it: the failure was something else.
        if (!failure.isEmpty())
            report(failure);
        co_return;
    }
    m_tableChecked = true;
    m_view = now->view;
    if (changed)
        adoptTable(std::move(now->table));
    else if (m_view) // as expected, but a view's rows have no address to order them by
        m_query = makeQuery();
    restart();
    if (changed)
        Q_EMIT tableChanged();
}

void PageEngine::adoptTable(Table table)
{
    Q_EMIT tableAboutToChange(table);
    m_table = std::move(table);
    m_query = makeQuery();
    m_columns.clear();
    findKey();
    Q_EMIT tableReplaced();
}

// Memory stays bounded however far the view scrolls, and whatever the rows hold: the pages
// farthest from the focus go. The focused page and its neighbours stay.
void PageEngine::evict()
{
    while (m_pages.size() > m_maxPages || (m_bytes > m_maxBytes && m_pages.size() > 3)) {
        int farthest = m_pages.cbegin().key();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (std::abs(it.key() - m_focus) > std::abs(farthest - m_focus))
                farthest = it.key();
        }
        if (std::abs(farthest - m_focus) <= 1)
            break;
        m_pages.remove(farthest);
        m_bytes -= m_pageBytes.take(farthest);
    }
}

QCoro::Task<std::optional<QVariant>> PageEngine::readWhole(Result page, qsizetype r, int column)
{
    QVariantList identity;
    for (const int c : m_query.identityColumns())
        identity.append(page.value(r, c));
    Statement statement = m_query.value(m_table.columns[column].name, identity);
    Session session = this->session();
    const std::optional<Row> row =
        co_await session.oneOrNone(statement.sql, std::move(statement.params));
    if (!row)
        co_return std::nullopt; // deleted meanwhile, or (found by its address) moved
    co_return (*row)[0];
}

} // namespace Quarry
