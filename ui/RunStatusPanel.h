#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// Under the outlets table: how the run goes (the progress of this merchant's run with Stop) and
// the details of the current outlet, in a height that does not change with what they say (the
// messages of the run are above the table, RunMessages).
class RunStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatusPanel(WizardController *controller, QWidget *parent = nullptr);

    void setDetails(const QString &details);

signals:
    void stopped();
    // Stop had the focus when the run ended (and so was disabled under it).
    void focusReleased();

private:
    void onProgress();

    WizardController *m_controller;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_stop;
    QLabel *m_details;
};

} // namespace gobiz::ui
