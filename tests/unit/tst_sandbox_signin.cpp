// The sandbox's GoAuth token endpoint over real loopback HTTP: every grant, every RFC 6749 error,
// single-use and expiring codes (injected clock), issued tokens on the API routes until they
// expire, refresh tokens only for offline scopes. (The seam: tst_sandbox_signinseam.)
#include "SignInTestSupport.h"

#include "sandbox/GoAuth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

namespace {
const QString kPartner = u"test-partner"_s;
const QString kPartnerSecret = u"partner-secret"_s;
const QString kPartnerRedirect = u"https://pos.example.co.id/gobiz/callback"_s;
const QString kFresh = u"<fresh code>"_s; // replaced by a code approveSignIn() just issued
} // namespace

class TestSandboxSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void s256MatchesRfc7636AppendixB();
    void publicClientExchangesCodeWithVerifier();
    void issuedTokenSpeaksForThePhonesUser();
    void tokenErrors_data();
    void tokenErrors();
    void confidentialClientAuthentication_data();
    void confidentialClientAuthentication();
    void bodyMustBeFormEncodedOnce();
    void codeReuseRevokesWhatItGave();
    void refreshTokenOnlyForOfflineScopes_data();
    void refreshTokenOnlyForOfflineScopes();
    void refreshGrant();
    void clientCredentialsGrant();
    void issuedTokenExpiresAfterItsLifetime();
    void faultsOnTheTokenRoute();
    void newFixtureEndsIssuedTokens();

private:
    QUrl tokenUrl() const { return m_server->baseUrl().resolved(QUrl(u"oauth2/token"_s)); }
    QUrl partnerAuthorizeUrl(const QString &scope = u"openid offline partner:outlet:read"_s) const
    {
        return authorizeUrl(m_server->baseUrl(),
            {{u"client_id"_s, kPartner}, {u"redirect_uri"_s, kPartnerRedirect},
                {u"scope"_s, scope}, {u"code_challenge"_s, QString()},
                {u"code_challenge_method"_s, QString()}});
    }
    QString code(const QUrl &authorize, const QString &phone = DemoPhones::owner())
    {
        const QUrl redirect = m_server->approveSignIn(authorize, phone, true);
        return queryValue(redirect, u"code"_s);
    }
    Params publicExchange(const QString &code) const
    {
        return {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
            {u"redirect_uri"_s, kLoopbackRedirect}, {u"client_id"_s, u"gobiz-wizard-sandbox"_s},
            {u"code_verifier"_s, kVerifier}};
    }
    HttpResult token(const Params &params, const QByteArray &authorization = {})
    {
        return postForm(m_client->manager(), tokenUrl(), params, authorization);
    }

    TestClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxSignIn::init()
{
    m_clock = TestClock();
    m_server = std::make_unique<SandboxServer>(awkwardFixture());
    m_clock.install(*m_server);
    m_server->addOAuthClient({kPartner, kPartnerSecret, kPartnerRedirect, false});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxSignIn::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxSignIn::s256MatchesRfc7636AppendixB()
{
    QCOMPARE(GoAuth::s256Challenge(kVerifier), kChallenge);
}

void TestSandboxSignIn::publicClientExchangesCodeWithVerifier()
{
    const HttpResult result = token(publicExchange(code(authorizeUrl(m_server->baseUrl()))));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    const QJsonObject json = result.json();
    QVERIFY(json.value(u"access_token").toString().size() >= 32);
    QCOMPARE(json.value(u"token_type").toString(), u"bearer"_s);
    QCOMPARE(json.value(u"expires_in").toInt(), 3600);
    QCOMPARE(json.value(u"scope").toString(),
        u"openid offline partner:outlet:read partner:outlet:write"_s);
    QCOMPARE(json.value(u"id_token").toString().split(u'.').size(), 3);
    QVERIFY(!json.value(u"refresh_token").toString().isEmpty());
}

void TestSandboxSignIn::issuedTokenSpeaksForThePhonesUser()
{
    const struct
    {
        QString phone;
        qsizetype outlets;
        QString role;
    } rows[] = {{DemoPhones::owner(), 7, u"owner"_s}, {DemoPhones::manager(), 3, u"manager"_s},
        {u"+6281299990001"_s, 1, u"owner"_s}};
    for (const auto &row : rows) {
        const HttpResult exchanged
            = token(publicExchange(code(authorizeUrl(m_server->baseUrl()), row.phone)));
        QCOMPARE(exchanged.status, 200);
        const QString accessToken = exchanged.json().value(u"access_token").toString();
        const HttpResult info = m_client->tokenInfo(accessToken);
        QCOMPARE(info.status, 200);
        const QJsonObject data = info.json().value(u"data").toObject();
        QCOMPARE(data.value(u"outlets").toArray().size(), row.outlets);
        QCOMPARE(data.value(u"user").toObject().value(u"roles").toArray(), QJsonArray {row.role});
    }
    // The issued token links like a pasted one.
    const HttpResult exchanged = token(publicExchange(code(authorizeUrl(m_server->baseUrl()))));
    const QString owner = exchanged.json().value(u"access_token").toString();
    QCOMPARE(m_client->link(u"G000000001"_s, u"pos-1"_s, u"gofood"_s, owner).status, 200);
    QVERIFY(m_server->isLinked(u"G000000001"_s, u"gofood"_s));
    QCOMPARE(m_client->link(u"G999999999"_s, u"pos-2"_s, u"gofood"_s, owner).status, 403);
}

void TestSandboxSignIn::tokenErrors_data()
{
    QTest::addColumn<Params>("change");
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString other43 = QString(43, u'a');
    QTest::newRow("fresh code") << Params {} << 0 << 200 << QString();
    QTest::newRow("119 s old") << Params {} << 119 << 200 << QString();
    QTest::newRow("expired code") << Params {} << 120 << 400 << u"invalid_grant"_s;
    QTest::newRow("wrong verifier") << Params {{u"code_verifier"_s, other43}} << 0 << 400
                                    << u"invalid_grant"_s;
    QTest::newRow("no verifier") << Params {{u"code_verifier"_s, QString()}} << 0 << 400
                                 << u"invalid_request"_s;
    QTest::newRow("wrong redirect")
        << Params {{u"redirect_uri"_s, u"http://127.0.0.1:1/gobiz/callback"_s}} << 0 << 400
        << u"invalid_grant"_s;
    QTest::newRow("no redirect") << Params {{u"redirect_uri"_s, QString()}} << 0 << 400
                                 << u"invalid_request"_s;
    QTest::newRow("unknown code") << Params {{u"code"_s, u"not-a-code"_s}} << 0 << 400
                                  << u"invalid_grant"_s;
    QTest::newRow("no code") << Params {{u"code"_s, QString()}} << 0 << 400
                             << u"invalid_request"_s;
    QTest::newRow("unknown client") << Params {{u"client_id"_s, u"nobody"_s}} << 0 << 401
                                    << u"invalid_client"_s;
    QTest::newRow("no client") << Params {{u"client_id"_s, QString()}} << 0 << 401
                               << u"invalid_client"_s;
    QTest::newRow("public client with a secret") << Params {{u"client_secret"_s, u"x"_s}} << 0
                                                 << 401 << u"invalid_client"_s;
    QTest::newRow("another client's code")
        << Params {{u"client_id"_s, kPartner}, {u"client_secret"_s, kPartnerSecret}} << 0 << 400
        << u"invalid_grant"_s;
    QTest::newRow("no grant_type") << Params {{u"grant_type"_s, QString()}} << 0 << 400
                                   << u"invalid_request"_s;
    QTest::newRow("password grant") << Params {{u"grant_type"_s, u"password"_s}} << 0 << 400
                                    << u"unsupported_grant_type"_s;
}

void TestSandboxSignIn::tokenErrors()
{
    QFETCH(Params, change);
    QFETCH(int, advanceSeconds);
    QFETCH(int, status);
    QFETCH(QString, error);
    Params params = publicExchange(code(authorizeUrl(m_server->baseUrl())));
    for (const auto &changed : change) {
        params.erase(std::remove_if(params.begin(), params.end(),
                         [&](const auto &pair) { return pair.first == changed.first; }),
            params.end());
        if (!changed.second.isNull())
            params.append(changed);
    }
    m_clock.now = m_clock.now.addSecs(advanceSeconds);
    const HttpResult result = token(params);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"error").toString(), error);
    if (!error.isEmpty()) {
        QVERIFY(!result.json().value(u"error_description").toString().isEmpty());
        QVERIFY(!result.json().contains(u"access_token"));
    }
    QCOMPARE(result.contentType, QByteArray("application/json"));
}

void TestSandboxSignIn::confidentialClientAuthentication_data()
{
    QTest::addColumn<Params>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const Params id {{u"client_id"_s, kPartner}};
    QTest::newRow("secret in body")
        << Params {{u"client_id"_s, kPartner}, {u"client_secret"_s, kPartnerSecret}}
        << QByteArray() << 200 << QString();
    QTest::newRow("HTTP Basic") << Params {} << basicAuth(kPartner, kPartnerSecret) << 200
                                << QString();
    QTest::newRow("HTTP Basic and client_id") << id << basicAuth(kPartner, kPartnerSecret) << 200
                                              << QString();
    QTest::newRow("wrong secret in body")
        << Params {{u"client_id"_s, kPartner}, {u"client_secret"_s, u"guess"_s}} << QByteArray()
        << 401 << u"invalid_client"_s;
    QTest::newRow("wrong secret in Basic") << Params {} << basicAuth(kPartner, u"guess"_s) << 401
                                           << u"invalid_client"_s;
    QTest::newRow("no secret") << id << QByteArray() << 401 << u"invalid_client"_s;
    QTest::newRow("Basic and body secret")
        << Params {{u"client_secret"_s, kPartnerSecret}} << basicAuth(kPartner, kPartnerSecret)
        << 400 << u"invalid_request"_s;
}

void TestSandboxSignIn::confidentialClientAuthentication()
{
    QFETCH(Params, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);
    Params params {{u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code(partnerAuthorizeUrl())}, {u"redirect_uri"_s, kPartnerRedirect}};
    params += body;
    const HttpResult result = token(params, authorization);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"error").toString(), error);
    if (status == 401) {
        QNetworkReply *reply = postRaw(m_client->manager(), tokenUrl(),
            "application/x-www-form-urlencoded", formEncode(params), authorization);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->rawHeader("WWW-Authenticate").startsWith("Basic"));
        delete reply;
    }
    if (status == 200)
        QVERIFY(!result.json().value(u"refresh_token").toString().isEmpty());
}

void TestSandboxSignIn::bodyMustBeFormEncodedOnce()
{
    const QString fresh = code(authorizeUrl(m_server->baseUrl()));
    QJsonObject json;
    for (const auto &pair : publicExchange(fresh))
        json.insert(pair.first, pair.second);
    const HttpResult asJson = postJson(m_client->manager(), tokenUrl(), json);
    QCOMPARE(asJson.status, 400);
    QCOMPARE(asJson.json().value(u"error").toString(), u"invalid_request"_s);

    Params twice = publicExchange(fresh);
    twice.append({u"code"_s, fresh});
    const HttpResult repeated = token(twice);
    QCOMPARE(repeated.status, 400);
    QCOMPARE(repeated.json().value(u"error").toString(), u"invalid_request"_s);
    QVERIFY(repeated.json().value(u"error_description").toString().contains(u"code"_s));
    QCOMPARE(token(publicExchange(fresh)).status, 200); // neither attempt used the code up
}

void TestSandboxSignIn::codeReuseRevokesWhatItGave()
{
    const Params exchange = publicExchange(code(authorizeUrl(m_server->baseUrl())));
    const HttpResult first = token(exchange);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(u"access_token").toString();
    const QString refresh = first.json().value(u"refresh_token").toString();
    QCOMPARE(m_client->tokenInfo(access).status, 200);

    const HttpResult second = token(exchange);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().value(u"error").toString(), u"invalid_grant"_s);
    QCOMPARE(m_client->tokenInfo(access).status, 401);
    const HttpResult refreshed = token({{u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refresh}, {u"client_id"_s, u"gobiz-wizard-sandbox"_s}});
    QCOMPARE(refreshed.json().value(u"error").toString(), u"invalid_grant"_s);
}

void TestSandboxSignIn::refreshTokenOnlyForOfflineScopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("refresh");
    QTest::newRow("offline") << u"openid offline partner:outlet:read"_s << true;
    QTest::newRow("offline_access") << u"openid offline_access"_s << true;
    QTest::newRow("neither") << u"openid partner:outlet:read partner:outlet:write"_s << false;
}

void TestSandboxSignIn::refreshTokenOnlyForOfflineScopes()
{
    QFETCH(QString, scope);
    QFETCH(bool, refresh);
    const HttpResult result = token(
        publicExchange(code(authorizeUrl(m_server->baseUrl(), {{u"scope"_s, scope}}))));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"scope").toString(), scope);
    QCOMPARE(result.json().contains(u"refresh_token"), refresh);
}

void TestSandboxSignIn::refreshGrant()
{
    const HttpResult first = token(publicExchange(code(authorizeUrl(m_server->baseUrl()))));
    const QString refresh = first.json().value(u"refresh_token").toString();
    const Params grant {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh},
        {u"client_id"_s, u"gobiz-wizard-sandbox"_s}};
    m_clock.now = m_clock.now.addSecs(3600); // the first token has just expired
    QCOMPARE(m_client->tokenInfo(first.json().value(u"access_token").toString()).status, 401);

    const HttpResult renewed = token(grant);
    QCOMPARE(renewed.status, 200);
    const QString access = renewed.json().value(u"access_token").toString();
    QVERIFY(access != first.json().value(u"access_token").toString());
    QCOMPARE(renewed.json().value(u"refresh_token").toString(), refresh); // no rotation
    QCOMPARE(renewed.json().value(u"expires_in").toInt(), 3600);
    QCOMPARE(renewed.json().value(u"id_token").toString().count(u'.'), 2);
    QCOMPARE(m_client->tokenInfo(access).status, 200);

    Params narrower = grant;
    narrower.append({u"scope"_s, u"openid"_s});
    QCOMPARE(token(narrower).json().value(u"scope").toString(), u"openid"_s);
    Params wider = grant;
    wider.append({u"scope"_s, u"openid gofood:order:write"_s});
    QCOMPARE(token(wider).json().value(u"error").toString(), u"invalid_scope"_s);
    Params unknown = grant;
    unknown[1].second = u"not-a-refresh-token"_s;
    QCOMPARE(token(unknown).json().value(u"error").toString(), u"invalid_grant"_s);
    const HttpResult otherClient = token({{u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refresh}, {u"client_id"_s, kPartner},
        {u"client_secret"_s, kPartnerSecret}});
    QCOMPARE(otherClient.json().value(u"error").toString(), u"invalid_grant"_s);
    Params missing = grant;
    missing.removeAt(1);
    QCOMPARE(token(missing).json().value(u"error").toString(), u"invalid_request"_s);
}

void TestSandboxSignIn::clientCredentialsGrant()
{
    const HttpResult result = token({{u"grant_type"_s, u"client_credentials"_s},
                                        {u"scope"_s, u"gofood:catalog:read"_s}},
        basicAuth(kPartner, kPartnerSecret));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"scope").toString(), u"gofood:catalog:read"_s);
    QVERIFY(!result.json().contains(u"refresh_token"));
    QVERIFY(!result.json().contains(u"id_token"));
    // A partner app token is not a merchant's: the merchant routes answer 401.
    QCOMPARE(m_client->tokenInfo(result.json().value(u"access_token").toString()).status, 401);

    const HttpResult none = token(
        {{u"grant_type"_s, u"client_credentials"_s}}, basicAuth(kPartner, kPartnerSecret));
    QCOMPARE(none.json().value(u"scope").toString(), QString());
    const HttpResult publicClient = token({{u"grant_type"_s, u"client_credentials"_s},
        {u"client_id"_s, u"gobiz-wizard-sandbox"_s}});
    QCOMPARE(publicClient.status, 400);
    QCOMPARE(publicClient.json().value(u"error").toString(), u"unauthorized_client"_s);
}

void TestSandboxSignIn::issuedTokenExpiresAfterItsLifetime()
{
    m_server->setTokenLifetime(5);
    const HttpResult result = token(publicExchange(code(authorizeUrl(m_server->baseUrl()))));
    QCOMPARE(result.json().value(u"expires_in").toInt(), 5);
    const QString access = result.json().value(u"access_token").toString();
    QCOMPARE(m_client->tokenInfo(access).status, 200);
    m_clock.now = m_clock.now.addSecs(4);
    QCOMPARE(m_client->tokenInfo(access).status, 200);
    m_clock.now = m_clock.now.addSecs(1);
    const HttpResult expired = m_client->tokenInfo(access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorTitle(), u"Session Expired"_s);
    QCOMPARE(m_client->link(u"G000000001"_s, u"pos-1"_s, u"gofood"_s, access).status, 401);
}

void TestSandboxSignIn::faultsOnTheTokenRoute()
{
    QString error;
    QVERIFY2(m_server->faults().addSpec(u"oauth-token:html:next"_s, &error), qPrintable(error));
    m_server->faults().failNext(FaultRoute::OAuthToken, Fault::httpError(503));
    const Params exchange = publicExchange(code(authorizeUrl(m_server->baseUrl())));
    const HttpResult html = token(exchange);
    QCOMPARE(html.status, 502);
    QVERIFY(html.contentType.startsWith("text/html"));
    QCOMPARE(token(exchange).status, 503);
    QCOMPARE(token(exchange).status, 200); // the faults did not use the code up
    QCOMPARE(m_server->counters().routeCount(Route::OAuthToken), 3);
    QCOMPARE(m_server->counters().faulted(), 2);
}

void TestSandboxSignIn::newFixtureEndsIssuedTokens()
{
    const HttpResult result = token(publicExchange(code(authorizeUrl(m_server->baseUrl()))));
    const QString access = result.json().value(u"access_token").toString();
    QCOMPARE(m_client->tokenInfo(access).status, 200);
    m_server->setFixture(FixtureGenerator::fixture(3, 1));
    QCOMPARE(m_client->tokenInfo(access).status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxSignIn)
#include "tst_sandbox_signin.moc"
