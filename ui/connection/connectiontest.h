// SPDX-License-Identifier: MIT
#pragma once

#include "connection/options.h"
#include "url/databaseurl.h"

#include <QCoroTask>
#include <QString>

namespace Quarry::Ui {

struct ConnectionTestResult {
    bool ok = false;
    /// "Connected to PostgreSQL 15.4." or the engine's error (passwords never in it).
    QString message{};
};

/// Opens one connection with \a url and \a options, asks the server for its version and closes
/// again: what "Test Connection" does. Never throws.
QCoro::Task<ConnectionTestResult> testConnection(DatabaseUrl url, Options options);

} // namespace Quarry::Ui
