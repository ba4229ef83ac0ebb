#pragma once

#include "InlineMessage.h"

#include <QWidget>

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// Above the outlets table, what the link journal has to say: that it cannot record changes (so
// none are sent), with a way to check it again; and the changes an earlier run left unanswered,
// with Resume and Discard. Takes no room while it has nothing to say.
class JournalBanners : public QWidget
{
    Q_OBJECT
public:
    explicit JournalBanners(WizardController *controller, QWidget *parent = nullptr);

    // Both banners as the controller sees the journal now.
    void refresh();

signals:
    // Resume was pressed: the page asks what a link would ask first, then resumes.
    void resumeRequested();
    // The interrupted changes were discarded (their cells now say Unknown).
    void discarded();
    void notice(gobiz::ui::InlineMessage::Type type, const QString &text);

private:
    void showJournalProblem(const QString &message);
    void updateRecovery();
    void discardInterrupted();
    void updateVisibility();

    WizardController *m_controller;
    InlineMessage *m_journalBanner;
    InlineMessage *m_recoveryBanner;
};

} // namespace gobiz::ui
