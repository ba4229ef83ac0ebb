#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;

// Page 5: what this session linked, unlinked and failed, per outlet and product, with GoBiz's
// linked_at; the Auto Accept reminder; Save report (CSV or JSON, never the token) and Copy.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    // The report of this merchant's run is read from the journal when the page opens.
    bool isReady() const;

    // Writes the report (format from the extension: .json or else CSV) on a worker thread;
    // shows the outcome, then reportSaveFinished().
    void saveReportTo(const QString &path);
    void copyToClipboard();

signals:
    void reportShown();
    void reportSaveFinished(bool ok);

private:
    void chooseReportFile();
    void showReport();
    void onReportSaved(const QString &path, const QString &problem);

    WizardController *m_controller;
    QLabel *m_counts;
    InlineMessage *m_reminder;
    QTableWidget *m_table;
    QPushButton *m_save;
    QPushButton *m_copy;
    InlineMessage *m_status;
    bool m_ready = false;
};

} // namespace gobiz::ui
