#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QPushButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;
class SummaryResults;

// Page 5: what this session linked, unlinked, failed and did not send, per outlet and product,
// with GoBiz's linked_at and what happened earlier in the run; the Auto Accept reminder for every
// outlet linked to GoFood at any point; Save report (CSV for Excel or JSON, one row per
// operation, never the token) and Copy.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    // The report of this merchant's run is read from the journal when the page opens.
    bool isReady() const;

    // Writes the report on a worker thread (format from the extension: .json or else CSV,
    // comma-separated unless a semicolon is asked for); shows the outcome, then
    // reportSaveFinished().
    void saveReportTo(const QString &path, bool semicolon = false);
    void copyToClipboard();
    // Asks where to save the report, and saves it; then(saved) follows, false when cancelled or
    // when the file could not be written (the page says why).
    void chooseReportFile(std::function<void(bool)> then = {});

signals:
    void reportShown();
    void reportSaveFinished(bool ok);
    // Next merchant was pressed (the wizard offers the report first, then goes on).
    void nextMerchantRequested();

private:
    void showReport();
    void onReportSaved(const QString &path, const QString &problem);

    WizardController *m_controller;
    QLabel *m_counts;
    InlineMessage *m_reminder;
    SummaryResults *m_results;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_next;
    std::function<void(bool)> m_afterSave; // of the save chooseReportFile started
    InlineMessage *m_status;
    bool m_ready = false;
};

} // namespace gobiz::ui
