// SPDX-License-Identifier: MIT
#include "io/resultspool.h"

#include "connection/errors.h"
#include "io/spoolcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>

namespace Quarry {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ResultSpool)
};
} // namespace

/// What the writer publishes to readers, under one lock.
struct ResultSpool::Shared {
    mutable std::mutex lock;
    ResultColumns columns;
    bool hasColumns = false;
    bool finished = false;
    qint64 rows = 0;
    qint64 bytes = 0;
    /// offsets[i]: where row i * IndexStride starts.
    QList<qint64> offsets;

    std::mutex listenerLock;
    std::function<void()> listener;
    int intervalMs = 100;
    QElapsedTimer clock;

    std::atomic<bool> abandoned{false};
};

ResultSpool::ResultSpool()
    : m_shared(std::make_unique<Shared>())
    , m_file(std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                              QStringLiteral("/quarry-result-XXXXXX.spool")))
    , m_reader(std::make_unique<QFile>())
{
    m_shared->clock.start();
}

std::shared_ptr<ResultSpool> ResultSpool::create()
{
    std::shared_ptr<ResultSpool> spool(new ResultSpool);
    // QTemporaryFile creates it owner-only (0600); the permissions are set again all the same,
    // in case the platform's default is wider.
    if (!spool->m_file->open() ||
        !spool->m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        throw DatabaseError(
            Tr::tr("cannot create a temporary file for the result in %1: %2")
                .arg(QDir::toNativeSeparators(QDir::tempPath()), spool->m_file->errorString()));
    spool->m_reader->setFileName(spool->m_file->fileName());
    if (!spool->m_reader->open(QIODevice::ReadOnly))
        throw DatabaseError(Tr::tr("cannot read the temporary file %1: %2")
                                .arg(spool->m_file->fileName(), spool->m_reader->errorString()));
    return spool;
}

ResultSpool::~ResultSpool() = default; // QTemporaryFile removes the file

QString ResultSpool::fileName() const
{
    return m_file->fileName();
}

ResultColumns ResultSpool::columns() const
{
    const std::lock_guard lock(m_shared->lock);
    return m_shared->columns;
}

qint64 ResultSpool::rowCount() const
{
    const std::lock_guard lock(m_shared->lock);
    return m_shared->rows;
}

qint64 ResultSpool::byteSize() const
{
    const std::lock_guard lock(m_shared->lock);
    return m_shared->bytes;
}

bool ResultSpool::hasColumns() const
{
    const std::lock_guard lock(m_shared->lock);
    return m_shared->hasColumns;
}

bool ResultSpool::isFinished() const
{
    const std::lock_guard lock(m_shared->lock);
    return m_shared->finished;
}

void ResultSpool::abandon()
{
    m_shared->abandoned.store(true);
}

void ResultSpool::setListener(std::function<void()> listener, int intervalMs)
{
    const std::lock_guard lock(m_shared->listenerLock);
    m_shared->listener = std::move(listener);
    m_shared->intervalMs = intervalMs;
}

void ResultSpool::notify(bool force)
{
    const std::lock_guard lock(m_shared->listenerLock);
    const qint64 now = m_shared->clock.elapsed();
    if (!m_shared->listener || (!force && now - m_lastNotify < m_shared->intervalMs))
        return;
    m_lastNotify = now;
    m_shared->listener();
}

void ResultSpool::begin(const ResultColumns &columns)
{
    {
        const std::lock_guard lock(m_shared->lock);
        m_shared->columns = columns;
        m_shared->hasColumns = true;
    }
    notify(true);
}

bool ResultSpool::write(const Result &batch)
{
    if (m_shared->abandoned.load())
        return false;
    const qsizetype columns = batch.columnCount();
    const qsizetype rows = batch.rowCount();
    const QVariantList &values = batch.values();
    QList<qint64> offsets;
    m_buffer.clear();
    for (qsizetype row = 0; row < rows; ++row) {
        if ((m_rows + row) % IndexStride == 0)
            offsets.append(m_written + m_buffer.size());
        for (qsizetype column = 0; column < columns; ++column)
            SpoolCodec::encode(values[row * columns + column], m_buffer);
    }
    if (m_file->write(m_buffer) != m_buffer.size() || !m_file->flush())
        throw DatabaseError(Tr::tr("cannot write the result to %1: %2")
                                .arg(m_file->fileName(), m_file->errorString()));
    m_written += m_buffer.size();
    m_rows += rows;
    // A batch is a few hundred kilobytes at most: keep the buffer's capacity for the next one
    // unless a batch of huge values grew it.
    if (m_buffer.capacity() > 16 * 1024 * 1024)
        m_buffer = QByteArray();
    {
        const std::lock_guard lock(m_shared->lock);
        m_shared->offsets.append(offsets);
        m_shared->rows = m_rows;
        m_shared->bytes = m_written;
    }
    // The first rows are told at once: the grid shows them while the rest is read.
    notify(m_rows == rows);
    return !m_shared->abandoned.load();
}

void ResultSpool::finish()
{
    {
        const std::lock_guard lock(m_shared->lock);
        m_shared->finished = true;
    }
    notify(true);
}

Result ResultSpool::read(qint64 first, qint64 count) const
{
    ResultColumns columns;
    qint64 start = 0;
    qint64 end = 0;
    qint64 skipRows = 0;
    qint64 last = 0;
    {
        const std::lock_guard lock(m_shared->lock);
        columns = m_shared->columns;
        first = std::clamp<qint64>(first, 0, m_shared->rows);
        last = std::clamp<qint64>(first + std::max<qint64>(count, 0), first, m_shared->rows);
        const qint64 entry = first / IndexStride;
        const qint64 after = (last + IndexStride - 1) / IndexStride;
        if (first < last) {
            start = m_shared->offsets.at(entry);
            end = after < m_shared->offsets.size() ? m_shared->offsets.at(after) : m_shared->bytes;
        }
        skipRows = first - entry * IndexStride;
    }
    Result result(columns);
    if (first >= last || columns.isEmpty())
        return result;
    QByteArray bytes;
    {
        const std::lock_guard lock(m_readLock);
        if (!m_reader->seek(start))
            throw DatabaseError(Tr::tr("cannot read the temporary file %1: %2")
                                    .arg(m_reader->fileName(), m_reader->errorString()));
        bytes = m_reader->read(end - start);
    }
    if (bytes.size() != end - start)
        throw DatabaseError(Tr::tr("cannot read the temporary file %1: %2")
                                .arg(m_reader->fileName(), m_reader->errorString()));
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    const qsizetype width = columns.size();
    for (qint64 i = 0; i < skipRows * width; ++i)
        SpoolCodec::skip(data, size, pos);
    QVariantList &values = result.values();
    values.reserve((last - first) * width);
    for (qint64 i = 0; i < (last - first) * width; ++i)
        values.append(SpoolCodec::decode(data, size, pos));
    return result;
}

} // namespace Quarry
