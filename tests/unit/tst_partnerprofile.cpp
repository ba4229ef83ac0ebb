// The partner profile: every field valid and invalid, secrets refused, the lookup order.
#include "signin/PartnerProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;

class TestPartnerProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void brokerProfile();
    void loopbackProfile();
    void defaultOAuthUrlFollowsEnvironment_data();
    void defaultOAuthUrlFollowsEnvironment();
    void refused_data();
    void refused();
    void secretsRefusedWithWhy_data();
    void secretsRefusedWithWhy();
    void lookupOrder();
    void brokenFileIsReportedNotSkipped();
    void commandLineFileMissing();
    void nothingFound();

private:
    static QByteArray withSignIn(
        const QByteArray &signIn, const QByteArray &environment = QByteArray("\"production\""));
    static void write(const QString &path, const QByteArray &bytes);
    QStringList m_written;
};

namespace {
const QByteArray broker = QByteArray(
    R"({"partner": "Kasir Maju POS", "environment": "production",
        "sign_in": {"flow": "broker", "broker_url": "https://pos.example.co.id/gobiz/"}})");
const QByteArray loopback = QByteArray(
    R"({"partner": "Kasir Maju POS", "environment": "sandbox",
        "sign_in": {"flow": "loopback-pkce", "client_id": "kasir-maju-desktop",
                    "scopes": ["openid", "offline", "partner:outlet:read", "partner:outlet:write"],
                    "redirect_port": 0}})");
} // namespace

QByteArray TestPartnerProfile::withSignIn(const QByteArray &signIn, const QByteArray &environment)
{
    return "{\"partner\": \"Kasir Maju POS\", \"environment\": " + environment
        + ", \"sign_in\": " + signIn + "}";
}

void TestPartnerProfile::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestPartnerProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GoBizTest"_qs);
    QCoreApplication::setApplicationName(u"tst_partnerprofile"_qs);
}

void TestPartnerProfile::cleanup()
{
    for (const QString &path : std::as_const(m_written))
        QFile::remove(path);
    m_written.clear();
}

void TestPartnerProfile::brokerProfile()
{
    const PartnerProfileCheck parsed = PartnerProfile::parse(broker);
    QVERIFY2(parsed.ok(), qPrintable(parsed.field + u": "_qs + parsed.problem));
    QCOMPARE(parsed.profile->partner, u"Kasir Maju POS"_qs);
    QCOMPARE(parsed.profile->environment, Environment::production());
    QCOMPARE(parsed.profile->flow, PartnerProfile::Flow::Broker);
    QCOMPARE(parsed.profile->brokerUrl, QUrl(u"https://pos.example.co.id/gobiz/"_qs));

    // A broker URL without its final slash gets one, so login/start stays under it.
    const PartnerProfileCheck noSlash = PartnerProfile::parse(
        withSignIn(R"({"flow": "broker", "broker_url": "http://127.0.0.1:8080/broker"})",
            R"("http://127.0.0.1:8080/")"));
    QVERIFY2(noSlash.ok(), qPrintable(noSlash.problem));
    QCOMPARE(noSlash.profile->brokerUrl, QUrl(u"http://127.0.0.1:8080/broker/"_qs));
    QCOMPARE(noSlash.profile->environment.kind(), Environment::Kind::Custom);
}

void TestPartnerProfile::loopbackProfile()
{
    const PartnerProfileCheck parsed = PartnerProfile::parse(loopback);
    QVERIFY2(parsed.ok(), qPrintable(parsed.field + u": "_qs + parsed.problem));
    const PartnerProfile &profile = *parsed.profile;
    QCOMPARE(profile.flow, PartnerProfile::Flow::LoopbackPkce);
    QCOMPARE(profile.clientId, u"kasir-maju-desktop"_qs);
    QCOMPARE(profile.scopes,
        (QStringList {
            u"openid"_qs, u"offline"_qs, u"partner:outlet:read"_qs, u"partner:outlet:write"_qs}));
    QCOMPARE(profile.redirectPort, quint16(0));
    QCOMPARE(profile.oauthUrl, QUrl(u"https://integration-goauth.gojekapi.com"_qs));

    const PartnerProfileCheck port = PartnerProfile::parse(withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "redirect_port": 65535,
            "oauth_url": "https://login.example.com/"})"));
    QVERIFY2(port.ok(), qPrintable(port.problem));
    QCOMPARE(port.profile->redirectPort, quint16(65535));
    QCOMPARE(port.profile->oauthUrl, QUrl(u"https://login.example.com/"_qs));
}

void TestPartnerProfile::defaultOAuthUrlFollowsEnvironment_data()
{
    QTest::addColumn<QByteArray>("environment");
    QTest::addColumn<QUrl>("oauthUrl");
    QTest::newRow("production") << QByteArray("\"production\"")
                                << QUrl(u"https://accounts.go-jek.com"_qs);
    QTest::newRow("sandbox") << QByteArray("\"sandbox\"")
                             << QUrl(u"https://integration-goauth.gojekapi.com"_qs);
    QTest::newRow("custom https") << QByteArray("\"https://gobiz.example.net/\"")
                                  << QUrl(u"https://gobiz.example.net/"_qs);
    QTest::newRow("demo on loopback")
        << QByteArray("\"http://127.0.0.1:41234/\"") << QUrl(u"http://127.0.0.1:41234/"_qs);
}

void TestPartnerProfile::defaultOAuthUrlFollowsEnvironment()
{
    QFETCH(QByteArray, environment);
    QFETCH(QUrl, oauthUrl);
    const PartnerProfileCheck parsed = PartnerProfile::parse(withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"]})", environment));
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    QCOMPARE(parsed.profile->oauthUrl, oauthUrl);
}

void TestPartnerProfile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const QByteArray okBroker = R"({"flow": "broker", "broker_url": "https://b.example.com/"})";
    QTest::newRow("not JSON") << QByteArray("{\"partner\": ") << QString() << u"not valid JSON"_qs;
    QTest::newRow("array") << QByteArray("[]") << QString() << u"one JSON object"_qs;
    QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << QString() << u"larger"_qs;
    QTest::newRow("partner missing")
        << QByteArray(R"({"environment": "production", "sign_in": )" + okBroker + "}")
        << u"partner"_qs << u"has no \"partner\""_qs;
    QTest::newRow("partner empty") << QByteArray(
        R"({"partner": "  ", "environment": "production", "sign_in": )" + okBroker + "}")
                                   << u"partner"_qs << u"1 to 100"_qs;
    QTest::newRow("partner number")
        << QByteArray(R"({"partner": 7, "environment": "production", "sign_in": )" + okBroker + "}")
        << u"partner"_qs << u"as text"_qs;
    QTest::newRow("partner too long")
        << QByteArray("{\"partner\": \"" + QByteArray(101, 'x').replace(10, 1, " ")
               + R"(", "environment": "production", "sign_in": )" + okBroker + "}")
        << u"partner"_qs << u"1 to 100"_qs;
    QTest::newRow("environment missing")
        << QByteArray(R"({"partner": "P", "sign_in": )" + okBroker + "}") << u"environment"_qs
        << u"has no"_qs;
    QTest::newRow("environment unknown") << withSignIn(okBroker, "\"staging\"") << u"environment"_qs
                                         << u"\"production\", \"sandbox\""_qs;
    QTest::newRow("environment http remote") << withSignIn(okBroker, "\"http://api.gobiz.co.id/\"")
                                             << u"environment"_qs << u"https://"_qs;
    QTest::newRow("environment with query")
        << withSignIn(okBroker, "\"https://api.gobiz.co.id/?a=b\"") << u"environment"_qs
        << u"https://"_qs;
    QTest::newRow("unknown top-level field") << QByteArray(
        R"({"partner": "P", "environment": "sandbox", "colour": "red", "sign_in": )" + okBroker
        + "}") << u"colour"_qs << u"does not know"_qs;
    QTest::newRow("sign_in missing") << QByteArray(R"({"partner": "P", "environment": "sandbox"})")
                                     << u"sign_in"_qs << u"has no"_qs;
    QTest::newRow("sign_in not object")
        << withSignIn("\"broker\"") << u"sign_in"_qs << u"an object"_qs;
    QTest::newRow("flow missing") << withSignIn("{}") << u"sign_in.flow"_qs << u"has no"_qs;
    QTest::newRow("flow unknown") << withSignIn(R"({"flow": "device-code"})") << u"sign_in.flow"_qs
                                  << u"\"broker\" or \"loopback-pkce\""_qs;
    QTest::newRow("broker_url missing")
        << withSignIn(R"({"flow": "broker"})") << u"sign_in.broker_url"_qs << u"has no"_qs;
    QTest::newRow("broker_url http remote")
        << withSignIn(R"({"flow": "broker", "broker_url": "http://pos.example.co.id/gobiz/"})")
        << u"sign_in.broker_url"_qs << u"https://"_qs;
    QTest::newRow("broker_url not a URL")
        << withSignIn(R"({"flow": "broker", "broker_url": "pos"})") << u"sign_in.broker_url"_qs
        << u"https://"_qs;
    QTest::newRow("broker_url fragment")
        << withSignIn(R"({"flow": "broker", "broker_url": "https://b.example.com/#x"})")
        << u"sign_in.broker_url"_qs << u"https://"_qs;
    QTest::newRow("broker with client_id") << withSignIn(
        R"({"flow": "broker", "broker_url": "https://b.example.com/", "client_id": "x"})")
                                           << u"sign_in.client_id"_qs << u"does not know"_qs;
    QTest::newRow("client_id missing")
        << withSignIn(R"({"flow": "loopback-pkce", "scopes": ["openid"]})")
        << u"sign_in.client_id"_qs << u"has no"_qs;
    QTest::newRow("client_id with space")
        << withSignIn(R"({"flow": "loopback-pkce", "client_id": "a b", "scopes": ["openid"]})")
        << u"sign_in.client_id"_qs << u"without spaces"_qs;
    QTest::newRow("client_id empty")
        << withSignIn(R"({"flow": "loopback-pkce", "client_id": "", "scopes": ["openid"]})")
        << u"sign_in.client_id"_qs << u"without spaces"_qs;
    QTest::newRow("scopes missing") << withSignIn(R"({"flow": "loopback-pkce", "client_id": "c"})")
                                    << u"sign_in.scopes"_qs << u"has no"_qs;
    QTest::newRow("scopes without openid")
        << withSignIn(R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["offline"]})")
        << u"sign_in.scopes"_qs << u"\"openid\""_qs;
    QTest::newRow("scopes as one string")
        << withSignIn(R"({"flow": "loopback-pkce", "client_id": "c", "scopes": "openid offline"})")
        << u"sign_in.scopes"_qs << u"list of scopes"_qs;
    QTest::newRow("scope with space")
        << withSignIn(R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid", "a b"]})")
        << u"sign_in.scopes"_qs << u"without spaces"_qs;
    QTest::newRow("redirect_port too big") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "redirect_port": 65536})")
                                           << u"sign_in.redirect_port"_qs << u"0 to 65535"_qs;
    QTest::newRow("redirect_port negative") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "redirect_port": -1})")
                                            << u"sign_in.redirect_port"_qs << u"0 to 65535"_qs;
    QTest::newRow("redirect_port fraction") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "redirect_port": 80.5})")
                                            << u"sign_in.redirect_port"_qs << u"whole number"_qs;
    QTest::newRow("redirect_port text") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "redirect_port": "8080"})")
                                        << u"sign_in.redirect_port"_qs << u"whole number"_qs;
    QTest::newRow("oauth_url http remote") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "oauth_url": "http://accounts.go-jek.com"})")
                                           << u"sign_in.oauth_url"_qs << u"https://"_qs;
    QTest::newRow("loopback with broker_url") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "broker_url": "https://b.example.com/"})")
                                              << u"sign_in.broker_url"_qs << u"does not know"_qs;
}

void TestPartnerProfile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const PartnerProfileCheck parsed = PartnerProfile::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.field, field);
    QVERIFY2(parsed.problem.contains(says), qPrintable(parsed.problem));
    QVERIFY(parsed.problem.endsWith(u'.'));
}

void TestPartnerProfile::secretsRefusedWithWhy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";
    QTest::newRow("client_secret") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid"], "client_secret": "s3cr3t"})")
                                   << u"sign_in.client_secret"_qs;
    QTest::newRow("top-level password") << QByteArray(
        R"({"partner": "P", "environment": "sandbox", "password": "x", "sign_in": {}})")
                                        << u"password"_qs;
    QTest::newRow("access_token even as a comment") << QByteArray(
        R"({"partner": "P", "_access_token": "x", "environment": "sandbox", "sign_in": {}})")
                                                    << u"_access_token"_qs;
    QTest::newRow("nested refresh token") << withSignIn(
        R"({"flow": "broker", "broker_url": "https://b.example.com/", "_x": {"refreshToken": "r"}})")
                                          << u"sign_in._x.refreshToken"_qs;
    QTest::newRow("JWT as partner")
        << QByteArray("{\"partner\": \"" + jwt + R"(", "environment": "sandbox", "sign_in": {}})")
        << u"partner"_qs;
    QTest::newRow("JWT as client_id") << withSignIn(
        "{\"flow\": \"loopback-pkce\", \"client_id\": \"" + jwt + "\", \"scopes\": [\"openid\"]}")
                                      << u"sign_in.client_id"_qs;
    QTest::newRow("bearer in a comment") << QByteArray(
        R"({"partner": "P", "_note": "Bearer abcdef123456", "environment": "sandbox", "sign_in": {}})")
                                         << u"_note"_qs;
    QTest::newRow("opaque token as scope") << withSignIn(
        R"({"flow": "loopback-pkce", "client_id": "c", "scopes": ["openid", "4f9c2d7e81b34a0c9e55d21f0b6a8c3d7e9f1a2b"]})")
                                           << u"sign_in.scopes[1]"_qs;
    QTest::newRow("password in broker_url")
        << withSignIn(R"({"flow": "broker", "broker_url": "https://pos:hunter2@b.example.com/"})")
        << u"sign_in.broker_url"_qs;
    QTest::newRow("key in broker_url query")
        << withSignIn(R"({"flow": "broker", "broker_url": "https://b.example.com/?api_key=abc"})")
        << u"sign_in.broker_url"_qs;
}

void TestPartnerProfile::secretsRefusedWithWhy()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const PartnerProfileCheck parsed = PartnerProfile::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.field, field);
    QVERIFY2(parsed.problem.contains(u"must hold no secret"), qPrintable(parsed.problem));
    // The sentence names the field, never the value.
    QVERIFY(!parsed.problem.contains(u"s3cr3t"));
    QVERIFY(!parsed.problem.contains(u"eyJhbGci"));
    QVERIFY(!parsed.problem.contains(u"hunter2"));
}

void TestPartnerProfile::lookupOrder()
{
    const QStringList paths = PartnerProfile::searchPaths();
    const QStringList app = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    const QStringList generic
        = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    QVERIFY(!app.isEmpty() && !generic.isEmpty());
    QCOMPARE(paths.first(), QDir(app.first()).filePath(u"partner.json"_qs));
    QVERIFY(paths.indexOf(QDir(generic.first()).filePath(u"partner.json"_qs))
        > paths.indexOf(QDir(app.last()).filePath(u"partner.json"_qs)));

    const QString appFile = paths.first();
    const QString genericFile = QDir(generic.first()).filePath(u"partner.json"_qs);
    QVERIFY(appFile.contains(u".qttest")); // test mode: never the real folders
    m_written << appFile << genericFile;

    write(genericFile, loopback);
    PartnerProfileLookup found = PartnerProfile::find();
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::Loaded);
    QCOMPARE(found.path, genericFile);
    QCOMPARE(found.parsed.profile->flow, PartnerProfile::Flow::LoopbackPkce);

    write(appFile, broker); // the application's own folder comes first
    found = PartnerProfile::find();
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::Loaded);
    QCOMPARE(found.path, appFile);
    QCOMPARE(found.parsed.profile->flow, PartnerProfile::Flow::Broker);
    QCOMPARE(found.parsed.profile->sourcePath, appFile);

    // --partner-profile wins over both.
    QTemporaryDir dir;
    const QString given = dir.filePath(u"kasir.json"_qs);
    write(given, loopback);
    found = PartnerProfile::find(given);
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::Loaded);
    QCOMPARE(found.path, given);
    QCOMPARE(PartnerProfile::searchPaths(given), QStringList {given});
}

void TestPartnerProfile::brokenFileIsReportedNotSkipped()
{
    const QString appFile = PartnerProfile::searchPaths().first();
    const QString genericFile
        = QDir(QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation).first())
              .filePath(u"partner.json"_qs);
    m_written << appFile << genericFile;
    write(genericFile, broker);
    write(appFile, R"({"partner": "P", "environment": "sandbox", "sign_in": {"flow": "x"}})");
    const PartnerProfileLookup found = PartnerProfile::find();
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::Refused);
    QCOMPARE(found.path, appFile);
    QCOMPARE(found.parsed.field, u"sign_in.flow"_qs);
    QVERIFY(!found.parsed.profile);
}

void TestPartnerProfile::commandLineFileMissing()
{
    const PartnerProfileLookup found = PartnerProfile::find(u"/nonexistent/partner.json"_qs);
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::Refused);
    QVERIFY2(found.parsed.problem.contains(u"no such file"), qPrintable(found.parsed.problem));
    QVERIFY(found.parsed.problem.contains(u"--partner-profile"));
}

void TestPartnerProfile::nothingFound()
{
    const PartnerProfileLookup found = PartnerProfile::find();
    QCOMPARE(found.outcome, PartnerProfileLookup::Outcome::NotFound);
    QVERIFY(found.path.isEmpty());
}

QTEST_GUILESS_MAIN(TestPartnerProfile)
#include "tst_partnerprofile.moc"
