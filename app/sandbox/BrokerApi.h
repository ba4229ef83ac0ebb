#pragma once

#include "sandbox/GoAuth.h"

#include <QHash>

namespace gobiz::sandbox {

// A partner's broker (sign-in.md, Flow 1) as the sandbox plays it, under <base>broker/:
//   POST login/start {device_name, ui_locale, prompt?} -> {login_url, poll_token, pairing_code,
//        expires_in, interval}
//   POST login/poll {poll_token} -> 400 authorization_pending | slow_down | access_denied |
//        expired_token (| invalid_grant for a poll token it never issued), or 200 {access_token,
//        token_type, expires_in, scope, session} exactly once
//   POST token/refresh {session} -> the same 200 shape, or 400 invalid_grant
//   POST logout {session} -> 204
//   GET  login/<id> (login_url): the pairing code and a Continue link to GoAuth
//   GET  callback: GoAuth's redirect; exchanges the code at once, inside the sandbox
// It is a confidential GoAuth client (kBrokerClientId) and keeps the refresh tokens; the
// wizard only ever holds the opaque session.
class BrokerApi
{
public:
    explicit BrokerApi(GoAuth &auth);

    void reset();
    SandboxResponse start(const SandboxRequest &request, const QDateTime &now, const QUrl &base);
    SandboxResponse poll(const SandboxRequest &request, const QDateTime &now);
    SandboxResponse refresh(const SandboxRequest &request, const QDateTime &now);
    SandboxResponse logout(const SandboxRequest &request);
    SandboxResponse loginPage(const QString &loginId, const QDateTime &now, const QUrl &base);
    SandboxResponse callback(const SandboxRequest &request, const QDateTime &now, const QUrl &base);

    // The GoAuth authorize URL behind a login_url's Continue link; invalid for an unknown or
    // expired login.
    QUrl authorizeUrl(const QString &loginId, const QDateTime &now, const QUrl &base);
    static QString loginIdOf(const QUrl &loginUrl); // empty unless .../broker/login/<id>
    int sessionCount() const { return int(m_sessions.size()); }
    // Every poll token and broker session issued (inspection only, for secret scans).
    QStringList issuedSecrets() const { return m_pollTokens.keys() + m_sessions.keys(); }

private:
    enum class State { Pending, Approved, Denied, Delivered };
    struct Login
    {
        QString pollToken;
        QString pairingCode;
        QString deviceName;
        QString uiLocale;
        bool promptLogin = false;
        QString state; // GoAuth state, checked on the callback
        QString nonce;
        QDateTime expiresAt;
        State status = State::Pending;
        TokenOutcome grant;
        QString session;
    };

    QString loginOfState(const QString &state) const;

    GoAuth &m_auth;
    QHash<QString, Login> m_logins; // by login id (the login_url's last segment)
    QHash<QString, QString> m_pollTokens; // poll token -> login id
    QHash<QString, QString> m_sessions; // broker session -> GoAuth refresh token
};

} // namespace gobiz::sandbox
