#pragma once

#include "sandbox/GoAuth.h"
#include "sandbox/LoginPages.h"

#include <QHash>

namespace gobiz::sandbox {

// The browser side of the sandbox's GoAuth: GET /oauth2/auth and the forms it leads to
//   /oauth2/auth            -> phone page (or consent, for a person the cookie remembers)
//   POST /oauth2/auth/phone -> OTP page (the code is on it), or the phone page + "not registered"
//   POST /oauth2/auth/otp   -> consent page (sets the cookie), or the OTP page + "wrong code"
//   POST /oauth2/auth/consent decision=allow|deny -> 302 to redirect_uri with code or error
//   POST /oauth2/auth/switch -> the phone page again ("Use another account")
// Each page carries the sign-in's transaction id in a hidden "tx" field.
class LoginFlow
{
public:
    LoginFlow(GoAuth &auth, const AccountDirectory &directory);

    void reset(); // forgets sign-ins in progress and remembered browsers
    SandboxResponse authorize(const SandboxRequest &request, const QDateTime &now);
    SandboxResponse step(const SandboxRequest &request, const QString &step, const QDateTime &now);

    QList<LoginPages::PhoneEntry> phones() const; // the fixture's, in fixture order

    static constexpr auto kCookieName = "gobiz_sandbox_login";

private:
    enum class Step { Phone, Otp, Consent };
    struct Transaction
    {
        AuthorizeRequest request;
        QDateTime expiresAt;
        Step step = Step::Phone;
        QString phone;
        QString otp;
        std::optional<AccountDirectory::Account> who;
        bool remembered = false;
    };

    SandboxResponse show(const QString &id, const Transaction &transaction,
        const QString &message = {}, const QString &typedPhone = {}) const;
    LoginPages::Language languageOf(const Transaction &transaction) const;

    GoAuth &m_auth;
    const AccountDirectory &m_directory;
    QHash<QString, Transaction> m_transactions;
    QHash<QString, AccountDirectory::Account> m_browsers; // cookie value -> who signed in there
};

namespace LoginResponses {
SandboxResponse html(const QByteArray &page, int status = 200);
SandboxResponse redirect(const QUrl &location);
} // namespace LoginResponses

} // namespace gobiz::sandbox
