#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;

// Page 1: what the wizard does, which environment, the facilitator note, network settings.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void loadFromController();
    void updateUrlFeedback();
    void openNetworkSettings();
    bool updateJournalMessages();
    void showJournalMessages();
    bool completeNow() const;

    WizardController *m_controller;
    QButtonGroup *m_environments;
    QRadioButton *m_production;
    QRadioButton *m_sandbox;
    QRadioButton *m_custom;
    QLineEdit *m_customUrl;
    InlineMessage *m_urlMessage;
    InlineMessage *m_demoNote;
    InlineMessage *m_partnerNote;
    InlineMessage *m_journalMessage;
    InlineMessage *m_interruptedNote;
    mutable bool m_toldComplete = true; // what isComplete() last answered QWizard
};

} // namespace gobiz::ui
