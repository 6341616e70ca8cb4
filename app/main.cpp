// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"quarry"_s);
    QCoreApplication::setOrganizationName(u"Quarry"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUARRY_VERSION));

    // Messages in the user's language: Quarry's own, then Qt's.
    QTranslator quarryTranslator;
    if (quarryTranslator.load(QLocale(), u"quarry"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&quarryTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        std::printf("quarry %s\n", QUARRY_VERSION);
        return 0;
    }
    if (!Quarry::Cli::isCommand(first)) {
        std::fprintf(first.isEmpty() || first == u"--help"_s ? stdout : stderr, "%s",
                     Quarry::Cli::usage().toLocal8Bit().constData());
        return first.isEmpty() || first == u"--help"_s || first == u"-h"_s ? 0 : 2;
    }
    QTimer::singleShot(0, &app, [arguments, &app] {
        QCoro::connect(Quarry::Cli::run(arguments), &app,
                       [](int code) { QCoreApplication::exit(code); });
    });
    return app.exec();
}
