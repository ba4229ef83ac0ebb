#include "sandbox/BrokerApi.h"

#include "sandbox/FormCodec.h"
#include "sandbox/LoginFlow.h"
#include "sandbox/LoginPages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

constexpr auto kBrokerScope = "openid offline partner:outlet:read partner:outlet:write";

SandboxResponse json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.addHeader("Cache-Control", "no-store");
    return response;
}

SandboxResponse error(const QString &code, const QString &description)
{
    return json(400, {{u"error"_s, code}, {u"error_description"_s, description}});
}

std::optional<QJsonObject> bodyObject(const SandboxRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

SandboxResponse notJson()
{
    return error(u"invalid_request"_s, u"the body must be a JSON object"_s);
}

// Letters and digits nobody confuses when reading them aloud: no I/O/0/1.
QString pairingCode()
{
    static constexpr char16_t letters[] = u"BCDFGHJKLMNPQRSTVWXZ";
    static constexpr char16_t digits[] = u"23456789";
    QRandomGenerator *rng = QRandomGenerator::system();
    QString code;
    for (int i = 0; i < 4; ++i)
        code += QChar(letters[rng->bounded(int(std::size(letters)) - 1)]);
    code += u'-';
    for (int i = 0; i < 4; ++i)
        code += QChar(digits[rng->bounded(int(std::size(digits)) - 1)]);
    return code;
}

QJsonObject grantJson(const TokenOutcome &grant, const QString &session)
{
    return {{u"access_token"_s, grant.accessToken}, {u"token_type"_s, u"bearer"_s},
        {u"expires_in"_s, grant.expiresIn}, {u"scope"_s, grant.scope},
        {u"session"_s, session}};
}

} // namespace

BrokerApi::BrokerApi(GoAuth &auth)
    : m_auth(auth)
{ }

void BrokerApi::reset()
{
    m_logins.clear();
    m_pollTokens.clear();
    m_sessions.clear();
}

SandboxResponse BrokerApi::start(const SandboxRequest &request, const QDateTime &now, const QUrl &base)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return notJson();
    const SignInSettings &settings = m_auth.settings();
    Login login;
    login.pollToken = GoAuth::randomToken();
    login.pairingCode = pairingCode();
    login.deviceName = body->value(u"device_name").toString().left(100);
    login.uiLocale = body->value(u"ui_locale").toString();
    login.promptLogin = body->value(u"prompt").toString() == u"login";
    login.state = GoAuth::randomToken();
    login.nonce = GoAuth::randomToken(16);
    login.expiresAt = now.addSecs(settings.loginExpirySeconds);
    const QString id = GoAuth::randomToken(12);
    m_logins.insert(id, login);
    m_pollTokens.insert(login.pollToken, id);
    const QUrl loginUrl = base.resolved(QUrl(u"broker/login/"_s + id));
    return json(200,
        {{u"login_url"_s, loginUrl.toString()}, {u"poll_token"_s, login.pollToken},
            {u"pairing_code"_s, login.pairingCode},
            {u"expires_in"_s, settings.loginExpirySeconds},
            {u"interval"_s, settings.pollIntervalSeconds}});
}

SandboxResponse BrokerApi::poll(const SandboxRequest &request, const QDateTime &now)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return notJson();
    const QString pollToken = body->value(u"poll_token").toString();
    if (pollToken.isEmpty())
        return error(u"invalid_request"_s, u"poll_token is missing"_s);
    const auto id = m_pollTokens.constFind(pollToken);
    if (id == m_pollTokens.cend())
        return error(u"invalid_grant"_s, u"unknown poll_token"_s);
    Login &login = m_logins[*id];
    if (login.status == State::Delivered)
        return error(u"expired_token"_s, u"this sign-in was already collected"_s);
    if (now >= login.expiresAt)
        return error(u"expired_token"_s, u"the sign-in expired; start again"_s);
    if (login.status == State::Denied)
        return error(u"access_denied"_s, u"the merchant denied access"_s);
    SignInSettings &settings = m_auth.settings();
    if (settings.slowDownNext > 0) {
        --settings.slowDownNext;
        return error(u"slow_down"_s, u"polling too fast"_s);
    }
    if (login.status == State::Pending)
        return error(u"authorization_pending"_s, u"waiting for the browser"_s);
    login.status = State::Delivered;
    return json(200, grantJson(login.grant, login.session));
}

SandboxResponse BrokerApi::refresh(const SandboxRequest &request, const QDateTime &now)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return notJson();
    const QString session = body->value(u"session").toString();
    const auto it = m_sessions.constFind(session);
    if (session.isEmpty() || it == m_sessions.cend())
        return error(u"invalid_grant"_s, u"unknown or ended session; sign in again"_s);
    const OAuthClient &client = *m_auth.client(QString::fromLatin1(kBrokerClientId));
    const TokenOutcome grant = m_auth.token({{u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, *it},
                                                {u"client_id"_s, client.id},
                                                {u"client_secret"_s, client.secret}},
        {}, now);
    if (!grant.ok()) {
        m_sessions.remove(session);
        return error(u"invalid_grant"_s, u"GoBiz ended the session; sign in again"_s);
    }
    return json(200, grantJson(grant, session));
}

SandboxResponse BrokerApi::logout(const SandboxRequest &request)
{
    const std::optional<QJsonObject> body = bodyObject(request);
    if (!body)
        return notJson();
    const QString session = body->value(u"session").toString();
    // Idempotent: ending a session that is already gone is still "ended".
    m_auth.revokeRefreshToken(m_sessions.take(session));
    SandboxResponse response;
    response.status = 204;
    return response;
}

QUrl BrokerApi::authorizeUrl(const QString &loginId, const QDateTime &now, const QUrl &base)
{
    const auto it = m_logins.constFind(loginId);
    if (it == m_logins.cend() || now >= it->expiresAt)
        return {};
    FormCodec::Pairs pairs {{u"response_type"_s, u"code"_s},
        {u"client_id"_s, QString::fromLatin1(kBrokerClientId)},
        {u"redirect_uri"_s, m_auth.brokerClient(base).redirectUri},
        {u"scope"_s, QString::fromLatin1(kBrokerScope)}, {u"state"_s, it->state},
        {u"nonce"_s, it->nonce}, {u"user_type"_s, u"merchant"_s},
        {u"ui_locales"_s, LoginPages::languageOf(it->uiLocale) == LoginPages::Language::Indonesian
                ? u"id"_s
                : u"en"_s}};
    if (it->promptLogin)
        pairs.append({u"prompt"_s, u"login"_s});
    return FormCodec::withQuery(base.resolved(QUrl(u"oauth2/auth"_s)), pairs);
}

QString BrokerApi::loginIdOf(const QUrl &loginUrl)
{
    const QString path = loginUrl.path(QUrl::FullyDecoded);
    const QString prefix = u"/broker/login/"_s;
    if (!path.startsWith(prefix) || path.mid(prefix.size()).contains(u'/'))
        return {};
    return path.mid(prefix.size());
}

SandboxResponse BrokerApi::loginPage(const QString &loginId, const QDateTime &now, const QUrl &base)
{
    const auto it = m_logins.constFind(loginId);
    const LoginPages::Language language
        = LoginPages::languageOf(it == m_logins.cend() ? QString() : it->uiLocale);
    if (it == m_logins.cend())
        return LoginResponses::html(
            LoginPages::errorPage(language, LoginPages::expiredPage(language)), 404);
    if (it->status == State::Approved || it->status == State::Delivered)
        return LoginResponses::html(
            LoginPages::brokerDonePage(language, LoginPages::BrokerOutcome::SignedIn));
    if (now >= it->expiresAt)
        return LoginResponses::html(
            LoginPages::errorPage(language, LoginPages::expiredPage(language)), 410);
    return LoginResponses::html(LoginPages::brokerLoginPage(
        language, it->pairingCode, it->deviceName, authorizeUrl(loginId, now, base)));
}

QString BrokerApi::loginOfState(const QString &state) const
{
    for (auto it = m_logins.cbegin(); it != m_logins.cend(); ++it) {
        if (!state.isEmpty() && it->state == state)
            return it.key();
    }
    return {};
}

SandboxResponse BrokerApi::callback(const SandboxRequest &request, const QDateTime &now, const QUrl &base)
{
    const QHash<QString, QString> query
        = FormCodec::parse(request.encodedQuery).value_or(QHash<QString, QString>());
    const QString id = loginOfState(query.value(u"state"_s));
    if (id.isEmpty())
        return LoginResponses::html(LoginPages::brokerDonePage(LoginPages::Language::English,
                                        LoginPages::BrokerOutcome::Failed,
                                        u"Unknown or missing state: this sign-in was not started "
                                        u"here."_s),
            400);
    Login &login = m_logins[id];
    const LoginPages::Language language = LoginPages::languageOf(login.uiLocale);
    const QString code = query.value(u"code"_s);
    auto done = [language](LoginPages::BrokerOutcome outcome, const QString &detail = {},
                    int status = 200) {
        return LoginResponses::html(LoginPages::brokerDonePage(language, outcome, detail), status);
    };
    if (login.status == State::Approved || login.status == State::Delivered)
        return done(LoginPages::BrokerOutcome::SignedIn);
    if (login.status == State::Denied)
        return done(LoginPages::BrokerOutcome::Denied);
    if (now >= login.expiresAt)
        return done(LoginPages::BrokerOutcome::Failed, LoginPages::expiredPage(language), 410);
    if (query.value(u"error"_s) == u"access_denied") {
        login.status = State::Denied;
        return done(LoginPages::BrokerOutcome::Denied);
    }
    if (code.isEmpty())
        return done(LoginPages::BrokerOutcome::Failed,
            u"GoBiz answered %1: %2"_s.arg(
                query.value(u"error"_s), query.value(u"error_description"_s)),
            400);
    const OAuthClient &client = m_auth.brokerClient(base);
    const TokenOutcome grant = m_auth.token({{u"grant_type"_s, u"authorization_code"_s},
                                                {u"code"_s, code},
                                                {u"redirect_uri"_s, client.redirectUri},
                                                {u"client_id"_s, client.id},
                                                {u"client_secret"_s, client.secret}},
        {}, now);
    if (!grant.ok()) // stays pending: Continue on the login page can try again
        return done(LoginPages::BrokerOutcome::Failed,
            u"%1: %2"_s.arg(grant.error, grant.description), 400);
    login.grant = grant;
    login.session = GoAuth::randomToken();
    login.status = State::Approved;
    m_sessions.insert(login.session, grant.refreshToken);
    return done(LoginPages::BrokerOutcome::SignedIn);
}

} // namespace gobiz::sandbox
