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

    // Writes the report (format from the extension: .json or else CSV); shows the outcome.
    bool saveReportTo(const QString &path);
    void copyToClipboard();

private:
    void chooseReportFile();

    WizardController *m_controller;
    QLabel *m_counts;
    InlineMessage *m_reminder;
    QTableWidget *m_table;
    QPushButton *m_save;
    QPushButton *m_copy;
    InlineMessage *m_status;
};

} // namespace gobiz::ui
