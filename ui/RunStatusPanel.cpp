#include "RunStatusPanel.h"

#include "Layouts.h"
#include "session/WizardController.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace gobiz::ui {

RunStatusPanel::RunStatusPanel(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_pauseBanner(named(new InlineMessage(this), "pauseBanner")),
      m_notice(named(new InlineMessage(this), "notice")),
      m_progress(named(new QProgressBar(this), "progressBar")),
      m_progressLabel(named(new QLabel(this), "progressLabel")),
      m_stop(named(new QPushButton(tr("S&top"), this), "stopButton")),
      m_details(named(selectableText(this), "detailsLabel"))
{
    setObjectName(QStringLiteral("runStatusPanel"));

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Progress of the link operations"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_stop->setToolTip(tr("Cancel every request that has not finished"));
    m_stop->setEnabled(false); // until a run starts
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller->cancelAll();
        showNotice(InlineMessage::Type::Info,
                   tr("Cancelled. Outlets whose request was already sent show \"Unknown\": GoBiz "
                      "may or may not have applied it."));
    });

    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Details of the current outlet"));

    flush(column({m_pauseBanner, m_notice,
                  row({growing(m_progress), m_progressLabel, m_stop}), m_details},
                 this));

    connect(controller, &WizardController::runProgressChanged, this, &RunStatusPanel::onProgress);
    connect(controller, &WizardController::runPaused, this,
            [this](const QString &message, bool needsToken) {
                if (needsToken)
                    return; // the page asks for a new token instead
                m_pauseBanner->showMessage(InlineMessage::Type::Warning, message);
                QPushButton *resume =
                    named(m_pauseBanner->addButton(tr("R&esume")), "resumeButton");
                connect(resume, &QPushButton::clicked, this, [this] {
                    m_pauseBanner->clear();
                    m_controller->resume();
                });
            });
    connect(controller, &WizardController::runStateChanged, this, [this] {
        const auto state = m_controller->runState();
        if (state == WizardController::RunState::Running
            || state == WizardController::RunState::Idle)
            m_pauseBanner->clear();
    });
    connect(controller, &WizardController::busyChanged, m_stop, &QPushButton::setEnabled);
}

void RunStatusPanel::showNotice(InlineMessage::Type type, const QString &text)
{
    m_notice->showMessage(type, text);
}

void RunStatusPanel::clearNotice()
{
    m_notice->clear();
}

void RunStatusPanel::setDetails(const QString &details)
{
    m_details->setText(details);
}

void RunStatusPanel::retryFailed()
{
    const int sent = m_controller->retryFailed();
    showNotice(InlineMessage::Type::Info, tr("Sending %n failed request(s) again.", nullptr, sent));
}

void RunStatusPanel::onProgress()
{
    // This merchant's run: changes asked for, whatever batch they came in.
    const LinkRun::Progress progress = m_controller->runProgress();
    const int total = progress.total();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(total - progress.remaining);
    QString text = total == 0 ? QString()
                              : tr("%1 done, %2 failed, %3 remaining")
                                    .arg(progress.done)
                                    .arg(progress.failed)
                                    .arg(progress.remaining);
    if (progress.unknown > 0)
        text += tr(", %n unknown (stopped after sending)", nullptr, progress.unknown);
    if (progress.notSent > 0)
        text += tr(", %n not sent", nullptr, progress.notSent);
    m_progressLabel->setText(text);
}

} // namespace gobiz::ui
