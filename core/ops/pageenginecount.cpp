// SPDX-License-Identifier: MIT
// PageEngine's row count: a catalog estimate first, then the exact count, in key order by a
// walk that samples every page's first key.
#include "ops/pageengine.h"

#include "connection/errors.h"

#include <QPointer>

#include <limits>

namespace Quarry {

void PageEngine::cancelCount()
{
    if (m_counting && m_countSession)
        m_countSession->cancel();
}

QCoro::Task<void> PageEngine::countRows(quint64 generation)
{
    QPointer<PageEngine> self(this);
    try {
        if (std::optional<Statement> estimate = m_query.estimate()) {
            Session session = this->session();
            const QVariant n = co_await session.scalar(estimate->sql, std::move(estimate->params));
            if (!self || generation != m_generation)
                co_return;
            if (!m_countExact && !n.isNull() && n.toLongLong() > m_rows)
                setRowCount(n.toLongLong(), false);
        }
        // Its own cancel: Stop ends the count only, never a page read or a save beside it on
        // the tab's session (manual mode).
        Session session = this->session().withOwnCancel();
        m_countSession = session;
        qint64 n = 0;
        if (m_query.canSample() && m_keyIndex >= 0) {
            n = co_await sampleKeys(session, generation);
        } else {
            Statement count = m_query.count();
            n = (co_await session.scalar(count.sql, std::move(count.params))).toLongLong();
        }
        if (!self || generation != m_generation)
            co_return;
        m_counting = false;
        m_countSession.reset();
        setRowCount(n, true);
    } catch (const Cancelled &) {
        if (!self || generation != m_generation)
            co_return;
        // Stopped by the user: the rows so far (or the estimate) stand, marked inexact.
        m_counting = false;
        m_countSession.reset();
        Q_EMIT countChanged(m_rows, false);
    } catch (const DatabaseError &e) {
        if (!self || generation != m_generation)
            co_return;
        m_counting = false;
        lookAfterFailure(e.message());
    }
}

QCoro::Task<qint64> PageEngine::sampleKeys(Session session, quint64 generation)
{
    QPointer<PageEngine> self(this);
    Statement sample = m_query.sample(PageSize);
    const Result keys = co_await session.all(sample.sql, std::move(sample.params));
    if (!self || generation != m_generation || keys.rowCount() == 0)
        co_return 0;
    QVariantList sampled;
    sampled.reserve(keys.rowCount());
    for (qsizetype r = 0; r < keys.rowCount(); ++r)
        sampled.append(keys.value(r, 0));
    // Every page but the last is full; the last one says how many rows there are.
    Statement last = m_query.from(sampled.last(), PageSize);
    const Result tail = co_await session.all(last.sql, std::move(last.params));
    if (!self || generation != m_generation)
        co_return 0;
    m_sample = std::move(sampled);
    co_return qint64(m_sample.size() - 1) * PageSize + tail.rowCount();
}

void PageEngine::setRowCount(qint64 rows, bool exact)
{
    // A model's new rows stay below the table's rows; they shift with the count.
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max() - 1'000'000));
    if (n > m_rows) {
        Q_EMIT rowsAboutToBeAdded(m_rows, n - 1);
        m_rows = n;
        Q_EMIT rowsAdded();
    } else if (n < m_rows) {
        Q_EMIT rowsAboutToBeDropped(n, m_rows - 1);
        m_rows = n;
        Q_EMIT rowsDropped();
    }
    m_countExact = exact;
    Q_EMIT countChanged(rows, exact);
}

} // namespace Quarry
