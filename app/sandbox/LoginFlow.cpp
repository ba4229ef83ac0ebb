#include "sandbox/LoginFlow.h"

#include "sandbox/FormCodec.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

// Long enough to read the OTP and decide; short enough that stale tabs fail clearly.
constexpr int kTransactionSeconds = 600;

} // namespace

namespace LoginResponses {

SandboxResponse html(const QByteArray &page, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = page;
    // The pages carry one-time values (transaction, OTP): never cache them.
    response.addHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse redirect(const QUrl &location)
{
    SandboxResponse response;
    response.status = 302;
    response.contentType = "text/plain; charset=utf-8";
    response.addHeader("Location", location.toEncoded());
    response.addHeader("Cache-Control", "no-store");
    return response;
}

} // namespace LoginResponses

LoginFlow::LoginFlow(GoAuth &auth, const AccountDirectory &directory)
    : m_auth(auth)
    , m_directory(directory)
{ }

void LoginFlow::reset()
{
    m_transactions.clear();
    m_browsers.clear();
}

QList<LoginPages::PhoneEntry> LoginFlow::phones() const
{
    QList<LoginPages::PhoneEntry> entries;
    for (const FixtureMerchant &merchant : m_directory.fixture().merchants) {
        for (const FixtureUser &user : merchant.users) {
            if (!user.phone.isEmpty())
                entries.append({user.phone, user.name, user.roles, merchant.name});
        }
    }
    return entries;
}

LoginPages::Language LoginFlow::languageOf(const Transaction &transaction) const
{
    return LoginPages::languageOf(transaction.request.uiLocale);
}

SandboxResponse LoginFlow::authorize(const SandboxRequest &request, const QDateTime &now)
{
    for (auto it = m_transactions.begin(); it != m_transactions.end();)
        it = now >= it->expiresAt ? m_transactions.erase(it) : std::next(it);

    QString repeated;
    const std::optional<QHash<QString, QString>> query
        = FormCodec::parse(request.encodedQuery, &repeated);
    const QString locale = query ? query->value(u"ui_locales"_s) : QString();
    const LoginPages::Language language = LoginPages::languageOf(locale);
    if (!query)
        return LoginResponses::html(LoginPages::errorPage(language,
                                        u"The parameter %1 was sent more than once."_s.arg(repeated)),
            400);
    const AuthorizeCheck check = m_auth.checkAuthorize(*query);
    if (check.outcome == AuthorizeCheck::Outcome::ErrorPage)
        return LoginResponses::html(LoginPages::errorPage(language, check.error), 400);
    if (check.outcome == AuthorizeCheck::Outcome::ErrorRedirect)
        return LoginResponses::redirect(check.redirect);

    Transaction transaction;
    transaction.request = check.request;
    transaction.expiresAt = now.addSecs(kTransactionSeconds);
    const QString browser = FormCodec::cookie(request.header("cookie"), kCookieName);
    const auto remembered = m_browsers.constFind(browser);
    if (!check.request.promptLogin && !browser.isEmpty() && remembered != m_browsers.cend()) {
        transaction.step = Step::Consent;
        transaction.who = *remembered;
        transaction.remembered = true;
    }
    const QString id = GoAuth::randomToken(16);
    m_transactions.insert(id, transaction);
    return show(id, transaction);
}

SandboxResponse LoginFlow::step(
    const SandboxRequest &request, const QString &step, const QDateTime &now)
{
    const std::optional<QHash<QString, QString>> form = FormCodec::parse(request.body);
    const QString id = form ? form->value(u"tx"_s) : QString();
    const auto it = m_transactions.find(id);
    if (it == m_transactions.end() || now >= it->expiresAt) {
        if (it != m_transactions.end())
            m_transactions.erase(it);
        return LoginResponses::html(LoginPages::errorPage(LoginPages::Language::English,
                                        LoginPages::expiredPage(LoginPages::Language::English)),
            400);
    }
    Transaction &transaction = *it;
    const LoginPages::Language language = languageOf(transaction);

    if (step == u"phone") {
        const QString typed = form->value(u"phone"_s);
        const QString phone = FixtureFormat::normalizePhone(typed);
        if (phone.isEmpty() || !m_directory.findPhone(phone)) {
            transaction.step = Step::Phone;
            return show(id, transaction, LoginPages::notRegistered(language, typed.trimmed()), typed);
        }
        transaction.phone = phone;
        transaction.otp = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
        transaction.step = Step::Otp;
        return show(id, transaction);
    }
    if (step == u"otp" && transaction.step == Step::Otp) {
        if (form->value(u"otp"_s).trimmed() != transaction.otp)
            return show(id, transaction, LoginPages::wrongCode(language));
        transaction.who = m_directory.findPhone(transaction.phone);
        transaction.step = Step::Consent;
        transaction.remembered = false;
        const QString browser = GoAuth::randomToken(16);
        m_browsers.insert(browser, *transaction.who);
        SandboxResponse response = show(id, transaction);
        response.addHeader("Set-Cookie",
            QByteArray(kCookieName) + '=' + browser.toLatin1()
                + "; Path=/oauth2/; HttpOnly; SameSite=Lax");
        return response;
    }
    if (step == u"consent" && transaction.step == Step::Consent && transaction.who) {
        const bool allow = form->value(u"decision"_s) == u"allow";
        const QUrl target = allow ? m_auth.approve(transaction.request, *transaction.who, now)
                                  : GoAuth::deny(transaction.request);
        m_transactions.erase(it);
        return LoginResponses::redirect(target);
    }
    if (step == u"switch") {
        transaction.step = Step::Phone;
        transaction.who.reset();
        transaction.remembered = false;
        return show(id, transaction);
    }
    // A form from an earlier step (the back button): show where this sign-in really is.
    return show(id, transaction);
}

SandboxResponse LoginFlow::show(const QString &id, const Transaction &transaction,
    const QString &message, const QString &typedPhone) const
{
    const LoginPages::Language language = languageOf(transaction);
    switch (transaction.step) {
    case Step::Phone:
        return LoginResponses::html(
            LoginPages::phonePage(language, id, typedPhone, message, phones()));
    case Step::Otp:
        return LoginResponses::html(
            LoginPages::otpPage(language, id, transaction.phone, transaction.otp, message));
    case Step::Consent:
        break;
    }
    const FixtureUser &user = m_directory.user(*transaction.who);
    return LoginResponses::html(LoginPages::consentPage(language, id, transaction.request.clientId,
        user.name, user.phone, transaction.request.scope, transaction.remembered));
}

} // namespace gobiz::sandbox
