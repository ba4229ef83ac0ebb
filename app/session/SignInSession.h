#pragma once

#include "signin/PartnerProfile.h"
#include "signin/SignInFlow.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace gobiz {

// The merchant's own GoBiz login as the source of the token, for the partner of the profile:
// starting a sign-in, holding what came back (the access token and its renewal), renewing it
// before it expires and when GoBiz refuses it mid-run, and ending it. It knows nothing of runs
// or pages: the controller hands each new token to TokenSession, the one writer of the client's
// token, exactly as a pasted one.
class SignInSession : public QObject
{
    Q_OBJECT
public:
    explicit SignInSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SignInSession() override;

    // Without a profile sign-in is not offered (paste only). Ends any sign-in and forgets the
    // grant of another profile.
    void setProfile(const std::optional<PartnerProfile> &profile);
    const std::optional<PartnerProfile> &profile() const { return m_profile; }
    bool isAvailable() const { return m_profile.has_value(); }
    QString partnerName() const { return m_profile ? m_profile->partner : QString(); }
    // The flow, for tests that shorten its waits; nullptr without a profile.
    SignInFlow *flow() const { return m_flow.get(); }

    // --- signing in. Ends in waitingForBrowser() and then signedIn() or failed().
    void start(bool anotherAccount, const QString &uiLocale);
    void cancel(); // no signal follows
    bool isSigningIn() const { return m_flow && m_flow->isSigningIn(); }

    // --- the grant of the account signed in
    bool isSignedIn() const { return !m_grant.accessToken.isEmpty(); }
    bool canRenew() const { return m_flow && !m_grant.renewal.isEmpty(); }
    QString renewal() const { return m_grant.renewal; }
    QDateTime expiresAt() const { return m_grant.expiresAt; }
    // When the token is renewed by itself: 60 s before it expires, or halfway through a
    // lifetime shorter than two minutes (invalid when it is not renewed).
    QDateTime renewsAt() const;
    // Renews now (a 401 mid-run): renewed() or renewalFailed(). A renewal already running is
    // joined, not repeated.
    void renewNow();
    bool isRenewing() const { return m_renewing; }
    // A renewal remembered on this computer: it is renewed into a token, then signedIn()
    // follows (or failed(), with the sentence saying the sign-in must be done again).
    void resume(const QString &renewal);
    // The person ended it (Sign out, Forget): the partner forgets the renewal too.
    void signOut();
    // The token is no longer this session's (the next merchant, a pasted token): the grant is
    // dropped without telling the partner, renewal stops.
    void drop();

signals:
    void waitingForBrowser(const gobiz::SignInPrompt &prompt);
    void signedIn(const QString &accessToken);
    void failed(const QString &message);
    void renewed(const QString &accessToken);
    void renewalFailed(const QString &message);
    void signedOut(bool ok);

private:
    void adopt(const SignInGrant &grant);
    void scheduleRenewal();

    QNetworkAccessManager *m_network;
    std::optional<PartnerProfile> m_profile;
    std::unique_ptr<SignInFlow> m_flow;
    SignInGrant m_grant;
    QDateTime m_grantedAt;
    QTimer *m_renewTimer;
    bool m_renewing = false;
    bool m_resuming = false;
};

} // namespace gobiz
