// SPDX-License-Identifier: MIT
#pragma once

#include "schema/metadata.h"

#include <QByteArray>
#include <QString>

namespace Quarry {

/// The `$schema` URL written into saved model files (the `$id` of resources/model.schema.json).
inline constexpr char16_t modelSchemaUrl[] = u"https://quarry.invalid/model.schema.json";
/// The model file format version this build reads and writes.
inline constexpr int modelFormatVersion = 1;

/// Reads and validates the JSON model file at \a path (format: docs/model-format.md).
/// Throws ModelError when the file cannot be read or is invalid; the message starts with
/// \a path and names the JSON path of the problem (`pets.json: $.tables[1].columns[2].type:
/// unknown type "strng"`).
Metadata loadModel(const QString &path);

/// Parses and validates a JSON model. \a sourceName (usually the file name) prefixes error
/// messages; empty = no prefix. Convention names are filled in, column-level `unique`,
/// `check`, `references` and `index` become table-level entries, foreign keys, uniques, checks
/// and indexes are sorted canonically (by name, then columns / text), tables keep the order
/// they were written in.
Metadata parseModel(const QByteArray &json, const QString &sourceName = {});

/// Writes \a metadata as a model file (UTF-8 JSON, indented) that parseModel() reads back to an
/// equal Metadata: every name is written explicitly with `"naming": false`, and foreign keys to
/// tables the metadata does not hold are marked `"external"`. \a name is the informational
/// model name; empty = none.
QByteArray saveModel(const Metadata &metadata, const QString &name = {});

} // namespace Quarry
