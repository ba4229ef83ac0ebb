#pragma once

#include <thread>

namespace gobiz::ui {

// What every start pays once before its first frame and that needs nothing of the main thread,
// done on a worker thread (at idle priority) while the main thread connects to the display and
// builds the controller: fontconfig's configuration and font cache (≈6 ms on Debian 12; Qt's
// font database asks for it when the first widget measures text). Only where Qt's fonts come
// from fontconfig; elsewhere the worker ends at once.
//
// Not needed for a correct start: a start that gets there first does the work itself.
// (Reading the image-format plugins ahead is no longer needed: nothing before the first frame
// loads a picture, see ApplicationStyle.)
class StartupWarmup
{
public:
    StartupWarmup(); // first thing in main(), before the application object
    ~StartupWarmup(); // finish()
    StartupWarmup(const StartupWarmup &) = delete;
    StartupWarmup &operator=(const StartupWarmup &) = delete;

    // Before the first widget is made: fontconfig is then set up once, not twice at the same
    // time (its set-up is thread-safe, but a second caller redoes it rather than waiting).
    void waitForFonts();
    // Joins the worker (done with the fonts by then, or within a few ms). Either may be called
    // any number of times.
    void finish();

private:
    std::thread m_worker;
};

} // namespace gobiz::ui
