#include "StartupWarmup.h"

#ifdef GOBIZ_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace gobiz::ui {

StartupWarmup::StartupWarmup()
{
    std::promise<void> fonts;
    m_fonts = fonts.get_future();
    m_worker = std::thread([fonts = std::move(fonts)]() mutable {
#ifdef GOBIZ_HAVE_FONTCONFIG
        FcInit(); // loads the configuration and the font cache Qt's font database reads
#endif
        fonts.set_value();
    });
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
    m_fonts.wait(); // a future waited on stays valid: any number of times
}

} // namespace gobiz::ui
