// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Recognises the constraint names PostgreSQL generates, so the reflector can leave them empty.
/// The rules are PostgreSQL's own (makeObjectName, ChooseConstraintName, ChooseRelationName in
/// src/backend/commands/indexcmds.c and catalog/pg_constraint.c): `<table>[_<addition>]_<label>`,
/// each part cut (the longer first) so the whole fits in 63 bytes, and a pass number appended
/// to the label when the first choice was taken (`t_a_fkey1`).
namespace Quarry::PgNames {

/// makeObjectName(): \a name1 `_` \a name2 `_` \a label, cut to NAMEDATALEN - 1 bytes at a
/// character boundary; an empty \a name2 is left out.
QByteArray objectName(const QByteArray &name1, const QByteArray &name2, const QByteArray &label);
/// ChooseIndexNameAddition() / ChooseForeignKeyConstraintNameAddition(): the column names
/// joined with `_`, stopping once 64 bytes are reached.
QByteArray columnsAddition(const QStringList &columns);

bool isGeneratedPrimaryKey(const QString &name, const QString &table);
bool isGeneratedForeignKey(const QString &name, const QString &table, const QStringList &columns);
bool isGeneratedUnique(const QString &name, const QString &table, const QStringList &columns);
/// A check is named after the one column its expression uses, or after the table alone:
/// \a tableColumns are the candidates.
bool isGeneratedCheck(const QString &name, const QString &table, const QStringList &tableColumns);

} // namespace Quarry::PgNames
