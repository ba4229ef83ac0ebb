#pragma once

#include <QWizardPage>

class QLineEdit;
class QPushButton;
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

    QRadioButton *productionButton() const { return m_production; }
    QRadioButton *sandboxButton() const { return m_sandbox; }
    QRadioButton *customButton() const { return m_custom; }
    QLineEdit *customUrlEdit() const { return m_customUrl; }
    QPushButton *networkButton() const { return m_networkButton; }
    InlineMessage *urlMessage() const { return m_urlMessage; }
    // The link journal: set aside (with the new path) or not writable.
    InlineMessage *journalMessage() const { return m_journalMessage; }
    // Changes interrupted in an earlier run, for any account, and where they will be offered.
    InlineMessage *interruptedNote() const { return m_interruptedNote; }

private:
    void loadFromController();
    void updateUrlFeedback();
    void openNetworkSettings();
    void updateJournalMessages();

    WizardController *m_controller;
    QRadioButton *m_production;
    QRadioButton *m_sandbox;
    QRadioButton *m_custom;
    QLineEdit *m_customUrl;
    InlineMessage *m_urlMessage;
    InlineMessage *m_demoNote;
    InlineMessage *m_journalMessage;
    InlineMessage *m_interruptedNote;
    QPushButton *m_networkButton;
};

} // namespace gobiz::ui
