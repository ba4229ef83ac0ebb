#pragma once

#include <functional>

class QObject;

namespace gobiz::platform {

// Calls onSignal from context's event loop each time the process gets SIGINT (Ctrl-C) or
// SIGTERM, on Unix. A signal handler may only do async-signal-safe things, so it writes one
// byte to a socket pair and a QSocketNotifier in the event loop reads it (the self-pipe trick).
// Elsewhere it does nothing, and Ctrl-C ends the process the default way. Once per process
// (there is one set of handlers); false when already installed or the socket pair failed.
bool onStopSignals(QObject *context, std::function<void()> onSignal);

} // namespace gobiz::platform
