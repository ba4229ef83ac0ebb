#include "ReauthPanel.h"

#include "InlineMessage.h"
#include "Layouts.h"
#include "SignInPanel.h"
#include "session/WizardController.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

#include <functional>

namespace gobiz::ui {

namespace {
// Calls onReturn for Return/Enter in the watched widget and stops the key there.
class ReturnKeyCatcher : public QObject
{
public:
    ReturnKeyCatcher(std::function<void()> onReturn, QObject *parent)
        : QObject(parent), m_onReturn(std::move(onReturn))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onReturn();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onReturn;
};
} // namespace

ReauthPanel::ReauthPanel(WizardController *controller, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_newToken(named(new QLineEdit(this), "newTokenEdit")),
      m_useNewToken(
          named(new QPushButton(tr("C&ontinue with this token"), this), "newTokenButton")),
      m_message(named(new InlineMessage(this), "newTokenMessage")),
      m_signIn(named(new SignInPanel(this), "reauthSignInPanel"))
{
    setObjectName(QStringLiteral("reauthPanel"));

    auto *intro = new InlineMessage(this);
    intro->showMessage(InlineMessage::Type::Warning,
                       tr("GoBiz no longer accepts the access token (it expired or was revoked). "
                          "Everything not yet sent is kept: sign in again or paste a new token "
                          "for the same merchant, and the run continues."));
    m_newToken->setEchoMode(QLineEdit::Password);
    m_newToken->setAccessibleName(tr("New access token"));
    m_newToken->setClearButtonEnabled(true);
    m_signIn->setSignInAgain(true);
    flush(column({intro, m_signIn, labelledRow(tr("New access to&ken:"), m_newToken, {m_useNewToken}),
                  m_message},
                 this));
    // Sign in again: the same merchant's login in the browser; its token is checked against
    // what waits, as a pasted one.
    connect(m_signIn, &SignInPanel::signInRequested, this, [this](bool anotherAccount) {
        m_message->clear();
        m_signIn->showStarting();
        m_controller->startSignIn(anotherAccount, SignInPanel::uiLocale());
    });
    connect(m_signIn, &SignInPanel::cancelRequested, this, [this] {
        m_controller->cancelSignIn();
        m_signIn->showIdle();
    });
    connect(controller, &WizardController::signInWaiting, this, [this](const SignInPrompt &prompt) {
        if (!isVisible())
            return; // the token page asked
        m_signIn->showWaiting(prompt);
    });
    connect(controller, &WizardController::signInFailed, this, [this](const QString &message) {
        if (isVisible())
            m_signIn->showFailed(message);
    });
    hide();

    connect(controller, &WizardController::newTokenAccepted, this, [this] {
        m_signIn->showIdle();
        m_useNewToken->setEnabled(true);
        m_newToken->clear();
        m_message->clear();
        emit tokenAccepted();
    });
    connect(controller, &WizardController::newTokenRefused, this, [this](const QString &message) {
        m_signIn->showIdle();
        m_useNewToken->setEnabled(true);
        m_message->showMessage(InlineMessage::Type::Error, message);
    });
    connect(m_useNewToken, &QPushButton::clicked, this, &ReauthPanel::useNewToken);
    // Return in the field gives the token and ends there: QLineEdit passes the key on after
    // returnPressed(), and the wizard would press a button with it (Stop, cancelling the run).
    m_newToken->installEventFilter(new ReturnKeyCatcher([this] { useNewToken(); }, m_newToken));
}

void ReauthPanel::ask()
{
    const bool signIn = m_controller->canSignIn();
    m_signIn->setVisible(signIn);
    m_signIn->setPartnerName(m_controller->partnerName());
    if (!m_signIn->isWaiting())
        m_signIn->showIdle();
    show();
    if (signIn)
        m_signIn->signInButton()->setFocus();
    else
        m_newToken->setFocus();
}

void ReauthPanel::useNewToken()
{
    if (m_controller->isCheckingNewToken())
        return;
    const QString problem = m_controller->provideToken(m_newToken->text());
    if (!problem.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, problem);
        return;
    }
    m_useNewToken->setEnabled(false);
    m_message->showMessage(InlineMessage::Type::Info, tr("Checking the new token with GoBiz…"));
}

} // namespace gobiz::ui
