#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <vector>

// How long the thread's event loop was unable to run a timer: the responsiveness a person feels.
//
// Method: a 1 ms Qt::PreciseTimer on the measured (GUI) thread. Each timeout records the time
// since the previous one (or since start()); a gap is that interval minus the 1 ms period, never
// below 0. A loop that is free fires every ~1 ms (gap ~0); a slot, a signal cascade or an fsync
// that holds the thread for 40 ms shows up as one 39 ms gap, because Qt does not fire missed
// timeouts twice. So every stall is counted exactly once, whatever blocked the loop, including
// the click itself: start() before requestChanges(), and the first timeout afterwards records
// how long it blocked.
//
// Percentiles are over timeouts, not over time: a run that is idle 90% of the time has many
// ~0 ms samples, so p50 says "usually free" and p99/max are the figures to watch. stalledMs and
// overBudget (gaps > 16 ms, one frame at 60 Hz) say how much of the run was spent stalled.
// The timer itself costs ~1,000 wakeups a second on the measured thread; every scenario pays
// it, the engine-alone comparison too.
class EventLoopGaps
{
public:
    EventLoopGaps()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_gapsMs.reserve(1 << 20);
    }

    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    void stop()
    {
        if (!m_timer.isActive())
            return;
        tick(); // the time since the last timeout counts too
        m_timer.stop();
    }

    struct Figures
    {
        double p50 = 0, p99 = 0, max = 0; // ms
        int samples = 0;
        int overBudget = 0; // gaps > 16 ms
        double stalledMs = 0; // sum of the gaps > 16 ms
        double measuredMs = 0;
    };

    Figures figures() const
    {
        Figures f;
        f.samples = int(m_gapsMs.size());
        f.measuredMs = m_last / 1e6;
        if (m_gapsMs.empty())
            return f;
        std::vector<float> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double q) {
            return double(sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))]);
        };
        f.p50 = at(0.50);
        f.p99 = at(0.99);
        f.max = sorted.back();
        for (float gap : m_gapsMs) {
            if (gap > 16.0f) {
                ++f.overBudget;
                f.stalledMs += gap;
            }
        }
        return f;
    }

    static QJsonObject toJson(const Figures &f)
    {
        return QJsonObject{{QStringLiteral("p50"), f.p50},         {QStringLiteral("p99"), f.p99},
                           {QStringLiteral("max"), f.max},         {QStringLiteral("samples"), f.samples},
                           {QStringLiteral("over16"), f.overBudget},
                           {QStringLiteral("stalledMs"), f.stalledMs},
                           {QStringLiteral("measuredMs"), f.measuredMs}};
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double intervalMs = (now - m_last) / 1e6;
        m_last = now;
        m_gapsMs.push_back(float(std::max(0.0, intervalMs - 1.0)));
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<float> m_gapsMs;
};
