// Sign in with GoBiz with a real browser: Debian's chromium, driven through chromium-driver and
// python3-selenium (tests/browser/sign_in_browser.py), opens the link the wizard hands to "the
// system browser", types the phone number, reads the one-time code from the sandbox's page and
// allows or denies; the wizard runs in this process (offscreen) and must list the merchant's
// outlets. Once per flow, once with Deny, once with a wrong phone number, once with Use another
// GoBiz account. scripts/setup-debian.sh installs the browser and the driver.
#include "SignInWizardSupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace gobiz;
using namespace gobiz::testing;
using namespace Qt::StringLiterals;

#ifndef GOBIZ_BROWSER_SCRIPT
#error "GOBIZ_BROWSER_SCRIPT must name tests/browser/sign_in_browser.py"
#endif

namespace {

// Debian's Python, which sees Debian's python3-selenium (a python3 earlier on PATH may not).
const QString kPython = u"/usr/bin/python3"_s;

struct BrowserRun
{
    QString outcome; // "done", "not_registered", "wrong_pairing_code", "error"
    bool loginPageShown = false;
    QString text;
};

} // namespace

class TestSignInBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void brokerFlow();
    void loopbackFlow();
    void denyInTheBrowser();
    void wrongPhoneNumber();
    void anotherAccount();

private:
    // Runs the browser on url as a person would; false and a failed test when it could not run.
    bool runBrowser(const QUrl &url, const QString &phone, bool allow, BrowserRun *run,
                    const QString &pairingCode = {});

    QTemporaryDir m_browserProfile; // one browser profile: it remembers who signed in
};

void TestSignInBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const QString &tool : {u"/usr/bin/chromium"_s, u"/usr/bin/chromedriver"_s, kPython}) {
        QVERIFY2(QFileInfo(tool).isExecutable(),
                 qPrintable(tool + u" is missing: run scripts/setup-debian.sh"_s));
    }
    QVERIFY(m_browserProfile.isValid());
}

bool TestSignInBrowser::runBrowser(const QUrl &url, const QString &phone, bool allow,
                                   BrowserRun *run, const QString &pairingCode)
{
    if (!url.isValid())
        return false; // the failure was reported where the link was expected
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(kPython, {QString::fromUtf8(GOBIZ_BROWSER_SCRIPT)});
    if (!process.waitForStarted(10000)) {
        QTest::qFail("python3 did not start", __FILE__, __LINE__);
        return false;
    }
    // The link carries the sign-in's state: on stdin, never on a command line.
    QJsonObject request{{u"url"_s, url.toString(QUrl::FullyEncoded)},
                        {u"phone"_s, phone},
                        {u"decision"_s, allow ? u"allow"_s : u"deny"_s},
                        {u"profile_dir"_s, m_browserProfile.path()}};
    if (!pairingCode.isEmpty())
        request.insert(u"pairing_code"_s, pairingCode);
    process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    // The event loop keeps running meanwhile: the wizard in this process answers the browser.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(120000)) {
        process.kill();
        QTest::qFail("the browser did not finish within two minutes", __FILE__, __LINE__);
        return false;
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run->outcome = answer.value(u"outcome"_s).toString();
    run->loginPageShown = answer.value(u"login_page_shown"_s).toBool();
    run->text = answer.value(u"text"_s).toString();
    if (process.exitCode() != 0 || run->outcome == u"error"_s) {
        QTest::qFail(qPrintable(u"the browser failed: "_s + run->text
                                + QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestSignInBrowser::brokerFlow()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(openSignInPage(h, brokerProfile(*h.server)));
    const QUrl login = clickForLoginLink(h, browser, "signInButton");
    QVERIFY(login.isValid());
    FIND_CHILD(QLabel, code, h.wizard.get(), "pairingCode");
    QTRY_VERIFY(!code->text().isEmpty());
    BrowserRun run;
    // The broker's page must show the pairing code the wizard shows.
    QVERIFY(runBrowser(login, phoneOf(*h.server, 0), true, &run, code->text()));
    QCOMPARE(run.outcome, u"done"_s);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 20000);
    QCOMPARE(h.model()->rowCount(), h.server->fixture().merchants.at(0).outlets.size());
}

void TestSignInBrowser::loopbackFlow()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(openSignInPage(h, loopbackProfile(*h.server)));
    const QUrl authorize = clickForLoginLink(h, browser, "signInButton");
    QVERIFY(authorize.isValid());
    BrowserRun run;
    QVERIFY(runBrowser(authorize, phoneOf(*h.server, 0), true, &run));
    QCOMPARE(run.outcome, u"done"_s);
    // The browser's last page is the wizard's own, after the exchange.
    QVERIFY2(run.text.contains(u"signed in"_s, Qt::CaseInsensitive), qPrintable(run.text));
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 20000);
    QCOMPARE(h.model()->rowCount(), h.server->fixture().merchants.at(0).outlets.size());
}

void TestSignInBrowser::denyInTheBrowser()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(openSignInPage(h, loopbackProfile(*h.server)));
    const QUrl authorize = clickForLoginLink(h, browser, "signInButton");
    QVERIFY(authorize.isValid());
    BrowserRun run;
    QVERIFY(runBrowser(authorize, phoneOf(*h.server, 0), false, &run));
    QCOMPARE(run.outcome, u"done"_s);
    FIND_CHILD(InlineMessage, status, h.wizard.get(), "signInStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Deny"_s), 20000);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QVERIFY(!h.controller->hasAcceptedToken());
}

void TestSignInBrowser::wrongPhoneNumber()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(openSignInPage(h, brokerProfile(*h.server)));
    const QUrl login = clickForLoginLink(h, browser, "signInButton");
    QVERIFY(login.isValid());
    BrowserRun run;
    QVERIFY(runBrowser(login, u"+6289999999999"_s, true, &run));
    QCOMPARE(run.outcome, u"not_registered"_s);
    QVERIFY2(run.text.contains(u"not registered"_s, Qt::CaseInsensitive), qPrintable(run.text));
    // The wizard still waits (the person can try another number) and says which one to use.
    FIND_CHILD(QWidget, waiting, h.wizard.get(), "signInWaitPanel");
    QVERIFY(waiting->isVisible());
    QVERIFY(!h.controller->hasAcceptedToken());
}

void TestSignInBrowser::anotherAccount()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(openSignInPage(h, loopbackProfile(*h.server)));
    BrowserRun first;
    QVERIFY(runBrowser(clickForLoginLink(h, browser, "signInButton"), phoneOf(*h.server, 0), true, &first));
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 20000);
    const int ownerOutlets = h.model()->rowCount();

    // Back on the sign-in page: the browser still knows the owner, so only "Use another GoBiz
    // account" shows GoBiz's login page again, where the manager signs in.
    h.wizard->back();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    BrowserRun second;
    QVERIFY(runBrowser(clickForLoginLink(h, browser, "anotherAccountButton"), phoneOf(*h.server, 1), true,
                       &second));
    QVERIFY(second.loginPageShown);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 20000);
    const auto &manager = h.server->fixture().merchants.at(0).users.at(1);
    QCOMPARE(h.model()->rowCount(), manager.outletIds->size());
    QVERIFY(h.model()->rowCount() < ownerOutlets);
}

QTEST_MAIN(TestSignInBrowser)
#include "tst_signinbrowser.moc"
