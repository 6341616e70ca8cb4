// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// `reflect-5000-<engine>`: Database::reflect() of a generated schema (\a tables tables of five
/// columns, every tenth with a foreign key and an index) beside the raw catalog queries a
/// careful programmer would run through the C API for the same facts.
void benchReflect(bool pg, const QString &url, const QByteArray &raw, int tables, int repeat);
