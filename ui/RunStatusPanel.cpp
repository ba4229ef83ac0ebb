#include "RunStatusPanel.h"

#include "Layouts.h"
#include "session/WizardController.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>

namespace gobiz::ui {

namespace {
// Lines the details of an outlet take: the name, the external id and one per product, with room
// for one that wraps. Fixed, so the controls above do not move as the current outlet changes.
constexpr int detailLines = 5;
} // namespace

RunStatusPanel::RunStatusPanel(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
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
    m_stop->setToolTip(tr("Stop sending: changes not sent yet stay as they are, and can be sent "
                          "later"));
    m_stop->setAutoDefault(false);
    m_stop->setEnabled(false); // until a run starts
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller->cancelAll();
        emit stopped();
    });

    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Details of the current outlet"));
    // In a fixed height that scrolls when a long reason needs more.
    auto *detailsArea = named(new QScrollArea(this), "detailsArea");
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);
    detailsArea->setFrameShape(QFrame::NoFrame);
    detailsArea->setFocusPolicy(Qt::NoFocus);
    detailsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsArea->setBackgroundRole(QPalette::Window);
    detailsArea->setFixedHeight(m_details->fontMetrics().lineSpacing() * detailLines
                                + 2 * m_details->margin());

    flush(column({row({growing(m_progress), m_progressLabel, m_stop}), detailsArea}, this));

    connect(controller, &WizardController::runProgressChanged, this, &RunStatusPanel::onProgress);
    connect(controller, &WizardController::busyChanged, this, [this](bool busy) {
        // Disabling the focused Stop would hand the focus to whatever comes next (< Back):
        // the page puts it somewhere Enter goes forward from.
        const bool hadFocus = m_stop->hasFocus();
        m_stop->setEnabled(busy);
        if (hadFocus && !busy)
            emit focusReleased();
    });
}

void RunStatusPanel::setDetails(const QString &details)
{
    m_details->setText(details);
}

void RunStatusPanel::onProgress()
{
    // This merchant's run: every change asked for, whatever batch it came in.
    const LinkRun::Progress progress = m_controller->runProgress();
    const int total = progress.total();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(total - progress.remaining);
    if (total == 0) {
        m_progressLabel->clear();
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 done").arg(locale.toString(progress.done));
    if (progress.failed > 0)
        parts << tr("%1 failed").arg(locale.toString(progress.failed));
    if (progress.unknown > 0)
        parts << tr("%1 unknown (stopped after sending)").arg(locale.toString(progress.unknown));
    if (progress.stopped > 0)
        parts << tr("%1 not sent (stopped)").arg(locale.toString(progress.stopped));
    if (progress.notSent > 0)
        parts << tr("%1 not sent (refused here)").arg(locale.toString(progress.notSent));
    parts << tr("%1 remaining").arg(locale.toString(progress.remaining));
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace gobiz::ui
