// SPDX-License-Identifier: MIT
#pragma once

#include "connection/batchsink.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

class QFile;
class QTemporaryFile;

namespace Quarry {

/// A result kept in a temporary file (owner-only, in the temp folder, removed with the spool),
/// so the statement that produced it can end at once and the rows are read back a page at a
/// time with flat memory. The writer (Session::streamTo() on the connection's worker thread)
/// appends batches; readers on any other thread read rows that have been written so far, while
/// it writes. Every value comes back exactly as it went in (SpoolCodec).
class ResultSpool : public BatchSink {
public:
    /// Rows between two entries of the offset index: a read seeks to the entry before its first
    /// row and decodes at most this many rows too many.
    static constexpr int IndexStride = 256;

    /// Creates the file; throws DatabaseError when the temp folder cannot hold one.
    static std::shared_ptr<ResultSpool> create();
    ~ResultSpool() override;
    ResultSpool(const ResultSpool &) = delete;
    ResultSpool &operator=(const ResultSpool &) = delete;

    QString fileName() const;
    ResultColumns columns() const;
    /// Rows written so far: readable now.
    qint64 rowCount() const;
    /// The bytes those rows take in the file.
    qint64 byteSize() const;
    /// begin() came: columns() is known.
    bool hasColumns() const;
    /// finish() came: every row of the result is in.
    bool isFinished() const;

    /// Rows [\a first, \a first + \a count) as one Result (fewer at the end of what is written).
    /// Reads the file: call it off the GUI thread. Reads are serialized among themselves and
    /// run beside the writer. Throws DatabaseError when the file cannot be read.
    Result read(qint64 first, qint64 count) const;

    /// Makes the writer stop at its next batch (the statement then ends); thread-safe.
    void abandon();
    /// Called on the writer's thread after begin(), after a batch at most every
    /// \a intervalMs, and after finish(); replaced or cleared (empty function) under the same
    /// lock the calls are made under, so after setListener({}) returns no call is running or
    /// will come.
    void setListener(std::function<void()> listener, int intervalMs = 100);

    void begin(const ResultColumns &columns) override;
    bool write(const Result &batch) override;
    void finish() override;

private:
    ResultSpool();
    void notify(bool force);

    struct Shared;
    std::unique_ptr<Shared> m_shared;
    std::unique_ptr<QTemporaryFile> m_file;
    /// The readers' own handle on the file, so reads never move the writer's position.
    std::unique_ptr<QFile> m_reader;
    mutable std::mutex m_readLock;
    /// Writer-side state, touched only on the writer's thread.
    QByteArray m_buffer;
    qint64 m_written = 0;
    qint64 m_rows = 0;
    qint64 m_lastNotify = 0;
};

} // namespace Quarry
