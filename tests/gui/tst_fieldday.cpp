// A field agent's day (issue 8, items 1-10, 14 and 16) through the real wizard against a sandbox
// on port 0: Escape never closes from a field, closing with an unsaved report asks, every unlink
// is confirmed (and says Auto Accept stays on), what is missing is asked for first, Stop is its
// own state with a way to send, a Retry-After wait counts down, Enter goes forward, messages move
// no control, failures are one click away, and Next merchant starts afresh.
#include "WizardTestSupport.h"

#include "ChangeConfirmations.h"
#include "ExternalIdFillDialog.h"
#include "OutletTablePanel.h"
#include "RunMessages.h"
#include "session/LinkRun.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSysInfo>
#include <QMenu>
#include <QProgressBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace gobiz;
using namespace gobiz::testing;

class TestFieldDay : public QObject
{
    Q_OBJECT

private slots:
    void escapeClearsTheSearchAndNeverCloses();
    void closingWithAnUnsavedReportAsks();
    void everyUnlinkIsConfirmedAndSaysAutoAcceptStaysOn();
    void missingExternalIdsAreAskedForFirst();
    void stopIsNotFailureAndTheStoppedCanBeSent();
    void retryAfterWaitCountsDown();
    void waitingForAPausedRunIsNotOffered();
    void enterGoesForward();
    void messagesMoveNoControl();
    void failuresAreOneClickAway();
    void nextMerchantStartsAfresh();
    void accountWithoutOutlets();
    void secondWindowGoesNoFurther();
    void progressCountsTheWholeRun();
    void countdownText_data();
    void countdownText();
};

namespace {

void waitIdle(WizardHarness &h)
{
    QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.controller->isJournalIdle(), 10000);
}

// Pages 1-4 as the owner, every outlet with an external id: where most of a day starts.
bool signInWithIds(WizardHarness &h)
{
    if (!h.goToTokenPage() || !h.signIn(DemoTokens::owner()))
        return false;
    h.fillAllExternalIds();
    return true;
}

QPoint where(QWidget *widget)
{
    return widget->mapTo(widget->window(), QPoint(0, 0));
}

} // namespace

void TestFieldDay::escapeClearsTheSearchAndNeverCloses()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    FIND_CHILD(QLineEdit, search, h.outlets(), "searchEdit");
    FIND_CHILD(OutletTableProxy, proxy, h.outlets(), "outletProxy");
    search->setFocus();
    QTest::keyClicks(search, h.outletId(3));
    QCOMPARE(proxy->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(proxy->rowCount(), 12);
    QVERIFY(h.wizard->isVisible());
    QTest::keyClick(search, Qt::Key_Escape); // an empty field: still nothing closes
    QVERIFY(h.wizard->isVisible());
    QVERIFY(Prompt::asked().isEmpty());
}

void TestFieldDay::closingWithAnUnsavedReportAsks()
{
    WizardHarness h;
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QTableView, table, h.outlets(), "outletTable");
    QVERIFY(h.selectRows({0, 1}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(1), u"payment"_qs), 5000);
    waitIdle(h);
    // Escape outside a field is Close: with changes and no saved report, it asks.
    Prompt::setNextAnswer(OutletWizard::KeepWorking);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Escape);
    QTRY_VERIFY(Prompt::asked().contains(QString::fromLatin1(Prompt::closeUnsavedId)));
    QCoreApplication::processEvents();
    QVERIFY(h.wizard->isVisible());
    // Saved from the summary: closing asks nothing more.
    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    QTemporaryDir dir;
    QSignalSpy saved(h.summary(), &SummaryPage::reportSaveFinished);
    Prompt::setNextSaveFile(dir.filePath(u"report.csv"_qs));
    FIND_CHILD(QPushButton, save, h.summary(), "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QVERIFY(!h.controller->hasUnsavedReport());
    const int asked = int(Prompt::asked().size());
    h.wizard->reject();
    QVERIFY(!h.wizard->isVisible());
    QCOMPARE(Prompt::asked().size(), asked);
}

void TestFieldDay::everyUnlinkIsConfirmedAndSaysAutoAcceptStaysOn()
{
    WizardHarness h;
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    FIND_CHILD(QToolButton, unlinkButton, h.outlets(), "unlinkButton");
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"gofood"_qs), 5000);
    waitIdle(h);
    // The Auto Accept question said unlinking does not switch it back.
    QVERIFY2(Prompt::lastText(Prompt::autoAcceptId).contains(u"Unlinking later does not switch it back"_qs),
             qPrintable(Prompt::lastText(Prompt::autoAcceptId)));

    // A bulk unlink asks, naming how many; cancelled, nothing is unlinked.
    Prompt::setNextAnswer(ChangeConfirmations::Decline);
    unlinkButton->menu()->actions().at(0)->trigger(); // from GoFood
    QTRY_VERIFY(Prompt::asked().contains(QString::fromLatin1(Prompt::unlinkId)));
    const QString question = Prompt::lastText(Prompt::unlinkId);
    QVERIFY2(question.contains(u"Unlink 3 outlet"_qs), qPrintable(question));
    QVERIFY2(question.contains(u"does not switch Auto Accept off"_qs), qPrintable(question));
    QCoreApplication::processEvents();
    waitIdle(h);
    for (int row : {0, 1, 2})
        QVERIFY(h.server->isLinked(h.outletId(row), u"gofood"_qs));
    // The default (first) choice is Cancel: Enter pressed out of habit unlinks nothing.
    QCOMPARE(Prompt::lastChoices(Prompt::unlinkId).first(), int(ChangeConfirmations::Decline));

    // A check cell (Space) asks too, for its one outlet; confirmed, it goes.
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    h.clickCheck(1, Product::GoFood);
    QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(h.outletId(1), u"gofood"_qs), 5000);
    QVERIFY(Prompt::lastText(Prompt::unlinkId).contains(u"Unlink 1 outlet"_qs));
    QCOMPARE(Prompt::asked().count(QString::fromLatin1(Prompt::unlinkId)), 2);
    QVERIFY(h.server->isLinked(h.outletId(0), u"gofood"_qs));
}

void TestFieldDay::missingExternalIdsAreAskedForFirst()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.controller->applyExternalIds({{h.outletId(0), u"POS-0"_qs}});
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    QVERIFY(h.selectRows({0, 1, 2}));
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // fill them in now
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    // Asked before Auto Accept, naming how many; nothing painted as failed meanwhile.
    QTRY_COMPARE(Prompt::asked().value(0), QString::fromLatin1(Prompt::missingExternalIdsId));
    QVERIFY(Prompt::lastText(Prompt::missingExternalIdsId).contains(u"2 outlet"_qs));
    ExternalIdFillDialog *fill = nullptr;
    QTRY_VERIFY((fill = h.outlets()->findChild<ExternalIdFillDialog *>()) && fill->isVisible());
    QCOMPARE(h.cellText(1, Product::GoFood), OutletModel::stateText(gobiz::LinkState::Unknown));
    QCOMPARE(h.server->links().size(), 0);
    // Filled (the dialog's pattern for the two outlets), the same link goes on: Auto Accept is
    // asked next, and all three are linked.
    FIND_CHILD(QLineEdit, pattern, fill, "patternEdit");
    pattern->clear();
    QTest::keyClicks(pattern, u"POS-{n}"_qs);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    fill->accept();
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"gofood"_qs) && h.idle(), 5000);
    for (int row : {0, 1, 2})
        QVERIFY(h.server->isLinked(h.outletId(row), u"gofood"_qs));
    QCOMPARE(Prompt::asked(), QStringList({QString::fromLatin1(Prompt::missingExternalIdsId),
                                           QString::fromLatin1(Prompt::autoAcceptId)}));
    QCOMPARE(h.controller->runProgress().failed, 0);
}

void TestFieldDay::stopIsNotFailureAndTheStoppedCanBeSent()
{
    WizardHarness h(FixtureGenerator::fixture(300, 4242));
    QVERIFY(signInWithIds(h));
    h.server->faults().setBaseLatency(20);
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QPushButton, stop, h.outlets(), "stopButton");
    FIND_CHILD(QLabel, progressLabel, h.outlets(), "progressLabel");
    QList<int> rows;
    for (int row = 0; row < 300; ++row)
        rows.append(row);
    QVERIFY(h.selectRows(rows));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->runProgress().done >= 8, 10000);
    QTest::mouseClick(stop, Qt::LeftButton);
    waitIdle(h);
    const LinkRun::Progress progress = h.controller->runProgress();
    QCOMPARE(progress.failed, 0);
    QVERIFY(progress.stopped > 100);
    QCOMPARE(progress.total(), 300);
    const QString label = progressLabel->text();
    QVERIFY2(label.contains(QLocale().toString(progress.stopped) + u" not sent (stopped)"_qs),
             qPrintable(label));
    QVERIFY2(!label.contains(u"failed"_qs), qPrintable(label));
    // A stopped cell says not sent, never Failed.
    int notSentCells = 0;
    for (int row = 0; row < 300; ++row) {
        const QString text = h.cellText(row, Product::Payment);
        QVERIFY(text != OutletModel::stateText(gobiz::LinkState::Failed));
        notSentCells += text == OutletModel::stateText(gobiz::LinkState::NotSent) ? 1 : 0;
    }
    QCOMPARE(notSentCells, progress.stopped);
    // And a way to send them.
    QTRY_VERIFY(h.shownButton("sendStoppedButton"));
    h.server->faults().setBaseLatency(0);
    QVERIFY(h.clickIfShown("sendStoppedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->runProgress().done == 300 - progress.unknown
                                 && h.idle(), 20000);
    for (int row = 0; row < 300; ++row)
        QVERIFY(h.server->isLinked(h.outletId(row), u"payment"_qs)
                || h.cellText(row, Product::Payment)
                    == OutletModel::stateText(gobiz::LinkState::Unknown));
}

void TestFieldDay::retryAfterWaitCountsDown()
{
    WizardHarness h;
    RetryPolicy real; // GoBiz's Retry-After as it says it
    h.controller->setRetryPolicy(real);
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(InlineMessage, banner, h.outlets(), "pauseBanner");
    h.server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(90), 1);
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().contains(u"left"_qs), qPrintable(banner->text()));
    const QDateTime until = h.controller->resumeNotBefore();
    QVERIFY(until.isValid());
    QVERIFY2(banner->text().contains(until.toLocalTime().toString(u"HH:mm:ss"_qs)),
             qPrintable(banner->text()));
    // Resume while waiting: the banner stays, says it goes on by itself, and counts down.
    QVERIFY(h.clickIfShown("resumeButton"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"continues by itself"_qs), qPrintable(banner->text()));
    QVERIFY(!h.shownButton("resumeButton"));
    const QString before = banner->text();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text() != before, 3000);
    QVERIFY(banner->text().contains(u"left"_qs));
    h.controller->cancelAll();
    waitIdle(h);
}

void TestFieldDay::waitingForAPausedRunIsNotOffered()
{
    WizardHarness h;
    RetryPolicy real;
    h.controller->setRetryPolicy(real);
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(InlineMessage, banner, h.outlets(), "pauseBanner");
    h.server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(90), 1);
    QVERIFY(h.selectRows({0, 1}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    Prompt::setNextAnswer(OutletWizard::KeepWorking);
    h.wizard->reject();
    QTRY_VERIFY(Prompt::asked().contains(QString::fromLatin1(Prompt::closeWhileBusyId)));
    const QList<int> choices = Prompt::lastChoices(Prompt::closeWhileBusyId);
    QVERIFY(!choices.contains(int(OutletWizard::WaitThenClose)));
    QVERIFY(choices.contains(int(OutletWizard::ResumeThenClose)));
    QVERIFY(Prompt::lastText(Prompt::closeWhileBusyId).contains(u"paused"_qs));
    h.controller->cancelAll();
    waitIdle(h);
}

void TestFieldDay::enterGoesForward()
{
    WizardHarness h;
    QVERIFY(QTest::qWaitForWindowActive(h.wizard.get()));
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, urlEdit, h.welcome(), "customUrlEdit");
    QTest::mouseClick(custom, Qt::LeftButton);
    QTest::keyClicks(urlEdit, h.server->baseUrl().toString());
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    // Page 2: whatever button has the focus, Enter goes to the token page.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Return);
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QVERIFY(h.signIn(DemoTokens::owner()));
    h.fillAllExternalIds();
    // A run that ends with the focus on Stop leaves it in the table, and Enter goes on.
    h.server->faults().setBaseLatency(50);
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QPushButton, stop, h.outlets(), "stopButton");
    QVERIFY(h.selectRows({0, 1, 2, 3}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY(stop->isEnabled());
    stop->setFocus();
    waitIdle(h);
    QWidget *after = QApplication::focusWidget();
    QVERIFY(after != h.wizard->button(QWizard::BackButton));
    QVERIFY(after);
    QTest::keyClick(after, Qt::Key_Return);
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
}

void TestFieldDay::messagesMoveNoControl()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    OutletsPage *page = h.outlets();
    FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
    FIND_CHILD(QPushButton, stop, page, "stopButton");
    FIND_CHILD(QProgressBar, bar, page, "progressBar");
    FIND_CHILD(QLineEdit, search, page, "searchEdit");
    FIND_CHILD(RunMessages, messages, page, "runMessages");
    QCoreApplication::processEvents();
    const QList<QWidget *> controls{linkGoFood, stop, bar, search};
    QList<QPoint> before;
    for (QWidget *control : controls)
        before.append(where(control));
    const auto unmoved = [&](const char *after) {
        QCoreApplication::processEvents();
        for (qsizetype i = 0; i < controls.size(); ++i) {
            if (where(controls.at(i)) != before.at(i))
                return QStringLiteral("%1 moved after %2").arg(controls.at(i)->objectName(),
                                                               QString::fromLatin1(after));
        }
        return QString();
    };
    messages->showNotice(InlineMessage::Type::Warning,
                         u"A notice long enough to wrap over two lines in a window of this size, "
                         "which is what the page's notices often are in Indonesian."_qs);
    QString moved = unmoved("a notice");
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    messages->clearNotice();
    moved = unmoved("the notice went");
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
    // A failed run's banner appears.
    QVERIFY(h.selectRows({0}));
    h.controller->applyExternalIds({{h.outletId(0), u"POS-0"_qs}});
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 1);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm);
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.shownButton("retryFailedButton"), 5000);
    moved = unmoved("the outcome banner");
    QVERIFY2(moved.isEmpty(), qPrintable(moved));
}

void TestFieldDay::failuresAreOneClickAway()
{
    WizardHarness h;
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(InlineMessage, outcome, h.outlets(), "outcomeBanner");
    h.server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 2);
    QVERIFY(h.selectRows({0, 1, 2, 3, 4}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.shownButton("showFailedButton"), 5000);
    QVERIFY2(outcome->text().contains(u"2 change"_qs), qPrintable(outcome->text()));
    QVERIFY(h.clickIfShown("showFailedButton"));
    QList<int> failedRows;
    for (int row = 0; row < 5; ++row) {
        if (h.cellText(row, Product::Payment) == OutletModel::stateText(gobiz::LinkState::Failed))
            failedRows.append(row);
    }
    QCOMPARE(h.controller->unfinishedCount(LinkRun::FailedChanges), 2);
    QCOMPARE(failedRows.size(), 2);
    FIND_CHILD(OutletTableProxy, proxy, h.outlets(), "outletProxy");
    QTRY_COMPARE(proxy->rowCount(), 2); // only the failed ones show
    for (int row : failedRows)
        QCOMPARE(h.cellText(row, Product::Payment), OutletModel::stateText(gobiz::LinkState::Failed));
    // Retry from the banner: they go.
    QVERIFY(h.clickIfShown("retryFailedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->unfinishedCount(LinkRun::AllUnfinished) == 0 && h.idle(),
                             5000);
    QTRY_VERIFY(!outcome->isVisible());
}

void TestFieldDay::nextMerchantStartsAfresh()
{
    WizardHarness h;
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    QVERIFY(h.selectRows({0, 1}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(1), u"payment"_qs), 5000);
    waitIdle(h);
    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    FIND_CHILD(QPushButton, next, h.summary(), "nextMerchantButton");
    const QUrl environment = h.controller->environment().baseUrl();
    // The report was not saved: offered first. Saving it goes on to the token page.
    QTemporaryDir dir;
    Prompt::setNextAnswer(OutletWizard::SaveReportFirst);
    Prompt::setNextSaveFile(dir.filePath(u"first-merchant.csv"_qs));
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::TokenPageId), 5000);
    QVERIFY(QFile::exists(dir.filePath(u"first-merchant.csv"_qs)));
    FIND_CHILD(QLineEdit, tokenEdit, h.tokenPage(), "tokenEdit");
    QCOMPARE(tokenEdit->text(), QString());
    QCOMPARE(h.controller->environment().baseUrl(), environment);
    QCOMPARE(h.controller->runProgress().total(), 0);
    QCOMPARE(h.model()->rowCount(), 0);
    // The same merchant again (a second visit): its table comes from the journal again.
    QVERIFY(h.signIn(DemoTokens::owner()));
    QTRY_COMPARE(h.cellText(1, Product::Payment), OutletModel::stateText(gobiz::LinkState::Linked));
    QVERIFY(!h.model()->externalOutletId(1).isEmpty());
    QCOMPARE(h.controller->runProgress().total(), 0); // a run of its own all the same

    // The next merchant (the manager's three outlets) runs on its own.
    h.clickNext();
    QTRY_VERIFY(h.summary()->isReady());
    QTest::mouseClick(next, Qt::LeftButton); // nothing changed in this run: nothing asked
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::TokenPageId), 5000);
    QVERIFY(h.signIn(DemoTokens::manager()));
    QCOMPARE(h.model()->rowCount(), 3);
    QCOMPARE(h.controller->runProgress().total(), 0);
}

void TestFieldDay::accountWithoutOutlets()
{
    WizardHarness h;
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::noOutlets()));
    FIND_CHILD(QLabel, account, h.outlets(), "accountLabel");
    FIND_CHILD(QPushButton, fill, h.outlets(), "fillButton");
    FIND_CHILD(QPushButton, import, h.outlets(), "importButton");
    QVERIFY2(!account->text().contains(u"primary outlet"_qs), qPrintable(account->text()));
    QVERIFY(!fill->isEnabled());
    QVERIFY(!import->isEnabled());
}

void TestFieldDay::secondWindowGoesNoFurther()
{
    // Another wizard (another process, alive) holds the journal's lock file.
    QProcess other;
    other.start(u"sleep"_qs, {u"60"_qs});
    QVERIFY(other.waitForStarted());
    WizardHarness h([&](WizardHarness &harness) {
        QFile lock(harness.journalPath + u".lock"_qs);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(other.processId()) + "\nsleep\n"
                   + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId()
                   + '\n');
    });
    FIND_CHILD(InlineMessage, journalMessage, h.welcome(), "journalMessage");
    QTRY_VERIFY(journalMessage->isVisible());
    QVERIFY2(journalMessage->text().contains(u"another window"_qs), qPrintable(journalMessage->text()));
    // The warning says to use the other window: this one cannot go on.
    QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
    other.kill();
    other.waitForFinished();
}

void TestFieldDay::progressCountsTheWholeRun()
{
    WizardHarness h;
    QVERIFY(signInWithIds(h));
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QLabel, progressLabel, h.outlets(), "progressLabel");
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(2), u"payment"_qs), 5000);
    waitIdle(h);
    QVERIFY(h.selectRows({3, 4}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(4), u"payment"_qs), 5000);
    waitIdle(h);
    QTRY_VERIFY2(progressLabel->text().startsWith(u"5 done"_qs), qPrintable(progressLabel->text()));
}

void TestFieldDay::countdownText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << u"0:00"_qs;
    QTest::newRow("negative") << qint64(-5) << u"0:00"_qs;
    QTest::newRow("seconds") << qint64(9) << u"0:09"_qs;
    QTest::newRow("90 s") << qint64(90) << u"1:30"_qs;
    QTest::newRow("an hour and a bit") << qint64(3723) << u"1:02:03"_qs;
}

void TestFieldDay::countdownText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(RunMessages::countdown(seconds), text);
}

QTEST_MAIN(TestFieldDay)
#include "tst_fieldday.moc"
