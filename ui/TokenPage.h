#pragma once

#include "api/ApiError.h"
#include "signin/SignInFlow.h"

#include <QWizardPage>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;
class SignInPanel;

// Page 3: signing in, or the access token. With a partner profile, Sign in with GoBiz comes
// first (SignInPanel) and pasting is the alternative; without one, paste only. Next checks it with token-info in two steps (validatePage starts the
// check and returns false; the answer calls wizard()->next()). The page stays usable meanwhile,
// Back or editing the token cancels the check, and each failure says what to do next.
class TokenPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TokenPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // A token check (or the keychain write after it) is running.
    bool isChecking() const;
    // The next merchant: an empty field, nothing of the last check shown, the focus in the field.
    void startOver();

private:
    void updateFeedback();
    void updateSaved();
    void startCheck(const QString &normalizedToken);
    void setBusy(bool busy, const QString &text = {});
    void onCheckFinished(const gobiz::ApiError &error);
    void onRememberFinished(bool ok, const QString &message);
    void proceed();
    // Other pages (the outlets' Sign in again) start sign-ins too: only the shown page answers.
    bool isCurrentPage() const;
    bool signInOffered() const;
    void setPasteShown(bool shown);
    void onSignInWaiting(const gobiz::SignInPrompt &prompt);

    WizardController *m_controller;
    SignInPanel *m_signIn;
    QPushButton *m_pasteInstead;
    QWidget *m_pasteArea;
    QLineEdit *m_tokenEdit;
    QAction *m_showAction;
    QToolButton *m_showButton;
    QPushButton *m_pasteButton;
    QPushButton *m_demoButton;
    InlineMessage *m_feedback;
    QCheckBox *m_remember;
    QLabel *m_rememberNote;
    QWidget *m_savedBox;
    QComboBox *m_savedCombo;
    QPushButton *m_useSaved;
    QPushButton *m_forget;
    QWidget *m_busyPanel;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QPushButton *m_cancelCheck;
    InlineMessage *m_result;
    bool m_proceed = false;
    bool m_saving = false;
    bool m_checkingSignIn = false; // the token being checked came from a sign-in
};

} // namespace gobiz::ui
