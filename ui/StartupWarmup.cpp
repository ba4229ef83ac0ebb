#include "StartupWarmup.h"

#ifdef GOBIZ_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#if __has_include(<pthread.h>)
#include <pthread.h>
#include <sched.h>
#endif

namespace gobiz::ui {

namespace {

// The worker only uses a core nobody else wants: while the application object connects to the
// display, the main thread and the display server take turns on two cores, and a worker at
// normal priority took from both (the application object 16.3 -> 19.5 ms; at idle priority
// 17.9 ms, with the fonts still ready before the first widget: Xvfb, 40 starts each).
void runAtIdlePriority()
{
#if defined(SCHED_IDLE) && __has_include(<pthread.h>)
    sched_param none{};
    none.sched_priority = 0;
    pthread_setschedparam(pthread_self(), SCHED_IDLE, &none); // best effort
#endif
}

} // namespace

StartupWarmup::StartupWarmup()
    : m_worker([] {
          runAtIdlePriority();
#ifdef GOBIZ_HAVE_FONTCONFIG
          FcInit(); // loads the configuration and the font cache Qt's font database reads
#endif
      })
{
}

StartupWarmup::~StartupWarmup()
{
    finish();
}

void StartupWarmup::finish()
{
    if (m_worker.joinable())
        m_worker.join();
}

void StartupWarmup::waitForFonts()
{
    finish(); // the fonts are all the worker does
}

} // namespace gobiz::ui
