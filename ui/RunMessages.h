#pragma once

#include "InlineMessage.h"

#include <QTimer>
#include <QWidget>

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// Above the outlets table, what the run has to say, where a message that comes and goes moves
// no control: why it waits and until when (a long Retry-After counts down), what did not go
// through once it ends (failed ones one click away, stopped ones with a way to send them), and
// the page's latest notice.
class RunMessages : public QWidget
{
    Q_OBJECT
public:
    explicit RunMessages(WizardController *controller, QWidget *parent = nullptr);

    // The one line the outlets page uses to say what happened; a new one replaces it.
    void showNotice(InlineMessage::Type type, const QString &text);
    void clearNotice();
    QString noticeText() const;

    // "1:12", "12:05", "1:02:03": what is left of a wait, for the countdown.
    static QString countdown(qint64 seconds);

signals:
    void showFailedRequested();
    // Send again what failed (FailedChanges) or what was stopped (StoppedChanges).
    void retryRequested(int which);

private:
    void onPaused(const QString &message, bool needsToken);
    void updateWait();
    void updateOutcome();

    WizardController *m_controller;
    InlineMessage *m_waitBanner;
    InlineMessage *m_outcomeBanner;
    InlineMessage *m_notice;
    QTimer m_tick; // the countdown, once a second while a wait is shown
    QString m_pauseMessage;
    bool m_offersResume = false; // the wait banner shows Resume
    int m_shownFailed = -1;
    int m_shownStopped = -1;
};

} // namespace gobiz::ui
