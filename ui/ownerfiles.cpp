// SPDX-License-Identifier: MIT
#include "ownerfiles.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Quarry::Ui::OwnerFiles {

namespace {

constexpr QFile::Permissions OwnerFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions OwnerFolder = OwnerFile | QFile::ExeOwner | QFile::ExeUser;

} // namespace

void restrict(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return;
    if (!info.isDir()) {
        QFile::setPermissions(path, OwnerFile);
        return;
    }
    QFile::setPermissions(path, OwnerFolder);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (!entry.isSymLink())
            QFile::setPermissions(entry.filePath(), entry.isDir() ? OwnerFolder : OwnerFile);
    }
}

void protect()
{
#ifdef Q_OS_UNIX
    const mode_t previous = ::umask(0077);
    ::umask(previous | 0077);
#endif
    // The settings file's own folder (~/.config/Quarry) holds nothing but Quarry's.
    const QString settings = QSettings().fileName();
    if (QFileInfo(settings).absolutePath().endsWith(QCoreApplication::organizationName()))
        restrict(QFileInfo(settings).absolutePath());
    else
        restrict(settings);
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                                QStandardPaths::CacheLocation})
        restrict(QStandardPaths::writableLocation(location));
}

} // namespace Quarry::Ui::OwnerFiles
