// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include "mainwindow.h"
#include "ownerfiles.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// For quarry-bench's cold-start scenario (tests/bench/uibench.cpp) only: with
// QUARRY_STARTUP_PROBE set, the app prints `first-window-ms <ms since main()>` once the main
// window's first paint is done (the queued call runs after the paint and its flush) and quits.
QElapsedTimer startClock;
class StartupProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !std::exchange(m_seen, true)) {
            QTimer::singleShot(0, this, [] {
                std::printf("first-window-ms %lld\n", qint64(startClock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

// Messages in the user's language: Quarry's own, then Qt's. The system's, unless the setting
// ui/language (View → Language) names another.
void installTranslators(QCoreApplication &app)
{
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    // A language Quarry has no translation for (or the C locale) gets English, whose file
    // holds its plural forms: "1 row", not "1 row(s)".
    auto *quarry = new QTranslator(&app);
    if (quarry->load(locale, u"quarry"_s, u"_"_s, u":/i18n"_s) ||
        quarry->load(u"quarry_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(quarry);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void describe()
{
    QCoreApplication::setApplicationName(u"quarry"_s);
    QCoreApplication::setOrganizationName(u"Quarry"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUARRY_VERSION));
}

// No command: the desktop app, opening the databases named on the command line.
int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describe();
    Quarry::Ui::OwnerFiles::protect(); // settings, history and editor tabs: the owner's only
    QApplication::setApplicationDisplayName(u"Quarry"_s);
    // Lets Wayland compositors match the window to the desktop entry and its icon.
    QGuiApplication::setDesktopFileName(u"io.github.quarry.Quarry"_s);
    installTranslators(app);
    Quarry::Ui::MainWindow window;
    if (qEnvironmentVariableIsSet("QUARRY_STARTUP_PROBE"))
        window.installEventFilter(new StartupProbe(&window));
    window.show();
    // The last session's connections and tabs, then the databases named on the command line.
    QCoro::connect(window.start(QCoreApplication::arguments().mid(1)), &window, [] {});
    return app.exec();
}

bool isHelp(const QString &word)
{
    return word == u"--help"_s || word == u"-h"_s || word == u"help"_s;
}

// What the desktop app opens: a URL or a file that exists (it refuses anything else).
bool isLocation(const QString &word)
{
    return word.contains(u"://"_s) || QFileInfo::exists(word);
}

} // namespace

int main(int argc, char *argv[])
{
    startClock.start();
    // The CLI needs no display: decide before any application object exists.
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool cli = Quarry::Cli::isCommand(first) || first.startsWith(u'-') || isHelp(first);
    if (first.isEmpty() || (!cli && isLocation(first)))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    describe();
    installTranslators(app);
    const QStringList arguments = QCoreApplication::arguments();
    if (first == u"--version"_s || first == u"-v"_s) {
        std::printf("quarry %s\n", QUARRY_VERSION);
        return 0;
    }
    if (!cli) {
        // A typo of a command would otherwise start the desktop app with a "file" to open.
        std::fprintf(stderr, "quarry: %s\n",
                     Quarry::Cli::unknownCommand(first).toLocal8Bit().constData());
        return 2;
    }
    if (!Quarry::Cli::isCommand(first)) {
        // --help, or an option that is not one
        std::fprintf(isHelp(first) ? stdout : stderr, "%s",
                     Quarry::Cli::usage().toLocal8Bit().constData());
        return isHelp(first) ? 0 : 2;
    }
    QTimer::singleShot(0, &app, [arguments] {
        QCoro::connect(Quarry::Cli::run(arguments), QCoreApplication::instance(),
                       [](int code) { QCoreApplication::exit(code); });
    });
    return app.exec();
}
