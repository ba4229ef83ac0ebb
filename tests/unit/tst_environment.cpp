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
