// gobiz-outlets login / logout with a partner profile (the sandbox plays GoBiz's login and the
// partner's broker), in a private keychain (tests/support/with-keyring.sh): the link and the
// pairing code on stderr, the sign-in remembered and used by the next command with no token
// anywhere, logout, a denied sign-in, and every secret the sandbox issued scanned for.
#include "CliProcess.h"
#include "SecretScan.h"

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QRegularExpression>

using namespace gobiz;
using namespace gobiz::sandbox;

class TestCliLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withoutAProfile();
    void signInRememberedAndUsed();
    void deniedSignIn();

private:
    void preparePrivateKeyring(CliHome &home);
    QString writeProfile(const QString &folder) const;
    QStringList at(const QStringList &arguments, const QString &profile) const
    {
        return arguments
            + QStringList{u"--base-url"_qs, m_server.baseUrl().toString(), u"--partner-profile"_qs,
                          profile};
    }
    // Runs login, approving (or denying) the sign-in as the person in the browser would.
    void login(CliHome &home, const QString &profile, bool allow, CliResult *result);

    SandboxServer m_server{FixtureGenerator::fixture(6, 3)};
};

void TestCliLogin::initTestCase()
{
    if (qEnvironmentVariable("GOBIZ_PRIVATE_KEYRING") != u"1")
        QSKIP("needs the private keyring of tests/support/with-keyring.sh");
    QVERIFY(m_server.start());
}

void TestCliLogin::preparePrivateKeyring(CliHome &home)
{
    // The private session bus of with-keyring.sh, not "disabled:".
    home.environment().insert(u"DBUS_SESSION_BUS_ADDRESS"_qs,
                              qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
}

QString TestCliLogin::writeProfile(const QString &folder) const
{
    QFile file(folder + u"/partner.json"_qs);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QByteArray base = m_server.baseUrl().toString().toUtf8();
    file.write(R"({"partner": "Kasir Uji POS", "environment": ")" + base
               + R"(", "sign_in": {"flow": "broker", "broker_url": ")" + base + R"(broker/"}})");
    return file.fileName();
}

void TestCliLogin::login(CliHome &home, const QString &profile, bool allow, CliResult *result)
{
    QProcess process;
    home.start(process, at({u"login"_qs}, profile));
    QByteArray err;
    QUrl link;
    static const QRegularExpression linkLine(u"^  (http\\S+)$"_qs,
                                             QRegularExpression::MultilineOption);
    QTRY_VERIFY2_WITH_TIMEOUT(
        (err += process.readAllStandardError(),
         linkLine.match(QString::fromUtf8(err)).hasMatch()
             && err.contains("Pairing code: ")),
        err.constData(), 20000);
    link = QUrl(linkLine.match(QString::fromUtf8(err)).captured(1));
    QString error;
    m_server.approveSignIn(link, DemoPhones::owner(), allow, &error);
    QVERIFY2(error.isEmpty() || !allow, qPrintable(error));
    *result = CliHome::finish(process);
    result->err.prepend(err);
}

void TestCliLogin::withoutAProfile()
{
    CliHome home;
    const CliResult result = home.run({u"login"_qs, u"--base-url"_qs, m_server.baseUrl().toString()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.all().contains(u"partner profile"_qs));
}

void TestCliLogin::signInRememberedAndUsed()
{
    CliHome home;
    preparePrivateKeyring(home);
    const QString profile = writeProfile(home.path());
    QList<CliResult> results{CliResult()};
    login(home, profile, true, &results.last());
    QCOMPARE(results.last().exitCode, 0);
    QVERIFY2(results.last().all().contains(u"Remembered on this computer as"_qs),
             results.last().err.constData());

    // The next commands find the sign-in in the keychain: no token given anywhere.
    results << home.run(at({u"outlets"_qs, u"--csv"_qs}, profile));
    QCOMPARE(results.last().exitCode, 0);
    QCOMPARE(results.last().out.count('\n'), 7);
    results << home.run(at({u"link"_qs, m_server.fixture().merchants.first().outlets.at(1).id,
                            u"--product"_qs, u"payment"_qs, u"--external-id=POS-1"_qs},
                           profile));
    QCOMPARE(results.last().exitCode, 0);
    results << home.run(at({u"status"_qs}, profile));
    QVERIFY(results.last().all().contains(u"Remembered: --account"_qs));

    results << home.run(at({u"logout"_qs}, profile));
    QCOMPARE(results.last().exitCode, 0);
    QVERIFY(results.last().all().contains(u"Signed out"_qs));
    results << home.run(at({u"outlets"_qs}, profile));
    QCOMPARE(results.last().exitCode, 4);
    QVERIFY(results.last().all().contains(u"No access token"_qs));

    QStringList hits;
    const QStringList secrets = m_server.issuedSecrets();
    QVERIFY(!secrets.isEmpty());
    for (const QString &secret : secrets) {
        hits += SecretScan::scanTree(home.path(), secret);
        for (const CliResult &result : std::as_const(results))
            hits += SecretScan::scanBytes(result.out + result.err, secret, u"output"_qs);
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
}

void TestCliLogin::deniedSignIn()
{
    CliHome home;
    preparePrivateKeyring(home);
    const QString profile = writeProfile(home.path());
    CliResult result;
    login(home, profile, false, &result);
    QCOMPARE(result.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_clilogin.moc"
