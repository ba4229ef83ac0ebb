// Both sign-in flows end to end against the real sandbox (GoAuth and its broker
// on one port): approveSignIn() stands in for the person in the browser, the
// issued token is tried on token-info, then renewed and ended.
#include "api/GoBizClient.h"
#include "diagnostics/Redactor.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "signin/BrokerSignIn.h"
#include "signin/LoopbackSignIn.h"
#include "signin/PartnerProfile.h"

#include "SecretScan.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gobiz;
using namespace gobiz::sandbox;

class TestSignInSandbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void brokerSignInRefreshSignOut();
    void brokerDenied();
    void brokerSlowDown();
    void brokerLoginExpires();
    void brokerPollFaultsAreRetried_data();
    void brokerPollFaultsAreRetried();
    void brokerGarbledGrantIsLost();
    void brokerStartFault();
    void loopbackSignInAndRefresh();
    void loopbackDenied();
    void loopbackAnotherAccount();
    void loopbackWrongPhoneKeepsWaiting();
    void loopbackTokenLifetimeFollowsTheServer();
    void loopbackTokenEndpointFault();
    void profileForTheSandboxDrivesTheFlow();
    void logsCarryNoSecret();

private:
    // The roles token-info reports for token; empty list on failure.
    QStringList rolesOf(const QString &token);
    QUrl browserGet(const QUrl &url, int *status, QByteArray *body = nullptr);
    LoopbackSignIn::Client wizardClient() const;
    std::unique_ptr<BrokerSignIn> broker();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_browser;
};

void TestSignInSandbox::init()
{
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(6, 11));
    m_server->signInSettings().pollIntervalSeconds = 0.05;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
}

void TestSignInSandbox::cleanup()
{
    m_browser.reset();
    m_network.reset();
    m_server.reset();
}

QStringList TestSignInSandbox::rolesOf(const QString &token)
{
    GoBizClient client(m_network.get());
    client.setBaseUrl(m_server->baseUrl());
    client.setToken(token);
    ApiReply *reply = client.tokenInfo();
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    reply->deleteLater();
    return reply->error().isError() ? QStringList() : reply->tokenInfo().roles;
}

QUrl TestSignInSandbox::browserGet(const QUrl &url, int *status, QByteArray *body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_browser->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        qWarning("browser request did not finish");
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return url;
}

LoopbackSignIn::Client TestSignInSandbox::wizardClient() const
{
    LoopbackSignIn::Client client;
    client.oauthUrl = m_server->baseUrl();
    client.clientId = u"gobiz-wizard-sandbox"_qs;
    client.scopes = QStringList {
        u"openid"_qs, u"offline"_qs, u"partner:outlet:read"_qs, u"partner:outlet:write"_qs};
    return client;
}

std::unique_ptr<BrokerSignIn> TestSignInSandbox::broker()
{
    auto flow = std::make_unique<BrokerSignIn>(
        m_network.get(), m_server->baseUrl().resolved(QUrl(u"broker/"_qs)));
    flow->setTransferTimeout(std::chrono::milliseconds(3000));
    return flow;
}

void TestSignInSandbox::brokerSignInRefreshSignOut()
{
    auto flow = broker();
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(flow.get(), &SignInFlow::signedIn);
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    flow->start({u"id"_qs, false, u"Kasir depan"_qs});
    QVERIFY(waiting.wait(5000));
    const auto prompt = waiting.first().first().value<SignInPrompt>();
    QVERIFY(!prompt.pairingCode.isEmpty());
    QVERIFY(prompt.loginUrl.toString().startsWith(
        m_server->baseUrl().toString() + u"broker/login/"_qs));
    QVERIFY(!signedIn.wait(200)); // pending while nobody has signed in

    QString error;
    QVERIFY(m_server->approveSignIn(prompt.loginUrl, DemoPhones::owner(), true, &error).isValid());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(failed.size(), 0);
    const auto grant = signedIn.first().first().value<SignInGrant>();
    QVERIFY(!grant.renewal.isEmpty());
    QCOMPARE(Redactor::redact(grant.accessToken), Redactor::placeholder().toString());
    QCOMPARE(Redactor::redact(grant.renewal), Redactor::placeholder().toString());
    QCOMPARE(rolesOf(grant.accessToken), QStringList {u"owner"_qs});

    QSignalSpy refreshed(flow.get(), &SignInFlow::refreshed);
    flow->refresh(grant.renewal);
    QVERIFY(refreshed.wait(5000));
    const auto renewed = refreshed.first().first().value<SignInGrant>();
    QVERIFY(renewed.accessToken != grant.accessToken);
    QCOMPARE(rolesOf(renewed.accessToken), QStringList {u"owner"_qs});

    QSignalSpy signedOut(flow.get(), &SignInFlow::signedOut);
    flow->signOut(renewed.renewal);
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(signedOut.first().first().toBool(), true);
    QSignalSpy refreshFailed(flow.get(), &SignInFlow::refreshFailed);
    flow->refresh(renewed.renewal);
    QVERIFY(refreshFailed.wait(5000));
    QCOMPARE(refreshFailed.first().first().value<SignInError>().kind, SignInError::SessionEnded);
}

void TestSignInSandbox::brokerDenied()
{
    auto flow = broker();
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), false);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Denied);
}

void TestSignInSandbox::brokerSlowDown()
{
    m_server->signInSettings().pollIntervalSeconds = 1;
    m_server->signInSettings().slowDownNext = 2;
    auto flow = broker();
    flow->setTimeScale(0.01);
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(flow.get(), &SignInFlow::signedIn);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    QTRY_VERIFY(flow->pollsSent() >= 3);
    m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::manager(), true);
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(flow->pollInterval(), 1 + 2 * BrokerSignIn::slowDownStep);
    QCOMPARE(rolesOf(signedIn.first().first().value<SignInGrant>().accessToken),
        QStringList {u"manager"_qs});
}

void TestSignInSandbox::brokerLoginExpires()
{
    m_server->signInSettings().loginExpirySeconds = 1;
    auto flow = broker();
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Expired);
}

void TestSignInSandbox::brokerPollFaultsAreRetried_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("503") << u"poll:503:next=2"_qs;
    QTest::newRow("html") << u"poll:html:next=2"_qs;
    QTest::newRow("malformed") << u"poll:malformed:next=2"_qs;
    QTest::newRow("disconnect") << u"poll:disconnect:next=2"_qs;
    QTest::newRow("hang") << u"poll:hang:next=1"_qs;
}

void TestSignInSandbox::brokerPollFaultsAreRetried()
{
    QFETCH(QString, spec);
    QString problem;
    const auto rule = FaultSpec::parse(spec, &problem);
    QVERIFY2(rule, qPrintable(problem));
    m_server->faults().failNext(rule->route, rule->fault, rule->remaining);
    auto flow = broker();
    flow->setTransferTimeout(std::chrono::milliseconds(400));
    flow->setTimeScale(0.2);
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(flow.get(), &SignInFlow::signedIn);
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    // Approved once the faults were met: a garbled 200 is a lost grant (next
    // test). (QNetworkAccessManager resends a request once on a dropped
    // connection, so one poll may meet two faults.)
    QTRY_VERIFY_WITH_TIMEOUT(flow->pollsSent() > rule->remaining, 10000);
    m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), true);
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(failed.size(), 0);
}

void TestSignInSandbox::brokerGarbledGrantIsLost()
{
    // The broker hands the token out exactly once; when that answer arrives
    // garbled the next poll is expired_token, and the person is told to start
    // again (not "signed in", not a loop until the login runs out).
    auto flow = broker();
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    QSignalSpy signedIn(flow.get(), &SignInFlow::signedIn);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    m_server->faults().failNext(FaultRoute::BrokerPoll, Fault::malformedJson());
    m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), true);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Expired);
    QCOMPARE(signedIn.size(), 0);
}

void TestSignInSandbox::brokerStartFault()
{
    m_server->faults().failNext(FaultRoute::BrokerStart, Fault::httpError(503));
    auto flow = broker();
    QSignalSpy failed(flow.get(), &SignInFlow::failed);
    flow->start({});
    QVERIFY(failed.wait(5000));
    const auto error = failed.first().first().value<SignInError>();
    QCOMPARE(error.kind, SignInError::ServerError);
    QVERIFY(error.sentence().contains(u"127.0.0.1"));
}

void TestSignInSandbox::loopbackSignInAndRefresh()
{
    LoopbackSignIn flow(m_network.get(), wizardClient());
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start({u"id"_qs, false, {}});
    QCOMPARE(waiting.size(), 1);
    QString error;
    const QUrl redirect = m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), true, &error);
    QVERIFY2(redirect.isValid(), qPrintable(error));
    QCOMPARE(redirect.host(), u"127.0.0.1"_qs);
    QCOMPARE(redirect.port(), int(flow.receiver()->port()));
    QCOMPARE(redirect.path(), u"/gobiz/callback"_qs);

    int status = 0;
    QByteArray page;
    browserGet(redirect, &status, &page);
    QCOMPARE(status, 200);
    QVERIFY(page.contains("lang=\"id\""));
    QVERIFY(signedIn.size() == 1 || signedIn.wait(5000));
    QCOMPARE(failed.size(), 0);
    const auto grant = signedIn.first().first().value<SignInGrant>();
    QVERIFY(!grant.renewal.isEmpty()); // offline was asked for
    QCOMPARE(rolesOf(grant.accessToken), QStringList {u"owner"_qs});

    QSignalSpy refreshed(&flow, &SignInFlow::refreshed);
    flow.refresh(grant.renewal);
    QVERIFY(refreshed.wait(5000));
    const auto renewed = refreshed.first().first().value<SignInGrant>();
    QVERIFY(renewed.accessToken != grant.accessToken);
    QCOMPARE(rolesOf(renewed.accessToken), QStringList {u"owner"_qs});

    // The code was single-use: the same redirect again finds the listener closed.
    browserGet(redirect, &status);
    QCOMPARE(status, 0);
}

void TestSignInSandbox::loopbackDenied()
{
    LoopbackSignIn flow(m_network.get(), wizardClient());
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start({});
    const QUrl redirect = m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), false);
    int status = 0;
    QByteArray page;
    browserGet(redirect, &status, &page);
    QCOMPARE(status, 400);
    QVERIFY(page.contains("Deny was chosen"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Denied);
}

void TestSignInSandbox::loopbackAnotherAccount()
{
    LoopbackSignIn flow(m_network.get(), wizardClient());
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    flow.start({u"en"_qs, true, {}});
    const QUrl login = waiting.first().first().value<SignInPrompt>().loginUrl;
    QVERIFY(login.query().contains(u"prompt=login"));
    int status = 0;
    browserGet(m_server->approveSignIn(login, DemoPhones::cashier(), true), &status);
    QCOMPARE(status, 200);
    QVERIFY(signedIn.size() == 1 || signedIn.wait(5000));
    QCOMPARE(rolesOf(signedIn.first().first().value<SignInGrant>().accessToken),
        QStringList {u"cashier"_qs});
}

void TestSignInSandbox::loopbackWrongPhoneKeepsWaiting()
{
    LoopbackSignIn flow(m_network.get(), wizardClient());
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start({});
    QString error;
    const QUrl redirect = m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, u"+6289999999999"_qs, true, &error);
    QVERIFY(!redirect.isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(flow.isSigningIn());
    QCOMPARE(failed.size(), 0);
    flow.cancel();
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Cancelled);
}

void TestSignInSandbox::loopbackTokenLifetimeFollowsTheServer()
{
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    m_server->setTokenLifetime(5);
    LoopbackSignIn flow(m_network.get(), wizardClient());
    flow.setClock([now] { return now; });
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    flow.start({});
    int status = 0;
    browserGet(m_server->approveSignIn(waiting.first().first().value<SignInPrompt>().loginUrl,
                   DemoPhones::owner(), true),
        &status);
    QVERIFY(signedIn.size() == 1 || signedIn.wait(5000));
    QCOMPARE(signedIn.first().first().value<SignInGrant>().expiresAt, now.addSecs(5));
}

void TestSignInSandbox::loopbackTokenEndpointFault()
{
    m_server->faults().failNext(FaultRoute::OAuthToken, Fault::htmlPage(200));
    LoopbackSignIn flow(m_network.get(), wizardClient());
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    flow.start({});
    int status = 0;
    browserGet(m_server->approveSignIn(waiting.first().first().value<SignInPrompt>().loginUrl,
                   DemoPhones::owner(), true),
        &status);
    QCOMPARE(status, 400);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::BadAnswer);
}

void TestSignInSandbox::profileForTheSandboxDrivesTheFlow()
{
    // A demo profile: the environment is the sandbox, whose own port plays
    // GoAuth.
    const QByteArray json = "{\"partner\": \"Demo\", \"environment\": \""
        + m_server->baseUrl().toString().toUtf8()
        + "\", \"sign_in\": {\"flow\": \"loopback-pkce\", "
          "\"client_id\": \"gobiz-wizard-sandbox\","
          " \"scopes\": [\"openid\", \"offline\"]}}";
    const PartnerProfileCheck parsed = PartnerProfile::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    LoopbackSignIn::Client client;
    client.oauthUrl = parsed.profile->oauthUrl;
    client.clientId = parsed.profile->clientId;
    client.scopes = parsed.profile->scopes;
    client.redirectPort = parsed.profile->redirectPort;
    LoopbackSignIn flow(m_network.get(), client);
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(&flow, &SignInFlow::signedIn);
    flow.start({});
    int status = 0;
    browserGet(m_server->approveSignIn(waiting.first().first().value<SignInPrompt>().loginUrl,
                   DemoPhones::owner(), true),
        &status);
    QCOMPARE(status, 200);
    QVERIFY(signedIn.size() == 1 || signedIn.wait(5000));
}

namespace {
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog += message.toUtf8() + '\n';
    previousHandler(type, context, message);
}
} // namespace

void TestSignInSandbox::logsCarryNoSecret()
{
    // Every line the flows log, before any redacting message handler sees it, while the sandbox
    // answers with faults that make them log details (answers that may echo what was sent).
    capturedLog.clear();
    previousHandler = qInstallMessageHandler(capture);
    QStringList secrets;

    m_server->faults().failNext(FaultRoute::BrokerPoll, Fault::htmlPage(502), 2);
    auto flow = broker();
    flow->setTimeScale(0.2);
    QSignalSpy waiting(flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(flow.get(), &SignInFlow::signedIn);
    flow->start({});
    QVERIFY(waiting.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(flow->pollsSent() > 2, 10000);
    m_server->approveSignIn(
        waiting.first().first().value<SignInPrompt>().loginUrl, DemoPhones::owner(), true);
    QVERIFY(signedIn.wait(10000));
    const auto brokerGrant = signedIn.first().first().value<SignInGrant>();
    secrets << brokerGrant.accessToken << brokerGrant.renewal;

    LoopbackSignIn loopback(m_network.get(), wizardClient());
    QSignalSpy loopbackWaiting(&loopback, &SignInFlow::waitingForBrowser);
    QSignalSpy loopbackSignedIn(&loopback, &SignInFlow::signedIn);
    loopback.start({});
    const QUrl login = loopbackWaiting.first().first().value<SignInPrompt>().loginUrl;
    const QUrlQuery authorize(login);
    secrets << authorize.queryItemValue(u"state"_qs) << authorize.queryItemValue(u"nonce"_qs);
    const QUrl redirect = m_server->approveSignIn(login, DemoPhones::owner(), true);
    secrets << QUrlQuery(redirect).queryItemValue(u"code"_qs);
    int status = 0;
    QUrl wrongState = redirect;
    wrongState.setQuery(
        u"code="_qs + QUrlQuery(redirect).queryItemValue(u"code"_qs) + u"&state=old"_qs);
    browserGet(wrongState, &status); // logged as ignored
    QCOMPARE(status, 400);
    browserGet(redirect, &status);
    QCOMPARE(status, 200);
    QVERIFY(loopbackSignedIn.size() == 1 || loopbackSignedIn.wait(5000));
    const auto loopbackGrant = loopbackSignedIn.first().first().value<SignInGrant>();
    secrets << loopbackGrant.accessToken << loopbackGrant.renewal;
    qInstallMessageHandler(previousHandler);

    QVERIFY(capturedLog.contains("broker poll failed")); // something was logged
    QVERIFY(capturedLog.contains("ignored"));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 8);
        const QStringList hits = SecretScan::scanBytes(capturedLog, secret, u"log"_qs);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
    }
}

QTEST_GUILESS_MAIN(TestSignInSandbox)
#include "tst_signin_sandbox.moc"
