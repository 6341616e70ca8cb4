// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QStringList>

/// The command-line interface: `quarry <command> …`. Uses Quarry Core exactly as the GUI does.
namespace Quarry::Cli {

/// Whether \a word names a CLI command (else the arguments are for the GUI).
bool isCommand(const QString &word);
/// The command names, for messages.
QStringList commands();
/// The message for a first argument that is neither a command nor a database to open.
QString unknownCommand(const QString &word);
/// Runs the command in \a arguments (arguments[0] is the program); resolves to the exit code.
/// Errors go to stderr with a non-zero code.
QCoro::Task<int> run(QStringList arguments);
/// The usage text printed for --help and bad invocations.
QString usage();

} // namespace Quarry::Cli
