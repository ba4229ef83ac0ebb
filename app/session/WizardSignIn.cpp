// WizardController's sign-in part: the partner profile, signing in, and the renewal of a
// signed-in token before it expires and after a 401 (in a file of its own so that the
// controller's file stays readable in one sitting).
#include "WizardController.h"

#include "diagnostics/Logging.h"
#include "ops/LinkEngine.h"

namespace gobiz {

void WizardController::connectSignIn()
{
    connect(m_signIn, &SignInSession::waitingForBrowser, this, &WizardController::signInWaiting);
    connect(m_signIn, &SignInSession::signedIn, this, &WizardController::onSignedIn);
    connect(m_signIn, &SignInSession::failed, this, [this](const QString &message) {
        m_signInFromStore = false;
        emit signInFailed(message);
    });
    connect(m_signIn, &SignInSession::renewed, this, &WizardController::onRenewed);
    connect(m_signIn, &SignInSession::renewalFailed, this, &WizardController::onRenewalFailed);
    connect(m_signIn, &SignInSession::signedOut, this, &WizardController::signedOut);
    connect(m_tokens, &TokenSession::savedRenewalLoaded, this, [this](const QString &renewal) {
        if (!canSignIn()) {
            emit savedTokenFailed(tr("This remembered sign-in needs the partner profile it was "
                                     "made with. Sign in again, or paste a token."));
            return;
        }
        m_signInFromStore = true;
        m_signIn->resume(renewal);
    });
    connect(m_tokens, &TokenSession::renewalForgotten, this, [this](const QString &renewal) {
        if (m_signIn->isAvailable())
            m_signIn->flow()->signOut(renewal);
    });
}

void WizardController::setPartnerProfile(const std::optional<PartnerProfile> &profile)
{
    m_signedInToken.clear();
    m_signIn->setProfile(profile);
    if (profile && !m_connection->isDemo())
        m_connection->setEnvironment(profile->environment);
}

bool WizardController::canSignIn() const
{
    const auto &profile = m_signIn->profile();
    return profile && profile->environment.baseUrl() == m_connection->environment().baseUrl();
}

void WizardController::startSignIn(bool anotherAccount, const QString &uiLocale)
{
    if (!canSignIn())
        return;
    m_tokens->cancel();
    m_signInFromStore = false;
    m_signIn->start(anotherAccount, uiLocale);
}

void WizardController::cancelSignIn()
{
    m_signIn->cancel();
}

bool WizardController::isSignedIn() const
{
    return !m_signedInToken.isEmpty() && m_signIn->isSignedIn()
        && m_tokens->isAccepted(m_signedInToken, m_connection->environment());
}

bool WizardController::checkSignedInToken()
{
    if (m_signedInToken.isEmpty() || !m_signIn->isSignedIn())
        return false;
    m_tokens->check(m_signedInToken, m_connection->environment());
    return true;
}

void WizardController::signOut()
{
    m_signedInToken.clear();
    m_signIn->signOut();
}

bool WizardController::isWaitingForToken() const
{
    return m_engine->state() == LinkEngine::State::WaitingForToken;
}

void WizardController::onSignedIn(const QString &accessToken)
{
    m_signedInToken = accessToken;
    if (isWaitingForToken()) {
        // Sign in again after a failed renewal: the account must reach what waits.
        provideToken(accessToken);
        return;
    }
    m_tokens->check(accessToken, m_connection->environment(), std::exchange(m_signInFromStore, false));
}

void WizardController::onRenewed(const QString &accessToken)
{
    m_signedInToken = accessToken;
    m_tokens->setRenewal(m_signIn->renewal());
    if (isWaitingForToken()) {
        // After a 401: checked against the outlets still waiting, then the run continues.
        m_heldTokenPause.clear();
        provideToken(accessToken);
    } else {
        m_tokens->adoptRenewed(accessToken);
    }
    qCInfo(lcApi) << "signed-in token renewed; next renewal at" << m_signIn->renewsAt();
    emit tokenRenewed();
}

void WizardController::onRenewalFailed(const QString &message)
{
    if (!isWaitingForToken())
        return; // the token still works; a 401 later asks again
    // Nothing is lost: the run waits, and the person signs in again (or pastes a token).
    const QString pause = std::exchange(m_heldTokenPause, QString());
    emit runPaused(pause.isEmpty() ? message : pause + u'\n' + message, true);
    emit tokenRequired();
}

} // namespace gobiz
