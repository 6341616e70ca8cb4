// SPDX-License-Identifier: MIT
#include "editor/spoolresultmodel.h"

#include "connection/errors.h"
#include "grid/cellformat.h"
#include "io/resultspool.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace Quarry::Ui {

namespace {
Q_LOGGING_CATEGORY(lcSpool, "quarry.editor.spool", QtWarningMsg)

/// How often the spool tells the model about new rows while it fills. Each time the view's
/// row header grows by the new rows (work in the rows it already has), so it is not per batch.
constexpr int GrowIntervalMs = 100;
} // namespace

SpoolResultModel::SpoolResultModel(std::shared_ptr<ResultSpool> spool, QObject *parent)
    : ResultSetModel(parent)
    , m_spool(std::move(spool))
{
    // Called on the writer's thread; cleared (under the spool's lock) before this model goes.
    m_spool->setListener(
        [this] {
            QMetaObject::invokeMethod(this, &SpoolResultModel::refresh, Qt::QueuedConnection);
        },
        GrowIntervalMs);
    refresh();
}

SpoolResultModel::~SpoolResultModel()
{
    m_spool->setListener({});
    m_spool->abandon();
    // Removing a file of hundreds of megabytes can take a while: never on the GUI thread.
    QThreadPool::globalInstance()->start([spool = std::move(m_spool)]() mutable { spool.reset(); });
}

void SpoolResultModel::refresh()
{
    if (m_columns.isEmpty() && m_spool->hasColumns()) {
        const ResultColumns columns = m_spool->columns();
        if (!columns.isEmpty()) {
            beginResetModel();
            m_columns = columns;
            endResetModel();
        }
    }
    if (!m_announced && m_spool->hasColumns()) {
        m_announced = true;
        Q_EMIT columnsArrived();
    }
    const int rows = int(std::min<qint64>(m_spool->rowCount(), std::numeric_limits<int>::max()));
    if (rows > m_rows && !m_columns.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
        qCDebug(lcSpool) << "rows" << rows << "inserted in" << clock.nsecsElapsed() / 1000 << "us";
    }
    Q_EMIT progressed();
}

int SpoolResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant SpoolResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= m_columns.size())
        return {};
    const qint64 page = index.row() / PageRows;
    const auto found = m_pages.find(page);
    const qint64 at = index.row() - page * PageRows;
    // A page read while the spool filled may end short of this row: read it again.
    if (found == m_pages.end() || at >= found->rows.rowCount()) {
        request(page);
        return CellFormat::pending(role);
    }
    found->used = ++m_tick;
    return CellFormat::cell(found->rows.value(at, index.column()), role);
}

bool SpoolResultModel::isComplete() const
{
    return m_spool->isFinished() && m_rows == m_spool->rowCount();
}

void SpoolResultModel::request(qint64 page) const
{
    if (m_loading.contains(page))
        return;
    m_loading.insert(page);
    auto *self = const_cast<SpoolResultModel *>(this);
    QCoro::connect(load(QPointer<SpoolResultModel>(self), m_spool, page), self, [] {});
}

QCoro::Task<void> SpoolResultModel::load(QPointer<SpoolResultModel> self,
                                         std::shared_ptr<ResultSpool> spool, qint64 page)
{
    auto read = [spool, page] { return spool->read(page * PageRows, PageRows); };
    Result rows;
    try {
        rows = co_await QtConcurrent::run(std::move(read));
    } catch (const DatabaseError &e) {
        qCWarning(lcSpool) << e.message();
    }
    if (!self)
        co_return;
    self->loaded(page, std::move(rows));
}

void SpoolResultModel::loaded(qint64 page, Result rows)
{
    m_loading.remove(page);
    if (rows.rowCount() == 0)
        return; // unreadable: the cells stay pending rather than asking again and again
    const qint64 count = rows.rowCount();
    m_pages.insert(page, Page{std::move(rows), ++m_tick});
    while (m_pages.size() > MaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    const int first = int(page * PageRows);
    const int last = int(std::min<qint64>(first + count, m_rows)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
}

} // namespace Quarry::Ui
