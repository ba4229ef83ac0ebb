#pragma once

#include "SignInFlow.h"

#include <QDeadlineTimer>
#include <QTimer>

namespace gobiz {

// Flow 1 of sign-in.md: the partner's broker holds GoBiz's client secret and the refresh
// tokens; the wizard pairs with it and polls (Nextcloud Login Flow v2 in shape, RFC 8628 §3.5 in
// its answers). Paths are relative to brokerUrl, which ends in '/'.
//   login/start  {device_name, ui_locale[, prompt]} -> {login_url, poll_token, pairing_code,
//                                                       expires_in, interval}
//   login/poll   {poll_token} -> 400 authorization_pending | slow_down | access_denied |
//                                expired_token, or 200 {access_token, ..., session} once
//   token/refresh {session} -> the same 200, or 400 invalid_grant
//   logout       {session} -> 204
// Polling: every interval seconds; slow_down adds 5 s for good (RFC 8628 §3.5); no answer, 5xx,
// 429 or a garbled answer are retried with a doubling wait until the login's expires_in runs
// out, then the last of those problems is reported.
class BrokerSignIn : public SignInFlow
{
    Q_OBJECT
public:
    BrokerSignIn(QNetworkAccessManager *network, const QUrl &brokerUrl, QObject *parent = nullptr);
    ~BrokerSignIn() override;

    QUrl brokerUrl() const { return m_brokerUrl; }

    void start(const SignInOptions &options) override;
    void cancel() override;
    void refresh(const QString &session) override;
    void signOut(const QString &session) override;

    // The current polling interval in seconds (before setTimeScale), for tests and the log.
    double pollInterval() const { return m_interval; }
    int pollsSent() const { return m_pollsSent; }

    static constexpr double slowDownStep = 5.0; // seconds, RFC 8628 §3.5
    static constexpr double defaultInterval = 5.0; // when the broker names none (RFC 8628 §3.2)
    static constexpr double maxBackoff = 60.0; // seconds between retries of a failing poll

private:
    QUrl endpoint(const QString &path) const;
    void onStarted(const Answer &answer);
    void poll();
    void onPolled(const Answer &answer);
    void retryAfterFailure(
        const SignInError &error, std::optional<std::chrono::milliseconds> retryAfter);
    void schedulePoll(std::chrono::milliseconds wait);
    void finish(const std::optional<SignInGrant> &grant, const SignInError &error);

    QUrl m_brokerUrl;
    QString m_pollToken;
    double m_interval = defaultInterval;
    int m_failuresInRow = 0;
    int m_pollsSent = 0;
    QDeadlineTimer m_deadline;
    QTimer m_pollTimer;
    QNetworkReply *m_pending = nullptr; // start or poll, at most one
};

} // namespace gobiz
