#pragma once

#include "SignInError.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace gobiz {

struct SignInOptions
{
    QString uiLocale = QStringLiteral("en"); // "id" or "en": GoBiz's page and our browser page
    bool anotherAccount = false; // force GoBiz's login page (prompt=login)
    QString deviceName; // shown by the broker; empty: this computer's name
};

// What the person must do in the browser. loginUrl is opened with QDesktopServices and offered
// as Copy link; it may carry the state, so it is never shown as text.
struct SignInPrompt
{
    QUrl loginUrl;
    QString pairingCode; // broker flow only: shown by the wizard and by the broker's page
    QDateTime expiresAt; // UTC, from the injectable clock
};

struct SignInGrant
{
    QString accessToken;
    QDateTime expiresAt; // UTC, from the injectable clock
    QString scope;
    QString renewal; // broker session or refresh token; may be empty (no renewal possible)
};

// One way of turning the merchant's own GoBiz login into a token (BrokerSignIn, LoopbackSignIn).
// Every request goes through the QNetworkAccessManager given (the application's one, with the
// proxy of page 1), with a transfer timeout, and every secret it meets (tokens, sessions, poll
// token, code, verifier, state) is registered with the Redactor before it is used or logged.
// One sign-in at a time; refresh() and signOut() may run beside it.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit SignInFlow(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Ends in exactly one of signedIn / failed (after waitingForBrowser, unless it failed first).
    // LoopbackSignIn emits waitingForBrowser (or failed) before start() returns; BrokerSignIn
    // once login/start has answered. A running sign-in is cancelled first.
    virtual void start(const SignInOptions &options) = 0;
    // Stops a running sign-in; failed(Cancelled) follows. Nothing happens when none runs.
    virtual void cancel() = 0;
    // Exactly one of refreshed / refreshFailed.
    virtual void refresh(const QString &renewal) = 0;
    // Ends the renewal at the partner; signedOut(ok) follows.
    virtual void signOut(const QString &renewal) = 0;

    bool isSigningIn() const { return m_signingIn; }

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // For expiresAt only (waits run on the monotonic clock). Default: current UTC time.
    void setClock(Clock clock);
    // Multiplies every wait (poll interval, backoff, the browser timeout); 1.0 in the product.
    void setTimeScale(double scale) { m_timeScale = scale; }
    double timeScale() const { return m_timeScale; }

signals:
    void waitingForBrowser(const gobiz::SignInPrompt &prompt);
    void signedIn(const gobiz::SignInGrant &grant);
    void failed(const gobiz::SignInError &error);
    void refreshed(const gobiz::SignInGrant &grant);
    void refreshFailed(const gobiz::SignInError &error);
    void signedOut(bool ok);

protected:
    // What came back for one request: the status and body, or the error that stands for it
    // (transport trouble, a 3xx, a body too large). A 4xx/5xx is left to the flow to read.
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
        std::optional<SignInError> transportError;
        std::optional<std::chrono::milliseconds> retryAfter;
    };
    using AnswerHandler = std::function<void(const Answer &)>;

    // POSTs body; handler runs once, with this object as context (never after destruction).
    // Redirects are not followed: a sign-in endpoint that moves is a wrong profile.
    QNetworkReply *post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
        AnswerHandler handler);
    // Aborts a request (or every request still running) without calling its handler.
    void abortRequest(QNetworkReply *reply);
    void abortRequests();

    QDateTime now() const;
    std::chrono::milliseconds scaled(double seconds) const;
    void setSigningIn(bool running) { m_signingIn = running; }

    // An error for a status we did not expect; kind from the status (5xx ServerError, other
    // 4xx Refused, anything else BadAnswer).
    static SignInError statusError(const QUrl &url, int status, const QByteArray &body);
    static SignInError error(SignInError::Kind kind, const QUrl &url, const QString &detail);
    // The grant in a token answer (RFC 6749 §5.1 / the broker's 200): access_token required,
    // token_type bearer when present, expires_in > 0 (3600 if missing). renewalKey names the
    // renewal field ("session" / "refresh_token"). Registers the secrets it finds.
    std::optional<SignInGrant> parseGrant(
        const QByteArray &body, const QString &renewalKey, QString *problem) const;
    // {"error": "..."} of an RFC 6749 §5.2 / RFC 8628 §3.5 answer; empty when there is none.
    static QString oauthErrorCode(const QByteArray &body);

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_transferTimeout {std::chrono::seconds(30)};
    Clock m_clock;
    double m_timeScale = 1.0;
    bool m_signingIn = false;
    QList<QPointer<QNetworkReply>> m_running;
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::SignInPrompt)
Q_DECLARE_METATYPE(gobiz::SignInGrant)
