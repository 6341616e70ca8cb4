// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QStringList>

/// `quarry migrate …` (migratecommands.cpp) and `quarry diff …` (diffcommand.cpp).
namespace Quarry::Cli {

bool isMigrateCommand(const QString &word);
/// Runs the migrate or diff command in \a arguments; resolves to the exit code. Database and
/// migration errors propagate to the caller, which prints them.
QCoro::Task<int> runMigrateCommand(QStringList arguments);

/// `quarry diff FROM TO`; exit code 0 (3 with --exit-code when they differ), 2 for bad usage.
QCoro::Task<int> runDiffCommand(QStringList arguments);

} // namespace Quarry::Cli
