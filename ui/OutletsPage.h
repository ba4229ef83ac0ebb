#pragma once

#include "api/Product.h"

#include <QPointer>
#include <QPushButton>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QTableView;
class QToolButton;

namespace gobiz {
class WizardController;
struct EngineProgress;
}

namespace gobiz::ui {

class InlineMessage;
class OutletTableProxy;

// Page 4: the outlets, their link state per product, and every way to change it. Nothing is
// sent before the person confirmed what needs confirming (roles that may not link; Auto Accept
// before the first GoFood link of the session).
class OutletsPage : public QWizardPage
{
    Q_OBJECT
public:
    // Prompt answers.
    enum Answer { Confirm = 1, Decline = 2 };

    explicit OutletsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The one entry point for a change, from check cells and bulk actions alike.
    void requestChange(const QList<int> &sourceRows, Product product, LinkAction action);
    QList<int> selectedSourceRows() const;

    void saveTableState(QSettings &settings) const;
    void showClosingWhenIdle();

    void openFillDialog(bool csv);
    // The recovery offer's buttons: Resume asks what a link would ask first (roles, Auto
    // Accept); Discard marks them discarded in the journal.
    void resumeInterrupted();
    void discardInterrupted();

private:
    void submit(const QList<int> &sourceRows, Product product, LinkAction action);
    void onProgress(const gobiz::EngineProgress &progress);
    void onBusyChanged(bool busy);
    void updateDetails();
    void updateCounts();
    void updateButtons();
    void updateRecovery();
    void showJournalProblem(const QString &message);

    WizardController *m_controller;
    OutletTableProxy *m_proxy;
    QLabel *m_account;
    InlineMessage *m_rolesWarning;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_linkGoFood;
    QPushButton *m_linkPayment;
    QToolButton *m_unlink;
    QPushButton *m_fill;
    QPushButton *m_import;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_stop;
    InlineMessage *m_pauseBanner;
    InlineMessage *m_journalBanner;
    InlineMessage *m_recoveryBanner;
    QPointer<QPushButton> m_resumeInterrupted; // live while the offer shows
    QPointer<QPushButton> m_discardInterrupted;
    QWidget *m_tokenPanel;
    QLineEdit *m_newToken;
    QPushButton *m_useNewToken;
    InlineMessage *m_newTokenMessage;
    InlineMessage *m_notice;
    QLabel *m_details;
    bool m_headerRestored = false;
    struct Pending
    {
        QList<int> rows;
        Product product;
        LinkAction action;
        bool resume = false; // the interrupted changes, not rows
    };
    bool linksGoFood(const Pending &pending) const;
    int goFoodLinkCount(const Pending &pending) const;
    void processPending();
    QList<Pending> m_pending; // requests waiting for an answer to a confirmation
    bool m_asking = false;
    int m_refusedDuringSubmit = 0;
    bool m_submitting = false;
};

} // namespace gobiz::ui
