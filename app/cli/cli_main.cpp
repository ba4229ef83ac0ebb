// gobiz-outlets: the command-line twin of the wizard, for batches, scripts and support. A thin
// main: the command line becomes a Command (CliCommand), CliRunner drives the wizard's core, and
// QCoreApplication::exec() reacts to its signals until it says how to exit.
#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "cli/Terminal.h"
#include "diagnostics/Logging.h"
#include "i18n/Translations.h"
#include "release/Release.h"
#include "store/LinkJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>

using namespace gobiz::cli;

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

using gobiz::i18n::isKnownLanguage;
using gobiz::i18n::languageArgument;

// The wizard's own places: its link journal (and lock) and settings, found under its name.
SharedPlaces wizardPlaces(const QString &journal)
{
    SharedPlaces places;
    QCoreApplication::setOrganizationName(places.settingsOrganization);
    QCoreApplication::setApplicationName(places.settingsApplication);
    places.journalPath = journal.isEmpty() ? gobiz::LinkJournal::defaultPath() : journal;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QDir().mkpath(folder))
        places.logFile = folder + QStringLiteral("/gobiz-outlets.log");
    // From here on this program is gobiz-outlets: the journal's lock file names it, so the
    // wizard can say who holds the journal.
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-outlets"));
    return places;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(GOBIZ_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString language = languageArgument(arguments);
    gobiz::i18n::installTranslations(isKnownLanguage(language) ? language : QString());

    // A token is refused before anything else, and never echoed.
    if (const QString refusal = secretOnCommandLine(arguments); !refusal.isEmpty()) {
        printError(refusal);
        return toInt(ExitCode::Usage);
    }
    if (!isKnownLanguage(language)) {
        printError(Tr::tr("Unknown language \"%1\": use --lang en (English) or --lang id (Bahasa "
                          "Indonesia).")
                       .arg(language));
        return toInt(ExitCode::Usage);
    }
    const ParsedCommand parsed = parseCommand(arguments);
    if (parsed.command.version) {
        std::fputs(qPrintable(QStringLiteral("gobiz-outlets ") + gobiz::release::versionWithLicence()
                              + u'\n'),
                   stdout);
        return toInt(ExitCode::Done);
    }
    if (parsed.command.help) {
        std::fputs(qPrintable(helpText(parsed.command.verb)), stdout);
        return toInt(ExitCode::Done);
    }
    if (!parsed.ok()) {
        printError(parsed.problem);
        return toInt(ExitCode::Usage);
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    const SharedPlaces places = wizardPlaces(parsed.command.journal);
    // One line per request with its request id, through the Redactor, for support; only
    // warnings reach the terminal.
    gobiz::installMessageHandler(places.logFile, gobiz::Terminal::NotInfo);
    Terminal terminal;
    CliRunner runner(parsed.command, places, &terminal);
    Interrupts interrupts;
    interrupts.install();
    QObject::connect(&interrupts, &Interrupts::interrupted, &runner, &CliRunner::interrupt);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) {
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return app.exec();
}
