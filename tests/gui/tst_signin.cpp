// Sign in with GoBiz on the token page, both flows, against the sandbox's GoAuth and broker:
// the real wizard and controller, real HTTP over loopback, the wizard's own 127.0.0.1 listener;
// only the person in the browser is played by the sandbox's seam (approveSignIn), which walks
// the same pages a browser would (tst_signinbrowser does it in chromium).
#include "SignInWizardSupport.h"
#include "SignInPanel.h"
#include "diagnostics/Redactor.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace gobiz;
using namespace gobiz::testing;
using namespace Qt::StringLiterals;

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withoutProfilePasteOnly();
    void brokerFlowListsTheOutlets();
    void loopbackFlowListsTheOutlets();
    void anotherAccountAsksForTheLoginPage();
    void deniedSaysSoAndOffersAgain_data();
    void deniedSaysSoAndOffersAgain();
    void cancelStopsWaiting();
    void pasteInsteadStillWorks();
    void rememberedSignInStartsByItself();
    void failedRenewalOffersSignInAgain();
    void theLastMerchantAgainIsSaid();

private:
    // Profile set, on the token page, Sign in pressed (or Use another account): the link the
    // wizard gave the browser, or an empty URL and a failed test.
    QUrl pressSignIn(WizardHarness &h, const PartnerProfile &profile, BrowserStandIn &browser,
                     bool anotherAccount = false);
    // The browser side of the loopback flow: the redirect GoAuth sends the browser to, opened
    // against the wizard's listener. Returns the page's body.
    QByteArray followRedirect(const QUrl &redirect);
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QUrl TestSignIn::pressSignIn(WizardHarness &h, const PartnerProfile &profile,
                             BrowserStandIn &browser, bool anotherAccount)
{
    if (!openSignInPage(h, profile)) {
        QTest::qFail("the token page did not show", __FILE__, __LINE__);
        return {};
    }
    return clickForLoginLink(h, browser, anotherAccount ? "anotherAccountButton" : "signInButton");
}

QByteArray TestSignIn::followRedirect(const QUrl &redirect)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(redirect));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

void TestSignIn::withoutProfilePasteOnly()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(SignInPanel, panel, h.wizard.get(), "signInPanel");
    FIND_CHILD(QLineEdit, tokenEdit, h.wizard.get(), "tokenEdit");
    QVERIFY(!panel->isVisible());
    QVERIFY(tokenEdit->isVisible());
    QCOMPARE(h.wizard->currentPage()->title(), u"Access token"_s);
}

void TestSignIn::brokerFlowListsTheOutlets()
{
    WizardHarness h;
    BrowserStandIn browser;
    const QUrl login = pressSignIn(h, brokerProfile(*h.server), browser);
    QVERIFY(login.isValid());
    QCOMPARE(h.wizard->currentPage()->title(), u"Sign in"_s);
    FIND_CHILD(QLabel, code, h.wizard.get(), "pairingCode");
    QTRY_VERIFY(code->isVisible());
    QVERIFY(!code->text().isEmpty());
    // Only the broker's link reaches the browser: no secret in it.
    QVERIFY(login.path().contains(u"/broker/login/"_s));

    QString error;
    QVERIFY2(h.server->approveSignIn(login, phoneOf(*h.server, 0), true, &error).isValid(),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    QCOMPARE(h.model()->rowCount(), h.server->fixture().merchants.at(0).outlets.size());
    QVERIFY(h.controller->isSignedIn());

    // Back on the page: who is signed in, and Sign out ends it at the broker too.
    h.wizard->back();
    FIND_CHILD(QPushButton, signOut, h.wizard.get(), "signOutButton");
    QVERIFY(signOut->isVisible());
    const QJsonObject before = h.server->stateJson().value(u"sign_in"_s).toObject();
    QCOMPARE(before.value(u"broker_sessions"_s).toInt(), 1);
    QTest::mouseClick(signOut, Qt::LeftButton);
    QVERIFY(!h.controller->isSignedIn());
    QTRY_COMPARE(h.server->stateJson().value(u"sign_in"_s).toObject()
                     .value(u"broker_sessions"_s).toInt(), 0);
    FIND_CHILD(InlineMessage, result, h.wizard.get(), "checkResult");
    QTRY_VERIFY(result->text().startsWith(u"Signed out."_s));
    QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSignIn::loopbackFlowListsTheOutlets()
{
    WizardHarness h;
    BrowserStandIn browser;
    const QUrl authorize = pressSignIn(h, loopbackProfile(*h.server), browser);
    QVERIFY(authorize.isValid());
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"user_type"_s), u"merchant"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
    QVERIFY(!query.hasQueryItem(u"prompt"_s));
    FIND_CHILD(QLabel, code, h.wizard.get(), "pairingCode");
    QVERIFY(!code->isVisible()); // no pairing code in this flow

    QString error;
    const QUrl redirect = h.server->approveSignIn(authorize, phoneOf(*h.server, 0), true, &error);
    QVERIFY2(redirect.isValid(), qPrintable(error));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    const QByteArray page = followRedirect(redirect);
    QVERIFY(!page.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    QCOMPARE(h.model()->rowCount(), h.server->fixture().merchants.at(0).outlets.size());
    // The code and state the browser brought back are registered secrets.
    const QUrlQuery back(redirect);
    QCOMPARE(Redactor::redact(back.queryItemValue(u"code"_s)), Redactor::placeholder().toString());
}

void TestSignIn::anotherAccountAsksForTheLoginPage()
{
    WizardHarness h;
    BrowserStandIn browser;
    const QUrl authorize = pressSignIn(h, loopbackProfile(*h.server), browser, true);
    QVERIFY(authorize.isValid());
    QCOMPARE(QUrlQuery(authorize).queryItemValue(u"prompt"_s), u"login"_s);
    // The other account: the fixture's second user, who reaches three outlets only.
    const QUrl redirect = h.server->approveSignIn(authorize, phoneOf(*h.server, 1), true);
    QVERIFY(redirect.isValid());
    followRedirect(redirect);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    const auto &user = h.server->fixture().merchants.at(0).users.at(1);
    QVERIFY(user.outletIds.has_value());
    QCOMPARE(h.model()->rowCount(), user.outletIds->size());
}

void TestSignIn::deniedSaysSoAndOffersAgain_data()
{
    QTest::addColumn<bool>("broker");
    QTest::newRow("broker") << true;
    QTest::newRow("loopback") << false;
}

void TestSignIn::deniedSaysSoAndOffersAgain()
{
    QFETCH(bool, broker);
    WizardHarness h;
    BrowserStandIn browser;
    const QUrl login = pressSignIn(h, broker ? brokerProfile(*h.server) : loopbackProfile(*h.server),
                                   browser);
    QVERIFY(login.isValid());
    const QUrl redirect = h.server->approveSignIn(login, phoneOf(*h.server, 0), false);
    if (!broker) {
        QVERIFY(redirect.isValid());
        QCOMPARE(QUrlQuery(redirect).queryItemValue(u"error"_s), u"access_denied"_s);
        followRedirect(redirect);
    }
    FIND_CHILD(InlineMessage, status, h.wizard.get(), "signInStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Deny"_s, Qt::CaseInsensitive)
                                 || status->text().contains(u"denied"_s, Qt::CaseInsensitive),
                             10000);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    FIND_CHILD(QPushButton, again, h.wizard.get(), "signInAgainButton");
    QVERIFY(again->isVisible());
    QVERIFY(again->hasFocus());
    QVERIFY(!h.controller->hasAcceptedToken());
}

void TestSignIn::cancelStopsWaiting()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(pressSignIn(h, brokerProfile(*h.server), browser).isValid());
    FIND_CHILD(QPushButton, cancel, h.wizard.get(), "cancelSignInButton");
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!h.controller->isSigningIn());
    FIND_CHILD(QPushButton, signIn, h.wizard.get(), "signInButton");
    QVERIFY(signIn->isVisible());
    QVERIFY(signIn->hasFocus());
}

void TestSignIn::pasteInsteadStillWorks()
{
    WizardHarness h;
    h.controller->setPartnerProfile(brokerProfile(*h.server));
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(QLineEdit, tokenEdit, h.wizard.get(), "tokenEdit");
    FIND_CHILD(QPushButton, pasteInstead, h.wizard.get(), "pasteInsteadButton");
    QVERIFY(!tokenEdit->isVisible());
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(tokenEdit->isVisible()); // a mnemonic clicks the button after a short animation
    QVERIFY(tokenEdit->hasFocus());
    QVERIFY(h.signIn(DemoTokens::owner()));
    QVERIFY(!h.controller->isSignedIn());
}

void TestSignIn::rememberedSignInStartsByItself()
{
    WizardHarness h;
    BrowserStandIn browser;
    h.server->signInSettings().pollIntervalSeconds = 0.05;
    h.controller->setPartnerProfile(brokerProfile(*h.server));
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(QCheckBox, remember, h.wizard.get(), "rememberCheck");
    remember->setChecked(true);
    FIND_CHILD(QPushButton, signIn, h.wizard.get(), "signInButton");
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(!browser.opened.isEmpty());
    QVERIFY(h.server->approveSignIn(browser.opened.last(), phoneOf(*h.server, 0), true).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    QCOMPARE(h.store->entries().size(), 1);
    // What the keychain holds is the broker session, never the access token.
    const QString kept = h.store->secret(h.store->entries().first().key);
    QVERIFY(kept.startsWith(TokenSession::kRenewalPrefix));

    // Next start: the remembered sign-in is renewed into a token, no browser needed.
    WizardHarness again;
    again.controller->setTokenStore(h.store.get()); // the same keychain
    again.controller->setPartnerProfile(brokerProfile(*h.server));
    QVERIFY(again.goToTokenPage(h.server->baseUrl()));
    FIND_CHILD(QPushButton, use, again.wizard.get(), "useSavedButton");
    QTRY_VERIFY(use->isVisible());
    const qsizetype opened = browser.opened.size();
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    QCOMPARE(browser.opened.size(), opened);
    QVERIFY(again.controller->isSignedIn());
}

void TestSignIn::failedRenewalOffersSignInAgain()
{
    WizardHarness h;
    BrowserStandIn browser;
    h.server->setTokenLifetime(2);
    const QUrl login = pressSignIn(h, brokerProfile(*h.server), browser);
    QVERIFY(h.server->approveSignIn(login, phoneOf(*h.server, 0), true).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    // Every renewal is refused: the broker's session is over.
    h.server->faults().addRule({FaultRoute::BrokerRefresh, {}, Fault::httpError(400), -1, 1});
    // 12 outlets, 4 at a time, a second each: the run outlives the token.
    h.server->faults().addRule({FaultRoute::Link, {}, Fault::latency(1000), -1, 1});
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    h.fillAllExternalIds();
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QList<int> rows;
    for (int row = 0; row < h.model()->rowCount(); ++row)
        rows.append(row);
    QVERIFY(h.selectRows(rows));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);

    FIND_CHILD(QWidget, reauth, h.outlets(), "reauthPanel");
    QTRY_VERIFY_WITH_TIMEOUT(reauth->isVisible(), 15000);
    FIND_CHILD(QPushButton, again, reauth, "signInButton");
    QVERIFY(again->isVisible());
    QVERIFY(again->hasFocus());
    QCOMPARE(again->text(), u"Sign in a&gain"_s);
    FIND_CHILD(QLineEdit, pasteField, reauth, "newTokenEdit"); // paste stays beside it
    QVERIFY(pasteField->isVisible());

    h.server->faults().clear();
    const qsizetype opened = browser.opened.size();
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY(browser.opened.size() > opened);
    QVERIFY(h.server->approveSignIn(browser.opened.last(), phoneOf(*h.server, 0), true).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!reauth->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 30000);
    for (const Outlet &outlet : h.model()->outlets())
        QVERIFY2(h.server->isLinked(outlet.id, u"gofood"_s), qPrintable(outlet.id));
}

void TestSignIn::theLastMerchantAgainIsSaid()
{
    WizardHarness h;
    BrowserStandIn browser;
    QVERIFY(h.server->approveSignIn(pressSignIn(h, brokerProfile(*h.server), browser),
                                    phoneOf(*h.server, 0), true).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QPushButton, next, h.summary(), "nextMerchantButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));

    // Sign in (not "another account"), and the browser still knows the owner: said, not taken.
    FIND_CHILD(QPushButton, signIn, h.tokenPage(), "signInButton");
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(browser.opened.size() == 2);
    QVERIFY(h.server->approveSignIn(browser.opened.last(), phoneOf(*h.server, 0), true).isValid());
    FIND_CHILD(InlineMessage, result, h.tokenPage(), "checkResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"the merchant of the last run"_s), 10000);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    FIND_CHILD(QPushButton, another, h.tokenPage(), "anotherAccountAgainButton");
    QVERIFY(another->hasFocus());

    // The way to the next merchant: GoBiz's login page again, and the manager signs in.
    QTest::mouseClick(another, Qt::LeftButton);
    QTRY_VERIFY(browser.opened.size() == 3);
    QVERIFY(h.server->approveSignIn(browser.opened.last(), phoneOf(*h.server, 1), true).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
    QCOMPARE(h.model()->rowCount(), h.server->fixture().merchants.at(0).users.at(1).outletIds->size());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
