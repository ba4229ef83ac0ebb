#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/Environment.h"
#include "store/TokenStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace gobiz {

class ApiReply;
class GoBizClient;

// The merchant's access token, from wherever it comes (a paste, the keychain, mid-run renewal;
// sign-in plugs in here) to the one place it is used: the only writer of the client's token.
// Every way in ends the same: token-info checks it, and only an accepted token stays in the
// client. Held in memory only; the keychain keeps it only when the person asks.
class TokenSession : public QObject
{
    Q_OBJECT
public:
    TokenSession(GoBizClient *client, QObject *parent = nullptr);
    ~TokenSession() override;

    // --- checking a token (token-info). Ends in checkFinished().
    // token must be normalised (AccessToken::normalize); environment is where it is checked.
    // alreadyRemembered: it came from the keychain (a remembered sign-in renewed into it).
    void check(const QString &normalizedToken, const Environment &environment,
        bool alreadyRemembered = false);
    // Reads a remembered token, then checks it. Ends in checkFinished() or savedTokenFailed().
    void checkSaved(const QString &key, const Environment &environment);
    // Stops a check; no signal follows; the accepted token (if any) stays in the client.
    void cancel();
    bool isChecking() const;
    // Whether this (normalised) token was already accepted in this environment.
    bool isAccepted(const QString &normalizedToken, const Environment &environment) const;
    bool hasAccepted() const { return !m_accepted.isEmpty(); }
    // The next merchant: the accepted token is no longer taken as checked (the client keeps it
    // until a new one is accepted; nothing is sent meanwhile).
    void forgetAccepted();
    Environment acceptedEnvironment() const { return m_acceptedEnvironment; }
    // A renewed token of the accepted account (the sign-in renewed it before it expired): taken
    // without a check, since the account cannot have changed.
    void adoptRenewed(const QString &token);
    // What is remembered for a signed-in account is its renewal (broker session or refresh
    // token), not the short-lived access token; empty for a pasted token. Re-saved when it
    // changes while remembered.
    void setRenewal(const QString &renewal);
    // The environment changed: a token accepted elsewhere is no longer sent.
    void environmentChanged(const Environment &environment);

    // --- a new token in the middle of a run (after a 401). Returns why the text is not a token,
    // or empty when it is being checked: renewed() follows (the client holds it) or
    // renewalRefused() (expired too, or a token of another account that cannot reach the
    // outlets still waiting; the old token stays, nothing is sent meanwhile).
    QString renew(const QString &pasted, const QSet<QString> &waitingOutletIds,
        const QString &merchantName);
    bool isRenewing() const { return !m_renewReply.isNull(); }

    // --- remembering (optional store; without one the page hides the option)
    void setStore(TokenStore *store); // not owned
    TokenStore *store() const { return m_store; }
    // Those remembered for this environment: a token is only ever offered, and read, where it
    // was issued (a Production token is never sent to a custom address).
    QList<SavedToken> savedTokens(const Environment &environment) const;
    // Saves the accepted token for this merchant. Ends in rememberFinished().
    void remember(const QString &merchantKey, const QString &merchantName);
    bool isRemembered() const { return m_remembered; }
    // Ends in forgetFinished(); a remembered sign-in is read first, and renewalForgotten()
    // hands its renewal over so the partner can end it too.
    void forget(const QString &key);
    // The form a remembered renewal takes in the keychain: kRenewalPrefix + renewal.
    static constexpr QStringView kRenewalPrefix = u"gobiz-sign-in-renewal:";

signals:
    void checkStarted();
    // error.kind == None on success: info holds the outlets, the client holds the token.
    void checkFinished(const gobiz::ApiError &error, const gobiz::TokenInfo &info);
    void savedTokenFailed(const QString &message);
    // A remembered sign-in was read (checkSaved): the renewal must become a token first; the
    // sign-in renews it and then calls check(token, environment, true).
    void savedRenewalLoaded(const QString &renewal);
    void renewalForgotten(const QString &renewal);
    void renewed();
    void renewalRefused(const QString &message);
    void rememberFinished(bool ok, const QString &message);
    void forgetFinished(bool ok, const QString &message);
    void savedTokensChanged();

private:
    void onChecked();
    void onRenewChecked();
    void restoreClientToken();
    QString secretToRemember() const;

    GoBizClient *m_client;
    QPointer<TokenStore> m_store;
    QPointer<ApiReply> m_checkReply;
    QPointer<ApiReply> m_renewReply;
    QString m_candidate;
    Environment m_candidateEnvironment = Environment::production();
    QString m_renewCandidate;
    QSet<QString> m_renewWaiting;
    QString m_renewMerchantName;
    QString m_pendingSavedKey;
    Environment m_pendingSavedEnvironment = Environment::production();
    bool m_loadedFromStore = false;
    QString m_accepted;
    Environment m_acceptedEnvironment = Environment::production();
    QString m_acceptedMerchantKey;
    QString m_acceptedMerchantName;
    bool m_remembered = false;
    QString m_pendingRememberKey;
    QString m_pendingForgetKey;
    QString m_renewal;
};

} // namespace gobiz
