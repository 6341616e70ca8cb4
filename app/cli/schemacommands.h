// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QStringList>

/// `quarry reflect`, `quarry create-all`, `quarry drop-all`.
namespace Quarry::Cli {

bool isSchemaCommand(const QString &word);
/// Runs the schema command in \a arguments; resolves to the exit code. Database errors
/// propagate to the caller, which prints them.
QCoro::Task<int> runSchemaCommand(QStringList arguments);

} // namespace Quarry::Cli
