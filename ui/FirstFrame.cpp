#include "FirstFrame.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace gobiz::ui {

namespace {

// Lives on the window until the work has run (then it deletes itself).
class FirstFrameWatch : public QObject
{
public:
    FirstFrameWatch(QWidget *window, std::chrono::milliseconds fallback, std::function<void()> work)
        : QObject(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
        QTimer::singleShot(fallback, this, [this] { run(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            afterFirstFrame(this, [this] { run(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void run()
    {
        if (!m_work)
            return;
        const std::function<void()> work = std::exchange(m_work, {});
        deleteLater();
        work();
    }

    std::function<void()> m_work;
    bool m_painted = false;
};

} // namespace

void whenFirstFrameShown(QWidget *window, std::chrono::milliseconds fallback,
                         std::function<void()> work)
{
    new FirstFrameWatch(window, fallback, std::move(work));
}

} // namespace gobiz::ui
