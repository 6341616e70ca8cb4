// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace Quarry {

/// Writes a (streamed) result to a device batch by batch, so output starts with the first rows
/// and memory stays bounded: CSV (RFC 4180), JSON (an array of objects) or tab-separated text.
class RowWriter {
public:
    enum class Format { Csv, Json, Text };

    static std::unique_ptr<RowWriter> create(Format format, QIODevice *device);
    virtual ~RowWriter() = default;

    /// Writes the header (once) if not yet written, then the rows of \a batch.
    void write(const Result &batch);
    /// Finishes the document (closing bracket for JSON, header-only output for empty results).
    void finish(const ResultColumns &columns);
    qint64 rowsWritten() const { return m_rows; }

    /// A value as text for CSV and plain output: null is empty, blobs are \x-hex, timestamps
    /// ISO 8601, doubles in their shortest exact form, text that is not UTF-8 as its bytes.
    static void appendText(QByteArray &out, const QVariant &value);
    /// \a text as one field of a delimited line (RFC 4180): quoted, its quotes doubled, when it
    /// holds \a separator, a quote or a line break.
    static void appendField(QByteArray &out, const QByteArray &text, char separator);

protected:
    explicit RowWriter(QIODevice *device)
        : m_device(device)
    {}
    virtual void header(QByteArray &out, const ResultColumns &columns) = 0;
    virtual void row(QByteArray &out, const Result &batch, qsizetype row) = 0;
    virtual void footer(QByteArray &) {}

private:
    void flush(QByteArray &out);

    QIODevice *m_device;
    bool m_started = false;
    qint64 m_rows = 0;
};

} // namespace Quarry
