#pragma once

#include <QKeySequence>
#include <QWizard>

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class NetworkLogWindow;
class OutletsPage;

// The window: a thin QWizard shell around five pages that render the WizardController. It only
// restores and saves the window geometry and answers "close while operations run".
//
// Only the first page is made with the window, so that it shows sooner; the other four are made
// one per event-loop turn once its first frame is on screen (a few ms each; FirstFrame.h), and
// at the latest when Next leaves the first page. Until then page(id) of a later page is
// nullptr: call ensurePages() first, or wait for pagesReady().
class OutletWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, SignInHelpPageId, TokenPageId, OutletsPageId, SummaryPageId };
    Q_ENUM(PageId)

    // Answers of the close questions (Prompt ids).
    enum CloseAnswer {
        WaitThenClose = 1,
        CancelAndClose = 2,
        KeepWorking = 3,
        CloseWithoutReport = 4,
        ResumeThenClose = 5,
        SaveReportFirst = 6,
        NextWithoutReport = 7,
    };

    explicit OutletWizard(WizardController *controller, QWidget *parent = nullptr);
    ~OutletWizard() override;

    // Makes every page not made yet, now. Does nothing once they all exist.
    void ensurePages();
    // True once all five pages exist.
    bool pagesReady() const;

    // Next on the first page: the later pages exist before the wizard moves on.
    bool validateCurrentPage() override;
    // The first page leads to the second even before that is made (Next, not Finish).
    int nextId() const override;

    // Close (Escape outside a field, the window's close button): asks first while requests run
    // or when this run's report was not saved.
    void reject() override;
    // Finish: asks first when this run's report was not saved.
    void accept() override;
    // The summary's Next merchant: the report offered first, then the token page for the next
    // merchant on the same environment and connection.
    void nextMerchant();

    // The support window (network log, HAR, diagnostics bundle), made when first asked for.
    NetworkLogWindow *networkLogWindow();
    static QKeySequence networkLogShortcut();

protected:
    void done(int result) override;
    // Escape in a text field clears it, and never closes the window.
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Makes the first page not made yet; true if one was made.
    bool makeNextPage();
    void makePagesLater();
    void placePage(int id, QWizardPage *page);
    OutletsPage *outletsPage() const;
    void askBeforeClosing(bool finishing);
    void askWhileBusy();
    void goToNextMerchant();
    void addSupportMenu();
    void restoreWindowState();
    void saveWindowState();

    WizardController *m_controller;
    bool m_closeWhenIdle = false; // the window closes by itself once the operations end
    bool m_asking = false;
    NetworkLogWindow *m_networkLog = nullptr;
};

} // namespace gobiz::ui
