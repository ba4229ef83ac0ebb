#include "platform/StopSignals.h"

#include <QObject>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace gobiz::platform {

#ifdef Q_OS_UNIX
namespace {

int g_signalPipe[2] = {-1, -1}; // [0]: the handler writes, [1]: the event loop reads

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

bool onStopSignals(QObject *context, std::function<void()> onSignalArrived)
{
    if (g_signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context,
                     [callback = std::move(onSignalArrived)] {
                         char byte;
                         [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
                         callback(); // once per signal: a second Ctrl-C is a second call
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return true;
}
#else
bool onStopSignals(QObject *, std::function<void()>)
{
    return false;
}
#endif

} // namespace gobiz::platform
