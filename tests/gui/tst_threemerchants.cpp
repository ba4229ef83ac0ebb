// Issue 8's final pass as a field agent, as a test: one wizard, three merchants in a row, the
// first with 2,000 outlets and a Stop, the second through a network drop, the third without
// outlets. Each summary and report holds its own merchant; nothing is lost or surprising.
#include "WizardTestSupport.h"

#include "session/LinkRun.h"

#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

using namespace gobiz;
using namespace gobiz::testing;

class TestThreeMerchants : public QObject
{
    Q_OBJECT

private slots:
    void threeMerchantsInARow();
};

namespace {
void waitIdle(WizardHarness &h)
{
    QTRY_VERIFY_WITH_TIMEOUT(h.idle() && h.controller->isJournalIdle(), 10000);
}
} // namespace

// The final pass of the issue, as a test: three merchants in a row on one wizard, the first with
// 2,000 outlets and a Stop, the second through a network drop, the third with no outlets; each
// summary and report holds only its own merchant, nothing is lost and nothing surprises.
void TestThreeMerchants::threeMerchantsInARow()
{
    WizardHarness h(FixtureGenerator::fixture(2000, 8080));
    QVERIFY(h.goToTokenPage());
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    FIND_CHILD(QPushButton, stop, h.outlets(), "stopButton");
    FIND_CHILD(QPushButton, next, h.summary(), "nextMerchantButton");
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");

    // 1. The owner: 2,000 outlets, all linked to Payment, stopped halfway, the rest sent after.
    QVERIFY(h.signIn(DemoTokens::owner()));
    QCOMPARE(h.model()->rowCount(), 2000);
    h.fillAllExternalIds();
    h.server->faults().setBaseLatency(5);
    QList<int> all;
    for (int row = 0; row < 2000; ++row)
        all.append(row);
    QVERIFY(h.selectRows(all));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->runProgress().done >= 300, 20000);
    QTest::mouseClick(stop, Qt::LeftButton);
    waitIdle(h);
    QCOMPARE(h.controller->runProgress().failed, 0);
    QVERIFY(h.controller->runProgress().stopped > 0);
    h.server->faults().setBaseLatency(0);
    QTRY_VERIFY(h.shownButton("sendStoppedButton"));
    QVERIFY(h.clickIfShown("sendStoppedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->unfinishedCount(LinkRun::StoppedChanges) == 0
                                 && h.idle(), 60000);
    waitIdle(h);
    // Every outlet is linked, or was stopped after its request left and honestly says Unknown.
    for (int row = 0; row < 2000; ++row) {
        if (!h.server->isLinked(h.outletId(row), u"payment"_qs))
            QCOMPARE(h.cellText(row, Product::Payment),
                     OutletModel::stateText(gobiz::LinkState::Unknown));
    }
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(h.summary()->isReady(), 10000);
    const QString ownerCounts = counts->text();
    QVERIFY2(ownerCounts.contains(u"Failed: 0"_qs), qPrintable(ownerCounts));
    Prompt::setNextAnswer(OutletWizard::NextWithoutReport);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));

    // 2. The manager (three outlets, another primary: another merchant), through a network drop.
    QVERIFY(h.signIn(DemoTokens::manager()));
    QCOMPARE(h.model()->rowCount(), 3);
    QCOMPARE(h.controller->runProgress().total(), 0);
    h.fillAllExternalIds();
    const quint16 port = h.server->port();
    h.server->stop();
    QVERIFY(h.selectRows({0, 1, 2}));
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.shownButton("resumeButton") || h.idle(), 15000);
    for (int row = 0; row < 3; ++row)
        QVERIFY(h.cellText(row, Product::Payment) != OutletModel::stateText(gobiz::LinkState::Linked));
    if (!h.server->start(QHostAddress::LocalHost, port))
        QSKIP("the old port was taken meanwhile");
    for (int round = 0; round < 5 && h.controller->runProgress().done < 3; ++round) {
        h.clickIfShown("resumeButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
        if (h.idle())
            h.clickIfShown("retryFailedButton");
        QTRY_VERIFY_WITH_TIMEOUT(h.idle() || h.shownButton("resumeButton"), 10000);
    }
    for (int row = 0; row < 3; ++row)
        QVERIFY(h.server->isLinked(h.outletId(row), u"payment"_qs));
    h.clickNext();
    QTRY_VERIFY_WITH_TIMEOUT(h.summary()->isReady(), 10000);
    // Only this merchant's three outlets.
    FIND_CHILD(QTableView, summaryTable, h.summary(), "summaryTable");
    QCOMPARE(summaryTable->model()->rowCount(), 3);
    QVERIFY2(counts->text().contains(u"Linked: 3"_qs), qPrintable(counts->text()));
    QTemporaryDir dir;
    Prompt::setNextAnswer(OutletWizard::SaveReportFirst);
    Prompt::setNextSaveFile(dir.filePath(u"manager.csv"_qs));
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::TokenPageId), 5000);
    QFile report(dir.filePath(u"manager.csv"_qs));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    QVERIFY(bytes.contains(h.server->fixture().merchants.first().outlets.at(2).id.toUtf8()));
    QVERIFY(!bytes.contains(h.server->fixture().merchants.first().outlets.at(1500).id.toUtf8()));

    // 3. An admin with no outlets: nothing to do, nothing dangling, nothing enabled.
    QVERIFY(h.signIn(DemoTokens::noOutlets()));
    QCOMPARE(h.model()->rowCount(), 0);
    FIND_CHILD(QPushButton, fill, h.outlets(), "fillButton");
    QVERIFY(!fill->isEnabled());
    QCOMPARE(h.controller->runProgress().total(), 0);
}

QTEST_MAIN(TestThreeMerchants)
#include "tst_threemerchants.moc"
