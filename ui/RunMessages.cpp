#include "RunMessages.h"

#include "Layouts.h"
#include "session/WizardController.h"

#include <QLocale>
#include <QPushButton>

namespace gobiz::ui {

RunMessages::RunMessages(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_waitBanner(named(new InlineMessage(this), "pauseBanner")),
      m_outcomeBanner(named(new InlineMessage(this), "outcomeBanner")),
      m_notice(named(new InlineMessage(this), "notice"))
{
    setObjectName(QStringLiteral("runMessages"));
    flush(column({m_waitBanner, m_outcomeBanner, m_notice}, this));

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RunMessages::updateWait);
    connect(controller, &WizardController::runPaused, this, &RunMessages::onPaused);
    connect(controller, &WizardController::runStateChanged, this, [this] {
        const auto state = m_controller->runState();
        if (state == WizardController::RunState::Running
            || state == WizardController::RunState::Idle) {
            m_tick.stop();
            m_waitBanner->clear();
        }
    });
    connect(controller, &WizardController::busyChanged, this, &RunMessages::updateOutcome);
    connect(controller, &WizardController::runProgressChanged, this, [this] {
        if (!m_controller->isBusy())
            updateOutcome();
    });
}

void RunMessages::showNotice(InlineMessage::Type type, const QString &text)
{
    m_notice->showMessage(type, text);
}

void RunMessages::clearNotice()
{
    m_notice->clear();
}

QString RunMessages::noticeText() const
{
    return m_notice->text();
}

QString RunMessages::countdown(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s))
                 : QStringLiteral("%1:%2").arg(m).arg(two(s));
}

void RunMessages::onPaused(const QString &message, bool needsToken)
{
    if (needsToken)
        return; // the page asks for a new token instead
    m_pauseMessage = message;
    updateWait();
}

// A paused run says what it waits for: GoBiz's Retry-After with a countdown (and whether it goes
// on by itself then), or the person (Resume).
void RunMessages::updateWait()
{
    if (m_controller->runState() != WizardController::RunState::Paused) {
        m_tick.stop();
        m_waitBanner->clear();
        return;
    }
    const QDateTime until = m_controller->resumeNotBefore();
    const qint64 left = until.isValid()
        ? (QDateTime::currentDateTimeUtc().msecsTo(until) + 999) / 1000
        : 0;
    const QString at = QLocale().toString(until.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    QString text;
    bool offerResume = true;
    if (left > 0 && m_controller->resumesByItself()) {
        text = tr("Waiting for GoBiz, which asked us to slow down: sending continues by itself "
                  "at %1 (%2 left). Nothing waiting was lost.")
                   .arg(at, countdown(left));
        offerResume = false;
    } else if (left > 0) {
        text = tr("Waiting for GoBiz, which asked us to slow down: sending may continue at %1 "
                  "(%2 left). Press Resume to continue then by itself. Nothing waiting was lost.")
                   .arg(at, countdown(left));
    } else {
        text = until.isValid() ? tr("The wait GoBiz asked for is over. Press Resume to continue "
                                    "sending; nothing waiting was lost.")
                               : m_pauseMessage;
    }
    if (m_waitBanner->isHidden() || m_offersResume != offerResume) {
        m_waitBanner->showMessage(InlineMessage::Type::Warning, text);
        m_offersResume = offerResume;
        if (offerResume) {
            QPushButton *resume = named(m_waitBanner->addButton(tr("R&esume")), "resumeButton");
            connect(resume, &QPushButton::clicked, this, [this] {
                m_controller->resume();
                updateWait();
            });
        }
    } else {
        // The same banner, its text updated: a button with the focus keeps it.
        m_waitBanner->setText(text);
    }
    if (left > 0)
        m_tick.start();
    else
        m_tick.stop();
}

// Once the run rests: what did not go through, with the next step.
void RunMessages::updateOutcome()
{
    if (m_controller->isBusy()) {
        m_outcomeBanner->clear();
        m_shownFailed = m_shownStopped = -1;
        return;
    }
    const int failed = m_controller->unfinishedCount(LinkRun::FailedChanges);
    const int stopped = m_controller->unfinishedCount(LinkRun::StoppedChanges);
    if (failed == m_shownFailed && stopped == m_shownStopped)
        return;
    m_shownFailed = failed;
    m_shownStopped = stopped;
    if (failed == 0 && stopped == 0) {
        m_outcomeBanner->clear();
        return;
    }
    QStringList parts;
    if (failed > 0)
        parts << tr("%n change(s) did not go through (failed, or stopped after sending).", nullptr,
                    failed);
    if (stopped > 0)
        parts << tr("%n change(s) were not sent: the run was stopped before them.", nullptr,
                    stopped);
    m_outcomeBanner->showMessage(failed > 0 ? InlineMessage::Type::Error
                                            : InlineMessage::Type::Warning,
                                 parts.join(u' '));
    if (failed > 0) {
        QPushButton *show = named(m_outcomeBanner->addButton(tr("S&how them")), "showFailedButton");
        show->setToolTip(tr("Show only the outlets whose change did not go through"));
        connect(show, &QPushButton::clicked, this, &RunMessages::showFailedRequested);
        QPushButton *retry =
            named(m_outcomeBanner->addButton(tr("&Retry failed")), "retryFailedButton");
        retry->setToolTip(tr("Send again every change that did not go through"));
        connect(retry, &QPushButton::clicked, this,
                [this] { emit retryRequested(LinkRun::FailedChanges); });
    }
    if (stopped > 0) {
        QPushButton *send =
            named(m_outcomeBanner->addButton(tr("Send the &stopped ones")), "sendStoppedButton");
        send->setToolTip(tr("Send the changes the run was stopped before"));
        connect(send, &QPushButton::clicked, this,
                [this] { emit retryRequested(LinkRun::StoppedChanges); });
    }
}

} // namespace gobiz::ui
