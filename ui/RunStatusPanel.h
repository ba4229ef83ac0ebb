#pragma once

#include "InlineMessage.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// Under the outlets table: how the run goes and what just happened. A banner with Resume when
// the engine pauses (network down, GoBiz asking to slow down), the page's latest notice, the
// progress with Stop, and the details of the current outlet.
class RunStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusPanel(WizardController *controller, QWidget *parent = nullptr);

    // The one line the outlets page uses to say what happened; a new one replaces it.
    void showNotice(InlineMessage::Type type, const QString &text);
    void clearNotice();
    void setDetails(const QString &details);

    // Sends every failed request again and says how many.
    void retryFailed();

private:
    void onProgress();

    WizardController *m_controller;
    InlineMessage *m_pauseBanner;
    InlineMessage *m_notice;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_stop;
    QLabel *m_details;
};

} // namespace gobiz::ui
