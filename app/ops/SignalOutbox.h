#pragma once

#include <QList>
#include <functional>

namespace gobiz {

// Signals of an object whose slots may call back in: each waits here until the object's state is
// consistent, then all go out in the order they were posted. A flush while one is under way
// (a slot called back in) delivers nothing itself: the outer flush delivers what it posted.
class SignalOutbox
{
public:
    void post(std::function<void()> emission) { m_pending.append(std::move(emission)); }

    void flush()
    {
        if (m_flushing)
            return;
        m_flushing = true;
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const auto emission = m_pending.at(i); // a copy: emitting may post more
            emission();
        }
        m_pending.clear();
        m_flushing = false;
    }

private:
    QList<std::function<void()>> m_pending;
    bool m_flushing = false;
};

} // namespace gobiz
