#include "FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace gobiz::ui {

namespace {

constexpr std::chrono::milliseconds firstFrameSettles{16};

// Lives on the widget until the work has run (then it deletes itself).
class FirstFrameWatch : public QObject
{
public:
    FirstFrameWatch(QWidget *widget, std::optional<std::chrono::milliseconds> fallback,
                    std::function<void()> work)
        : QObject(widget), m_work(std::move(work))
    {
        widget->installEventFilter(this);
        if (fallback)
            QTimer::singleShot(*fallback, this, [this] { run(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(firstFrameSettles, this, [this] { run(); });
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

void whenFirstFrameShown(QWidget *widget, std::function<void()> work)
{
    new FirstFrameWatch(widget, std::nullopt, std::move(work));
}

void whenFirstFrameShown(QWidget *widget, std::chrono::milliseconds fallback,
                         std::function<void()> work)
{
    new FirstFrameWatch(widget, fallback, std::move(work));
}

} // namespace gobiz::ui
