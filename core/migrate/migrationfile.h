// SPDX-License-Identifier: MIT
#pragma once

#include "connection/errors.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Quarry {

/// A migration folder, file or version table is unusable: a malformed header, a duplicate id,
/// a broken chain, a target that does not exist, a database stamped with an unknown revision.
/// The message names the file (or the revision) and what is wrong.
class MigrationError : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
    QUARRY_ERROR_CLONE(MigrationError)
};

/// One versioned migration: a `.sql` file with a comment header and two sections
/// (format: docs/migrations.md).
///
/// \code
/// -- id: 3f2a9c1b7d0e
/// -- parent: 1a2b3c4d5e6f
/// -- message: add pet age
/// -- created: 2024-05-01T12:00:00Z
///
/// -- migrate:up
/// ALTER TABLE "pet" ADD COLUMN "age" INTEGER;
///
/// -- migrate:down
/// ALTER TABLE "pet" DROP COLUMN "age";
/// \endcode
struct MigrationFile {
    QString id{};
    /// The id of the migration this one follows; empty for the first.
    QString parent{};
    QString message{};
    /// UTC; invalid when the header has no `created:`.
    QDateTime created{};
    /// The dialect the SQL is written for (`sqlite`, `postgresql`); empty = any.
    QString dialect{};
    /// The text of the `-- migrate:up` and `-- migrate:down` sections, as written.
    QString upSql{};
    QString downSql{};
    /// Where it was read from or will be written to; empty for one made in memory.
    QString path{};

    /// The statements of each section (split with splitStatements()).
    QStringList upStatements() const;
    QStringList downStatements() const;

    /// Parses \a text; \a fileName prefixes error messages. Throws MigrationError for a
    /// malformed header or sections, naming the file and line.
    static MigrationFile parse(const QString &text, const QString &fileName);
    /// Reads and parses the file at \a path.
    static MigrationFile read(const QString &path);

    /// The file's text; parse() of it gives back an equal migration (path aside).
    QString render() const;
    /// Writes render() to path (atomically); throws MigrationError when it cannot.
    void write() const;

    /// A new random id: 12 lowercase hex digits.
    static QString newId();
    /// `<id>_<slug of the message>.sql`.
    QString defaultFileName() const;

    friend bool operator==(const MigrationFile &, const MigrationFile &) = default;
};

} // namespace Quarry
