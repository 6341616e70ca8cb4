// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QVariant>

namespace Quarry::SpoolCodec {

/// Appends \a value to \a out as a tag byte and its exact binary form: null, every type a
/// Result holds (integers, doubles bit for bit, text as UTF-16 with null and empty apart,
/// blobs, RawText, Numeric, dates, times, timestamps with their zone, UUIDs, JSON) and any
/// other streamable QVariant.
void encode(const QVariant &value, QByteArray &out);

/// Reads the value at \a pos in \a data (\a size bytes) and moves \a pos past it. Throws
/// DatabaseError when the bytes are not what encode() wrote.
QVariant decode(const char *data, qsizetype size, qsizetype &pos);

/// Moves \a pos past the value there without building it.
void skip(const char *data, qsizetype size, qsizetype &pos);

} // namespace Quarry::SpoolCodec
