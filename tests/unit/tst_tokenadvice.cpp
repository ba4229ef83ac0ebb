#include "session/NetworkSettings.h"
#include "session/TokenAdvice.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;

class TestTokenAdvice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void advice_data();
    void advice();
    void tlsShowsTheCertificate();
    void rolesWarning();
    void networkSettingsValidate_data();
    void networkSettingsValidate();
    void networkSettingsNeverSaveThePassword();
};

void TestTokenAdvice::advice_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("canRetry");
    QTest::addColumn<QString>("nextStepMentions");

    using K = ApiError::Kind;
    using C = TokenAdvice::Category;
    QTest::newRow("401 production") << int(K::Unauthorized) << 401 << u"production"_qs
                                    << int(C::Token) << false << u"choose Sandbox"_qs;
    QTest::newRow("401 sandbox") << int(K::Unauthorized) << 401 << u"sandbox"_qs << int(C::Token)
                                 << false << u"another environment"_qs;
    QTest::newRow("404 wrong environment") << int(K::NotFound) << 404 << u"custom"_qs
                                           << int(C::Environment) << false << u"does not look like"_qs;
    QTest::newRow("network") << int(K::Network) << 0 << u"production"_qs << int(C::Network) << true
                             << u"Network settings"_qs;
    QTest::newRow("timeout") << int(K::Timeout) << 0 << u"production"_qs << int(C::Network) << true
                             << u"keeps happening"_qs;
    QTest::newRow("tls") << int(K::Tls) << 0 << u"production"_qs << int(C::Tls) << false
                         << u"not sent"_qs;
    QTest::newRow("server") << int(K::Server) << 503 << u"production"_qs << int(C::Server) << true
                            << u"not a problem with the token"_qs;
    QTest::newRow("protocol") << int(K::Protocol) << 200 << u"custom"_qs << int(C::Environment)
                              << true << u"environment"_qs;
    QTest::newRow("403") << int(K::Forbidden) << 403 << u"production"_qs << int(C::Token) << false
                         << u"owner"_qs;
}

void TestTokenAdvice::advice()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, environment);
    QFETCH(int, category);
    QFETCH(bool, canRetry);
    QFETCH(QString, nextStepMentions);
    ApiError error{ApiError::Kind(kind)};
    error.httpStatus = status;
    error.requestId = u"req-1"_qs;
    const Environment env = environment == u"sandbox" ? Environment::sandbox()
        : environment == u"custom" ? Environment::custom(QUrl(u"http://127.0.0.1:9/"_qs))
                                   : Environment::production();
    const TokenAdvice advice = TokenAdvice::forError(error, env, u"the system's proxy settings"_qs);
    QCOMPARE(int(advice.category), category);
    QCOMPARE(advice.canRetry, canRetry);
    QCOMPARE(advice.message, error.userMessage()); // one place phrases errors
    QVERIFY2(advice.nextStep.contains(nextStepMentions), qPrintable(advice.nextStep));
    // The message and the next step are read together: nothing is said twice (issue 8, 14).
    const QString both = advice.message + u' ' + advice.nextStep;
    for (const QString &phrase : {u"Sign in"_qs, u"paste"_qs, u"Try again"_qs})
        QVERIFY2(both.count(phrase, Qt::CaseInsensitive) <= 1, qPrintable(both));
    QVERIFY(advice.detail.contains(u"req-1"_qs));
}

void TestTokenAdvice::tlsShowsTheCertificate()
{
    ApiError error(ApiError::Kind::Tls);
    error.detail = u"The certificate is self-signed (subject: evil; issuer: evil; SHA-256: ab:cd)"_qs;
    const TokenAdvice advice = TokenAdvice::forError(error, Environment::production(), {});
    QVERIFY(advice.detail.contains(u"SHA-256: ab:cd"_qs));
    QVERIFY(!advice.canRetry); // only abort: never "ignore"
}

void TestTokenAdvice::rolesWarning()
{
    const QString warning = TokenAdvice::rolesWarning({u"cashier"_qs});
    QVERIFY(warning.contains(u"cashier"_qs));
    QVERIFY(warning.contains(u"owner"_qs));
    QVERIFY(TokenAdvice::rolesWarning({}).contains(u"none"_qs));
}

void TestTokenAdvice::networkSettingsValidate_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mentions"); // empty: valid
    using M = NetworkSettings::Mode;
    QTest::newRow("system") << int(M::System) << QString() << 0 << QString() << QString() << QString();
    QTest::newRow("none") << int(M::NoProxy) << QString() << 0 << QString() << QString() << QString();
    QTest::newRow("http ok") << int(M::Http) << u"proxy.local"_qs << 3128 << QString() << QString() << QString();
    QTest::newRow("socks with user") << int(M::Socks5) << u"10.0.0.1"_qs << 1080 << u"budi"_qs << u"pw"_qs << QString();
    QTest::newRow("no host") << int(M::Http) << QString() << 3128 << QString() << QString() << u"host"_qs;
    QTest::newRow("scheme in host") << int(M::Http) << u"http://proxy"_qs << 3128 << QString() << QString() << u"http://"_qs;
    QTest::newRow("space in host") << int(M::Http) << u"pro xy"_qs << 3128 << QString() << QString() << u"cannot have"_qs;
    QTest::newRow("no port") << int(M::Http) << u"proxy"_qs << 0 << QString() << QString() << u"port"_qs;
    QTest::newRow("password without user") << int(M::Http) << u"proxy"_qs << 8080 << QString() << u"pw"_qs << u"user name"_qs;
}

void TestTokenAdvice::networkSettingsValidate()
{
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, mentions);
    NetworkSettings s{NetworkSettings::Mode(mode), host, quint16(port), user, password};
    const QString problem = s.validate();
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!s.describe().contains(password.isEmpty() ? u"\x01"_qs : password));
    } else {
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
}

void TestTokenAdvice::networkSettingsNeverSaveThePassword()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_qs), QSettings::IniFormat);
    NetworkSettings s{NetworkSettings::Mode::Http, u"proxy.local"_qs, 3128, u"budi"_qs, u"hunter2"_qs};
    s.save(settings);
    settings.sync();
    QFile file(dir.filePath(u"s.ini"_qs));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("hunter2"));
    QVERIFY(written.contains("proxy.local"));
    const NetworkSettings loaded = NetworkSettings::load(settings);
    QCOMPARE(loaded.mode, NetworkSettings::Mode::Http);
    QCOMPARE(loaded.host, u"proxy.local"_qs);
    QCOMPARE(loaded.port, quint16(3128));
    QCOMPARE(loaded.user, u"budi"_qs);
    QVERIFY(loaded.password.isEmpty());
    QCOMPARE(loaded.proxy().type(), QNetworkProxy::HttpProxy);
}

QTEST_GUILESS_MAIN(TestTokenAdvice)
#include "tst_tokenadvice.moc"
