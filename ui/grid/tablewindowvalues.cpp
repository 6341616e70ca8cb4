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
    const quint64 generation = m_generation;
    const int tableRows = m_rows;
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
        if (!m_pages.contains(page)) {
            const int lastWanted = std::min(rows.last(), tableRows - 1) / PageSize;
            int pages = 1;
            while (pages < MaxRunPages && page + pages <= lastWanted &&
                   !m_pages.contains(page + pages))
                ++pages;
            Statement statement = pageStatement(page, pages);
            Session session = readSession();
            read = co_await session.all(statement.sql, std::move(statement.params));
            if (!self || generation != m_generation || m_rows != tableRows)
                co_return QList<QVariantList>(); // sorted, filtered or counted meanwhile
        }
        // A page held now is taken as it is (a shared copy: eviction cannot pull it away).
        const auto held = m_pages.constFind(page);
        if (held != m_pages.cend()) {
            read = *held;
            firstPage = page;
        }
        const int end = firstPage * PageSize + int(read.rowCount());
        const int runEnd =
            held != m_pages.cend() ? (page + 1) * PageSize : std::max(end, (page + 1) * PageSize);
        for (; next < rows.size() && rows[next] < tableRows && rows[next] < runEnd; ++next) {
            const qsizetype r = rows[next] - qsizetype(firstPage) * PageSize;
            QVariantList line;
            const PendingEdits::Key key = keyOf(read, r);
            if (r < read.rowCount()) {
                for (const int column : std::as_const(columns)) {
                    const std::optional<QVariant> changed = m_edits.value(key, column);
                    line.append(changed ? *changed : read.value(r, column));
                }
            }
            values.append(line);
        }
    }
    co_return values;
}

} // namespace Quarry::Ui
