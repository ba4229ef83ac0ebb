#pragma once

#include <QObject>
#include <chrono>
#include <functional>
#include <map>

class QSocketNotifier;
class QTimer;

namespace gobiz::sandbox {

// Calls each callback once its delay has passed, to the microsecond where the system allows.
//
// Why not QTimer: Qt's UNIX event dispatcher rounds every wait up to a whole millisecond, so a
// "10 ms" answer left after 10.0-11.0 ms (0.55 ms late on average, measured), and answers due
// within the same millisecond left together. A sandbox that holds every request a little too
// long, and releases them in bunches, makes every client look slower than it is: the clients'
// requests arrive in step and queue behind one another. On Linux one timerfd, armed for the
// earliest deadline with nanosecond resolution, wakes the event loop exactly; elsewhere a
// precise QTimer does (with Qt's rounding).
class DelayQueue : public QObject
{
    Q_OBJECT
public:
    explicit DelayQueue(QObject *parent = nullptr);
    ~DelayQueue() override;

    // Runs callback in this object's thread delayMs after now (at once, from the event loop,
    // when delayMs <= 0). Callbacks due at the same moment run in the order they were added.
    void callAfter(qint64 delayMs, std::function<void()> callback);
    // Forgets every callback not yet run.
    void clear();
    int size() const { return int(m_due.size()); }

private:
    using Clock = std::chrono::steady_clock;
    void runDue();
    void arm();

    std::multimap<Clock::time_point, std::function<void()>> m_due;
    int m_timerFd = -1; // Linux
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_fallback = nullptr; // elsewhere
};

} // namespace gobiz::sandbox
