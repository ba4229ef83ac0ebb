#include "Terminal.h"

#include "cli/CliCommand.h"
#include "platform/StopSignals.h"

#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#else
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#endif

namespace gobiz::cli {

Terminal::Terminal(QObject *parent)
    : QObject(parent)
    , m_stdinTty(isatty(fileno(stdin)) != 0)
    , m_stderrTty(isatty(fileno(stderr)) != 0)
{
    const QByteArray term = qgetenv("TERM");
    m_colour = m_stderrTty && qEnvironmentVariableIsEmpty("NO_COLOR") && term != "dumb";
}

Terminal::~Terminal()
{
    endProgress();
}

int Terminal::width() const
{
#ifdef Q_OS_UNIX
    struct winsize size = {};
    if (m_stderrTty && ::ioctl(fileno(stderr), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
#endif
    return 80;
}

void Terminal::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Terminal::writeErr(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Terminal::endProgress()
{
    if (m_progressShown) {
        writeErr("\r\x1b[K");
        m_progressShown = false;
    }
}

void Terminal::message(const QString &text)
{
    endProgress();
    writeErr(text.toUtf8() + '\n');
}

void Terminal::warning(const QString &text)
{
    endProgress();
    writeErr(m_colour ? "\x1b[31m" + text.toUtf8() + "\x1b[0m\n" : text.toUtf8() + '\n');
}

void Terminal::progress(const QString &text)
{
    if (!m_stderrTty)
        return;
    writeErr("\r\x1b[K" + text.left(width() - 1).toUtf8());
    m_progressShown = true;
}

void Terminal::ask(const QString &question, std::function<void(bool yes)> answered)
{
    endProgress();
    writeErr(question.toUtf8() + ' ' + Tr::tr("[y/N]").toUtf8() + ' ');
    m_answered = std::move(answered);
    m_line.clear();
#ifdef Q_OS_UNIX
    if (!m_input) {
        m_input = new QSocketNotifier(fileno(stdin), QSocketNotifier::Read, this);
        connect(m_input, &QSocketNotifier::activated, this, &Terminal::onInput);
    }
    m_input->setEnabled(true);
#else
    // No notifier for a console handle: a short blocking read (nothing is in flight yet).
    char buffer[256] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    m_line = got ? QByteArray(buffer) : QByteArray("\n");
    onInput();
#endif
}

void Terminal::onInput()
{
#ifdef Q_OS_UNIX
    char buffer[256];
    const ssize_t got = ::read(fileno(stdin), buffer, sizeof buffer);
    if (got > 0)
        m_line.append(buffer, got);
    if (got > 0 && !m_line.contains('\n'))
        return; // the rest of the line comes later
    m_input->setEnabled(false);
#endif
    const QString answer = QString::fromUtf8(m_line).trimmed().toLower();
    const bool yes = answer == u"y" || answer == u"yes" || answer == u"ya"
        || answer == Tr::tr("y") || answer == Tr::tr("yes");
    if (m_line.isEmpty() || !m_line.endsWith('\n'))
        writeErr("\n");
    auto answered = std::move(m_answered);
    m_answered = nullptr;
    if (answered)
        answered(yes);
}

Interrupts::Interrupts(QObject *parent)
    : QObject(parent)
{
}

void Interrupts::install()
{
    platform::onStopSignals(this, [this] { emit interrupted(++m_count); });
}

} // namespace gobiz::cli
