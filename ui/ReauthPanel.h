#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

class InlineMessage;
class SignInPanel;

// Shown when GoBiz stops accepting the access token in the middle of a run (a 401): a field for
// a new token of the same merchant, Use, and what the check of it found. Everything not yet
// sent waits meanwhile; the controller checks the token before the run continues.
class ReauthPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReauthPanel(WizardController *controller, QWidget *parent = nullptr);

    // Shows the panel with the focus in its field.
    void ask();

signals:
    // The controller accepted the new token (the field is empty again).
    void tokenAccepted();

private:
    void useNewToken();

    WizardController *m_controller;
    QLineEdit *m_newToken;
    QPushButton *m_useNewToken;
    InlineMessage *m_message;
    SignInPanel *m_signIn;
};

} // namespace gobiz::ui
