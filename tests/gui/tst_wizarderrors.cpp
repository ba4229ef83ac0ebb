// Every way the wizard can fail ends in the right message and a table that does not lie.
#include "WizardTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

// No cell claims more than the server holds: Linked only where the sandbox has the link.
void verifyTableHonest(const WizardHarness &h)
{
    for (int row = 0; row < h.model()->rowCount(); ++row) {
        for (Product product : allProducts) {
            const auto state = gobiz::LinkState(
                h.model()->index(row, OutletModel::columnOf(product)).data(OutletModel::LinkStateRole).toInt());
            const bool linked = h.server->isLinked(h.outletId(row), productKey(product));
            if (state == gobiz::LinkState::Linked)
                QVERIFY2(linked, qPrintable(h.outletId(row)));
            if (state == gobiz::LinkState::NotLinked)
                QVERIFY2(!linked, qPrintable(h.outletId(row)));
        }
    }
}

} // namespace

class TestWizardErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void expiredToken();
    void wrongEnvironment();
    void malformedTokenNeverSent();
    void networkDownAtTokenCheck();
    void cashierRoleIsWarnedThenRefused();
    void networkDownMidRun();
    void rateLimitStorm();
    void tokenExpiresMidRun();
    void keychainWriteFails();
    void rememberedTokenOfferedByLabel();
};

void TestWizardErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestWizardErrors::expiredToken()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(InlineMessage, result, h.tokenPage(), "checkResult");
    h.typeToken(DemoTokens::expired());
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QCOMPARE(result->type(), InlineMessage::Type::Error);
    QVERIFY(result->text().contains(u"did not accept the access token"_qs));
    QVERIFY(result->text().contains(u"Sign in again"_qs));
    QVERIFY(h.tokenPage()->isComplete()); // the person can paste another and try again
    h.screenshot(u"token-expired"_qs);
    QVERIFY(h.signIn(DemoTokens::owner()));
}

void TestWizardErrors::wrongEnvironment()
{
    WizardHarness h;
    QUrl wrong = h.server->baseUrl();
    wrong.setPath(u"/not-gobiz/"_qs);
    QVERIFY(h.goToTokenPage(wrong));
    FIND_CHILD(InlineMessage, result, h.tokenPage(), "checkResult");
    h.typeToken(DemoTokens::owner());
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
    QVERIFY2(result->text().contains(u"does not look like the GoBiz partner API"_qs),
             qPrintable(result->text()));
}

void TestWizardErrors::malformedTokenNeverSent()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(InlineMessage, feedback, h.tokenPage(), "tokenFeedback");
    h.typeToken(u"abc def"_qs);
    QVERIFY(feedback->text().contains(u"character 4"_qs));
    QVERIFY(!h.tokenPage()->isComplete());
    QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(h.server->counters().total(), 0);
}

void TestWizardErrors::networkDownAtTokenCheck()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(InlineMessage, result, h.tokenPage(), "checkResult");
    const quint16 port = h.server->port();
    h.server->stop(); // the port is closed now
    h.typeToken(DemoTokens::owner());
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
    const QString text = result->text();
    QVERIFY2(text.contains(u"Could not reach GoBiz"_qs), qPrintable(text));
    QVERIFY(text.contains(u"Network settings"_qs));
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    // "Try again" is offered; with the server back it succeeds.
    QPushButton *retry = nullptr;
    for (QPushButton *button : result->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(u"again"_qs))
            retry = button;
    }
    QVERIFY2(retry, qPrintable(text));
    if (!h.server->start(QHostAddress::LocalHost, port))
        QSKIP("the old port was taken meanwhile");
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
}

void TestWizardErrors::cashierRoleIsWarnedThenRefused()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::cashier()));
    OutletsPage *page = h.outlets();
    FIND_CHILD(InlineMessage, rolesWarning, page, "rolesWarning");
    FIND_CHILD(QPushButton, linkPayment, page, "linkPaymentButton");
    FIND_CHILD(InlineMessage, notice, page, "notice");
    QVERIFY(rolesWarning->isVisible());
    QVERIFY(rolesWarning->text().contains(u"cashier"_qs));
    h.fillAllExternalIds();
    h.screenshot(u"outlets-cashier"_qs);

    // Declining the warning sends nothing.
    Prompt::setNextAnswer(ChangeConfirmations::Decline);
    QVERIFY(h.selectRows({0, 1}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY(notice->text().contains(u"Nothing was sent"_qs));
    QCOMPARE(h.server->counters().total(), 1);

    // Sending anyway: GoBiz answers 403, cells fail with the reason, nothing is linked.
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.server->counters().total() >= 3, 5000);
    for (int row : {0, 1}) {
        QTRY_COMPARE(h.cellText(row, Product::Payment), OutletModel::stateText(gobiz::LinkState::Failed));
        const QString why = h.model()->index(row, OutletModel::PaymentColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(u"may not change this outlet"_qs), qPrintable(why));
    }
    QCOMPARE(h.server->counters().total(), 3); // 403 is never retried
    QCOMPARE(Prompt::asked().count(QString::fromLatin1(Prompt::rolesWarningId)), 2);
    QVERIFY(h.server->links().isEmpty() || !h.server->isLinked(h.outletId(0), u"payment"_qs));
    verifyTableHonest(h);
    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    QVERIFY(counts->text().contains(u"Failed: 2"_qs));
}

void TestWizardErrors::networkDownMidRun()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(InlineMessage, pauseBanner, h.outlets(), "pauseBanner");
    const quint16 port = h.server->port();
    h.server->stop();
    QVERIFY(h.selectRows({0, 1, 2, 3, 4, 5}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    // Connection refused is retried, then fails; five failures in a row pause the run.
    QTRY_VERIFY_WITH_TIMEOUT(pauseBanner->isVisible() || h.idle(), 15000);
    int failed = 0;
    for (int row = 0; row < 6; ++row) {
        const QString text = h.cellText(row, Product::Payment);
        QVERIFY2(text != OutletModel::stateText(gobiz::LinkState::Linked), qPrintable(text));
        if (text == OutletModel::stateText(gobiz::LinkState::Failed)) {
            ++failed;
            QVERIFY(h.model()->index(row, OutletModel::PaymentColumn)
                        .data(OutletModel::ErrorMessageRole).toString().contains(u"Could not reach GoBiz"_qs));
        }
    }
    QVERIFY(failed > 0);
    h.screenshot(u"outlets-network-down"_qs);
    // Back up: resume (if paused) and retry the failed ones; everything ends linked.
    if (!h.server->start(QHostAddress::LocalHost, port))
        QSKIP("the old port was taken meanwhile");
    for (int round = 0; round < 5 && !h.server->isLinked(h.outletId(5), u"payment"_qs); ++round) {
        h.clickIfShown("resumeButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
        if (h.idle())
            h.clickIfShown("retryFailedButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
    }
    for (int row = 0; row < 6; ++row)
        QVERIFY(h.server->isLinked(h.outletId(row), u"payment"_qs));
    verifyTableHonest(h);
}

void TestWizardErrors::rateLimitStorm()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(InlineMessage, pauseBanner, h.outlets(), "pauseBanner");
    h.server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(1), 40);
    QVERIFY(h.selectRows({0, 1, 2, 3, 4, 5, 6, 7}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle() || pauseBanner->isVisible(), 15000);
    verifyTableHonest(h);
    bool sawSlowDown = pauseBanner->isVisible();
    for (int row = 0; row < 8; ++row) {
        const QString why = h.model()->index(row, OutletModel::PaymentColumn)
                                .data(OutletModel::ErrorMessageRole).toString();
        sawSlowDown = sawSlowDown || why.contains(u"slow down"_qs);
    }
    QVERIFY(sawSlowDown);
    h.screenshot(u"outlets-rate-limited"_qs);
    h.server->faults().clear();
    for (int round = 0; round < 6; ++round) {
        h.clickIfShown("resumeButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
        if (h.idle())
            h.clickIfShown("retryFailedButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
        if (h.idle() && h.controller->unfinishedCount(LinkRun::AllUnfinished) == 0)
            break;
    }
    for (int row = 0; row < 8; ++row) {
        QVERIFY(h.server->isLinked(h.outletId(row), u"payment"_qs));
        QCOMPARE(h.cellText(row, Product::Payment), OutletModel::stateText(gobiz::LinkState::Linked));
    }
    QVERIFY(h.server->counters().maxInFlight() <= 4);
}

void TestWizardErrors::tokenExpiresMidRun()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    WizardHarness h(fixtureWithShortLivedToken(start));
    QDateTime now = start;
    h.server->setClock([&now] { return now; });
    h.server->faults().setBaseLatency(30);
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(u"short-lived-token"_qs));
    h.fillAllExternalIds();
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QList<int> all;
    for (int row = 0; row < 10; ++row)
        all << row;
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    FIND_CHILD(QWidget, reauth, h.outlets(), "reauthPanel");
    FIND_CHILD(QLineEdit, newToken, reauth, "newTokenEdit");
    FIND_CHILD(QPushButton, useNewToken, reauth, "newTokenButton");
    FIND_CHILD(InlineMessage, newTokenMessage, reauth, "newTokenMessage");
    QVERIFY(h.selectRows(all));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->links().size() >= 2, 5000);
    now = start.addSecs(7200); // the token expires in the middle of the run

    QTRY_VERIFY_WITH_TIMEOUT(reauth->isVisible(), 5000);
    QCOMPARE(h.controller->runState(), WizardController::RunState::WaitingForToken);
    const int linkedBefore = int(h.server->links().size());
    QVERIFY(linkedBefore < 10);
    h.screenshot(u"outlets-token-expired"_qs);
    verifyTableHonest(h);

    // Not a token: said so, nothing sent.
    QTest::keyClicks(newToken, u"not a token"_qs);
    QTest::mouseClick(useNewToken, Qt::LeftButton);
    QVERIFY(newTokenMessage->isVisible());
    QVERIFY(reauth->isVisible());

    // Another account's token (the manager reaches three outlets only): checked with
    // token-info and refused before a single change is sent with it.
    const int linkRequestsBefore = h.server->counters().routeCount(Route::Link);
    newToken->clear();
    QTest::keyClicks(newToken, DemoTokens::manager());
    QTest::keyClick(newToken, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(newTokenMessage->text().contains(u"another GoBiz account"_qs),
                              qPrintable(newTokenMessage->text()), 5000);
    QVERIFY(reauth->isVisible());
    QCOMPARE(h.controller->runState(), WizardController::RunState::WaitingForToken);
    QCOMPARE(h.server->counters().routeCount(Route::Link), linkRequestsBefore);
    verifyTableHonest(h);

    // The fresh token: the run continues and nothing is lost.
    newToken->clear();
    QTest::keyClicks(newToken, u" fresh-token "_qs);
    QTest::keyClick(newToken, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(h.idle(), 10000);
    QVERIFY(!reauth->isVisible());
    for (int row = 0; row < 10; ++row) {
        QVERIFY2(h.server->isLinked(h.outletId(row), u"gofood"_qs), qPrintable(h.outletId(row)));
        QCOMPARE(h.cellText(row, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Linked));
    }
    QCOMPARE(h.controller->unfinishedCount(LinkRun::AllUnfinished), 0);
}

void TestWizardErrors::keychainWriteFails()
{
    WizardHarness h;
    h.store->setBackendStatus(TokenStore::Status::Locked);
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(QCheckBox, remember, h.tokenPage(), "rememberCheck");
    FIND_CHILD(InlineMessage, result, h.tokenPage(), "checkResult");
    h.typeToken(DemoTokens::owner());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    QVERIFY(remember->isChecked());
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QVERIFY(result->text().contains(u"session only"_qs));
    h.screenshot(u"token-keychain-failed"_qs);
    QPushButton *sessionOnly = nullptr;
    for (QPushButton *button : result->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(u"session only"_qs))
            sessionOnly = button;
    }
    QVERIFY(sessionOnly);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::OutletsPageId));
    QCOMPARE(h.store->secretCount(), 0);
}

void TestWizardErrors::rememberedTokenOfferedByLabel()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(QCheckBox, remember, h.tokenPage(), "rememberCheck");
    FIND_CHILD(QLineEdit, tokenEdit, h.tokenPage(), "tokenEdit");
    FIND_CHILD(QComboBox, saved, h.tokenPage(), "savedCombo");
    FIND_CHILD(QPushButton, useSaved, h.tokenPage(), "useSavedButton");
    FIND_CHILD(QPushButton, forget, h.tokenPage(), "forgetButton");
    h.typeToken(DemoTokens::owner());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    h.clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
    QCOMPARE(h.store->secretCount(), 1);

    // Back on the token page with an empty field: the remembered token is offered by label.
    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    tokenEdit->clear();
    QVERIFY(saved->isVisible());
    const QString label = saved->currentText();
    QVERIFY(label.contains(h.controller->primaryOutletName()));
    QVERIFY(!label.contains(DemoTokens::owner()));
    h.screenshot(u"token-remembered"_qs);
    QTest::mouseClick(useSaved, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);

    QTest::mouseClick(h.wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY(!saved->isVisible());
    QCOMPARE(h.store->secretCount(), 0);
}

QTEST_MAIN(TestWizardErrors)
#include "tst_wizarderrors.moc"
