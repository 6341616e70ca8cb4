// SPDX-License-Identifier: MIT
#pragma once

#include "migrate/migrationfile.h"

#include <QList>
#include <QString>

namespace Quarry {

/// A migration folder read as one linear chain, from the first migration (parent empty) to the
/// head. Positions: -1 is `base` (nothing applied), 0 the first migration, size() - 1 the head.
class MigrationHistory {
public:
    MigrationHistory() = default;

    /// Reads every `*.sql` file of \a directory and orders them by their parents. Throws
    /// MigrationError naming the file(s) for a missing folder, a malformed file, a duplicate
    /// id, a parent that is not in the folder, two first migrations, a branch (two migrations
    /// with the same parent: only one linear chain is supported) or a cycle.
    static MigrationHistory load(const QString &directory);
    /// Orders \a files as load() does; \a directory only names the folder in messages.
    static MigrationHistory fromFiles(QList<MigrationFile> files, const QString &directory = {});

    QString directory() const { return m_directory; }
    /// The chain, first migration first.
    const QList<MigrationFile> &migrations() const { return m_chain; }
    qsizetype size() const { return m_chain.size(); }
    bool isEmpty() const { return m_chain.isEmpty(); }
    /// The last migration's id; empty when the folder has none.
    QString headId() const;
    /// The position of \a id, or -1 for an empty id (base); -2 when it is not in the chain.
    qsizetype indexOf(const QString &id) const;
    const MigrationFile &at(qsizetype index) const { return m_chain.at(index); }

    /// The position \a revision names, relative to position \a current: `base`, `head`, an id
    /// or a unique prefix of one (at least 4 characters), `+N` or `-N`. Throws MigrationError
    /// for an unknown or ambiguous revision or a relative step outside the chain.
    qsizetype resolve(const QString &revision, qsizetype current) const;

    /// A new migration following the head, to be written into the folder (not written yet).
    MigrationFile next(const QString &message) const;

private:
    QString m_directory;
    QList<MigrationFile> m_chain;
};

} // namespace Quarry
