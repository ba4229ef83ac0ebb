// The approveSignIn() seam and POST /_sandbox/sign-in: what the browser would be redirected to
// after Allow or Deny, the authorize checks that end in an error page (never a redirect) or in
// an error redirect, and the fixture's phones and sign-in settings in GET /_sandbox/state.
#include "SignInTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

class TestSandboxSignInSeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void approveRedirectsWithCodeOrDenial();
    void approveRefusesWithoutRedirect_data();
    void approveRefusesWithoutRedirect();
    void authorizeErrorsGoBackToTheClient_data();
    void authorizeErrorsGoBackToTheClient();
    void signInRoute();
    void stateListsPhonesAndSettings();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxSignInSeam::init()
{
    m_server = std::make_unique<SandboxServer>(awkwardFixture());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxSignInSeam::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxSignInSeam::approveRedirectsWithCodeOrDenial()
{
    const QUrl authorize = authorizeUrl(m_server->baseUrl());
    QString error;
    const QUrl allowed = m_server->approveSignIn(authorize, DemoPhones::owner(), true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(allowed.adjusted(QUrl::RemoveQuery).toString(), kLoopbackRedirect);
    QCOMPARE(queryValue(allowed, u"state"_s), kState);
    QVERIFY(queryValue(allowed, u"code"_s).size() >= 32);

    const QUrl denied = m_server->approveSignIn(authorize, u"0812-3456-0001"_s, false, &error);
    QCOMPARE(denied.adjusted(QUrl::RemoveQuery).toString(), kLoopbackRedirect);
    QCOMPARE(queryValue(denied, u"error"_s), u"access_denied"_s);
    QCOMPARE(queryValue(denied, u"state"_s), kState);
    QVERIFY(queryValue(denied, u"code"_s).isEmpty());
}

void TestSandboxSignInSeam::approveRefusesWithoutRedirect_data()
{
    QTest::addColumn<Params>("change");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown client") << Params {{u"client_id"_s, u"nobody"_s}}
                                    << DemoPhones::owner() << u"not known"_s;
    QTest::newRow("redirect without port")
        << Params {{u"redirect_uri"_s, u"http://127.0.0.1/gobiz/callback"_s}} << DemoPhones::owner()
        << u"not registered for this app"_s;
    QTest::newRow("redirect on localhost")
        << Params {{u"redirect_uri"_s, u"http://localhost:5000/gobiz/callback"_s}}
        << DemoPhones::owner() << u"redirect_uri"_s;
    QTest::newRow("redirect with other path")
        << Params {{u"redirect_uri"_s, u"http://127.0.0.1:5000/gobiz/callback/x"_s}}
        << DemoPhones::owner() << u"redirect_uri"_s;
    QTest::newRow("redirect missing") << Params {{u"redirect_uri"_s, QString()}}
                                      << DemoPhones::owner() << u"redirect_uri"_s;
    QTest::newRow("phone not registered") << Params {} << u"+6281200000000"_s
                                          << u"not registered"_s;
    QTest::newRow("not a phone") << Params {} << u"budi"_s << u"not registered"_s;
}

void TestSandboxSignInSeam::approveRefusesWithoutRedirect()
{
    QFETCH(Params, change);
    QFETCH(QString, phone);
    QFETCH(QString, errorPart);
    QString error;
    const QUrl redirect
        = m_server->approveSignIn(authorizeUrl(m_server->baseUrl(), change), phone, true, &error);
    QVERIFY(!redirect.isValid());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestSandboxSignInSeam::authorizeErrorsGoBackToTheClient_data()
{
    QTest::addColumn<Params>("change");
    QTest::addColumn<QString>("error");
    QTest::newRow("no openid") << Params {{u"scope"_s, u"offline partner:outlet:read"_s}}
                               << u"invalid_scope"_s;
    QTest::newRow("short state") << Params {{u"state"_s, u"1234567"_s}} << u"invalid_request"_s;
    QTest::newRow("no user_type") << Params {{u"user_type"_s, QString()}} << u"invalid_request"_s;
    QTest::newRow("no challenge") << Params {{u"code_challenge"_s, QString()}}
                                  << u"invalid_request"_s;
    QTest::newRow("plain challenge") << Params {{u"code_challenge_method"_s, u"plain"_s}}
                                     << u"invalid_request"_s;
    QTest::newRow("implicit grant") << Params {{u"response_type"_s, u"token"_s}}
                                    << u"unsupported_response_type"_s;
}

void TestSandboxSignInSeam::authorizeErrorsGoBackToTheClient()
{
    QFETCH(Params, change);
    QFETCH(QString, error);
    const QUrl redirect = m_server->approveSignIn(
        authorizeUrl(m_server->baseUrl(), change), DemoPhones::owner(), true);
    QCOMPARE(redirect.adjusted(QUrl::RemoveQuery).toString(), kLoopbackRedirect);
    QCOMPARE(queryValue(redirect, u"error"_s), error);
    QVERIFY(!queryValue(redirect, u"error_description"_s).isEmpty());
    QVERIFY(queryValue(redirect, u"code"_s).isEmpty());
}

void TestSandboxSignInSeam::signInRoute()
{
    const QUrl route = m_server->baseUrl().resolved(QUrl(u"_sandbox/sign-in"_s));
    const QString url = authorizeUrl(m_server->baseUrl()).toString();
    const HttpResult allowed = postJson(m_client->manager(), route,
        {{u"url"_s, url}, {u"phone"_s, DemoPhones::manager()}, {u"allow"_s, true}});
    QCOMPARE(allowed.status, 200);
    const QUrl redirect(allowed.json().value(u"redirect").toString());
    QCOMPARE(queryValue(redirect, u"state"_s), kState);
    QCOMPARE(postForm(m_client->manager(), m_server->baseUrl().resolved(QUrl(u"oauth2/token"_s)),
                 {{u"grant_type"_s, u"authorization_code"_s},
                     {u"code"_s, queryValue(redirect, u"code"_s)},
                     {u"redirect_uri"_s, kLoopbackRedirect},
                     {u"client_id"_s, u"gobiz-wizard-sandbox"_s}, {u"code_verifier"_s, kVerifier}})
                 .status,
        200);

    const HttpResult denied = postJson(m_client->manager(), route,
        {{u"url"_s, url}, {u"phone"_s, DemoPhones::manager()}, {u"allow"_s, false}});
    QCOMPARE(queryValue(QUrl(denied.json().value(u"redirect").toString()), u"error"_s),
        u"access_denied"_s);
    const HttpResult wrongPhone = postJson(m_client->manager(), route,
        {{u"url"_s, url}, {u"phone"_s, u"+6289999999999"_s}, {u"allow"_s, true}});
    QCOMPARE(wrongPhone.status, 400);
    QVERIFY(wrongPhone.json().value(u"error").toString().contains(u"not registered"_s));
    QCOMPARE(m_server->counters().total(), 1); // the token call; the seam is not counted
}

void TestSandboxSignInSeam::stateListsPhonesAndSettings()
{
    m_server->signInSettings().pollIntervalSeconds = 0.05;
    const HttpResult state = m_client->get("/_sandbox/state", QString());
    const QJsonArray phones = state.json().value(u"phones").toArray();
    QCOMPARE(phones.size(), 5); // four demo users and merchant B's owner
    QCOMPARE(phones.at(0).toObject().value(u"phone").toString(), DemoPhones::owner());
    QCOMPARE(phones.at(0).toObject().value(u"roles").toArray(), QJsonArray {u"owner"_s});
    QCOMPARE(phones.at(4).toObject().value(u"merchant").toString(), u"Other merchant"_s);
    const QJsonObject settings = state.json().value(u"sign_in").toObject();
    QCOMPARE(settings.value(u"token_lifetime").toInt(), 3600);
    QCOMPARE(settings.value(u"poll_interval").toDouble(), 0.05);
    QCOMPARE(settings.value(u"login_expiry").toInt(), 600);
}


QTEST_GUILESS_MAIN(TestSandboxSignInSeam)
#include "tst_sandbox_signinseam.moc"
