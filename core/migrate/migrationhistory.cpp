// SPDX-License-Identifier: MIT
#include "migrate/migrationhistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

QString nameOf(const MigrationFile &file)
{
    return file.path.isEmpty() ? file.id : QFileInfo(file.path).fileName();
}

QString folderName(const QString &directory)
{
    return directory.isEmpty() ? Tr::tr("the folder") : directory;
}

} // namespace

MigrationHistory MigrationHistory::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        throw MigrationError(Tr::tr("migration folder %1 does not exist").arg(directory));
    QList<MigrationFile> files;
    const QStringList names = dir.entryList({u"*.sql"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        files.append(MigrationFile::read(dir.filePath(name)));
    return fromFiles(std::move(files), directory);
}

MigrationHistory MigrationHistory::fromFiles(QList<MigrationFile> files, const QString &directory)
{
    std::stable_sort(
        files.begin(), files.end(),
        [](const MigrationFile &a, const MigrationFile &b) { return nameOf(a) < nameOf(b); });
    QHash<QString, qsizetype> byId;
    QHash<QString, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const MigrationFile &file = files[i];
        if (const auto seen = byId.constFind(file.id); seen != byId.cend())
            throw MigrationError(Tr::tr("%1 and %2 both have id %3")
                                     .arg(nameOf(files[*seen]), nameOf(file), file.id));
        byId.insert(file.id, i);
        if (file.parent.isEmpty())
            roots.append(i);
        else
            children[file.parent].append(i);
    }
    for (const MigrationFile &file : std::as_const(files)) {
        if (!file.parent.isEmpty() && !byId.contains(file.parent))
            throw MigrationError(Tr::tr("%1: parent %2 is not a migration in %3")
                                     .arg(nameOf(file), file.parent, folderName(directory)));
    }
    if (roots.size() > 1)
        throw MigrationError(
            Tr::tr("%1 and %2 both have an empty parent: %3 must hold one "
                   "linear chain with a single first migration")
                .arg(nameOf(files[roots[0]]), nameOf(files[roots[1]]), folderName(directory)));
    for (auto it = children.cbegin(); it != children.cend(); ++it) {
        if (it->size() > 1)
            throw MigrationError(
                Tr::tr("%1 and %2 both follow %3: branches are not supported; make one of them "
                       "follow the other so the migrations form one linear chain")
                    .arg(nameOf(files[it->at(0)]), nameOf(files[it->at(1)]), it.key()));
    }

    MigrationHistory history;
    history.m_directory = directory;
    if (!roots.isEmpty()) {
        qsizetype current = roots.first();
        while (true) {
            history.m_chain.append(files[current]);
            const auto next = children.constFind(files[current].id);
            if (next == children.cend())
                break;
            current = next->first();
        }
    }
    if (history.m_chain.size() != files.size()) {
        // Without branches, whatever the walk from the first migration missed loops on itself.
        QStringList looping;
        for (const MigrationFile &file : std::as_const(files)) {
            if (history.indexOf(file.id) < -1)
                looping.append(nameOf(file));
        }
        throw MigrationError(
            Tr::tr("%1 form a cycle through their parents").arg(looping.join(u", "_s)));
    }
    return history;
}

QString MigrationHistory::headId() const
{
    return m_chain.isEmpty() ? QString() : m_chain.last().id;
}

qsizetype MigrationHistory::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_chain.size(); ++i) {
        if (m_chain[i].id == id)
            return i;
    }
    return -2;
}

qsizetype MigrationHistory::resolve(const QString &revision, qsizetype current) const
{
    const QString rev = revision.trimmed();
    if (rev == u"base"_s)
        return -1;
    if (rev == u"head"_s)
        return size() - 1;
    if (rev.startsWith(u'+') || rev.startsWith(u'-')) {
        bool ok = false;
        const int steps = rev.mid(1).toInt(&ok);
        if (!ok || steps <= 0)
            throw MigrationError(
                Tr::tr("invalid relative revision '%1' (use +N or -N with N > 0)").arg(rev));
        if (rev.startsWith(u'+')) {
            if (current + steps > size() - 1)
                throw MigrationError(
                    Tr::tr("'%1' goes past the head: %n migration(s) after the current one",
                           nullptr, int(size() - 1 - current))
                        .arg(rev));
            return current + steps;
        }
        if (current - steps < -1)
            throw MigrationError(
                Tr::tr("'%1' goes past base: %n migration(s) applied", nullptr, int(current + 1))
                    .arg(rev));
        return current - steps;
    }
    if (const qsizetype exact = indexOf(rev); exact >= 0)
        return exact;
    QList<qsizetype> matches;
    if (rev.size() >= 4) {
        for (qsizetype i = 0; i < m_chain.size(); ++i) {
            if (m_chain[i].id.startsWith(rev))
                matches.append(i);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        throw MigrationError(Tr::tr("revision '%1' is ambiguous: %2 and %3 start with it")
                                 .arg(rev, m_chain[matches[0]].id, m_chain[matches[1]].id));
    throw MigrationError(
        Tr::tr("unknown revision '%1': not a migration in %2 (nor base, head, +N or -N)")
            .arg(rev, folderName(m_directory)));
}

MigrationFile MigrationHistory::next(const QString &message) const
{
    MigrationFile file;
    do {
        file.id = MigrationFile::newId();
    } while (indexOf(file.id) >= 0);
    file.parent = headId();
    file.message = message.simplified();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole seconds: the header stores ISO 8601 without fractions.
    file.created = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
    file.path = QDir(m_directory).filePath(file.defaultFileName());
    return file;
}

} // namespace Quarry
