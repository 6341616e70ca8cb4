// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Quarry's files under the user's home (settings with the recent list and session, the query
/// history, the editor tabs, their locks and SQLite journals) may hold SQL, table names and
/// server names: they are the owner's only.
namespace Quarry::Ui::OwnerFiles {

/// From now on, every file and folder this process creates is owner-only (umask 077, so no
/// file is ever readable by others even for a moment), and what older versions left in
/// Quarry's settings and data folders is made so (0700 folders, 0600 files). For the desktop
/// app, after the application and organization names are set.
void protect();

/// \a path, and everything under it when it is a folder, made owner-only.
void restrict(const QString &path);

} // namespace Quarry::Ui::OwnerFiles
