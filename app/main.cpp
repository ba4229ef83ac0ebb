// gobiz-outlet-wizard: parses the command line, loads the translation, and shows the wizard.
// Everything else lives in the core (WizardController) and the ui library.
#include "ApplicationStyle.h"
#include "FirstFrame.h"
#include "OutletWizard.h"
#include "StartupProbe.h"
#include "StartupWarmup.h"
#include "Translations.h"
#include "api/AccessToken.h"
#include "api/ArgumentSecrets.h"
#include "api/BaseUrlInput.h"
#include "diagnostics/Logging.h"
#include "release/Release.h"
#include "session/DemoServer.h"
#include "session/WizardController.h"
#include "store/KeychainTokenStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Translated; used for --help and messages on the terminal.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

// A choice typed on the command line: "ID", " Production" and "production" are the same.
QString choice(const QString &value)
{
    return value.trimmed().toLower();
}

using gobiz::i18n::isKnownLanguage;
using gobiz::i18n::languageArgument;

// Where a value that looks like an access token was given: "--base-url", or empty for an
// argument of its own. Such a value is never printed, not even in a refusal.
std::optional<QString> tokenLikeArgument(const QStringList &arguments)
{
    return gobiz::ArgumentSecrets::tokenLikeArgument(
        arguments, {QStringLiteral("environment"), QStringLiteral("base-url"),
                    QStringLiteral("lang")});
}

QString tokenOnCommandLineMessage(const QString &where)
{
    const QString what = where.isEmpty()
        ? Cli::tr("An argument looks like an access token, so it is not shown here.")
        : Cli::tr("The value given to %1 looks like an access token, so it is not shown here.")
              .arg(where);
    return what + u' '
        + Cli::tr("A token does not belong on the command line: shells keep commands in their "
                  "history and other users can see a program's arguments. Start the wizard and "
                  "paste the token on its Access token page.");
}

// An access token is never accepted on the command line. Returns true when an argument names
// one; never echoes the value.
bool namesASecret(const QStringList &arguments)
{
    return gobiz::ArgumentSecrets::namesASecret(arguments);
}

QString profileProblem(const gobiz::PartnerProfileLookup &lookup)
{
    const QString file = QDir::toNativeSeparators(lookup.path);
    return lookup.parsed.field.isEmpty()
        ? Cli::tr("The partner profile \"%1\" is not used: %2").arg(file, lookup.parsed.problem)
        : Cli::tr("The partner profile \"%1\" is not used (field \"%2\"): %3")
              .arg(file, lookup.parsed.field, lookup.parsed.problem);
}

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            Cli::tr("Start a local GoBiz sandbox with a demo merchant inside the "
                                    "wizard and use it.")};
    QCommandLineOption environment{
        QStringLiteral("environment"),
        Cli::tr("Where GoBiz is: production, sandbox or custom (with --base-url)."),
        Cli::tr("name")};
    QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        Cli::tr("The API address for the custom environment (https, or http on this computer)."),
        Cli::tr("url")};
    QCommandLineOption partnerProfile{
        QStringLiteral("partner-profile"),
        Cli::tr("The partner profile (JSON) that offers Sign in with GoBiz. Without it, "
                "partner.json in the configuration folders is used when there is one."),
        Cli::tr("file")};
    QCommandLineOption language{QStringLiteral("lang"), Cli::tr("Language of the wizard: en or id."),
                                Cli::tr("language")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            Cli::tr("Links a merchant's GoBiz outlets to a facilitator partner, for GoFood and "
                    "Payment. The access token comes from signing in, or is pasted into the wizard; "
                    "it is never given here."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, environment, baseUrl, partnerProfile, language});
    }
};

// The environment --environment/--base-url ask for, or why they cannot be used (*problem).
// *note: what was changed in --base-url (the API's own path removed), for the terminal.
std::optional<gobiz::Environment> environmentFromArguments(const QCommandLineParser &parser,
                                                          const Options &options, QString *problem,
                                                          QString *note = nullptr)
{
    const QString name = parser.isSet(options.environment) ? parser.value(options.environment)
                                                           : QStringLiteral("custom");
    const auto kind = gobiz::Environment::kindFromKey(choice(name));
    if (!kind) {
        *problem = Cli::tr("Unknown environment \"%1\": use production, sandbox or custom.")
                       .arg(name.trimmed());
        return std::nullopt;
    }
    if (*kind != gobiz::Environment::Kind::Custom && parser.isSet(options.baseUrl)) {
        *problem = Cli::tr("--base-url is only used with --environment custom.");
        return std::nullopt;
    }
    if (*kind == gobiz::Environment::Kind::Sandbox)
        return gobiz::Environment::sandbox();
    if (*kind == gobiz::Environment::Kind::Production)
        return gobiz::Environment::production();
    if (!parser.isSet(options.baseUrl)) {
        *problem = Cli::tr("The custom environment needs --base-url.");
        return std::nullopt;
    }
    const gobiz::BaseUrlInput input = gobiz::BaseUrlInput::parse(parser.value(options.baseUrl));
    if (!input.isAcceptable()) {
        *problem = Cli::tr("--base-url: %1").arg(input.problem);
        return std::nullopt;
    }
    if (note)
        *note = input.note;
    return gobiz::Environment::custom(input.url);
}

// Help, version and every refusal only print: they need no window system, so they work over
// SSH and in scripts where no display exists. Decided before any application object exists.
bool showsAWindow(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (namesASecret(arguments) || tokenLikeArgument(arguments))
        return false;
    if (!isKnownLanguage(languageArgument(arguments)))
        return false;
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"))
        || !parser.positionalArguments().isEmpty())
        return false;
    QString problem;
    return !(parser.isSet(options.environment) || parser.isSet(options.baseUrl))
        || environmentFromArguments(parser, options, &problem).has_value();
}

} // namespace

int main(int argc, char *argv[])
{
    gobiz::ui::StartupProbe::clock(); // start-up is timed from here (GOBIZ_STARTUP_PROBE)
    const bool window = showsAWindow(argc, argv);
    // Fontconfig's set-up, on a worker meanwhile; not for a start that only prints.
    std::optional<gobiz::ui::StartupWarmup> warmup;
    if (window)
        warmup.emplace();
    const std::unique_ptr<QCoreApplication> app = window
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    const auto warmupEnds = qScopeGuard([&warmup] { // before the application object goes
        if (warmup)
            warmup->finish();
    });
    QCoreApplication::setOrganizationName(QStringLiteral("gobiz-outlet-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-outlet-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOBIZ_VERSION));
    // The log support agents ask for: one line per request with its request id and result, every
    // line through the Redactor. Only for a run that shows the wizard.
    QString logFile;
    if (qobject_cast<QGuiApplication *>(app.get())) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (QDir().mkpath(folder))
            logFile = folder + QStringLiteral("/gobiz-outlet-wizard.log");
    }
    gobiz::installMessageHandler(logFile, gobiz::Terminal::NotInfo);

    const QStringList arguments = QCoreApplication::arguments();
    const QString language = languageArgument(arguments);
    // Refusals are in the language asked for when it is one we have.
    const QString languageInEffect
        = gobiz::ui::installTranslations(isKnownLanguage(language) ? language : QString());
    if (qobject_cast<QGuiApplication *>(app.get()))
        QGuiApplication::setApplicationDisplayName(Cli::tr("GoBiz Outlet Link Wizard"));

    if (const auto where = tokenLikeArgument(arguments)) {
        printError(tokenOnCommandLineMessage(*where));
        return 2;
    }
    if (!isKnownLanguage(language)) {
        printError(Cli::tr("Unknown language \"%1\": use --lang en (English) or --lang id "
                           "(Bahasa Indonesia).")
                       .arg(language));
        return 2;
    }

    if (namesASecret(arguments)) {
        printError(Cli::tr("An access token is never accepted on the command line: other "
                           "programs and users can read a program's arguments, and shells keep "
                           "them in their history. Start the wizard and paste the token on its "
                           "Access token page."));
        return 2;
    }

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + u'\n' + Cli::tr("See --help for the options."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        QCoreApplication::setApplicationVersion(gobiz::release::versionWithLicence());
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        // Not echoed: it might be a pasted token.
        printError(Cli::tr("The wizard takes no arguments besides its options (see --help). "
                           "An access token is pasted into the wizard, never given here."));
        return 2;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true); // PAC included where supported
    QSettings settings;
    gobiz::WizardController controller;
    controller.setSettings(&settings);
    controller.support()->setLogFilePath(logFile);
    controller.support()->setLanguage(languageInEffect);

    if (parser.isSet(options.environment) || parser.isSet(options.baseUrl)) {
        QString problem;
        QString note;
        const auto environment = environmentFromArguments(parser, options, &problem, &note);
        if (environment)
            problem = controller.setEnvironment(*environment);
        if (!problem.isEmpty()) {
            printError(problem);
            return 2;
        }
        if (!note.isEmpty())
            printError(note);
    }

    // Demo mode: the sandbox (its own module) serves from this event loop; it outlives the wizard.
    std::unique_ptr<gobiz::DemoServer> sandbox;
    if (parser.isSet(options.demo)) {
        QString problem;
        sandbox = gobiz::DemoServer::start(&problem);
        if (!sandbox) {
            printError(Cli::tr("The demo server could not start: %1").arg(problem));
            return 1;
        }
        controller.setDemo(sandbox->baseUrl(), sandbox->ownerToken());
        qCInfo(lcUi).noquote() << "demo sandbox at" << sandbox->baseUrl().toString();
    }

    // Sign in with GoBiz: the demo brings its own partner (the sandbox plays GoBiz's login and
    // a broker); otherwise the profile given, or the one in the configuration folders.
    if (sandbox && !parser.isSet(options.partnerProfile)) {
        controller.setPartnerProfile(gobiz::PartnerProfile::demo(sandbox->baseUrl()));
    } else {
        const gobiz::PartnerProfileLookup lookup =
            gobiz::PartnerProfile::find(parser.value(options.partnerProfile));
        if (lookup.outcome == gobiz::PartnerProfileLookup::Outcome::Refused) {
            const QString problem = profileProblem(lookup);
            if (parser.isSet(options.partnerProfile)) {
                printError(problem);
                return 2;
            }
            controller.setPartnerProfileProblem(problem); // the first page says it
        } else if (lookup.outcome == gobiz::PartnerProfileLookup::Outcome::Loaded) {
            controller.setPartnerProfile(lookup.parsed.profile);
        }
    }

    gobiz::KeychainTokenStore store(&settings);
    controller.setTokenStore(&store);

    gobiz::ui::installApplicationStyle();
    if (warmup)
        warmup->waitForFonts(); // done by now: the worker had all the time since the start
    gobiz::ui::OutletWizard wizard(&controller);
    gobiz::ui::StartupProbe::watch(&wizard);

    // The link journal (demo mode: a file of its own). If it cannot be written, the wizard says
    // why and sends nothing; a damaged one is set aside and the first page says where. It opens
    // on its own thread once the first frame is on screen, where that thread (SQLite and its
    // plugin) no longer takes one of two cores from the first frame; nothing can be asked of the
    // wizard before then. A window that is not painted (covered, minimized) opens it after 1 s.
    gobiz::ui::whenFirstFrameShown(&wizard, std::chrono::seconds(1),
                                   [&controller] { controller.openJournal(); });
    wizard.show();
    return app->exec();
}
