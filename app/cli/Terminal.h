#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QSocketNotifier;

namespace gobiz::cli {

// Where gobiz-outlets writes: results on stdout, messages and progress on stderr. A live
// progress line when stderr is a terminal, plain lines otherwise; colour only on a terminal and
// never with NO_COLOR. Questions are read from stdin when it is a terminal, without blocking
// the event loop (a QSocketNotifier on Unix).
class Terminal : public QObject
{
    Q_OBJECT
public:
    explicit Terminal(QObject *parent = nullptr);
    ~Terminal() override;

    bool isInteractive() const { return m_stdinTty && m_stderrTty; } // may ask questions
    bool showsProgressBar() const { return m_stderrTty; }
    bool usesColour() const { return m_colour; }
    int width() const; // columns of the terminal (80 when unknown)

    void out(const QByteArray &bytes); // stdout, flushed
    void message(const QString &text); // one line on stderr (after the progress line)
    void warning(const QString &text); // the same, marked (red on a colour terminal)
    void progress(const QString &text); // the live line (terminal only)
    void endProgress();

    // Asks a yes/no question on stderr and reads the answer from stdin; answered(true) only
    // for y/yes (any language's "ya" too). No nested event loop.
    void ask(const QString &question, std::function<void(bool yes)> answered);

private:
    void writeErr(const QByteArray &bytes);
    void onInput();

    bool m_stdinTty = false;
    bool m_stderrTty = false;
    bool m_colour = false;
    bool m_progressShown = false;
    QSocketNotifier *m_input = nullptr;
    QByteArray m_line;
    std::function<void(bool)> m_answered;
};

// Ctrl-C (SIGINT) and SIGTERM, delivered to the event loop (a self-pipe and a QSocketNotifier
// on Unix; Windows keeps its default handling). interrupted(n): the n-th since install().
class Interrupts : public QObject
{
    Q_OBJECT
public:
    explicit Interrupts(QObject *parent = nullptr);
    void install();

signals:
    void interrupted(int count);

private:
    int m_count = 0;
};

} // namespace gobiz::cli
