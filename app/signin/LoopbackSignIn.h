#pragma once

#include "LoopbackReceiver.h"
#include "SignInFlow.h"

#include <QPointer>
#include <QStringList>

namespace gobiz {

// Flow 2 of sign-in.md, where GoBiz has registered a public client with loopback redirects:
// the authorization-code grant run by the wizard itself (RFC 8252), with PKCE S256 (RFC 7636)
// and no client secret.
//   browser: {oauthUrl}/oauth2/auth?client_id&response_type=code&scope&state&redirect_uri
//            &nonce&code_challenge&code_challenge_method=S256&user_type=merchant&ui_locales
//            [&prompt=login]
//   back:    http://127.0.0.1:<port>/gobiz/callback?code&state (LoopbackReceiver)
//   then:    POST {oauthUrl}/oauth2/token grant_type=authorization_code&code&redirect_uri
//            &client_id&code_verifier; renewal: grant_type=refresh_token&refresh_token&client_id
// The browser's page is answered after the exchange, so "you are signed in" is only said when
// it is true.
class LoopbackSignIn : public SignInFlow
{
    Q_OBJECT
public:
    struct Client
    {
        QUrl oauthUrl; // GoAuth's base, e.g. https://accounts.go-jek.com
        QString clientId;
        QStringList scopes; // contains "openid"
        quint16 redirectPort = 0; // 0: any free port
    };

    LoopbackSignIn(QNetworkAccessManager *network, const Client &client, QObject *parent = nullptr);
    ~LoopbackSignIn() override;

    void start(const SignInOptions &options) override;
    void cancel() override;
    void refresh(const QString &refreshToken) override;
    // GoBiz documents no revocation endpoint: forgetting the refresh token is all there is, so
    // this answers signedOut(true) without a request.
    void signOut(const QString &refreshToken) override;

    // How long the listener waits for the browser (5 minutes; setTimeScale applies too).
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    // The listener of the sign-in in progress, for tests (nullptr when none runs).
    LoopbackReceiver *receiver() const { return m_receiver; }

    // The authorize request for these values (pure; start() builds it with fresh ones).
    static QUrl authorizeUrl(const Client &client, const QString &redirectUri, const QString &state,
        const QString &nonce, const QString &codeChallenge, const SignInOptions &options);
    QUrl tokenUrl() const;

private:
    void onReceived(const LoopbackReceiver::Callback &callback);
    void exchange(const QString &code);
    void finish(const std::optional<SignInGrant> &grant, const SignInError &error,
        LoopbackReceiver::Page page);
    QByteArray form(const QList<QPair<QString, QString>> &fields) const;

    Client m_client;
    std::chrono::milliseconds m_browserTimeout = LoopbackReceiver::defaultTimeout;
    QPointer<LoopbackReceiver> m_receiver;
    QString m_verifier;
    QString m_redirectUri;
    QNetworkReply *m_exchange = nullptr;
};

} // namespace gobiz
