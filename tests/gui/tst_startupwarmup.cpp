// Issue 8, start-up: the warm-up thread main() starts before the application object. What it
// saves is a figure of gobiz-bench --startup; here, that it always ends, whichever way main()
// goes, and that its fonts can be awaited and it can be ended more than once.
#include "StartupWarmup.h"

#include <QTest>

using gobiz::ui::StartupWarmup;

class TestStartupWarmup : public QObject
{
    Q_OBJECT
private slots:
    void endsWithoutBeingAwaited();
    void fontsCanBeAwaitedAnyNumberOfTimes();
};

void TestStartupWarmup::endsWithoutBeingAwaited()
{
    {
        StartupWarmup warmup; // a start that only prints: nobody waits for the fonts
    } // the destructor joins
    StartupWarmup warmup;
    warmup.finish();
    warmup.finish();
}

void TestStartupWarmup::fontsCanBeAwaitedAnyNumberOfTimes()
{
    StartupWarmup warmup;
    warmup.waitForFonts();
    warmup.waitForFonts();
    warmup.finish();
    warmup.waitForFonts(); // after the worker ended, too
}

QTEST_MAIN(TestStartupWarmup)
#include "tst_startupwarmup.moc"
