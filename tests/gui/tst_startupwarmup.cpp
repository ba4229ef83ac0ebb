// Issue 8, start-up: the warm-up thread main() starts before the application object. What it
// saves is a figure of gobiz-bench --startup; here, that it always ends, whichever way main()
// goes (a refusal that only prints never asks for the plugin list), and is safe to end twice.
#include "StartupWarmup.h"

#include <QImageReader>
#include <QTest>

using gobiz::ui::StartupWarmup;

class TestStartupWarmup : public QObject
{
    Q_OBJECT
private slots:
    void endsWhenThePluginsAreNeverAskedFor();
    void endsAfterReadingThePluginList();
    void fontsCanBeAwaitedAnyNumberOfTimes();
};

void TestStartupWarmup::endsWhenThePluginsAreNeverAskedFor()
{
    StartupWarmup warmup;
    warmup.finish(); // would wait forever for readImagePlugins()
    warmup.finish();
}

void TestStartupWarmup::endsAfterReadingThePluginList()
{
    {
        StartupWarmup warmup;
        warmup.readImagePlugins();
        warmup.readImagePlugins(); // a second call is harmless
    } // the destructor joins
    // The list the worker read is Qt's own, and whole.
    QVERIFY(QImageReader::supportedImageFormats().contains("png"));
}

void TestStartupWarmup::fontsCanBeAwaitedAnyNumberOfTimes()
{
    StartupWarmup warmup;
    warmup.waitForFonts();
    warmup.waitForFonts();
    warmup.readImagePlugins();
    warmup.finish();
    warmup.waitForFonts(); // after the worker ended, too
}

QTEST_MAIN(TestStartupWarmup)
#include "tst_startupwarmup.moc"
