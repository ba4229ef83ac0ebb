// gobiz-outlets: set-up (environment, proxy, partner profile, journal), the token from stdin,
// GOBIZ_TOKEN or the keychain, and the commands that change nothing (outlets, status, report,
// login, logout). The changes are in CliChanges.cpp.
#include "CliRunner.h"

#include "api/AccessToken.h"
#include "api/BaseUrlInput.h"
#include "cli/CliOutput.h"
#include "cli/Terminal.h"
#include "model/OutletModel.h"
#include "session/ReportWriter.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"
#include "store/JournalService.h"
#include "store/KeychainTokenStore.h"

#include <QFile>
#include <QTimer>

#include <cstdio>

namespace gobiz::cli {

CliRunner::CliRunner(const Command &command, const SharedPlaces &places, Terminal *terminal,
                     QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_places(places)
    , m_terminal(terminal)
    , m_settings(places.settingsOrganization, places.settingsApplication)
    , m_store(std::make_unique<KeychainTokenStore>(&m_settings))
    , m_controller(std::make_unique<WizardController>())
{
    m_controller->setSettings(&m_settings);
    m_controller->setTokenStore(m_store.get());
    // No network log window here: requests are not kept for one.
    m_controller->support()->setRecording(false);
}

CliRunner::~CliRunner()
{
    m_controller.reset(); // its journal writes everything before its thread ends
}

void CliRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_terminal->endProgress();
    emit finished(toInt(code));
}

void CliRunner::fail(ExitCode code, const QString &message)
{
    m_terminal->warning(message);
    finish(code);
}

void CliRunner::start()
{
    if (!configure())
        return;
    switch (m_command.verb) {
    case Verb::Login:
        login();
        return;
    case Verb::Logout:
        logout();
        return;
    case Verb::Report:
        showReport();
        return;
    default:
        openJournal();
    }
}

bool CliRunner::configure()
{
    const Command &c = m_command;
    if (!c.environment.isEmpty() || !c.baseUrl.isEmpty()) {
        const QString name = c.environment.isEmpty() ? QStringLiteral("custom") : c.environment;
        const auto kind = Environment::kindFromKey(name);
        std::optional<Environment> environment;
        if (!kind) {
            fail(ExitCode::Usage,
                 Tr::tr("Unknown environment \"%1\": use production, sandbox or custom.").arg(name));
            return false;
        }
        if (*kind != Environment::Kind::Custom && !c.baseUrl.isEmpty()) {
            fail(ExitCode::Usage, Tr::tr("--base-url is only used with --environment custom."));
            return false;
        }
        if (*kind == Environment::Kind::Production)
            environment = Environment::production();
        else if (*kind == Environment::Kind::Sandbox)
            environment = Environment::sandbox();
        else if (c.baseUrl.isEmpty()) {
            fail(ExitCode::Usage, Tr::tr("The custom environment needs --base-url."));
            return false;
        } else {
            const BaseUrlInput input = BaseUrlInput::parse(c.baseUrl);
            if (!input.isAcceptable()) {
                fail(ExitCode::Usage, Tr::tr("--base-url: %1").arg(input.problem));
                return false;
            }
            environment = Environment::custom(input.url);
        }
        if (const QString problem = m_controller->setEnvironment(*environment); !problem.isEmpty()) {
            fail(ExitCode::Usage, problem);
            return false;
        }
    }
    if (!c.proxy.isEmpty()) {
        NetworkSettings proxy;
        const QString value = c.proxy.toLower();
        const QUrl url(c.proxy);
        if (value == u"system")
            proxy.mode = NetworkSettings::Mode::System;
        else if (value == u"none")
            proxy.mode = NetworkSettings::Mode::NoProxy;
        else if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"socks5")) {
            if (!url.password().isEmpty()) {
                fail(ExitCode::Usage,
                     Tr::tr("A proxy password does not belong on the command line: set it in the "
                            "wizard's Network settings, or use a proxy that needs none."));
                return false;
            }
            proxy.mode = url.scheme() == u"http" ? NetworkSettings::Mode::Http
                                                 : NetworkSettings::Mode::Socks5;
            proxy.host = url.host();
            proxy.port = quint16(url.port(0));
            proxy.user = url.userName();
        } else {
            fail(ExitCode::Usage, Tr::tr("--proxy takes system, none, http://HOST:PORT or "
                                         "socks5://HOST:PORT."));
            return false;
        }
        if (const QString problem = m_controller->setNetworkSettings(proxy); !problem.isEmpty()) {
            fail(ExitCode::Usage, problem);
            return false;
        }
    }
    const PartnerProfileLookup lookup = PartnerProfile::find(c.partnerProfile);
    if (lookup.outcome == PartnerProfileLookup::Outcome::Loaded)
        m_controller->setPartnerProfile(lookup.parsed.profile);
    else if (lookup.outcome == PartnerProfileLookup::Outcome::Refused && !c.partnerProfile.isEmpty()) {
        fail(ExitCode::Usage, Tr::tr("The partner profile \"%1\" is not used: %2")
                                  .arg(c.partnerProfile, lookup.parsed.problem));
        return false;
    }
    RetryPolicy policy;
    policy.concurrency = c.concurrency;
    m_controller->setRetryPolicy(policy);
    return true;
}

void CliRunner::openJournal()
{
    connect(m_controller.get(), &WizardController::journalOpened, this, [this](bool writable) {
        if (!writable) {
            fail(ExitCode::Journal, m_controller->journalProblemMessage());
            return;
        }
        if (const QString aside = m_controller->journalSetAsideMessage(); !aside.isEmpty())
            m_terminal->message(aside);
        acquireToken();
    }, Qt::SingleShotConnection);
    m_controller->openJournal(m_places.journalPath);
}

QString CliRunner::accountKey(QString *problem) const
{
    const QList<SavedToken> saved = m_controller->savedTokens();
    if (!m_command.account.isEmpty()) {
        for (const SavedToken &token : saved) {
            if (token.key == m_command.account)
                return token.key;
        }
        *problem = Tr::tr("Nothing is remembered on this computer as \"%1\" for %2.")
                       .arg(m_command.account, m_controller->environment().displayName());
        return {};
    }
    if (saved.size() == 1)
        return saved.first().key;
    if (saved.isEmpty()) {
        *problem = Tr::tr("No access token: give one on standard input with --token-stdin or in "
                          "GOBIZ_TOKEN, or sign in with gobiz-outlets login.");
        return {};
    }
    QStringList choices;
    for (const SavedToken &token : saved)
        choices.append(QStringLiteral("  --account %1   (%2)").arg(token.key, token.label));
    *problem = Tr::tr("Several accounts are remembered on this computer; choose one:") + u'\n'
        + choices.join(u'\n');
    return {};
}

void CliRunner::acquireToken()
{
    if (m_command.verb == Verb::Status && !m_command.tokenStdin && m_command.account.isEmpty()
        && qEnvironmentVariableIsEmpty("GOBIZ_TOKEN") && m_controller->savedTokens().size() != 1) {
        showStatus(); // what the journal knows of every merchant: no token needed
        return;
    }
    connect(m_controller.get(), &WizardController::tokenCheckFinished, this,
            &CliRunner::onTokenChecked);
    connect(m_controller.get(), &WizardController::savedTokenFailed, this,
            [this](const QString &message) { fail(ExitCode::SignIn, message); });
    connect(m_controller.get(), &WizardController::signInFailed, this,
            [this](const QString &message) { fail(ExitCode::SignIn, message); });
    if (m_command.tokenStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitCode::Usage, Tr::tr("Standard input cannot be read."));
            return;
        }
        checkToken(QString::fromUtf8(in.read(AccessToken::maxLength * 4 + 64)));
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable("GOBIZ_TOKEN");
    if (!fromEnvironment.isEmpty()) {
        checkToken(fromEnvironment);
        return;
    }
    QString problem;
    const QString key = accountKey(&problem);
    if (key.isEmpty()) {
        fail(ExitCode::SignIn, problem);
        return;
    }
    m_controller->checkSavedToken(key);
}

void CliRunner::checkToken(const QString &text)
{
    const TokenCheck check = AccessToken::normalize(text);
    if (!check.isValid()) {
        fail(check.problem == TokenCheck::Problem::Empty ? ExitCode::SignIn : ExitCode::Usage,
             check.message());
        return;
    }
    m_controller->checkToken(check.token);
}

void CliRunner::onTokenChecked(const ApiError &error)
{
    if (m_finished)
        return;
    if (error.isError()) {
        const TokenAdvice advice = TokenAdvice::forError(error, m_controller->environment(),
                                                         m_controller->connectionDescription());
        QString text = advice.message;
        if (!advice.nextStep.isEmpty())
            text += u' ' + advice.nextStep;
        fail(error.kind == ApiError::Kind::Unauthorized ? ExitCode::SignIn : ExitCode::Failed, text);
        return;
    }
    if (m_command.verb == Verb::Login) {
        connect(m_controller.get(), &WizardController::rememberFinished, this,
                [this](bool ok, const QString &message) {
                    if (!ok) {
                        fail(ExitCode::Failed, message);
                        return;
                    }
                    m_terminal->message(Tr::tr("Signed in: %1. Remembered on this computer as %2.")
                                            .arg(m_controller->primaryOutletName(),
                                                 TokenStore::keyFor(m_controller->environment(),
                                                                    m_controller->primaryOutletId())));
                    finish(ExitCode::Done);
                }, Qt::SingleShotConnection);
        m_controller->rememberAcceptedToken();
        return;
    }
    runCommand();
}

void CliRunner::runCommand()
{
    switch (m_command.verb) {
    case Verb::Outlets:
        listOutlets();
        return;
    case Verb::Status:
        showStatus();
        return;
    case Verb::Link:
    case Verb::Unlink:
        changeOutlets();
        return;
    case Verb::Apply:
        applyPlan();
        return;
    case Verb::Resume:
        resumePlan();
        return;
    default:
        finish(ExitCode::Usage);
    }
}

void CliRunner::listOutlets()
{
    const OutletModel &model = *m_controller->model();
    OutletListing listing;
    listing.merchantKey = m_controller->primaryOutletId();
    listing.merchantName = m_controller->primaryOutletName();
    listing.environment = m_controller->environment().displayName();
    listing.roles = m_controller->roles();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Outlet &outlet = model.outlets().at(row);
        OutletLine line;
        line.id = outlet.id;
        line.name = outlet.name;
        line.primary = row == 0;
        line.externalId = model.externalOutletId(row);
        const OutletModel::ProductCell goFood = model.cell(row, Product::GoFood);
        const OutletModel::ProductCell payment = model.cell(row, Product::Payment);
        line.goFoodKey = linkStateKey(goFood.state);
        line.goFoodText = OutletModel::stateText(goFood.state);
        line.paymentKey = linkStateKey(payment.state);
        line.paymentText = OutletModel::stateText(payment.state);
        line.note = QStringList({goFood.note, payment.note}).join(u' ').trimmed();
        listing.outlets.append(line);
    }
    m_terminal->out(Output::outlets(listing, m_command.format));
    finish(ExitCode::Done);
}

void CliRunner::showStatus()
{
    const bool merchant = m_controller->hasAcceptedToken();
    const auto print = [this, merchant] {
        const RecoveryPlan &plan = merchant ? m_controller->interrupted()
                                            : m_controller->allInterrupted();
        if (merchant) {
            // What this computer saw GoBiz confirm, per product (GoBiz cannot be asked).
            const OutletModel &model = *m_controller->model();
            int linked[2] = {0, 0};
            int notLinked[2] = {0, 0};
            for (int row = 0; row < model.rowCount(); ++row) {
                for (const Product product : {Product::GoFood, Product::Payment}) {
                    const LinkState state = model.cell(row, product).state;
                    linked[int(product)] += state == LinkState::Linked ? 1 : 0;
                    notLinked[int(product)] += state == LinkState::NotLinked ? 1 : 0;
                }
            }
            m_terminal->message(Tr::tr("%1 on %2: %n outlet(s).", nullptr, model.rowCount())
                                    .arg(m_controller->primaryOutletName(),
                                         m_controller->environment().displayName()));
            m_terminal->message(Tr::tr("Confirmed on this computer: GoFood linked %1, not linked "
                                       "%2; Payment linked %3, not linked %4; the rest unknown.")
                                    .arg(linked[0])
                                    .arg(notLinked[0])
                                    .arg(linked[1])
                                    .arg(notLinked[1]));
        }
        if (plan.isEmpty()) {
            m_terminal->message(Tr::tr("The journal holds no unfinished change."));
        } else {
            m_terminal->message(plan.summary() + u' '
                                + Tr::tr("Run gobiz-outlets resume to complete them."));
            m_terminal->out(Output::unfinished(plan, m_command.format));
        }
        for (const SavedToken &saved : m_controller->savedTokens())
            m_terminal->message(Tr::tr("Remembered: --account %1 (%2)").arg(saved.key, saved.label));
        finish(ExitCode::Done);
    };
    if (merchant) {
        print();
        return;
    }
    // Every merchant's unfinished plan is read right after the journal opens.
    connect(m_controller.get(), &WizardController::interruptedChanged, this, print,
            Qt::SingleShotConnection);
}

void CliRunner::showReport()
{
    m_settings.beginGroup(QStringLiteral("cli/lastRun"));
    const QString session = m_settings.value(QStringLiteral("session")).toString();
    Account account;
    const QString environment = m_settings.value(QStringLiteral("environment")).toString();
    const QUrl baseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
    account.environment = environment == u"sandbox" ? Environment::sandbox()
        : environment == u"custom"                   ? Environment::custom(baseUrl)
                                                     : Environment::production();
    account.merchantKey = m_settings.value(QStringLiteral("merchantKey")).toString();
    account.merchantName = m_settings.value(QStringLiteral("merchantName")).toString();
    account.roles = m_settings.value(QStringLiteral("roles")).toStringList();
    account.session = session;
    m_settings.endGroup();
    if (session.isEmpty()) {
        fail(ExitCode::Failed, Tr::tr("No run of gobiz-outlets is recorded on this computer yet."));
        return;
    }
    m_reportJournal = std::make_unique<JournalService>();
    connect(m_reportJournal.get(), &JournalService::opened, this, [this, account](bool) {
        if (!m_reportJournal->isReadable()) {
            fail(ExitCode::Journal, m_reportJournal->status().problemMessage);
            return;
        }
        m_reportJournal->loadSession(account.session, this,
                                     [this, account](const QList<JournalEntry> &rows) {
            const RunSummary::Report report = ReportWriter::build(account, rows);
            m_terminal->out(m_command.format == OutputFormat::Json ? RunSummary::toJson(report)
                                                                   : RunSummary::toCsv(report));
            finish(ExitCode::Done);
        });
    }, Qt::SingleShotConnection);
    m_reportJournal->open(m_places.journalPath);
}

void CliRunner::login()
{
    if (!m_controller->canSignIn()) {
        fail(ExitCode::Usage,
             m_controller->partnerProfile()
                 ? Tr::tr("The partner profile signs in on %1: choose that environment.")
                       .arg(m_controller->partnerProfile()->environment.displayName())
                 : Tr::tr("Signing in needs a partner profile (--partner-profile FILE). Without "
                          "one, give the token on standard input with --token-stdin."));
        return;
    }
    connect(m_controller.get(), &WizardController::signInWaiting, this,
            [this](const SignInPrompt &prompt) {
                m_terminal->message(Tr::tr("Open this link in a browser, on this computer or any "
                                           "other, and sign in with GoBiz:"));
                m_terminal->message(QStringLiteral("  ") + prompt.loginUrl.toString());
                if (!prompt.pairingCode.isEmpty())
                    m_terminal->message(Tr::tr("Pairing code: %1 (check that the page shows the "
                                               "same code)")
                                            .arg(prompt.pairingCode));
                if (prompt.expiresAt.isValid())
                    m_terminal->message(Tr::tr("The link works until %1.")
                                            .arg(QLocale().toString(prompt.expiresAt.toLocalTime(),
                                                                    QLocale::ShortFormat)));
                m_terminal->message(Tr::tr("Waiting for the sign-in… (Ctrl-C cancels)"));
            });
    connect(m_controller.get(), &WizardController::tokenCheckFinished, this,
            &CliRunner::onTokenChecked);
    connect(m_controller.get(), &WizardController::signInFailed, this,
            [this](const QString &message) { fail(ExitCode::SignIn, message); });
    m_controller->startSignIn(m_command.anotherAccount,
                              m_command.language.isEmpty() ? QLocale().name().left(2)
                                                           : m_command.language);
}

void CliRunner::logout()
{
    QString problem;
    const QString key = accountKey(&problem);
    if (key.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    // Both must end: the keychain entry removed (forgetFinished) and, for a remembered sign-in,
    // the partner told (signedOut; a pasted token has none, so that wait is bounded).
    auto forgotten = std::make_shared<bool>(false);
    auto partnerAnswered = std::make_shared<bool>(false);
    connect(m_controller.get(), &WizardController::signedOut, this,
            [this, forgotten, partnerAnswered](bool ok) {
                if (!ok)
                    m_terminal->message(Tr::tr("The partner could not be told; the sign-in ends "
                                               "by itself when it expires."));
                *partnerAnswered = true;
                if (*forgotten)
                    finish(ExitCode::Done);
            });
    connect(m_controller.get(), &WizardController::forgetFinished, this,
            [this, key, forgotten, partnerAnswered](bool ok, const QString &message) {
                if (!ok) {
                    fail(ExitCode::Failed, message);
                    return;
                }
                m_terminal->message(Tr::tr("Signed out: %1 is no longer remembered on this "
                                           "computer.")
                                        .arg(key));
                *forgotten = true;
                if (*partnerAnswered || !m_controller->partnerProfile())
                    finish(ExitCode::Done);
                else
                    QTimer::singleShot(5000, this, [this] { finish(ExitCode::Done); });
            }, Qt::SingleShotConnection);
    m_controller->forgetSavedToken(key);
}

} // namespace gobiz::cli
