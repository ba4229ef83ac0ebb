#pragma once

#include <future>
#include <thread>

namespace gobiz::ui {

// What every start pays once before its first frame and that needs nothing of the main thread,
// done on a worker thread while the main thread connects to the display and builds the
// controller:
// - fontconfig's configuration and font cache (≈6 ms on Debian 12; Qt's font database asks
//   for it when the first widget measures text). Only where Qt's fonts come from fontconfig.
// - the list of image-format plugins, read from each plugin file (≈2 ms; the style's first
//   pixmap asks for it). Needs the application's plugin paths, so only once it exists; and
//   Qt holds its plugin-loader lock meanwhile, so only once the main thread has loaded what
//   it needs before the window (network, SQL and style plugins).
// Neither is needed for a correct start: a start that gets there first does the work itself.
class StartupWarmup
{
public:
    StartupWarmup(); // first thing in main(), before the application object
    ~StartupWarmup(); // finish()
    StartupWarmup(const StartupWarmup &) = delete;
    StartupWarmup &operator=(const StartupWarmup &) = delete;

    // The GUI application exists and the window is next: the plugin list can be read. Without
    // this call (a start that only prints), the worker stops after the fonts.
    void readImagePlugins();
    // Before the first widget is made: fontconfig is then set up once, not twice at the same
    // time (its set-up is thread-safe, but a second caller redoes it rather than waiting).
    void waitForFonts();
    // Lets the worker end (a few ms at most) and joins it: before the application object goes,
    // whose plugin paths it may be reading.
    void finish();

private:
    std::promise<bool> m_readPlugins; // true: read the plugin list; false: stop
    std::future<void> m_fonts;
    bool m_pluginsAsked = false;
    std::thread m_worker;
};

} // namespace gobiz::ui
