#pragma once

#include "sandbox/BrokerApi.h"
#include "sandbox/GoAuth.h"
#include "sandbox/LoginFlow.h"
#include "sandbox/Routes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gobiz::sandbox {

// Everything sign-in on the sandbox's port: GoAuth's pages and token endpoint, the broker,
// and the approveSignIn() seam that walks a sign-in without a browser. SandboxServer only
// routes requests here (isSignInRoute()) and asks accountFor() about bearer tokens.
class SignInService
{
public:
    explicit SignInService(const AccountDirectory &directory);

    void reset(); // codes, tokens, sign-ins, broker logins and sessions: gone
    GoAuth &auth() { return m_auth; }
    QStringList issuedSecrets() const { return m_auth.issuedSecrets() + m_broker.issuedSecrets(); }
    SignInSettings &settings() { return m_auth.settings(); }

    SandboxResponse handle(const SandboxRequest &request, const RouteMatch &match,
        const QDateTime &now, const QUrl &base);

    // url: a GoAuth authorize URL or a broker login_url. Signs phone in and answers the
    // consent page with Allow or Deny; returns where the browser would be redirected. For the
    // broker that redirect (its callback) is also followed here, so the broker's next poll
    // answers. Invalid QUrl and *error set when the browser would see an error page instead.
    QUrl approveSignIn(const QUrl &url, const QString &phone, bool allow, const QDateTime &now,
        const QUrl &base, QString *error = nullptr);
    // POST /_sandbox/sign-in {"url","phone","allow"} -> {"redirect"} or 400 {"error"}
    SandboxResponse approveRoute(const SandboxRequest &request, const QDateTime &now, const QUrl &base);

    std::optional<AccountDirectory::Account> accountFor(
        const QString &accessToken, const QDateTime &now) const
    {
        return m_auth.accountFor(accessToken, now);
    }

    QJsonArray phonesJson() const; // for GET /_sandbox/state "phones"
    QJsonObject settingsJson() const; // for GET /_sandbox/state "sign_in"

private:
    const AccountDirectory &m_directory;
    GoAuth m_auth;
    LoginFlow m_login;
    BrokerApi m_broker;
};

} // namespace gobiz::sandbox
