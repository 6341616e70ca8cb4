// SPDX-License-Identifier: MIT
// TableWindowModel's values for others than the view: rows for copying, and whole values of
// cells the pages hold cut.
#include "grid/tablewindowmodel.h"

#include "connection/errors.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

QCoro::Task<QList<QVariantList>> TableWindowModel::rowValues(QList<int> rows, QList<int> columns)
{
    // Pages not held are read a run at a time (one statement for up to this many pages).
    constexpr int MaxRunPages = 64;
    QPointer<TableWindowModel> self(this);
    const quint64 generation = m_engine->generation();
    const int tableRows = m_engine->rows();
    std::sort(rows.begin(), rows.end());
    QList<QVariantList> values;
    values.reserve(rows.size());
    qsizetype next = 0;
    while (next < rows.size()) {
        const int row = rows[next];
        if (row >= tableRows) { // a new row
            QVariantList line;
            for (const int column : std::as_const(columns))
                line.append(m_edits.addedValue(row - tableRows, column));
            values.append(line);
            ++next;
            continue;
        }
        const int page = row / PageSize;
        int firstPage = page;
        Result read;
        if (!m_engine->page(page)) {
            const int lastWanted = std::min(rows.last(), tableRows - 1) / PageSize;
            int pages = 1;
            while (pages < MaxRunPages && page + pages <= lastWanted &&
                   !m_engine->page(page + pages))
                ++pages;
            Statement statement = m_engine->pageStatement(page, pages);
            Session session = m_engine->session();
            read = co_await session.all(statement.sql, std::move(statement.params));
            if (!self || generation != m_engine->generation() || m_engine->rows() != tableRows)
                co_return QList<QVariantList>(); // sorted, filtered or counted meanwhile
        }
        // A page held now is taken as it is (a shared copy: eviction cannot pull it away).
        const Result *held = m_engine->page(page);
        if (held) {
            read = *held;
            firstPage = page;
        }
        const int end = firstPage * PageSize + int(read.rowCount());
        const int runEnd = held ? (page + 1) * PageSize : std::max(end, (page + 1) * PageSize);
        for (; next < rows.size() && rows[next] < tableRows && rows[next] < runEnd; ++next) {
            const qsizetype r = rows[next] - qsizetype(firstPage) * PageSize;
            QVariantList line;
            const PendingEdits::Key key = keyOf(read, r);
            if (r < read.rowCount()) {
                for (const int column : std::as_const(columns)) {
                    const std::optional<QVariant> changed = m_edits.value(key, column);
                    if (changed) {
                        line.append(*changed);
                    } else if (const qsizetype size =
                                   m_engine->query().cutColumns().indexOf(column);
                               size >= 0 &&
                               !read.value(r, table().columns.size() + size).isNull()) {
                        // Held cut: read whole, one value at a time (a copy is bounded by
                        // what the clipboard takes; the grid's pages are not).
                        const std::optional<QVariant> whole =
                            co_await m_engine->readWhole(read, r, column);
                        if (!self || generation != m_engine->generation() ||
                            m_engine->rows() != tableRows || !whole)
                            co_return QList<QVariantList>();
                        line.append(*whole);
                    } else {
                        line.append(read.value(r, column));
                    }
                }
            }
            values.append(line);
        }
    }
    co_return values;
}

QCoro::Task<std::optional<QVariant>> TableWindowModel::wholeValue(int row, int column)
{
    QPointer<TableWindowModel> self(this);
    const quint64 generation = m_engine->generation();
    const int tableRows = m_engine->rows();
    if (row >= tableRows)
        co_return m_edits.addedValue(row - tableRows, column);
    const Result *page = m_engine->page(row / PageSize);
    if (!page || row % PageSize >= page->rowCount())
        co_return std::nullopt;
    if (const std::optional<QVariant> changed = m_edits.value(keyOf(row), column))
        co_return *changed;
    if (cutSize(row, column) < 0)
        co_return page->value(row % PageSize, column);
    const std::optional<QVariant> whole =
        co_await m_engine->readWhole(*page, row % PageSize, column);
    if (!self || generation != m_engine->generation())
        co_return std::nullopt;
    co_return whole;
}

} // namespace Quarry::Ui
