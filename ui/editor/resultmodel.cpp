// SPDX-License-Identifier: MIT
#include "editor/resultmodel.h"

#include "connection/errors.h"
#include "grid/cellformat.h"

#include <QCoreApplication>
#include <QPointer>

namespace Quarry::Ui {

/// What the model and its reading coroutine share; outlives whichever ends first.
struct ResultModel::Reader : QObject {
    Q_OBJECT
public:
    ResultModel *model = nullptr;
    /// The model wants the next batch.
    bool wanted = true;
    bool all = false;
    bool stopped = false;
    bool started = false;
    bool done = false;
    std::exception_ptr error;

    /// `co_await reader->next()` resumes after the next notify(). Each waiter is resumed once,
    /// from the event loop: never inside the notifier (no re-entrance), and never twice (a
    /// Qt signal emitted twice before a queued resume would resume a finished coroutine).
    struct Next {
        Reader *reader;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiter) { reader->waiters.append(waiter); }
        void await_resume() const noexcept {}
    };
    Next next() { return Next{this}; }

    void notify()
    {
        for (std::coroutine_handle<> waiter : std::exchange(waiters, {})) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [waiter] { waiter.resume(); }, Qt::QueuedConnection);
        }
        Q_EMIT changed();
    }

    void want()
    {
        wanted = true;
        notify();
    }

    QList<std::coroutine_handle<>> waiters;

Q_SIGNALS:
    void changed();
};

ResultModel::ResultModel(QObject *parent)
    : ResultSetModel(parent)
{}

ResultModel::~ResultModel()
{
    if (m_reader) {
        disconnect(m_reader.get(), nullptr, this, nullptr);
        m_reader->model = nullptr;
        m_reader->stopped = true;
        m_reader->notify(); // the reader drops the stream, which closes the cursor
    }
}

QCoro::Task<void> ResultModel::start(Session session, QString sql)
{
    auto reader = std::make_shared<Reader>();
    reader->model = this;
    m_reader = reader;
    connect(reader.get(), &Reader::changed, this, &ResultModel::progressed);
    QCoro::connect(read(reader, std::move(session), std::move(sql)), QCoreApplication::instance(),
                   [] {});
    while (!reader->started && !reader->done)
        co_await reader->next();
    if (reader->error)
        std::rethrow_exception(reader->error);
}

QCoro::Task<void> ResultModel::read(std::shared_ptr<Reader> reader, Session session, QString sql)
{
    try {
        auto stream = session.stream(sql, {}, BatchRows);
        QCORO_FOREACH(const Result &batch, stream)
        {
            if (reader->stopped)
                break;
            if (reader->model)
                reader->model->append(batch);
            reader->started = true;
            // A short batch is the last: no need to wait for the view.
            reader->wanted = reader->all || batch.rowCount() < BatchRows;
            reader->notify();
            // Paused with the next batch already on its way: the view asks when it needs it.
            while (!reader->stopped && !reader->wanted)
                co_await reader->next();
            if (reader->stopped)
                break;
        }
    } catch (const DatabaseError &) {
        reader->error = std::current_exception();
    }
    // The stream is gone here: the cursor is closed and the session free.
    reader->done = true;
    reader->notify();
}

QCoro::Task<void> ResultModel::stop()
{
    const std::shared_ptr<Reader> reader = m_reader;
    if (!reader || reader->done)
        co_return;
    reader->stopped = true;
    reader->notify();
    while (!reader->done)
        co_await reader->next();
}

void ResultModel::fetchAll()
{
    if (m_reader && !m_reader->done) {
        m_reader->all = true;
        m_reader->want();
    }
}

void ResultModel::append(const Result &batch)
{
    if (m_columns.isEmpty() && !batch.columns().isEmpty()) {
        beginResetModel();
        m_columns = batch.columns();
        endResetModel();
    }
    if (batch.rowCount() == 0)
        return;
    beginInsertRows({}, m_rows, m_rows + int(batch.rowCount()) - 1);
    m_values.append(batch.values());
    m_rows += int(batch.rowCount());
    endInsertRows();
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant ResultModel::value(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns.size())
        return {};
    return m_values.at(qsizetype(row) * m_columns.size() + column);
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    return CellFormat::cell(value(index.row(), index.column()), role);
}

bool ResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && !m_reader->done && !m_reader->wanted;
}

void ResultModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_reader->want();
}

bool ResultModel::isComplete() const
{
    return !m_reader || (m_reader->done && !m_reader->stopped);
}

bool ResultModel::isTruncated() const
{
    return m_reader && m_reader->stopped && m_rows > 0;
}

} // namespace Quarry::Ui

#include "resultmodel.moc"
