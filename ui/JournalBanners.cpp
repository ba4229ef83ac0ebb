#include "JournalBanners.h"

#include "Layouts.h"
#include "session/WizardController.h"
#include "store/RecoveryPlan.h"

#include <QPushButton>

namespace gobiz::ui {

JournalBanners::JournalBanners(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_journalBanner(named(new InlineMessage(this), "journalBanner")),
      m_recoveryBanner(named(new InlineMessage(this), "recoveryBanner"))
{
    setObjectName(QStringLiteral("journalBanners"));
    flush(column({m_journalBanner, m_recoveryBanner}, this));
    hide();

    connect(controller, &WizardController::journalProblemOccurred, this,
            &JournalBanners::showJournalProblem);
    connect(controller, &WizardController::interruptedChanged, this,
            &JournalBanners::updateRecovery);
    connect(controller, &WizardController::runProgressChanged, this, [this] {
        // Changes move again, so the journal records them: its problem is over.
        if (!m_journalBanner->text().isEmpty() && m_controller->journalProblemMessage().isEmpty()
            && m_controller->isJournalIdle()) {
            m_journalBanner->clear();
            updateVisibility();
        }
    });
}

void JournalBanners::refresh()
{
    const QString journalProblem = m_controller->journalProblemMessage();
    if (!journalProblem.isEmpty()) {
        showJournalProblem(journalProblem);
    } else {
        m_journalBanner->clear();
        updateVisibility();
    }
    updateRecovery();
}

void JournalBanners::showJournalProblem(const QString &message)
{
    m_journalBanner->showMessage(InlineMessage::Type::Error, message);
    QPushButton *retry =
        named(m_journalBanner->addButton(tr("Check the &journal again")), "retryJournalButton");
    retry->setToolTip(tr("After freeing space or fixing the folder: write what is waiting and "
                         "continue sending"));
    connect(retry, &QPushButton::clicked, this, [this] {
        m_journalBanner->clear();
        updateVisibility();
        // A problem that remains comes back through journalProblemOccurred.
        m_controller->retryJournal();
        emit notice(InlineMessage::Type::Info,
                    tr("The link journal is checked again: changes waiting to be sent "
                       "continue, and each is recorded first."));
    });
    updateVisibility();
}

void JournalBanners::updateRecovery()
{
    const RecoveryPlan &plan = m_controller->interrupted();
    if (plan.isEmpty()) {
        m_recoveryBanner->clear();
        updateVisibility();
        return;
    }
    QStringList lines{plan.summary()};
    const int shown = qMin(plan.size(), 10);
    for (int i = 0; i < shown; ++i)
        lines << plan.items().at(i).describe();
    if (plan.size() > shown)
        lines << tr("…and %n more.", nullptr, plan.size() - shown);
    m_recoveryBanner->showMessage(
        InlineMessage::Type::Warning,
        tr("An earlier run left %n change(s) unfinished: %1. Complete them, or discard them?",
           nullptr, plan.size())
            .arg(WizardController::describeChanges(plan)),
        lines.join(u'\n'));
    QPushButton *resume =
        named(m_recoveryBanner->addButton(tr("Resu&me")), "resumeInterruptedButton");
    resume->setToolTip(tr("Send the unfinished changes: safe, since GoBiz applies a link or "
                          "unlink only once"));
    QPushButton *discard =
        named(m_recoveryBanner->addButton(tr("&Discard")), "discardInterruptedButton");
    discard->setToolTip(tr("Send nothing; those outlets show Unknown until they are changed "
                           "again. The records stay in the journal."));
    connect(resume, &QPushButton::clicked, this, &JournalBanners::resumeRequested);
    connect(discard, &QPushButton::clicked, this, &JournalBanners::discardInterrupted);
    updateVisibility();
}

void JournalBanners::discardInterrupted()
{
    const int count = m_controller->interrupted().size();
    m_controller->discardInterrupted(); // a failure comes back through journalProblemOccurred
    emit notice(InlineMessage::Type::Info,
                tr("%n interrupted change(s) discarded: nothing was sent. Those outlets show "
                   "Unknown until they are changed again; the records stay in the journal.",
                   nullptr, count));
    emit discarded();
}

// No room taken while both banners are hidden (the page's layout would still space it).
void JournalBanners::updateVisibility()
{
    setVisible(!m_journalBanner->isHidden() || !m_recoveryBanner->isHidden());
}

} // namespace gobiz::ui
