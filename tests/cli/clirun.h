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

/// Runs `quarry` with \a arguments in \a environment.
inline Run quarry(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUARRY_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120'000))
        return run;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Runs `quarry` with \a arguments; \a locale, when given, is the user's (LC_ALL and LANG).
inline Run quarry(const QStringList &arguments, const QString &locale = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty()) {
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.insert(QStringLiteral("LANG"), locale);
    }
    return quarry(arguments, environment);
}

} // namespace Quarry::Test
