#include "sandbox/DelayQueue.h"

#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <unistd.h>
#endif

namespace gobiz::sandbox {

DelayQueue::DelayQueue(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_LINUX
    // steady_clock is CLOCK_MONOTONIC on Linux, so its time points are the timerfd's.
    m_timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd >= 0) {
        m_notifier = new QSocketNotifier(m_timerFd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_timerFd, &expirations, sizeof expirations);
            runDue();
        });
        return;
    }
#endif
    m_fallback = new QTimer(this);
    m_fallback->setSingleShot(true);
    m_fallback->setTimerType(Qt::PreciseTimer);
    connect(m_fallback, &QTimer::timeout, this, &DelayQueue::runDue);
}

DelayQueue::~DelayQueue()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        delete m_notifier; // before its descriptor goes
        m_notifier = nullptr;
        ::close(m_timerFd);
    }
#endif
}

void DelayQueue::callAfter(qint64 delayMs, std::function<void()> callback)
{
    const Clock::time_point due
        = Clock::now() + std::chrono::milliseconds(qMax<qint64>(0, delayMs));
    const bool earliest = m_due.empty() || due < m_due.begin()->first;
    m_due.emplace(due, std::move(callback)); // after equal keys: the order they were added
    if (earliest)
        arm();
}

void DelayQueue::clear()
{
    m_due.clear();
    arm();
}

void DelayQueue::runDue()
{
    // Take the due ones out first: a callback may add (or clear) entries.
    const Clock::time_point now = Clock::now();
    std::multimap<Clock::time_point, std::function<void()>> due;
    while (!m_due.empty() && m_due.begin()->first <= now)
        due.insert(due.end(), m_due.extract(m_due.begin()));
    for (auto &[when, callback] : due)
        callback();
    arm();
}

void DelayQueue::arm()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        itimerspec spec{}; // all zero: disarmed
        if (!m_due.empty()) {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                m_due.begin()->first.time_since_epoch())
                                .count();
            // 0 would disarm: a deadline at the clock's very start is due anyway.
            spec.it_value.tv_sec = time_t(ns / 1000000000);
            spec.it_value.tv_nsec = long(qMax<qint64>(1, ns % 1000000000));
        }
        ::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
        return;
    }
#endif
    if (m_due.empty()) {
        m_fallback->stop();
        return;
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(m_due.begin()->first
                                                                   - Clock::now());
    m_fallback->start(int(qMax<qint64>(0, left.count())));
}

} // namespace gobiz::sandbox
