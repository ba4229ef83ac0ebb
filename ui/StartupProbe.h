#pragma once

// Start-up timing seam, header-only so that the bare QWizard the start-up benchmark compares
// against (tests/bench/bare_wizard.cpp) uses exactly the same one.
//
// With GOBIZ_STARTUP_PROBE=1 in the environment the program, the first time its window is
// painted, prints one line "gobiz-startup-shown <ms since main>" on stdout and quits with exit
// code 0. gobiz-bench --startup times that line from the outside; tst_cli uses it to check
// what a normal start prints. Without the variable it does nothing.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace gobiz::ui {

class StartupProbe : public QObject
{
public:
    static constexpr char variable[] = "GOBIZ_STARTUP_PROBE";
    static constexpr char linePrefix[] = "gobiz-startup-shown ";

    // Call first thing in main(), before the application object, so the figure covers it.
    static QElapsedTimer &clock()
    {
        static QElapsedTimer timer = [] {
            QElapsedTimer started;
            started.start();
            return started;
        }();
        return timer;
    }

    static bool isWanted() { return qEnvironmentVariableIntValue(variable) == 1; }

    // Watches window; does nothing unless isWanted().
    static void watch(QWidget *window)
    {
        if (isWanted())
            window->installEventFilter(new StartupProbe(window));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint has been delivered: the window is on screen.
            QTimer::singleShot(0, this, [] {
                std::printf("%s%.3f\n", linePrefix, double(clock().nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit StartupProbe(QObject *parent) : QObject(parent) { }
    bool m_seen = false;
};

} // namespace gobiz::ui
