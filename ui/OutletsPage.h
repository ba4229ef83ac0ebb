#pragma once

#include "Prompt.h"
#include "api/Product.h"
#include "session/ChangeGate.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QSettings;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;
class JournalBanners;
class OutletTablePanel;
class ReauthPanel;
class RunStatusPanel;

// Page 4: the outlets, their link state per product, and every way to change it. The page lays
// out its panels (journal banners, the table with its actions, the new-token panel, the run's
// status) and routes what they ask for. Nothing is sent before the person confirmed what needs
// confirming (roles that may not link; Auto Accept before the first GoFood link of the session).
class OutletsPage : public QWizardPage
{
    Q_OBJECT
public:
    // Prompt answers.
    enum Answer { Confirm = 1, Decline = 2 };

    explicit OutletsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void saveTableState(QSettings &settings) const;
    void showClosingWhenIdle();

private:
    void hideReauth();
    void onBusyChanged(bool busy);
    void openFillDialog(bool csv);

    // --- Confirmations before anything is sent (see OutletsPage.cpp): every change and the
    // resumption of interrupted ones queue here, and leave only once confirmed.
    struct Pending
    {
        QList<int> rows;
        Product product;
        LinkAction action;
        bool resume = false; // the interrupted changes, not rows
    };
    // The one entry point for a change, from check cells and bulk actions alike.
    void requestChange(const QList<int> &sourceRows, Product product, LinkAction action);
    // The recovery offer's Resume: asks what a link would ask first (roles, Auto Accept).
    void resumeInterrupted();
    void processPending();
    // Asks one of the confirmations; the answer runs confirmed or declined, then what is still
    // pending goes on.
    void confirm(const char *questionId, QMessageBox::Icon icon, const QString &title,
                 const QString &text, const QList<Prompt::Choice> &choices,
                 std::function<void()> confirmed, std::function<void()> declined);
    ChangeGate::Verdict verdictFor(const Pending &pending) const;
    void submit(const QList<int> &sourceRows, Product product, LinkAction action);

    WizardController *m_controller;
    QLabel *m_account;
    InlineMessage *m_rolesWarning;
    JournalBanners *m_journal;
    OutletTablePanel *m_table;
    ReauthPanel *m_reauth;
    RunStatusPanel *m_status;

    QList<Pending> m_pending; // requests waiting for an answer to a confirmation
    bool m_asking = false;
    int m_refusedDuringSubmit = 0;
    bool m_submitting = false;
};

} // namespace gobiz::ui
