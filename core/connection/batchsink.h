// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"

namespace Quarry {

/// Where Session::streamTo() puts a result's rows. Called on the connection's worker thread,
/// one call at a time, so rows never cross to the caller's thread batch by batch.
class BatchSink {
public:
    virtual ~BatchSink() = default;
    /// The statement's columns, before any rows (also when it returns none).
    virtual void begin(const ResultColumns &columns) = 0;
    /// The next rows. Returns false to stop reading: the statement is ended at once. May throw
    /// a DatabaseError (the disk is full), which ends the statement and reaches the caller.
    virtual bool write(const Result &batch) = 0;
    /// Every row was written (not called when reading stopped or failed).
    virtual void finish() = 0;
};

} // namespace Quarry
