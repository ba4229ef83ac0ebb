#include "sandbox/SignInService.h"

#include "sandbox/Envelope.h"
#include "sandbox/FormCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

SignInService::SignInService(const AccountDirectory &directory)
    : m_directory(directory)
    , m_auth(directory)
    , m_login(m_auth, directory)
    , m_broker(m_auth)
{ }

void SignInService::reset()
{
    m_auth.reset();
    m_login.reset();
    m_broker.reset();
}

SandboxResponse SignInService::handle(
    const SandboxRequest &request, const RouteMatch &match, const QDateTime &now, const QUrl &base)
{
    m_auth.brokerClient(base); // the broker's redirect_uri follows the port we listen on
    switch (match.route) {
    case Route::OAuthAuthorize:
        return m_login.authorize(request, now);
    case Route::OAuthStep:
        return m_login.step(request, match.param, now);
    case Route::OAuthToken:
        return m_auth.tokenEndpoint(request, now);
    case Route::BrokerStart:
        return m_broker.start(request, now, base);
    case Route::BrokerPoll:
        return m_broker.poll(request, now);
    case Route::BrokerRefresh:
        return m_broker.refresh(request, now);
    case Route::BrokerLogout:
        return m_broker.logout(request);
    case Route::BrokerLoginPage:
        return m_broker.loginPage(match.param, now, base);
    case Route::BrokerCallback:
        return m_broker.callback(request, now, base);
    default:
        return Envelope::error(500, u"Internal error"_s, u"not a sign-in route"_s);
    }
}

QUrl SignInService::approveSignIn(const QUrl &url, const QString &phone, bool allow,
    const QDateTime &now, const QUrl &base, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    m_auth.brokerClient(base);
    QUrl authorize = url;
    const QString loginId = BrokerApi::loginIdOf(url);
    if (!loginId.isEmpty()) {
        authorize = m_broker.authorizeUrl(loginId, now, base);
        if (!authorize.isValid()) {
            *error = u"unknown or expired broker login: %1"_s.arg(url.toString());
            return {};
        }
    }
    if (authorize.path() != u"/oauth2/auth") {
        *error = u"not a GoAuth authorize URL or a broker login_url: %1"_s.arg(url.toString());
        return {};
    }
    QString repeated;
    const std::optional<QHash<QString, QString>> query
        = FormCodec::parse(authorize.query(QUrl::FullyEncoded).toUtf8(), &repeated);
    if (!query) {
        *error = u"%1 is sent more than once"_s.arg(repeated);
        return {};
    }
    const AuthorizeCheck check = m_auth.checkAuthorize(*query);
    if (check.outcome == AuthorizeCheck::Outcome::ErrorPage) {
        *error = check.error;
        return {};
    }
    if (check.outcome == AuthorizeCheck::Outcome::ErrorRedirect)
        return check.redirect;
    const std::optional<AccountDirectory::Account> who
        = m_directory.findPhone(FixtureFormat::normalizePhone(phone));
    if (!who) {
        *error = u"the phone number %1 is not registered in this sandbox"_s.arg(phone);
        return {};
    }
    const QUrl target
        = allow ? m_auth.approve(check.request, *who, now) : GoAuth::deny(check.request);
    if (check.request.clientId == QLatin1StringView(kBrokerClientId)) {
        SandboxRequest callback;
        callback.method = "GET";
        callback.encodedPath = "/broker/callback";
        callback.encodedQuery = target.query(QUrl::FullyEncoded).toUtf8();
        m_broker.callback(callback, now, base);
    }
    return target;
}

SandboxResponse SignInService::approveRoute(
    const SandboxRequest &request, const QDateTime &now, const QUrl &base)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString error;
    const QUrl url(body.value(u"url").toString(), QUrl::StrictMode);
    const QUrl redirect = approveSignIn(url, body.value(u"phone").toString(),
        body.value(u"allow").toBool(true), now, base, &error);
    SandboxResponse response;
    if (!redirect.isValid()) {
        response.status = 400;
        response.body = QJsonDocument(QJsonObject {{u"error"_s, error}}).toJson(QJsonDocument::Compact);
        return response;
    }
    response.body = QJsonDocument(QJsonObject {{u"redirect"_s, redirect.toString(QUrl::FullyEncoded)}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

QJsonArray SignInService::phonesJson() const
{
    QJsonArray phones;
    for (const LoginPages::PhoneEntry &entry : m_login.phones())
        phones.append(QJsonObject {{u"phone"_s, entry.phone}, {u"name"_s, entry.name},
            {u"roles"_s, QJsonArray::fromStringList(entry.roles)},
            {u"merchant"_s, entry.merchant}});
    return phones;
}

QJsonObject SignInService::settingsJson() const
{
    const SignInSettings &settings = m_auth.settings();
    return QJsonObject {{u"token_lifetime"_s, settings.tokenLifetimeSeconds},
        {u"code_lifetime"_s, settings.codeLifetimeSeconds},
        {u"poll_interval"_s, settings.pollIntervalSeconds},
        {u"login_expiry"_s, settings.loginExpirySeconds},
        {u"slow_down_next"_s, settings.slowDownNext},
        {u"broker_sessions"_s, m_broker.sessionCount()},
        {u"clients"_s, QJsonArray {QString::fromLatin1(kWizardClientId),
                            QString::fromLatin1(kBrokerClientId)}}};
}

} // namespace gobiz::sandbox
