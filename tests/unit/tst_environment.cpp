#include "api/AccessToken.h"
#include "api/BaseUrlInput.h"
#include "api/Environment.h"
#include "api/GoBizClient.h"

#include <QTest>

using namespace gobiz;

class TestEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void documentedHosts();
    void validateBaseUrl_data();
    void validateBaseUrl();
    void keysRoundTrip();
    void demoIsNamedWithoutItsPort();
    void parseBaseUrl_data();
    void parseBaseUrl();
    void looksLikeToken_data();
    void looksLikeToken();
    void endpointUrlEncodesSegments_data();
    void endpointUrlEncodesSegments();
};

void TestEnvironment::documentedHosts()
{
    QCOMPARE(Environment::production().baseUrl(), QUrl(u"https://api.gobiz.co.id"_qs));
    QCOMPARE(Environment::sandbox().baseUrl(), QUrl(u"https://api.partner-sandbox.gobiz.co.id"_qs));
    QVERIFY(Environment::validateBaseUrl(Environment::production().baseUrl()).isEmpty());
    QVERIFY(Environment::validateBaseUrl(Environment::sandbox().baseUrl()).isEmpty());
}

void TestEnvironment::validateBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("https host") << u"https://example.com"_qs << true << QString();
    QTest::newRow("https with path") << u"https://example.com/gobiz/"_qs << true << QString();
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_qs << true << QString();
    QTest::newRow("http loopback 127.x") << u"http://127.1.2.3:8080"_qs << true << QString();
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_qs << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080"_qs << true << QString();
    QTest::newRow("http remote") << u"http://api.gobiz.co.id"_qs << false << u"https://"_qs;
    QTest::newRow("http private range") << u"http://192.168.1.10"_qs << false << u"unencrypted"_qs;
    QTest::newRow("http lookalike localhost") << u"http://localhost.evil.com"_qs << false << u"https://"_qs;
    QTest::newRow("http 127 lookalike") << u"http://127.0.0.1.nip.io"_qs << false << u"https://"_qs;
    QTest::newRow("ftp") << u"ftp://example.com"_qs << false << u"ftp"_qs;
    QTest::newRow("empty") << QString() << false << u"https://api.gobiz.co.id"_qs;
    QTest::newRow("no host") << u"https://"_qs << false << u"not a web address"_qs;
    QTest::newRow("user info") << u"https://user:pw@example.com"_qs << false << u"user name"_qs;
    QTest::newRow("query") << u"https://example.com/?a=b"_qs << false << u"?"_qs;
    // Only BaseUrlInput removes it from what a person typed; a URL that still has it is refused.
    QTest::newRow("API path") << u"https://example.com/integrations/partner/v1/token-info"_qs
                              << false << u"/integrations/partner/v1/token-info"_qs;
    QTest::newRow("API prefix") << u"https://example.com/gobiz/integrations"_qs << false
                                << u"/integrations"_qs;
    QTest::newRow("a segment that only looks alike") << u"https://example.com/integrations-v2/"_qs
                                                     << true << QString();
}

void TestEnvironment::validateBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(QString, messageMentions);
    const QString message = Environment::validateBaseUrl(QUrl(url));
    QCOMPARE(message.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(message.contains(messageMentions), qPrintable(message));
}

void TestEnvironment::keysRoundTrip()
{
    for (const Environment &environment : {Environment::production(), Environment::sandbox(),
                                           Environment::custom(QUrl(u"http://127.0.0.1:1"_qs))}) {
        QCOMPARE(Environment::kindFromKey(environment.key()), environment.kind());
        QVERIFY(!environment.displayName().isEmpty());
    }
    QCOMPARE(Environment::kindFromKey(u"staging"), std::nullopt);
}

void TestEnvironment::demoIsNamedWithoutItsPort()
{
    const Environment first = Environment::demo(QUrl(u"http://127.0.0.1:41001/"_qs));
    const Environment second = Environment::demo(QUrl(u"http://127.0.0.1:52002/"_qs));
    QCOMPARE(first.kind(), Environment::Kind::Custom);
    QVERIFY(first.isDemo());
    QVERIFY(!Environment::custom(first.baseUrl()).isDemo());
    QCOMPARE(first.key(), u"demo"_qs);
    QCOMPARE(first.key(), second.key());
    QCOMPARE(first.displayName(), second.displayName());
    QVERIFY2(!first.displayName().contains(u"41001"), qPrintable(first.displayName()));
    QVERIFY(!(first == Environment::custom(first.baseUrl())));
    QVERIFY(Environment::validateBaseUrl(first.baseUrl()).isEmpty());
}

void TestEnvironment::parseBaseUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::addColumn<QString>("mentions"); // in the problem, or in the note when accepted
    QTest::addColumn<bool>("tokenLike");

    QTest::newRow("https") << u"https://api.example.com"_qs << u"https://api.example.com"_qs
                           << QString() << false;
    QTest::newRow("trimmed") << u"  http://127.0.0.1:8765/ \n"_qs << u"http://127.0.0.1:8765/"_qs
                             << QString() << false;
    QTest::newRow("empty") << u"   "_qs << QString() << u"Enter the API address"_qs << false;
    QTest::newRow("port out of range") << u"http://127.0.0.1:99999/"_qs << QString()
                                       << u"1 to 65535"_qs << false;
    QTest::newRow("port zero") << u"http://127.0.0.1:0/"_qs << QString() << u"1 to 65535"_qs
                               << false;
    QTest::newRow("port not a number") << u"http://localhost:80a/"_qs << QString()
                                       << u"\"80a\""_qs << false;
    QTest::newRow("port 65535") << u"http://[::1]:65535"_qs << u"http://[::1]:65535"_qs
                                << QString() << false;
    QTest::newRow("IPv6 without port") << u"http://[::1]/"_qs << u"http://[::1]/"_qs << QString()
                                       << false;
    QTest::newRow("no scheme") << u"api.example.com"_qs << QString()
                               << u"https://api.example.com"_qs << false;
    QTest::newRow("no scheme, with port") << u"127.0.0.1:8765"_qs << QString() << u"https://"_qs
                                          << false;
    QTest::newRow("other scheme") << u"ftp://example.com"_qs << QString() << u"\"ftp\""_qs
                                  << false;
    QTest::newRow("http to a remote host") << u"http://api.example.com"_qs << QString()
                                           << u"unencrypted"_qs << false;
    QTest::newRow("space inside") << u"https://api.example .com"_qs << QString()
                                  << u"character 20"_qs << false;
    QTest::newRow("token-info path")
        << u"https://api.example.com/integrations/partner/v1/token-info"_qs
        << u"https://api.example.com/"_qs << u"/integrations/partner/v1/token-info"_qs << false;
    QTest::newRow("link path under a base path")
        << u"http://127.0.0.1:8765/gobiz/integrations/partner/outlets/G1/v1/link/gofood"_qs
        << u"http://127.0.0.1:8765/gobiz/"_qs << u"http://127.0.0.1:8765/gobiz/"_qs << false;
    QTest::newRow("API path with a query stays refused")
        << u"https://api.example.com/integrations/partner/v1/token-info?x=1"_qs << QString()
        << u"?"_qs << false;
    QTest::newRow("token") << u"sandbox-demo-owner-token"_qs << QString()
                           << u"looks like an access token"_qs << true;
    QTest::newRow("bearer token") << u"Bearer abc.def"_qs << QString()
                                  << u"Access token page"_qs << true;
}

void TestEnvironment::parseBaseUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QFETCH(bool, tokenLike);
    const BaseUrlInput input = BaseUrlInput::parse(typed);
    QCOMPARE(input.isAcceptable(), !url.isEmpty());
    QCOMPARE(input.looksLikeToken, tokenLike);
    if (input.isAcceptable()) {
        QCOMPARE(input.url, QUrl(url));
        QVERIFY(Environment::validateBaseUrl(input.url).isEmpty());
        QCOMPARE(input.note.isEmpty(), mentions.isEmpty());
        QVERIFY2(input.note.contains(mentions), qPrintable(input.note));
    } else {
        QVERIFY2(input.problem.contains(mentions), qPrintable(input.problem));
        // Something a person can act on, never Qt's empty rendering of an invalid URL.
        QVERIFY2(!input.problem.contains(u"\"\""), qPrintable(input.problem));
    }
    if (tokenLike)
        QVERIFY2(!input.problem.contains(typed.trimmed()), qPrintable(input.problem));
}

void TestEnvironment::looksLikeToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tokenLike");

    QTest::newRow("demo token") << u"sandbox-demo-owner-token"_qs << true;
    QTest::newRow("JWT") << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"_qs << true;
    QTest::newRow("short JWT-like") << u"eyJa.eyJb.c"_qs << true;
    QTest::newRow("bearer") << u"Bearer x"_qs << true;
    QTest::newRow("authorization header") << u"Authorization: Bearer abc"_qs << true;
    QTest::newRow("opaque") << u"a8F3kL0qZx9Wm2Pn7Rt5Yv1B"_qs << true;
    QTest::newRow("URL") << u"https://api.gobiz.co.id/"_qs << false;
    QTest::newRow("host name") << u"api.partner-sandbox.gobiz.co.id"_qs << false;
    QTest::newRow("host and path") << u"api.partner-sandbox.gobiz.co.id/some/long/path"_qs
                                   << false;
    QTest::newRow("IPv4 and port") << u"127.0.0.1:8765/with/a/path"_qs << false;
    QTest::newRow("environment name") << u"production"_qs << false;
    QTest::newRow("language") << u"id"_qs << false;
    QTest::newRow("short word") << u"SECRET-VALUE"_qs << false;
    QTest::newRow("sentence") << u"this is not a token at all"_qs << false;
}

void TestEnvironment::looksLikeToken()
{
    QFETCH(QString, text);
    QFETCH(bool, tokenLike);
    QCOMPARE(AccessToken::looksLikeToken(text), tokenLike);
}

void TestEnvironment::endpointUrlEncodesSegments_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("outletId");
    QTest::addColumn<QByteArray>("encodedPath");

    QTest::newRow("plain") << u"https://h"_qs << u"G000012345"_qs
                           << QByteArray("/integrations/partner/outlets/G000012345/v1/link/gofood");
    QTest::newRow("base path, trailing slash") << u"https://h/api/"_qs << u"G1"_qs
                                               << QByteArray("/api/integrations/partner/outlets/G1/v1/link/gofood");
    QTest::newRow("slash in id") << u"https://h"_qs << u"a/b"_qs
                                 << QByteArray("/integrations/partner/outlets/a%2Fb/v1/link/gofood");
    QTest::newRow("space and question mark") << u"https://h"_qs << u"a b?c#d"_qs
                                             << QByteArray("/integrations/partner/outlets/a%20b%3Fc%23d/v1/link/gofood");
    // Dot segments would be resolved into another endpoint even when percent-encoded.
    QTest::newRow("dot-dot refused") << u"https://h"_qs << u".."_qs << QByteArray();
    QTest::newRow("single dot refused") << u"https://h"_qs << u"."_qs << QByteArray();
    QTest::newRow("empty refused") << u"https://h"_qs << QString() << QByteArray();
    QTest::newRow("dots inside stay") << u"https://h"_qs << u"a.b"_qs
                                      << QByteArray("/integrations/partner/outlets/a.b/v1/link/gofood");
    QTest::newRow("percent") << u"https://h"_qs << u"100%"_qs
                             << QByteArray("/integrations/partner/outlets/100%25/v1/link/gofood");
    QTest::newRow("unicode") << u"https://h"_qs << u"é"_qs
                             << QByteArray("/integrations/partner/outlets/%C3%A9/v1/link/gofood");
}

void TestEnvironment::endpointUrlEncodesSegments()
{
    QFETCH(QString, base);
    QFETCH(QString, outletId);
    QFETCH(QByteArray, encodedPath);
    const QUrl url = GoBizClient::endpointUrl(QUrl(base), {u"integrations"_qs, u"partner"_qs,
                                                           u"outlets"_qs, outletId, u"v1"_qs,
                                                           u"link"_qs, u"gofood"_qs});
    QCOMPARE(url.isValid(), !encodedPath.isEmpty());
    if (url.isValid())
        QCOMPARE(url.path(QUrl::FullyEncoded).toLatin1(), encodedPath);
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
