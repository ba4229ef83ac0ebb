#pragma once

#include "sandbox/AccountDirectory.h"
#include "sandbox/HttpMessages.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <optional>

namespace gobiz::sandbox {

// The sandbox's stand-in for GoBiz's login server (GoAuth, gobiz-api.md §6): its clients, the
// checks on an authorize request, single-use codes, access and refresh tokens, and the token
// endpoint's answers in RFC 6749 §5 form. No sockets and no HTML: LoginFlow renders the pages,
// BrokerApi is a client of it, SandboxApi asks it who an issued access token belongs to.

// The public client the wizard's loopback flow uses: PKCE S256 required, no secret, redirect
// exactly http://127.0.0.1:<any port>/gobiz/callback.
inline constexpr auto kWizardClientId = "gobiz-wizard-sandbox";
// The sandbox broker's confidential client; its secret never leaves the sandbox.
inline constexpr auto kBrokerClientId = "sandbox-broker";

struct OAuthClient
{
    QString id;
    QString secret; // empty: a public client, which must use PKCE S256
    QString redirectUri; // matched exactly (scheme, host, port, path, query)
    bool loopbackRedirect = false; // instead: http://127.0.0.1:<any port>/gobiz/callback

    bool isPublic() const { return secret.isEmpty(); }
};

// Knobs for tests and the gobiz-sandbox options; may change while running.
struct SignInSettings
{
    int tokenLifetimeSeconds = 3600; // access tokens (GoAuth's documented default)
    int codeLifetimeSeconds = 120; // authorization codes (~2 minutes at GoAuth)
    double pollIntervalSeconds = 2; // broker login/start "interval"; fractional for tests
    int loginExpirySeconds = 600; // broker login/start "expires_in"
    int slowDownNext = 0; // the next N broker polls answer slow_down (counts down)
};

// A /oauth2/auth request that passed every check.
struct AuthorizeRequest
{
    QString clientId;
    QString redirectUri;
    QString scope;
    QString state;
    QString nonce;
    QString uiLocale; // "id" or "en"
    QString codeChallenge; // S256; empty for a confidential client that sent none
    bool promptLogin = false;
};

// What checkAuthorize() decided. A bad client or redirect_uri must not redirect anywhere
// (RFC 6749 §4.1.2.1): the browser gets an error page. Other mistakes go back to the client
// as ?error=...&state=....
struct AuthorizeCheck
{
    enum class Outcome { Ok, ErrorPage, ErrorRedirect };
    Outcome outcome = Outcome::ErrorPage;
    AuthorizeRequest request; // Ok
    QString error; // ErrorPage: a sentence; ErrorRedirect: the OAuth error code
    QString description; // ErrorRedirect: error_description
    QUrl redirect; // ErrorRedirect
};

// What a token request produced, before it becomes HTTP (the broker uses it directly).
struct TokenOutcome
{
    int status = 200;
    QString error; // empty on success
    QString description;
    QString accessToken;
    QString refreshToken; // empty unless the scope has offline or offline_access
    QString idToken; // authorization_code and refresh_token grants
    QString scope;
    int expiresIn = 0;

    bool ok() const { return error.isEmpty(); }
};

class GoAuth
{
public:
    explicit GoAuth(const AccountDirectory &directory);

    // Forgets codes and tokens (the fixture changed); keeps the clients and settings.
    void reset();
    SignInSettings &settings() { return m_settings; }
    const SignInSettings &settings() const { return m_settings; }

    void addClient(const OAuthClient &client); // replaces one with the same id
    const OAuthClient *client(const QString &id) const;
    const OAuthClient &brokerClient(const QUrl &baseUrl); // its redirect follows the base URL
    static bool isLoopbackCallback(const QString &redirectUri);

    // GET /oauth2/auth's query, already decoded.
    AuthorizeCheck checkAuthorize(const QHash<QString, QString> &query) const;
    // After Allow: a fresh code for who, and the redirect carrying it with the state.
    QUrl approve(const AuthorizeRequest &request, const AccountDirectory::Account &who,
        const QDateTime &now);
    // After Deny: ?error=access_denied&state=...
    static QUrl deny(const AuthorizeRequest &request);

    // POST /oauth2/token.
    SandboxResponse tokenEndpoint(const SandboxRequest &request, const QDateTime &now);
    // The same without HTTP: form fields and the Authorization header's value.
    TokenOutcome token(const QHash<QString, QString> &form, const QByteArray &authorization,
        const QDateTime &now);
    // Ends a refresh token (the broker's logout); unknown ones are ignored.
    void revokeRefreshToken(const QString &refreshToken);

    // Who an issued access token speaks for, if it is a user's (not client_credentials) and
    // has not expired at now.
    std::optional<AccountDirectory::Account> accountFor(
        const QString &accessToken, const QDateTime &now) const;

    // Every code, access token and refresh token issued since the last reset: for tests that
    // scan what a client wrote for secrets (inspection only; never served).
    QStringList issuedSecrets() const;

    static QString s256Challenge(const QString &verifier); // RFC 7636 §4.2
    static QString randomToken(int bytes = 32); // URL-safe, from the system RNG
    static bool grantsRefresh(const QString &scope); // offline or offline_access

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString nonce;
        QString codeChallenge;
        AccountDirectory::Account who;
        QDateTime expiresAt;
        bool used = false;
        QStringList issued; // tokens made from it, revoked if the code is presented again
    };
    struct AccessToken
    {
        std::optional<AccountDirectory::Account> who; // nullopt: client_credentials
        QDateTime expiresAt;
    };
    struct RefreshToken
    {
        QString clientId;
        QString scope;
        AccountDirectory::Account who;
        QString nonce;
    };

    TokenOutcome authorizationCodeGrant(
        const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now);
    TokenOutcome refreshTokenGrant(
        const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now);
    TokenOutcome clientCredentialsGrant(
        const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now);
    TokenOutcome issue(const OAuthClient &client, const QString &scope,
        const std::optional<AccountDirectory::Account> &who, const QString &nonce,
        const QString &refreshToken, const QDateTime &now);
    QString idToken(const OAuthClient &client, const AccountDirectory::Account &who,
        const QString &nonce, const QDateTime &now) const;

    const AccountDirectory &m_directory;
    SignInSettings m_settings;
    QHash<QString, OAuthClient> m_clients;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
};

} // namespace gobiz::sandbox
