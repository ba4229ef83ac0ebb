// A signed-in token that lives 5 seconds, and a 500-change run at 20 ms latency: the run
// completes with renewals and no prompt, the journal and the server agree, and no change is
// sent twice with an expired token. Through the whole product path (controller, sign-in, run,
// engine, journal, model) against the sandbox's GoAuth and broker over loopback.
#include "model/OutletModel.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/WizardController.h"
#include "signin/SignInFlow.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;
using namespace gobiz::sandbox;
using namespace Qt::StringLiterals;

class TestSignInRenewal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renewedBeforeExpiryWithoutAPrompt();
    void renewedAfterA401WhenTheEarlyRenewalFailed();
    void failedRenewalAsksForANewSignIn();

private:
    // Signs in through the broker with the owner's phone; true once the token is accepted.
    bool signIn();
    // Asks for a GoFood link of every outlet; true when all were recorded and are being sent.
    bool requestAll();
    // requestAll(), then true once the run has ended.
    bool linkEverything(int timeoutMs);
    // Per outlet path: how many times the server answered it 401.
    QHash<QByteArray, int> m_unauthorized;
    int m_promptsForToken = 0;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<WizardController> m_controller;
};

namespace {
constexpr int kOutlets = 500;
constexpr int kLifetimeSeconds = 5;
} // namespace

void TestSignInRenewal::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<SignInPrompt>();
}

void TestSignInRenewal::init()
{
    m_unauthorized.clear();
    m_promptsForToken = 0;
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(kOutlets, 5));
    QVERIFY(m_server->start());
    m_server->setTokenLifetime(kLifetimeSeconds);
    m_server->signInSettings().pollIntervalSeconds = 0.05;
    m_server->faults().setBaseLatency(20);
    connect(m_server.get(), &SandboxServer::requestFinished, this,
            [this](const RequestLogEntry &entry) {
                if (entry.status == 401 && entry.path.contains("/v1/link/"))
                    ++m_unauthorized[entry.path];
            });
    m_journalDir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<WizardController>();
    QSignalSpy opened(m_controller.get(), &WizardController::journalOpened);
    m_controller->openJournal(m_journalDir->filePath(u"journal.sqlite"_s));
    QVERIFY(opened.wait(5000));
    PartnerProfile profile;
    profile.partner = u"Kasir Uji POS"_s;
    profile.environment = Environment::custom(m_server->baseUrl());
    profile.brokerUrl = m_server->baseUrl().resolved(QUrl(u"broker/"_s));
    m_controller->setPartnerProfile(profile);
    QCOMPARE(m_controller->environment().baseUrl(), m_server->baseUrl());
    RetryPolicy policy;
    policy.concurrency = 2; // ~5 s of sending at 20 ms: longer than one token lives
    m_controller->setRetryPolicy(policy);
    connect(m_controller.get(), &WizardController::tokenRequired, this,
            [this] { ++m_promptsForToken; });
}

void TestSignInRenewal::cleanup()
{
    m_controller.reset();
    m_server.reset();
    m_journalDir.reset();
}

bool TestSignInRenewal::signIn()
{
    QSignalSpy waiting(m_controller.get(), &WizardController::signInWaiting);
    QSignalSpy checked(m_controller.get(), &WizardController::tokenCheckFinished);
    m_controller->startSignIn(false, u"en"_s);
    if (!waiting.wait(5000))
        return false;
    const auto prompt = waiting.first().first().value<SignInPrompt>();
    if (!m_server->approveSignIn(prompt.loginUrl, DemoPhones::owner(), true).isValid())
        return false;
    if (!checked.wait(10000))
        return false;
    return !checked.first().first().value<ApiError>().isError() && m_controller->isSignedIn();
}

bool TestSignInRenewal::requestAll()
{
    QHash<QString, QString> ids;
    QList<int> rows;
    for (int row = 0; row < m_controller->model()->rowCount(); ++row) {
        ids.insert(m_controller->model()->outlets().at(row).id, u"POS-%1"_s.arg(row));
        rows.append(row);
    }
    m_controller->applyExternalIds(ids);
    m_controller->setAutoAcceptConfirmed(true);
    return m_controller->requestChanges(rows, Product::GoFood, LinkAction::Link) == rows.size();
}

bool TestSignInRenewal::linkEverything(int timeoutMs)
{
    return requestAll() && QTest::qWaitFor([this] { return !m_controller->isBusy(); }, timeoutMs);
}

void TestSignInRenewal::renewedBeforeExpiryWithoutAPrompt()
{
    QVERIFY(signIn());
    QCOMPARE(m_controller->model()->rowCount(), kOutlets);
    QSignalSpy renewed(m_controller.get(), &WizardController::tokenRenewed);
    QSignalSpy paused(m_controller.get(), &WizardController::runPaused);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(linkEverything(120000));
    qInfo("500 links in %lld ms with %lld renewal(s)", clock.elapsed(), qsizetype(renewed.size()));

    QVERIFY2(renewed.size() >= 1, "the run outlived a token, so it must have been renewed");
    QCOMPARE(m_promptsForToken, 0);
    QCOMPARE(paused.size(), 0);
    // Renewed before it expired: GoBiz never refused a token.
    QVERIFY2(m_unauthorized.isEmpty(), qPrintable(u"%1 outlet(s) answered 401"_s.arg(m_unauthorized.size())));
    const LinkRun::Progress progress = m_controller->runProgress();
    QCOMPARE(progress.done, kOutlets);
    QCOMPARE(progress.failed + progress.unknown + progress.notSent + progress.remaining, 0);
    for (const Outlet &outlet : m_controller->model()->outlets())
        QVERIFY2(m_server->isLinked(outlet.id, u"gofood"_s), qPrintable(outlet.id));
}

void TestSignInRenewal::renewedAfterA401WhenTheEarlyRenewalFailed()
{
    QVERIFY(signIn());
    // The renewal before expiry fails (the broker is down for a moment): the token expires
    // mid-run, GoBiz answers 401, and the renewal after it works. Nothing is asked.
    m_server->faults().enqueue(FaultRoute::BrokerRefresh, {Fault::httpError(503)});
    QSignalSpy renewed(m_controller.get(), &WizardController::tokenRenewed);
    QVERIFY(linkEverything(120000));

    QVERIFY(renewed.size() >= 1);
    QCOMPARE(m_promptsForToken, 0);
    QVERIFY2(!m_unauthorized.isEmpty(), "the token should have expired mid-run");
    for (auto it = m_unauthorized.cbegin(); it != m_unauthorized.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"%1 was refused %2 times"_s.arg(
                                      QString::fromLatin1(it.key())).arg(it.value())));
    const LinkRun::Progress progress = m_controller->runProgress();
    QCOMPARE(progress.done, kOutlets);
    for (const Outlet &outlet : m_controller->model()->outlets())
        QVERIFY2(m_server->isLinked(outlet.id, u"gofood"_s), qPrintable(outlet.id));
}

void TestSignInRenewal::failedRenewalAsksForANewSignIn()
{
    QVERIFY(signIn());
    // The broker refuses every renewal: the session is over. The run waits for a token and
    // says so once; nothing is lost.
    m_server->faults().addRule({FaultRoute::BrokerRefresh, {}, Fault::httpError(400), -1, 1});
    QSignalSpy required(m_controller.get(), &WizardController::tokenRequired);
    QVERIFY(requestAll());
    QVERIFY(required.wait(30000));
    QCOMPARE(required.size(), 1);
    QCOMPARE(m_controller->runState(), WizardController::RunState::WaitingForToken);
    const LinkRun::Progress progress = m_controller->runProgress();
    QVERIFY(progress.remaining > 0);
    QCOMPARE(progress.failed, 0);

    // Signing in again continues the run where it stopped.
    m_server->faults().clear();
    QSignalSpy waiting(m_controller.get(), &WizardController::signInWaiting);
    m_controller->startSignIn(false, u"en"_s);
    QVERIFY(waiting.wait(5000));
    QVERIFY(m_server->approveSignIn(waiting.first().first().value<SignInPrompt>().loginUrl,
                                    DemoPhones::owner(), true).isValid());
    QVERIFY(QTest::qWaitFor([this] { return !m_controller->isBusy(); }, 60000));
    QCOMPARE(m_controller->runProgress().done, kOutlets);
}

QTEST_GUILESS_MAIN(TestSignInRenewal)
#include "tst_signinrenewal.moc"
