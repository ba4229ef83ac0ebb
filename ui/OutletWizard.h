#pragma once

#include <QWizard>

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class OutletsPage;

// The window: a thin QWizard shell around five pages that render the WizardController. It only
// restores and saves the window geometry and answers "close while operations run".
class OutletWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, SignInHelpPageId, TokenPageId, OutletsPageId, SummaryPageId };
    Q_ENUM(PageId)

    // Answers of the close-while-busy question (Prompt ids).
    enum CloseAnswer { WaitThenClose = 1, CancelAndClose = 2, KeepWorking = 3 };

    explicit OutletWizard(WizardController *controller, QWidget *parent = nullptr);
    ~OutletWizard() override;

    void reject() override;

protected:
    void done(int result) override;

private:
    OutletsPage *outletsPage() const;
    void restoreWindowState();
    void saveWindowState();

    WizardController *m_controller;
    bool m_closeWhenIdle = false; // the window closes by itself once the operations end
    bool m_asking = false;
};

} // namespace gobiz::ui
