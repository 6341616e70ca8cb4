// SPDX-License-Identifier: MIT
// Runs the built `quarry` executable as a user would, for the CLI tests.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace Quarry::Test {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `quarry` with \a arguments; \a locale, when given, is the user's (LC_ALL and LANG).
inline Run quarry(const QStringList &arguments, const QString &locale = {})
{
    QProcess process;
    if (!locale.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(QUARRY_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace Quarry::Test
