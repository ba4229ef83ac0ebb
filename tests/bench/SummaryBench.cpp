// gobiz-summary-bench: what a person feels when a large run's summary appears. The real wizard
// (tests/gui's WizardHarness: controller, journal, in-process sandbox at 0 ms) with N outlets,
// each linked to GoFood and to Payment through the outlets page (2N changes); then the figure:
// Next clicked on the outlets page until the summary page has shown its table and painted it,
// and the longest time the GUI thread's event loop could not run (EventLoopGaps) meanwhile.
//
//   gobiz-summary-bench [--outlets N[,N...]] [--quick]
//
// Goal (ours, beside issue 8's table goals): the window never stalls over 100 ms on the way,
// for 10,000 changes; the page appears at once saying "Preparing the summary…", and its table
// follows the journal's read, a figure without a goal. Figures, not a test: --quick (used by
// ctest) only checks that every step runs.
#include "EventLoopGaps.h"
#include "WizardTestSupport.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <cstdio>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

QList<int> g_outletCounts = {1000, 2500, 5000};
bool g_quick = false;

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

class SummaryBench : public QObject
{
    Q_OBJECT
private slots:
    void summaryOfALargeRun_data();
    void summaryOfALargeRun();
};

void SummaryBench::summaryOfALargeRun_data()
{
    QTest::addColumn<int>("outlets");
    for (int outlets : std::as_const(g_outletCounts))
        QTest::addRow("%d outlets", outlets) << outlets;
}

void SummaryBench::summaryOfALargeRun()
{
    QFETCH(int, outlets);
    WizardHarness h(FixtureGenerator::fixture(outlets, 8080));
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    QCOMPARE(h.model()->rowCount(), outlets);
    h.fillAllExternalIds();
    h.server->faults().setBaseLatency(0);
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    FIND_CHILD(QPushButton, linkPayment, h.outlets(), "linkPaymentButton");
    // Every outlet, as a person selects them: Ctrl+A in the table (one selection range).
    FIND_CHILD(QTableView, outletTable, h.outlets(), "outletTable");
    QTest::keyClick(outletTable, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(outletTable->selectionModel()->selectedRows().size(), outlets);
    Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
    QTest::mouseClick(linkGoFood, Qt::LeftButton);
    QTest::mouseClick(linkPayment, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller->runProgress().done == 2 * outlets && h.idle()
            && h.controller->isJournalIdle(),
        600000);

    // The figure: Next, until the summary's table is there and painted.
    QSignalSpy shown(h.summary(), &SummaryPage::reportShown);
    EventLoopGaps gaps;
    QElapsedTimer clock;
    gaps.start();
    clock.start();
    h.clickNext();
    QVERIFY(shown.count() == 1 || shown.wait(60000));
    FIND_CHILD(QAbstractItemView, table, h.summary(), "summaryTable");
    table->viewport()->repaint();
    const double shownMs = clock.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents(); // a timeout of the gap timer after the paint
    gaps.stop();
    QCOMPARE(table->model()->rowCount(), 2 * outlets);
    const EventLoopGaps::Figures stalls = gaps.figures();
    print(QStringLiteral("%1 outlets, %2 changes: Next -> summary table filled and painted "
                         "%3 ms; longest GUI-thread stall %4 ms%5")
              .arg(outlets)
              .arg(2 * outlets)
              .arg(shownMs, 0, 'f', 1)
              .arg(stalls.max, 0, 'f', 1)
              .arg(g_quick || 2 * outlets < 10000
                      ? QString()
                      : (stalls.max <= 100 ? u"   PASS (goal: stall <= 100 ms)"_qs
                                           : u"   MISS (goal: stall <= 100 ms)"_qs)));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("gobiz.*.info=false")); // one line a request
    QStringList testArgs;
    const QStringList args = app.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--quick") {
            g_quick = true;
            g_outletCounts = {100};
        } else if (args.at(i) == u"--outlets" && i + 1 < args.size()) {
            g_outletCounts.clear();
            for (const QString &count : args.at(++i).split(u','))
                g_outletCounts.append(count.toInt());
        } else {
            testArgs.append(args.at(i));
        }
    }
    SummaryBench bench;
    return QTest::qExec(&bench, testArgs);
}

#include "SummaryBench.moc"
