#pragma once

#include <chrono>
#include <functional>

class QWidget;

namespace gobiz::ui {

// Work that waits for a window's first frame (the later pages, the window icon, the journal,
// a clear button's icon) starts one display frame (16 ms) after that frame was painted, not on
// the next event-loop turn: by then the display server (and a compositor) has put it on the
// screen, and the work does not take a core from that on a two-core laptop. Nobody can click
// or type within 16 ms of seeing a window.
//
// Runs work once, that long after widget's first paint. Nothing runs if the widget goes first.
void whenFirstFrameShown(QWidget *widget, std::function<void()> work);
// The same, and after fallback if the widget is not painted by then (a window covered or
// minimized from the start): for work that must happen in any case.
void whenFirstFrameShown(QWidget *widget, std::chrono::milliseconds fallback,
                         std::function<void()> work);

} // namespace gobiz::ui
