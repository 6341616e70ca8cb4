// SPDX-License-Identifier: MIT
#pragma once

#include "cli/common.h"

#include <QCoroTask>
#include <QVariantList>

namespace Quarry::Cli {

/// What `quarry query URL --file FILE` runs.
struct ScriptCommand {
    Common common;
    QString fileName;
    QString script;
    /// Bound to the script's statement when it holds exactly one.
    QVariantList values;
    bool continueOnError = false;
};

/// Runs the script statement by statement on one session, split as the engine's shell would
/// (ScriptSplitter): rows of each statement through the RowWriter, "N rows affected" or the
/// command for the others, errors as `file:line: ERROR: …`. Stops at the first error unless
/// continueOnError; resolves to 1 when any statement failed.
QCoro::Task<int> runScript(ScriptCommand command);

} // namespace Quarry::Cli
