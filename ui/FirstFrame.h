#pragma once

#include <QTimer>

#include <chrono>
#include <functional>

class QWidget;

namespace gobiz::ui {

// Work that waits for a window's first frame (the later pages, the window icon, the journal,
// a clear button's icon) starts one display frame after that frame was painted, not on the
// next event-loop turn: by then the display server (and a compositor) has put it on the
// screen, and the work does not take a core from that on a two-core laptop. Nobody can click
// or type within 16 ms of seeing a window.
inline constexpr std::chrono::milliseconds firstFrameSettles{16};

template<typename Functor>
void afterFirstFrame(const QObject *context, Functor &&work)
{
    QTimer::singleShot(firstFrameSettles, context, std::forward<Functor>(work));
}

// Runs work once: afterFirstFrame() of window's first paint, or after fallback if the window
// is not painted by then (covered or minimized from the start). Nothing runs if the window
// goes first.
void whenFirstFrameShown(QWidget *window, std::chrono::milliseconds fallback,
                         std::function<void()> work);

} // namespace gobiz::ui
