// The sandbox's partner broker (sign-in.md, Flow 1) over real loopback HTTP: start, every poll
// answer (pending, slow_down, denied, expired, 200 exactly once), refresh and logout, the
// login_url page and the callback, the approveSignIn() seam, and faults on the broker routes.
#include "SignInTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

class TestSandboxBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startAnswersTheDocumentedShape();
    void pollAnswers_data();
    void pollAnswers();
    void pollRefusesWhatItDidNotIssue_data();
    void pollRefusesWhatItDidNotIssue();
    void grantSpeaksForTheSignedInPhone();
    void refreshThenLogout();
    void refreshAfterTheTokenExpired();
    void loginPageShowsThePairingCodeAndContinue();
    void callbackCompletesTheLoginAndCanBeReloaded();
    void callbackWithAnUnknownState();
    void anotherAccountForcesTheLoginPage();
    void faultsOnBrokerRoutes_data();
    void faultsOnBrokerRoutes();
    void startCanHang();
    void aLostPollAnswerIsNotSentAgain();

private:
    struct Login
    {
        QUrl url;
        QString pollToken;
        QString pairingCode;
    };
    QUrl broker(const QString &path) const
    {
        return m_server->baseUrl().resolved(QUrl(u"broker/"_s + path));
    }
    HttpResult call(const QString &path, const QJsonObject &body)
    {
        return postJson(m_client->manager(), broker(path), body);
    }
    Login start(const QJsonObject &body = {{u"device_name"_s, u"kasir-01"_s}})
    {
        const QJsonObject json = call(u"login/start"_s, body).json();
        return {QUrl(json.value(u"login_url").toString()), json.value(u"poll_token").toString(),
            json.value(u"pairing_code").toString()};
    }
    HttpResult poll(const Login &login)
    {
        return call(u"login/poll"_s, {{u"poll_token"_s, login.pollToken}});
    }
    static QString answer(const HttpResult &result)
    {
        return result.status == 200 ? u"200"_s : result.json().value(u"error").toString();
    }

    TestClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxBroker::init()
{
    m_clock = TestClock();
    m_server = std::make_unique<SandboxServer>(awkwardFixture());
    m_clock.install(*m_server);
    m_server->signInSettings().pollIntervalSeconds = 0.05;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxBroker::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxBroker::startAnswersTheDocumentedShape()
{
    const HttpResult result
        = call(u"login/start"_s, {{u"device_name"_s, u"kasir-01"_s}, {u"ui_locale"_s, u"id"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    const QJsonObject json = result.json();
    QVERIFY(json.value(u"login_url").toString().startsWith(broker(u"login/"_s).toString()));
    QVERIFY(json.value(u"poll_token").toString().size() >= 32);
    QVERIFY(QRegularExpression(u"^[A-Z]{4}-[2-9]{4}$"_s)
                .match(json.value(u"pairing_code").toString())
                .hasMatch());
    QCOMPARE(json.value(u"expires_in").toInt(), 600);
    QCOMPARE(json.value(u"interval").toDouble(), 0.05);
    // The login URL is shown to people; the poll token is the secret, so they differ.
    QVERIFY(!json.value(u"login_url").toString().contains(json.value(u"poll_token").toString()));
}

void TestSandboxBroker::pollAnswers_data()
{
    QTest::addColumn<int>("decision"); // 0 none, 1 allow, 2 deny
    QTest::addColumn<int>("slowDownNext");
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<QStringList>("answers");
    QTest::newRow("pending") << 0 << 0 << 0
                             << QStringList {u"authorization_pending"_s, u"authorization_pending"_s};
    QTest::newRow("slow down twice") << 0 << 2 << 0
                                     << QStringList {u"slow_down"_s, u"slow_down"_s,
                                            u"authorization_pending"_s};
    QTest::newRow("denied") << 2 << 0 << 0
                            << QStringList {u"access_denied"_s, u"access_denied"_s};
    QTest::newRow("expired") << 0 << 0 << 600 << QStringList {u"expired_token"_s};
    QTest::newRow("allowed, exactly once") << 1 << 0 << 0
                                           << QStringList {u"200"_s, u"expired_token"_s,
                                                  u"expired_token"_s};
    QTest::newRow("allowed, just in time") << 1 << 0 << 599
                                           << QStringList {u"200"_s, u"expired_token"_s};
    QTest::newRow("allowed, after a slow_down") << 1 << 1 << 0
                                                << QStringList {u"slow_down"_s, u"200"_s,
                                                       u"expired_token"_s};
    QTest::newRow("allowed, too late") << 1 << 0 << 600 << QStringList {u"expired_token"_s};
}

void TestSandboxBroker::pollAnswers()
{
    QFETCH(int, decision);
    QFETCH(int, slowDownNext);
    QFETCH(int, advanceSeconds);
    QFETCH(QStringList, answers);
    const Login login = start();
    QCOMPARE(answer(poll(login)), u"authorization_pending"_s);
    if (decision != 0)
        QVERIFY(m_server->approveSignIn(login.url, DemoPhones::owner(), decision == 1).isValid());
    m_server->signInSettings().slowDownNext = slowDownNext;
    m_clock.now = m_clock.now.addSecs(advanceSeconds);
    QStringList got;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const HttpResult result = poll(login);
        QCOMPARE(result.status, result.status == 200 ? 200 : 400);
        got.append(answer(result));
    }
    QCOMPARE(got, answers);
}

void TestSandboxBroker::pollRefusesWhatItDidNotIssue_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown poll token") << QByteArray(R"({"poll_token":"nope"})")
                                        << u"invalid_grant"_s;
    QTest::newRow("no poll token") << QByteArray("{}") << u"invalid_request"_s;
    QTest::newRow("not JSON") << QByteArray("poll_token=x") << u"invalid_request"_s;
}

void TestSandboxBroker::pollRefusesWhatItDidNotIssue()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const HttpResult result = SandboxClient::wait(
        postRaw(m_client->manager(), broker(u"login/poll"_s), "application/json", body));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(u"error").toString(), error);
}

void TestSandboxBroker::grantSpeaksForTheSignedInPhone()
{
    const Login login = start();
    QVERIFY(m_server->approveSignIn(login.url, u"0812 3456 0002"_s, true).isValid());
    const QJsonObject grant = poll(login).json();
    QCOMPARE(grant.value(u"token_type").toString(), u"bearer"_s);
    QCOMPARE(grant.value(u"expires_in").toInt(), 3600);
    QVERIFY(grant.value(u"scope").toString().contains(u"partner:outlet:write"_s));
    QVERIFY(grant.value(u"session").toString().size() >= 32);
    QVERIFY(!grant.contains(u"refresh_token")); // the broker keeps it
    const HttpResult info = m_client->tokenInfo(grant.value(u"access_token").toString());
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json()[u"data"][u"user"][u"roles"].toArray(), QJsonArray {u"manager"_s});
}

void TestSandboxBroker::refreshThenLogout()
{
    const Login login = start();
    m_server->approveSignIn(login.url, DemoPhones::owner(), true);
    const QJsonObject grant = poll(login).json();
    const QString session = grant.value(u"session").toString();

    const HttpResult refreshed = call(u"token/refresh"_s, {{u"session"_s, session}});
    QCOMPARE(refreshed.status, 200);
    const QString access = refreshed.json().value(u"access_token").toString();
    QVERIFY(access != grant.value(u"access_token").toString());
    QCOMPARE(refreshed.json().value(u"session").toString(), session);
    QCOMPARE(refreshed.json().value(u"token_type").toString(), u"bearer"_s);
    QCOMPARE(m_client->tokenInfo(access).status, 200);

    const HttpResult loggedOut = call(u"logout"_s, {{u"session"_s, session}});
    QCOMPARE(loggedOut.status, 204);
    QVERIFY(loggedOut.body.isEmpty());
    const HttpResult after = call(u"token/refresh"_s, {{u"session"_s, session}});
    QCOMPARE(after.status, 400);
    QCOMPARE(after.json().value(u"error").toString(), u"invalid_grant"_s);
    QCOMPARE(call(u"logout"_s, {{u"session"_s, session}}).status, 204); // idempotent
    QCOMPARE(call(u"token/refresh"_s, {{u"session"_s, u"never-issued"_s}})
                 .json()
                 .value(u"error")
                 .toString(),
        u"invalid_grant"_s);
}

void TestSandboxBroker::refreshAfterTheTokenExpired()
{
    m_server->setTokenLifetime(5);
    const Login login = start();
    m_server->approveSignIn(login.url, DemoPhones::owner(), true);
    const QJsonObject grant = poll(login).json();
    QCOMPARE(grant.value(u"expires_in").toInt(), 5);
    m_clock.now = m_clock.now.addSecs(5);
    QCOMPARE(m_client->tokenInfo(grant.value(u"access_token").toString()).status, 401);
    const HttpResult refreshed
        = call(u"token/refresh"_s, {{u"session"_s, grant.value(u"session").toString()}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_client->tokenInfo(refreshed.json().value(u"access_token").toString()).status, 200);
}

void TestSandboxBroker::loginPageShowsThePairingCodeAndContinue()
{
    const Login login
        = start({{u"device_name"_s, u"<kasir & co>"_s}, {u"ui_locale"_s, u"id"_s}});
    const PageResult page = getPage(m_client->manager(), login.url);
    QCOMPARE(page.http.status, 200);
    QVERIFY(page.http.contentType.startsWith("text/html"));
    const QString html = QString::fromUtf8(page.http.body);
    QVERIFY(html.contains(u"<html lang=\"id\">"_s));
    QVERIFY(html.contains(u"id=\"pairing-code\">%1<"_s.arg(login.pairingCode)));
    QVERIFY(html.contains(u"&lt;kasir &amp; co&gt;"_s)); // escaped, never raw
    QVERIFY(!html.contains(u"<kasir"_s));
    const QRegularExpressionMatch link
        = QRegularExpression(u"<a id=\"continue\" href=\"([^\"]+)\""_s).match(html);
    QVERIFY(link.hasMatch());
    const QUrl authorize(QString(link.captured(1)).replace(u"&amp;"_s, u"&"_s));
    QCOMPARE(authorize.path(), u"/oauth2/auth"_s);
    QCOMPARE(queryValue(authorize, u"client_id"_s), u"sandbox-broker"_s);
    QCOMPARE(queryValue(authorize, u"redirect_uri"_s), broker(u"callback"_s).toString());
    QCOMPARE(queryValue(authorize, u"ui_locales"_s), u"id"_s);
    QCOMPARE(queryValue(authorize, u"user_type"_s), u"merchant"_s);
    QVERIFY(queryValue(authorize, u"prompt"_s).isEmpty());
    // Continue leads to GoAuth's login page.
    const PageResult goAuth = getPage(m_client->manager(), authorize);
    QCOMPARE(goAuth.http.status, 200);
    QVERIFY(goAuth.http.body.contains("id=\"phone\""));

    QCOMPARE(getPage(m_client->manager(), broker(u"login/unknown"_s)).http.status, 404);
    m_clock.now = m_clock.now.addSecs(600);
    QCOMPARE(getPage(m_client->manager(), login.url).http.status, 410);
}

void TestSandboxBroker::callbackCompletesTheLoginAndCanBeReloaded()
{
    // Denied: the redirect is the broker's callback with error=access_denied.
    const Login other = start();
    const QUrl denied = m_server->approveSignIn(other.url, DemoPhones::owner(), false);
    QCOMPARE(queryValue(denied, u"error"_s), u"access_denied"_s);
    const PageResult deniedPage = getPage(m_client->manager(), denied);
    QVERIFY(deniedPage.http.body.contains("data-outcome=\"denied\""));
    QCOMPARE(answer(poll(other)), u"access_denied"_s);

    const Login third = start();
    const QUrl callback = m_server->approveSignIn(third.url, DemoPhones::owner(), true);
    QCOMPARE(callback.adjusted(QUrl::RemoveQuery), broker(u"callback"_s));
    const PageResult done = getPage(m_client->manager(), callback);
    QCOMPARE(done.http.status, 200);
    QVERIFY(done.http.body.contains("data-outcome=\"signed-in\""));
    QVERIFY(done.http.body.contains("Go back to the wizard"));
    QCOMPARE(answer(poll(third)), u"200"_s);
    QVERIFY(getPage(m_client->manager(), callback).http.body.contains("signed-in"));
    QVERIFY(getPage(m_client->manager(), third.url).http.body.contains("signed-in"));
}

void TestSandboxBroker::callbackWithAnUnknownState()
{
    QUrl callback = broker(u"callback"_s);
    callback.setQuery(u"code=abc&state=never-started-here"_s);
    const PageResult page = getPage(m_client->manager(), callback);
    QCOMPARE(page.http.status, 400);
    QVERIFY(page.http.body.contains("data-outcome=\"failed\""));
    QVERIFY(page.http.body.contains("id=\"message\""));
}

void TestSandboxBroker::anotherAccountForcesTheLoginPage()
{
    const Login login = start({{u"prompt"_s, u"login"_s}});
    const QString html = QString::fromUtf8(getPage(m_client->manager(), login.url).http.body);
    QVERIFY(html.contains(u"prompt=login"_s));
}

void TestSandboxBroker::faultsOnBrokerRoutes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("route"); // login/start, login/poll, token/refresh
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("poll 503 twice") << u"poll:503:next=2"_s << u"login/poll"_s
                                    << QList<int> {503, 503, 400};
    QTest::newRow("poll html (alias)") << u"broker-poll:html:next"_s << u"login/poll"_s
                                       << QList<int> {502, 400};
    QTest::newRow("start 500") << u"broker-start:500:next"_s << u"login/start"_s
                               << QList<int> {500, 200};
    QTest::newRow("start 429") << u"broker-start:429=3:next"_s << u"login/start"_s
                               << QList<int> {429, 200};
    QTest::newRow("refresh 502") << u"broker-refresh:502:next"_s << u"token/refresh"_s
                                 << QList<int> {502, 200};
    QTest::newRow("any hits the broker too") << u"any:504:next"_s << u"login/poll"_s
                                             << QList<int> {504, 400};
}

void TestSandboxBroker::faultsOnBrokerRoutes()
{
    QFETCH(QString, spec);
    QFETCH(QString, route);
    QFETCH(QList<int>, statuses);
    const Login login = start();
    m_server->approveSignIn(start().url, DemoPhones::owner(), true); // an unrelated login
    const Login signedIn = start();
    m_server->approveSignIn(signedIn.url, DemoPhones::owner(), true);
    const QString session = poll(signedIn).json().value(u"session").toString();
    QVERIFY(!session.isEmpty());
    QString error;
    QVERIFY2(m_server->faults().addSpec(spec, &error), qPrintable(error));
    const QJsonObject body = route == u"login/poll"
        ? QJsonObject {{u"poll_token"_s, login.pollToken}}
        : route == u"token/refresh" ? QJsonObject {{u"session"_s, session}}
                                    : QJsonObject {};
    QList<int> got;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        got.append(call(route, body).status);
    QCOMPARE(got, statuses);
    QCOMPARE(m_server->counters().faulted(), int(statuses.size()) - 1);
}

void TestSandboxBroker::startCanHang()
{
    m_server->faults().failNext(FaultRoute::BrokerStart, Fault::hang());
    QNetworkReply *reply = postRaw(m_client->manager(), broker(u"login/start"_s),
        "application/json", "{}");
    QTRY_COMPARE(m_server->pendingReplies(), 1);
    reply->abort();
    const HttpResult result = SandboxClient::wait(reply);
    QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
    QTRY_COMPARE(m_server->pendingReplies(), 0);
    QCOMPARE(call(u"login/start"_s, {}).status, 200);
}

void TestSandboxBroker::aLostPollAnswerIsNotSentAgain()
{
    // close-mid: the broker handed the grant over, the client never got it. Like a real broker
    // it does not send it twice: the wizard must start again.
    const Login login = start();
    m_server->approveSignIn(login.url, DemoPhones::owner(), true);
    m_server->faults().failNext(FaultRoute::BrokerPoll, Fault::closeMidResponse());
    const HttpResult lost = poll(login);
    QCOMPARE(lost.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer(poll(login)), u"expired_token"_s);
}

QTEST_GUILESS_MAIN(TestSandboxBroker)
#include "tst_sandbox_broker.moc"
