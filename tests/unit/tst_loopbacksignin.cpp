// The loopback + PKCE flow (sign-in.md Flow 2) against a scripted token endpoint, with the
// browser played by a second QNetworkAccessManager.
#include "RawHttpServer.h"
#include "diagnostics/Redactor.h"
#include "signin/LoopbackSignIn.h"
#include "signin/Pkce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace gobiz;

namespace {

const QDateTime fixedNow(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
const QString accessToken = u"at-loopback-5a4b3c2d1e0f99887766554433"_qs;
const QString refreshToken = u"rt-loopback-0f1e2d3c4b5a69788796a5b4c3"_qs;

QByteArray tokenBody(const QString &refresh = refreshToken)
{
    QJsonObject object {{u"access_token"_qs, accessToken}, {u"token_type"_qs, u"Bearer"_qs},
        {u"expires_in"_qs, 3600}, {u"scope"_qs, u"openid offline"_qs},
        {u"id_token"_qs, u"eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."_qs}};
    if (!refresh.isEmpty())
        object.insert(u"refresh_token"_qs, refresh);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Browser
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestLoopbackSignIn : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void authorizeUrlIsExact();
    void startAsksForEverything_data();
    void startAsksForEverything();
    void signedInWithPkceAndNoSecret();
    void exchangeFailures_data();
    void exchangeFailures();
    void deniedInTheBrowser();
    void otherErrorInTheBrowser();
    void wrongStateAndWrongPathDoNotEndTheWait();
    void browserTimeoutThenLateCallback();
    void cancelClosesTheListener();
    void portInUse();
    void fixedPortFromTheProfile();
    void refresh_data();
    void refresh();
    void signOutNeedsNoRequest();

private:
    Browser get(const QUrl &url);
    SignInPrompt startAndWait(const SignInOptions &options = {});
    QUrl callbackUrl(const SignInPrompt &prompt, const QString &query) const;

    std::unique_ptr<RawHttpServer> m_goAuth;
    QList<QByteArray> m_tokenAnswers; // the last repeats
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    std::unique_ptr<LoopbackSignIn> m_flow;
    LoopbackSignIn::Client m_client;
};

void TestLoopbackSignIn::init()
{
    m_tokenAnswers = {RawHttpServer::response(200, tokenBody())};
    m_goAuth = std::make_unique<RawHttpServer>(
        [this](const RawHttpServer::Request &request, QTcpSocket *socket) {
            if (request.path != "/goauth/oauth2/token")
                return RawHttpServer::reply(socket, RawHttpServer::response(404, "{}"));
            const QByteArray answer
                = m_tokenAnswers.size() > 1 ? m_tokenAnswers.takeFirst() : m_tokenAnswers.first();
            if (answer.isEmpty())
                return socket->abort();
            RawHttpServer::reply(socket, answer);
        });
    QVERIFY(m_goAuth->start());
    m_client.oauthUrl = m_goAuth->url(u"/goauth/"_qs);
    m_client.clientId = u"kasir-maju-desktop"_qs;
    m_client.scopes = QStringList {u"openid"_qs, u"offline"_qs, u"partner:outlet:read"_qs};
    m_client.redirectPort = 0;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_flow = std::make_unique<LoopbackSignIn>(m_network.get(), m_client);
    m_flow->setClock([] { return fixedNow; });
    m_flow->setTransferTimeout(std::chrono::milliseconds(2000));
}

void TestLoopbackSignIn::cleanup()
{
    m_flow.reset();
    m_browser.reset();
    m_network.reset();
    m_goAuth.reset();
}

Browser TestLoopbackSignIn::get(const QUrl &url)
{
    Browser result;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_browser->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        qWarning("browser request did not finish");
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

SignInPrompt TestLoopbackSignIn::startAndWait(const SignInOptions &options)
{
    QSignalSpy waiting(m_flow.get(), &SignInFlow::waitingForBrowser);
    m_flow->start(options);
    if (waiting.isEmpty() && !waiting.wait(5000))
        return {};
    return waiting.first().first().value<SignInPrompt>();
}

QUrl TestLoopbackSignIn::callbackUrl(const SignInPrompt &prompt, const QString &query) const
{
    const QUrlQuery authorize(prompt.loginUrl);
    QUrl url(authorize.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
    url.setQuery(query);
    return url;
}

void TestLoopbackSignIn::authorizeUrlIsExact()
{
    LoopbackSignIn::Client client;
    client.oauthUrl = QUrl(u"https://accounts.go-jek.com"_qs);
    client.clientId = u"c+1&x"_qs;
    client.scopes = QStringList {u"openid"_qs, u"partner:outlet:write"_qs};
    const QUrl url
        = LoopbackSignIn::authorizeUrl(client, u"http://127.0.0.1:5000/gobiz/callback"_qs,
            u"STATE"_qs, u"NONCE"_qs, u"CHALLENGE"_qs, {u"id"_qs, true, {}});
    QCOMPARE(url.toString(QUrl::FullyEncoded),
        u"https://accounts.go-jek.com/oauth2/auth?client_id=c%2B1%26x&response_type=code"
        "&scope=openid%20partner%3Aoutlet%3Awrite&state=STATE"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fgobiz%2Fcallback&nonce=NONCE"
        "&code_challenge=CHALLENGE&code_challenge_method=S256&user_type=merchant&ui_locales=id"
        "&prompt=login"_qs);
}

void TestLoopbackSignIn::startAsksForEverything_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("anotherAccount");
    QTest::newRow("en") << u"en"_qs << false;
    QTest::newRow("id, another account") << u"id"_qs << true;
    QTest::newRow("unknown locale is en") << u"fr"_qs << false;
}

void TestLoopbackSignIn::startAsksForEverything()
{
    QFETCH(QString, locale);
    QFETCH(bool, anotherAccount);
    const SignInPrompt prompt = startAndWait({locale, anotherAccount, {}});
    QVERIFY(m_flow->isSigningIn());
    const QUrl url = prompt.loginUrl;
    QCOMPARE(url.path(), u"/goauth/oauth2/auth"_qs);
    QCOMPARE(url.host(), u"127.0.0.1"_qs);
    const QUrlQuery query(url);
    auto value = [&query](const char16_t *key) {
        return query.queryItemValue(QString::fromUtf16(key), QUrl::FullyDecoded);
    };
    QCOMPARE(value(u"client_id"), m_client.clientId);
    QCOMPARE(value(u"response_type"), u"code"_qs);
    QCOMPARE(value(u"scope"), u"openid offline partner:outlet:read"_qs);
    QCOMPARE(value(u"user_type"), u"merchant"_qs);
    QCOMPARE(value(u"ui_locales"), locale == u"id" ? u"id"_qs : u"en"_qs);
    QCOMPARE(value(u"code_challenge_method"), u"S256"_qs);
    QCOMPARE(value(u"code_challenge").size(), 43);
    QCOMPARE(query.hasQueryItem(u"prompt"_qs), anotherAccount);
    if (anotherAccount)
        QCOMPARE(value(u"prompt"), u"login"_qs);
    QVERIFY(!query.hasQueryItem(u"client_secret"_qs));
    const QString state = value(u"state");
    QVERIFY(state.size() >= 32);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_qs).match(state).hasMatch());
    QVERIFY(value(u"nonce").size() >= 32);
    // Secrets before first use.
    QCOMPARE(Redactor::redact(state), Redactor::placeholder().toString());
    QCOMPARE(Redactor::redact(value(u"nonce")), Redactor::placeholder().toString());
    // The redirect is this flow's own listener, on 127.0.0.1.
    QVERIFY(m_flow->receiver());
    QCOMPARE(value(u"redirect_uri"),
        u"http://127.0.0.1:%1/gobiz/callback"_qs.arg(m_flow->receiver()->port()));
    QCOMPARE(m_flow->receiver()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(prompt.expiresAt, fixedNow.addSecs(300));
    QVERIFY(prompt.pairingCode.isEmpty());
    QCOMPARE(m_goAuth->requests().size(), 0); // nothing is sent before the browser comes back
}

void TestLoopbackSignIn::signedInWithPkceAndNoSecret()
{
    const SignInPrompt prompt = startAndWait();
    const QUrlQuery authorize(prompt.loginUrl);
    const QString state = authorize.queryItemValue(u"state"_qs);
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);
    const Browser browser = get(callbackUrl(prompt, u"code=the-code-0123456789&state="_qs + state));
    QCOMPARE(browser.status, 200);
    QVERIFY(browser.body.contains("You are signed in"));
    QVERIFY(signedIn.size() == 1 || signedIn.wait(5000)); // the page comes after the exchange

    const auto grant = signedIn.first().first().value<SignInGrant>();
    QCOMPARE(grant.accessToken, accessToken);
    QCOMPARE(grant.renewal, refreshToken);
    QCOMPARE(grant.scope, u"openid offline"_qs);
    QCOMPARE(grant.expiresAt, fixedNow.addSecs(3600));
    QVERIFY(!m_flow->isSigningIn());
    QVERIFY(!m_flow->receiver());

    QCOMPARE(m_goAuth->requests().size(), 1);
    const RawHttpServer::Request &exchange = m_goAuth->requests().first();
    QCOMPARE(exchange.method, QByteArray("POST"));
    QCOMPARE(
        exchange.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(!exchange.hasAuthorization());
    const QUrlQuery form(QString::fromLatin1(exchange.body));
    QCOMPARE(form.queryItemValue(u"grant_type"_qs), u"authorization_code"_qs);
    QCOMPARE(form.queryItemValue(u"code"_qs), u"the-code-0123456789"_qs);
    QCOMPARE(form.queryItemValue(u"client_id"_qs), m_client.clientId);
    QCOMPARE(form.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded),
        authorize.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
    QVERIFY(!form.hasQueryItem(u"client_secret"_qs));
    const QString verifier = form.queryItemValue(u"code_verifier"_qs);
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challenge(verifier), authorize.queryItemValue(u"code_challenge"_qs));

    for (const QString &secret : {verifier, u"the-code-0123456789"_qs, accessToken, refreshToken})
        QCOMPARE(Redactor::redact(secret), Redactor::placeholder().toString());

    // The listener is gone: the same callback again finds nothing.
    const Browser again = get(callbackUrl(prompt, u"code=other-code-0123456789&state="_qs + state));
    QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
}

void TestLoopbackSignIn::exchangeFailures_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("kind");
    QTest::newRow("invalid_grant (code expired)") << RawHttpServer::response(
        400, "{\"error\":\"invalid_grant\"}") << int(SignInError::Expired);
    QTest::newRow("invalid_client")
        << RawHttpServer::response(401, "{\"error\":\"invalid_client\"}")
        << int(SignInError::Refused);
    QTest::newRow("invalid_request (no PKCE for this client)") << RawHttpServer::response(
        400, "{\"error\":\"invalid_request\"}") << int(SignInError::Refused);
    QTest::newRow("500") << RawHttpServer::response(500, "{}") << int(SignInError::ServerError);
    QTest::newRow("html") << RawHttpServer::response(200, "<html></html>", "text/html")
                          << int(SignInError::BadAnswer);
    QTest::newRow("no access_token") << RawHttpServer::response(200, "{\"token_type\":\"bearer\"}")
                                     << int(SignInError::BadAnswer);
    QTest::newRow("dropped") << QByteArray() << int(SignInError::Unreachable);
}

void TestLoopbackSignIn::exchangeFailures()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, kind);
    m_tokenAnswers = {answer};
    const SignInPrompt prompt = startAndWait();
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    const Browser browser = get(callbackUrl(prompt, u"code=c0de-abcdefgh&state="_qs + state));
    QCOMPARE(browser.status, 400);
    QVERIFY(browser.body.contains("could not complete the sign-in"));
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<SignInError>();
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.detail.contains(u"c0de-abcdefgh"));
    QVERIFY(!m_flow->isSigningIn());
}

void TestLoopbackSignIn::deniedInTheBrowser()
{
    const SignInPrompt prompt = startAndWait({u"id"_qs, false, {}});
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    const Browser browser = get(callbackUrl(prompt, u"error=access_denied&state="_qs + state));
    QCOMPARE(browser.status, 400);
    QVERIFY(browser.body.contains("Deny was chosen"));
    QVERIFY(browser.body.contains("lang=\"id\""));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Denied);
    QCOMPARE(m_goAuth->requests().size(), 0);
}

void TestLoopbackSignIn::otherErrorInTheBrowser()
{
    const SignInPrompt prompt = startAndWait();
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    get(callbackUrl(prompt, u"error=invalid_scope&state="_qs + state));
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<SignInError>();
    QCOMPARE(error.kind, SignInError::Refused);
    QCOMPARE(error.oauthError, u"invalid_scope"_qs);
}

void TestLoopbackSignIn::wrongStateAndWrongPathDoNotEndTheWait()
{
    const SignInPrompt prompt = startAndWait();
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    QSignalSpy signedIn(m_flow.get(), &SignInFlow::signedIn);

    const Browser wrongState
        = get(callbackUrl(prompt, u"code=stolen-abcdefgh&state=an-old-state-from-another-tab"_qs));
    QCOMPARE(wrongState.status, 400);
    QVERIFY(wrongState.body.contains("belongs to another sign-in"));
    QUrl favicon = callbackUrl(prompt, {});
    favicon.setPath(u"/favicon.ico"_qs);
    QCOMPARE(get(favicon).status, 404);
    QUrl longer = callbackUrl(prompt, u"code=x-abcdefgh&state="_qs + state);
    longer.setPath(u"/gobiz/callback/x"_qs);
    QCOMPARE(get(longer).status, 404);
    QCOMPARE(failed.size(), 0);
    QVERIFY(m_flow->isSigningIn());
    QCOMPARE(m_goAuth->requests().size(), 0); // the wrong-state code was never exchanged

    QCOMPARE(get(callbackUrl(prompt, u"code=right-abcdefgh&state="_qs + state)).status, 200);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_goAuth->requests().size(), 1);
}

void TestLoopbackSignIn::browserTimeoutThenLateCallback()
{
    m_flow->setBrowserTimeout(std::chrono::milliseconds(150));
    const SignInPrompt prompt = startAndWait();
    QCOMPARE(prompt.expiresAt, fixedNow.addMSecs(150));
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Expired);
    const Browser late = get(callbackUrl(prompt, u"code=late-abcdefgh&state="_qs + state));
    QCOMPARE(late.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(m_goAuth->requests().size(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestLoopbackSignIn::cancelClosesTheListener()
{
    const SignInPrompt prompt = startAndWait();
    const QString state = QUrlQuery(prompt.loginUrl).queryItemValue(u"state"_qs);
    QSignalSpy failed(m_flow.get(), &SignInFlow::failed);
    m_flow->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::Cancelled);
    QVERIFY(!m_flow->isSigningIn());
    const Browser late = get(callbackUrl(prompt, u"code=late-abcdefgh&state="_qs + state));
    QCOMPARE(late.error, QNetworkReply::ConnectionRefusedError);
}

void TestLoopbackSignIn::portInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    m_client.redirectPort = occupant.serverPort();
    LoopbackSignIn flow(m_network.get(), m_client);
    QSignalSpy failed(&flow, &SignInFlow::failed);
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    flow.start({});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<SignInError>().kind, SignInError::ListenerFailed);
    QCOMPARE(waiting.size(), 0);
    QVERIFY(!flow.isSigningIn());
}

void TestLoopbackSignIn::fixedPortFromTheProfile()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    m_client.redirectPort = port;
    LoopbackSignIn flow(m_network.get(), m_client);
    QSignalSpy waiting(&flow, &SignInFlow::waitingForBrowser);
    flow.start({});
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(QUrlQuery(waiting.first().first().value<SignInPrompt>().loginUrl)
                 .queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded),
        u"http://127.0.0.1:%1/gobiz/callback"_qs.arg(port));
}

void TestLoopbackSignIn::refresh_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("renewal");
    const QString rotated = u"rt-rotated-00112233445566778899"_qs;
    QTest::newRow("rotated") << RawHttpServer::response(200, tokenBody(rotated)) << true << -1
                             << rotated;
    QTest::newRow("kept") << RawHttpServer::response(200, tokenBody(QString())) << true << -1
                          << refreshToken;
    QTest::newRow("invalid_grant") << RawHttpServer::response(400, "{\"error\":\"invalid_grant\"}")
                                   << false << int(SignInError::SessionEnded) << QString();
    QTest::newRow("503") << RawHttpServer::response(503, "{}") << false
                         << int(SignInError::ServerError) << QString();
    QTest::newRow("dropped") << QByteArray() << false << int(SignInError::Unreachable) << QString();
}

void TestLoopbackSignIn::refresh()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, renewal);
    m_tokenAnswers = {answer};
    QSignalSpy refreshed(m_flow.get(), &SignInFlow::refreshed);
    QSignalSpy refreshFailed(m_flow.get(), &SignInFlow::refreshFailed);
    m_flow->refresh(refreshToken);
    QVERIFY(ok ? refreshed.wait(5000) : refreshFailed.wait(5000));
    const QUrlQuery form(QString::fromLatin1(m_goAuth->requests().first().body));
    QCOMPARE(form.queryItemValue(u"grant_type"_qs), u"refresh_token"_qs);
    QCOMPARE(form.queryItemValue(u"refresh_token"_qs), refreshToken);
    QCOMPARE(form.queryItemValue(u"client_id"_qs), m_client.clientId);
    QVERIFY(!form.hasQueryItem(u"client_secret"_qs));
    if (ok) {
        const auto grant = refreshed.first().first().value<SignInGrant>();
        QCOMPARE(grant.renewal, renewal);
        QCOMPARE(grant.accessToken, accessToken);
        QCOMPARE(Redactor::redact(renewal), Redactor::placeholder().toString());
    } else {
        QCOMPARE(int(refreshFailed.first().first().value<SignInError>().kind), kind);
    }
}

void TestLoopbackSignIn::signOutNeedsNoRequest()
{
    QSignalSpy signedOut(m_flow.get(), &SignInFlow::signedOut);
    m_flow->signOut(refreshToken);
    QVERIFY(signedOut.wait(5000));
    QCOMPARE(signedOut.first().first().toBool(), true);
    QCOMPARE(m_goAuth->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestLoopbackSignIn)
#include "tst_loopbacksignin.moc"
