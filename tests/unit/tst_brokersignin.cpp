// The broker flow (sign-in.md Flow 1) against a scripted server: every answer the protocol has,
// and the odd ones a real network adds.
#include "ScriptedServer.h"
#include "diagnostics/Redactor.h"
#include "signin/BrokerSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gobiz;

namespace {

const QString accessToken = u"at-9f8e7d6c5b4a39281706f5e4d3c2b1a0"_qs;
const QString session = u"sess-0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
const QString pollToken = u"pt-1234567890abcdef1234567890abcdef"_qs;

QByteArray grantBody(const QString &token = accessToken, const QString &renewal = session)
{
    QJsonObject object {{u"access_token"_qs, token}, {u"token_type"_qs, u"bearer"_qs},
        {u"expires_in"_qs, 3600}, {u"scope"_qs, u"openid offline partner:outlet:write"_qs}};
    if (!renewal.isEmpty())
        object.insert(u"session"_qs, renewal);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray startBody(double interval = 0.02, double expiresIn = 600,
    const QString &loginUrl = u"https://broker.example/login/abc"_qs)
{
    return QJsonDocument(QJsonObject {{u"login_url"_qs, loginUrl}, {u"poll_token"_qs, pollToken},
                             {u"pairing_code"_qs, u"WXYZ-2345"_qs}, {u"expires_in"_qs, expiresIn},
                             {u"interval"_qs, interval}})
        .toJson(QJsonDocument::Compact);
}

const QDateTime fixedNow(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

} // namespace

class TestBrokerSignIn : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void pendingThenSignedIn();
    void fractionalIntervalIsHonoured();
    void slowDownAddsFiveSeconds();
    void endings_data();
    void endings();
    void troubleWhilePollingIsRetried_data();
    void troubleWhilePollingIsRetried();
    void retriesStopWhenTheLoginExpires_data();
    void retriesStopWhenTheLoginExpires();
    void signedInExactlyOnce();
    void startFailures_data();
    void startFailures();
    void cancelStopsPolling();
    void anotherAccountAsksForTheLoginPage();
    void refresh_data();
    void refresh();
    void signOut_data();
    void signOut();
    void sentencesNameTheServerAndNoSecret();

private:
    std::unique_ptr<ScriptedServer> m_broker;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BrokerSignIn> m_flow;
};

void TestBrokerSignIn::init()
{
    m_broker = std::make_unique<ScriptedServer>("/broker/");
    QVERIFY(m_broker->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_flow = std::make_unique<BrokerSignIn>(m_network.get(), m_broker->url());
    m_flow->setClock([] { return fixedNow; });
    m_flow->setTransferTimeout(std::chrono::milliseconds(2000));
}

void TestBrokerSignIn::cleanup()
{
    m_flow.reset();
    m_network.reset();
    m_broker.reset();
}

void TestBrokerSignIn::pendingThenSignedIn()
{
    m_broker->script("login/start", {json(200, startBody())});
    m_broker->script("login/poll",
        {oauthError("authorization_pending"), oauthError("authorization_pending"),
            json(200, grantBody())});
    QSignalSpy waiting(m_flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({u"id"_qs, false, u"Kasir 1"_qs});
    QVERIFY(m_flow->isSigningIn());
    QVERIFY(waiting.wait(5000));
    const auto prompt = waiting.first().first().value<SignInPrompt>();
    QCOMPARE(prompt.loginUrl, QUrl(u"https://broker.example/login/abc"_qs));
    QCOMPARE(prompt.pairingCode, u"WXYZ-2345"_qs);
    QCOMPARE(prompt.expiresAt, fixedNow.addSecs(600));
    // The poll token is a secret from the moment it arrives.
    QCOMPARE(Redactor::redact(pollToken), Redactor::placeholder().toString());

    QVERIFY(signedIn.wait(5000));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_flow->isSigningIn());
    const auto grant = signedIn.first().first().value<SignInGrant>();
    QCOMPARE(grant.accessToken, accessToken);
    QCOMPARE(grant.renewal, session);
    QCOMPARE(grant.scope, u"openid offline partner:outlet:write"_qs);
    QCOMPARE(grant.expiresAt, fixedNow.addSecs(3600));
    QCOMPARE(Redactor::redact(accessToken), Redactor::placeholder().toString());
    QCOMPARE(Redactor::redact(session), Redactor::placeholder().toString());
    QCOMPARE(m_broker->count("login/poll"), 3);

    const auto start = m_broker->requests("login/start");
    QCOMPARE(start.size(), 1);
    QCOMPARE(start.first().method, QByteArray("POST"));
    QCOMPARE(start.first().headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject startJson = QJsonDocument::fromJson(start.first().body).object();
    QCOMPARE(startJson.value(u"device_name").toString(), u"Kasir 1"_qs);
    QCOMPARE(startJson.value(u"ui_locale").toString(), u"id"_qs);
    QVERIFY(!startJson.contains(u"prompt"));
    for (const auto &poll : m_broker->requests("login/poll"))
        QCOMPARE(
            QJsonDocument::fromJson(poll.body).object().value(u"poll_token").toString(), pollToken);
}

void TestBrokerSignIn::fractionalIntervalIsHonoured()
{
    // interval 0.3 s: three polls cannot finish in less than 0.6 s after the first.
    m_broker->script("login/start", {json(200, startBody(0.3))});
    m_broker->script("login/poll",
        {oauthError("authorization_pending"), oauthError("authorization_pending"),
            json(200, grantBody())});
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    QElapsedTimer clock;
    clock.start();
    m_flow->start({});
    QVERIFY(signedIn.wait(5000));
    QVERIFY2(clock.elapsed() >= 850, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_flow->pollInterval(), 0.3);
}

void TestBrokerSignIn::slowDownAddsFiveSeconds()
{
    // Time scaled by 1/100: 1 s is 10 ms, so slow_down's 5 s are 50 ms of test time.
    m_flow->setTimeScale(0.01);
    m_broker->script("login/start", {json(200, startBody(1.0))});
    m_broker->script("login/poll",
        {oauthError("slow_down"), oauthError("authorization_pending"), oauthError("slow_down"),
            json(200, grantBody())});
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    m_flow->start({});
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(m_flow->pollInterval(), 1.0 + 2 * BrokerSignIn::slowDownStep);
    QCOMPARE(m_broker->count("login/poll"), 4);
}

void TestBrokerSignIn::endings_data()
{
    QTest::addColumn<Step>("answer");
    QTest::addColumn<int>("kind");
    QTest::newRow("access_denied") << oauthError("access_denied") << int(SignInError::Denied);
    QTest::newRow("expired_token") << oauthError("expired_token") << int(SignInError::Expired);
    QTest::newRow("invalid_request") << oauthError("invalid_request") << int(SignInError::Refused);
    QTest::newRow("404") << json(404, "{}") << int(SignInError::Refused);
    QTest::newRow("401") << json(401, "{\"error\":\"invalid_client\"}")
                         << int(SignInError::Refused);
    QTest::newRow("403") << html(403) << int(SignInError::Refused);
}

void TestBrokerSignIn::endings()
{
    QFETCH(Step, answer);
    QFETCH(int, kind);
    m_broker->script("login/start", {json(200, startBody())});
    m_broker->script(
        "login/poll", {oauthError("authorization_pending"), answer, json(200, grantBody())});
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    m_flow->start({});
    QVERIFY(failed.wait(5000));
    const auto error = failed.first().first().value<SignInError>();
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.server, u"127.0.0.1"_qs);
    QVERIFY(!m_flow->isSigningIn());
    QVERIFY(!failed.wait(200)); // and it stops: no poll more, no second ending
    QCOMPARE(m_broker->count("login/poll"), 2);
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestBrokerSignIn::troubleWhilePollingIsRetried_data()
{
    QTest::addColumn<Step>("trouble");
    QTest::newRow("503") << json(503, "{}");
    QTest::newRow("500 html") << html(500);
    QTest::newRow("502 empty") << json(502, {});
    QTest::newRow("429") << json(429, "{}");
    QTest::newRow("200 html (captive portal)") << html(200);
    QTest::newRow("200 garbage") << json(200, "{\"access_tok");
    QTest::newRow("200 without access_token") << json(200, "{\"session\":\"s\"}");
    QTest::newRow("200 wrong token_type")
        << json(200, "{\"access_token\":\"abcdefghijkl\",\"token_type\":\"mac\"}");
    QTest::newRow("400 html") << html(400);
    QTest::newRow("400 garbled JSON") << json(400, "{\"error\":\"authorization_pen");
    QTest::newRow("connection dropped") << closed();
    QTest::newRow("no answer within the transfer timeout") << hang();
}

void TestBrokerSignIn::troubleWhilePollingIsRetried()
{
    QFETCH(Step, trouble);
    m_flow->setTransferTimeout(std::chrono::milliseconds(300));
    m_flow->setTimeScale(0.1); // backoff 0.02 s * 2^n, shortened further
    m_broker->script("login/start", {json(200, startBody())});
    m_broker->script("login/poll",
        {trouble, trouble, oauthError("authorization_pending"), json(200, grantBody())});
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({});
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_broker->count("login/poll"), 4);
}

void TestBrokerSignIn::retriesStopWhenTheLoginExpires_data()
{
    QTest::addColumn<Step>("trouble");
    QTest::addColumn<int>("kind");
    QTest::newRow("5xx") << json(503, "{}") << int(SignInError::ServerError);
    QTest::newRow("garbage") << html(200) << int(SignInError::BadAnswer);
    QTest::newRow("dropped") << closed() << int(SignInError::Unreachable);
    QTest::newRow("pending until the end")
        << oauthError("authorization_pending") << int(SignInError::Expired);
}

void TestBrokerSignIn::retriesStopWhenTheLoginExpires()
{
    QFETCH(Step, trouble);
    QFETCH(int, kind);
    // The login lives 0.4 s; the last problem seen is what the person is told.
    m_broker->script("login/start", {json(200, startBody(0.02, 0.4))});
    m_broker->script("login/poll", {trouble});
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    QElapsedTimer clock;
    clock.start();
    m_flow->start({});
    QVERIFY(failed.wait(10000));
    QVERIFY(clock.elapsed() >= 350);
    QCOMPARE(int(failed.first().first().value<SignInError>().kind), kind);
    const int polls = m_broker->count("login/poll");
    QVERIFY(polls >= 3);
    QVERIFY(!failed.wait(200));
    QCOMPARE(m_broker->count("login/poll"), polls);
}

void TestBrokerSignIn::signedInExactlyOnce()
{
    // A second poll would be expired_token; it must never be sent.
    m_broker->script("login/start", {json(200, startBody(0.01))});
    m_broker->script("login/poll", {json(200, grantBody()), oauthError("expired_token")});
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({});
    QVERIFY(signedIn.wait(5000));
    QVERIFY(!failed.wait(300));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_broker->count("login/poll"), 1);
}

void TestBrokerSignIn::startFailures_data()
{
    QTest::addColumn<Step>("answer");
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << json(500, "{}") << int(SignInError::ServerError);
    QTest::newRow("404 (wrong broker_url)") << html(404) << int(SignInError::Refused);
    QTest::newRow("html 200") << html(200) << int(SignInError::BadAnswer);
    QTest::newRow("no poll_token")
        << json(200, "{\"login_url\":\"https://b.example/l\",\"interval\":1,\"expires_in\":60}")
        << int(SignInError::BadAnswer);
    QTest::newRow("login_url plain http remote")
        << json(200, startBody(1, 60, u"http://broker.example/login"_qs))
        << int(SignInError::BadAnswer);
    QTest::newRow("login_url javascript")
        << json(200, startBody(1, 60, u"javascript:alert(1)"_qs)) << int(SignInError::BadAnswer);
    QTest::newRow("negative interval")
        << json(200, startBody(-1, 60)) << int(SignInError::BadAnswer);
    QTest::newRow("redirect") << Step {302, "", Step::Answer, ""} << int(SignInError::BadAnswer);
    QTest::newRow("dropped") << closed() << int(SignInError::Unreachable);
    QTest::newRow("hangs") << hang() << int(SignInError::Slow);
}

void TestBrokerSignIn::startFailures()
{
    QFETCH(Step, answer);
    QFETCH(int, kind);
    m_flow->setTransferTimeout(std::chrono::milliseconds(300));
    m_broker->script("login/start", {answer});
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    QSignalSpy waiting(m_flow.get(), &SignInFlow::waitingForBrowser);
    m_flow->start({});
    QVERIFY(failed.wait(5000));
    QCOMPARE(int(failed.first().first().value<SignInError>().kind), kind);
    QCOMPARE(waiting.size(), 0);
    QCOMPARE(m_broker->count("login/poll"), 0);
}

void TestBrokerSignIn::cancelStopsPolling()
{
    m_broker->script("login/start", {json(200, startBody(0.02))});
    m_broker->script("login/poll", {oauthError("authorization_pending")});
    QSignalSpy waiting(m_flow.get(), &SignInFlow::waitingForBrowser);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({});
    QVERIFY(waiting.wait(5000));
    QTRY_VERIFY(m_broker->count("login/poll") >= 2);
    m_flow->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Cancelled);
    const int polls = m_broker->count("login/poll");
    QVERIFY(!failed.wait(200));
    QVERIFY(m_broker->count("login/poll") <= polls + 1); // at most the one already on its way
    m_flow->cancel(); // nothing runs: nothing happens
    QCOMPARE(failed.size(), 1);
}

void TestBrokerSignIn::anotherAccountAsksForTheLoginPage()
{
    m_broker->script("login/start", {json(500, "{}")});
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({u"en"_qs, true, {}});
    QVERIFY(failed.wait(5000));
    const QJsonObject body
        = QJsonDocument::fromJson(m_broker->requests("login/start").first().body).object();
    QCOMPARE(body.value(u"prompt").toString(), u"login"_qs);
    QCOMPARE(body.value(u"ui_locale").toString(), u"en"_qs);
    QVERIFY(!body.value(u"device_name").toString().isEmpty()); // the host name by default
}

void TestBrokerSignIn::refresh_data()
{
    QTest::addColumn<Step>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("renewal");
    const QString rotated = u"sess-rotated-00112233445566778899aabb"_qs;
    QTest::newRow("new token, session kept")
        << json(200, grantBody(u"at-second-0123456789abcdef"_qs, {})) << true << -1 << session;
    QTest::newRow("new token, session rotated")
        << json(200, grantBody(u"at-third-0123456789abcdef"_qs, rotated)) << true << -1 << rotated;
    QTest::newRow("invalid_grant")
        << oauthError("invalid_grant") << false << int(SignInError::SessionEnded) << QString();
    QTest::newRow("503") << json(503, "{}") << false << int(SignInError::ServerError) << QString();
    QTest::newRow("garbage") << html(200) << false << int(SignInError::BadAnswer) << QString();
    QTest::newRow("dropped") << closed() << false << int(SignInError::Unreachable) << QString();
}

void TestBrokerSignIn::refresh()
{
    QFETCH(Step, answer);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, renewal);
    m_broker->script("token/refresh", {answer});
    QSignalSpy refreshed(m_flow.get(), &SignInFlow::refreshed);
    QSignalSpy refreshFailed(m_flow.get(), &SignInFlow::refreshFailed);
    m_flow->refresh(session);
    QVERIFY(ok ? refreshed.wait(5000) : refreshFailed.wait(5000));
    QCOMPARE(refreshed.size() + refreshFailed.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(m_broker->requests("token/refresh").first().body)
                 .object()
                 .value(u"session")
                 .toString(),
        session);
    if (ok) {
        const auto grant = refreshed.first().first().value<SignInGrant>();
        QCOMPARE(grant.renewal, renewal);
        QCOMPARE(grant.expiresAt, fixedNow.addSecs(3600));
        QCOMPARE(Redactor::redact(grant.accessToken), Redactor::placeholder().toString());
    } else {
        const auto error = refreshFailed.first().first().value<SignInError>();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.isTransient(), kind != int(SignInError::SessionEnded));
    }
}

void TestBrokerSignIn::signOut_data()
{
    QTest::addColumn<Step>("answer");
    QTest::addColumn<bool>("ok");
    QTest::newRow("204") << json(204, {}) << true;
    QTest::newRow("already forgotten") << oauthError("invalid_grant") << true;
    QTest::newRow("500") << json(500, "{}") << false;
    QTest::newRow("dropped") << closed() << false;
}

void TestBrokerSignIn::signOut()
{
    QFETCH(Step, answer);
    QFETCH(bool, ok);
    m_broker->script("logout", {answer});
    QSignalSpy signedOut(m_flow.get(), &SignInFlow::signedOut);
    m_flow->signOut(session);
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(signedOut.first().first().toBool(), ok);
    QCOMPARE(QJsonDocument::fromJson(m_broker->requests("logout").first().body)
                 .object()
                 .value(u"session")
                 .toString(),
        session);
}

void TestBrokerSignIn::sentencesNameTheServerAndNoSecret()
{
    // The broker echoes the poll token in its error text: the detail must not carry it.
    m_broker->script("login/start", {json(200, startBody())});
    m_broker->script("login/poll",
        {json(400,
            "{\"error\":\"invalid_request\",\"error_description\":\"bad " + pollToken.toLatin1()
                + "\"}")});
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->start({});
    QVERIFY(failed.wait(5000));
    const auto error = failed.first().first().value<SignInError>();
    QVERIFY(!error.detail.contains(pollToken));
    QVERIFY(error.sentence().contains(u"127.0.0.1"));
    for (int kind = SignInError::Cancelled; kind <= SignInError::ListenerFailed; ++kind) {
        SignInError each;
        each.kind = SignInError::Kind(kind);
        each.server = u"pos.example.co.id"_qs;
        each.detail = accessToken;
        const QString sentence = each.sentence();
        QVERIFY2(sentence.endsWith(u'.') && sentence.size() > 40, qPrintable(sentence));
        QVERIFY(!sentence.contains(u"%1"));
        QVERIFY(!sentence.contains(accessToken));
        QVERIFY(!SignInError::kindKey(each.kind).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestBrokerSignIn)
#include "tst_brokersignin.moc"
