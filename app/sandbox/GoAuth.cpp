#include "sandbox/GoAuth.h"

#include "sandbox/FormCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

TokenOutcome failure(const QString &error, const QString &description, int status = 400)
{
    TokenOutcome outcome;
    outcome.status = status;
    outcome.error = error;
    outcome.description = description;
    return outcome;
}

TokenOutcome invalidClient(const QString &description)
{
    return failure(u"invalid_client"_s, description, 401);
}

QStringList scopeList(const QString &scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// RFC 6749 §2.3.1: the id and secret in HTTP Basic are form-urlencoded before base64.
QString formDecoded(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

GoAuth::GoAuth(const AccountDirectory &directory)
    : m_directory(directory)
{
    addClient({latin1(kWizardClientId), {}, {}, true});
    // Made up per server: nothing outside the sandbox needs it, and no test can come to
    // depend on a value that would then look like a shipped secret.
    addClient({latin1(kBrokerClientId), randomToken(24), {}, false});
}

void GoAuth::reset()
{
    m_codes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

void GoAuth::addClient(const OAuthClient &client)
{
    m_clients.insert(client.id, client);
}

const OAuthClient *GoAuth::client(const QString &id) const
{
    const auto it = m_clients.constFind(id);
    return it == m_clients.cend() ? nullptr : &*it;
}

const OAuthClient &GoAuth::brokerClient(const QUrl &baseUrl)
{
    OAuthClient &broker = m_clients[latin1(kBrokerClientId)];
    broker.redirectUri = baseUrl.resolved(QUrl(u"broker/callback"_s)).toString();
    return broker;
}

bool GoAuth::isLoopbackCallback(const QString &redirectUri)
{
    static const QRegularExpression pattern(
        uR"(^http://127\.0\.0\.1:([1-9][0-9]{0,4})/gobiz/callback$)"_s);
    const QRegularExpressionMatch match = pattern.match(redirectUri);
    return match.hasMatch() && match.captured(1).toInt() <= 65535;
}

AuthorizeCheck GoAuth::checkAuthorize(const QHash<QString, QString> &query) const
{
    AuthorizeCheck check;
    const OAuthClient *found = client(query.value(u"client_id"_s));
    if (!found) {
        check.error = u"The app that sent you here is not known to GoBiz (client_id \"%1\")."_s
                          .arg(query.value(u"client_id"_s));
        return check;
    }
    const QString redirect = query.value(u"redirect_uri"_s);
    const bool redirectOk = found->loopbackRedirect ? isLoopbackCallback(redirect)
                                                    : !redirect.isEmpty() && redirect == found->redirectUri;
    if (!redirectOk) {
        check.error = u"The address to return to (redirect_uri \"%1\") is not registered for "
                      u"this app."_s.arg(redirect);
        return check;
    }

    AuthorizeRequest &request = check.request;
    request.clientId = found->id;
    request.redirectUri = redirect;
    request.state = query.value(u"state"_s);
    auto refuse = [&](const QString &error, const QString &description) {
        check.outcome = AuthorizeCheck::Outcome::ErrorRedirect;
        check.error = error;
        check.description = description;
        FormCodec::Pairs pairs {{u"error"_s, error}, {u"error_description"_s, description}};
        if (!request.state.isEmpty())
            pairs.append({u"state"_s, request.state});
        check.redirect = FormCodec::withQuery(QUrl(redirect, QUrl::StrictMode), pairs);
        return check;
    };

    if (query.value(u"response_type"_s) != u"code")
        return refuse(u"unsupported_response_type"_s, u"response_type must be code"_s);
    request.scope = scopeList(query.value(u"scope"_s)).join(u' ');
    if (!scopeList(request.scope).contains(u"openid"_s))
        return refuse(u"invalid_scope"_s, u"scope must include openid"_s);
    if (request.state.size() < 8)
        return refuse(u"invalid_request"_s, u"state must be at least 8 characters"_s);
    if (query.value(u"user_type"_s) != u"merchant")
        return refuse(u"invalid_request"_s, u"user_type must be merchant"_s);
    const QString method = query.value(u"code_challenge_method"_s);
    request.codeChallenge = query.value(u"code_challenge"_s);
    if (!request.codeChallenge.isEmpty() && method != u"S256")
        return refuse(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (found->isPublic() && request.codeChallenge.size() != 43)
        return refuse(u"invalid_request"_s,
            u"a public client must send an S256 code_challenge (43 characters)"_s);

    request.nonce = query.value(u"nonce"_s);
    request.uiLocale = u"en"_s;
    for (const QString &locale : scopeList(query.value(u"ui_locales"_s))) {
        if (locale.startsWith(u"id", Qt::CaseInsensitive) || locale.startsWith(u"en")) {
            request.uiLocale = locale.left(2).toLower();
            break;
        }
    }
    request.promptLogin = scopeList(query.value(u"prompt"_s)).contains(u"login"_s);
    check.outcome = AuthorizeCheck::Outcome::Ok;
    return check;
}

QUrl GoAuth::approve(
    const AuthorizeRequest &request, const AccountDirectory::Account &who, const QDateTime &now)
{
    const QString code = randomToken();
    m_codes.insert(code,
        Code {request.clientId, request.redirectUri, request.scope, request.nonce,
            request.codeChallenge, who, now.addSecs(m_settings.codeLifetimeSeconds), false, {}});
    return FormCodec::withQuery(QUrl(request.redirectUri, QUrl::StrictMode),
        {{u"code"_s, code}, {u"state"_s, request.state}});
}

QUrl GoAuth::deny(const AuthorizeRequest &request)
{
    return FormCodec::withQuery(QUrl(request.redirectUri, QUrl::StrictMode),
        {{u"error"_s, u"access_denied"_s},
            {u"error_description"_s, u"The merchant did not allow access"_s},
            {u"state"_s, request.state}});
}

SandboxResponse GoAuth::tokenEndpoint(const SandboxRequest &request, const QDateTime &now)
{
    TokenOutcome outcome;
    const QByteArray contentType = request.header("content-type");
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    QString repeated;
    const std::optional<QHash<QString, QString>> form = FormCodec::parse(request.body, &repeated);
    if (mediaType != "application/x-www-form-urlencoded")
        outcome = failure(u"invalid_request"_s,
            u"the body must be application/x-www-form-urlencoded"_s);
    else if (!form)
        outcome = failure(u"invalid_request"_s, u"%1 was sent more than once"_s.arg(repeated));
    else
        outcome = token(*form, request.header("authorization"), now);

    QJsonObject json;
    if (outcome.ok()) {
        json = {{u"access_token"_s, outcome.accessToken}, {u"token_type"_s, u"bearer"_s},
            {u"expires_in"_s, outcome.expiresIn}, {u"scope"_s, outcome.scope}};
        if (!outcome.idToken.isEmpty())
            json.insert(u"id_token"_s, outcome.idToken);
        if (!outcome.refreshToken.isEmpty())
            json.insert(u"refresh_token"_s, outcome.refreshToken);
    } else {
        json = {{u"error"_s, outcome.error}, {u"error_description"_s, outcome.description}};
    }
    SandboxResponse response;
    response.status = outcome.status;
    response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // RFC 6749 §5.1: tokens must not be cached anywhere on the way.
    response.addHeader("Cache-Control", "no-store");
    response.addHeader("Pragma", "no-cache");
    if (outcome.status == 401)
        response.addHeader("WWW-Authenticate", "Basic realm=\"GoAuth sandbox\"");
    return response;
}

TokenOutcome GoAuth::token(
    const QHash<QString, QString> &form, const QByteArray &authorization, const QDateTime &now)
{
    QString clientId = form.value(u"client_id"_s);
    QString secret = form.value(u"client_secret"_s);
    const QByteArray header = authorization.trimmed();
    if (header.left(6).toLower() == "basic ") {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return invalidClient(u"HTTP Basic credentials must be client_id:client_secret"_s);
        const QString basicId = formDecoded(decoded.left(colon));
        if (form.contains(u"client_secret"_s))
            return failure(u"invalid_request"_s,
                u"send the client secret either in HTTP Basic or in the body, not both"_s);
        if (!clientId.isEmpty() && clientId != basicId)
            return failure(u"invalid_request"_s,
                u"client_id in the body differs from HTTP Basic"_s);
        clientId = basicId;
        secret = formDecoded(decoded.mid(colon + 1));
    }
    if (clientId.isEmpty())
        return invalidClient(u"client authentication is missing (client_id)"_s);
    const OAuthClient *found = client(clientId);
    if (!found)
        return invalidClient(u"unknown client"_s);
    if (found->isPublic() && !secret.isEmpty())
        return invalidClient(u"this is a public client: it has no secret"_s);
    if (!found->isPublic() && secret != found->secret)
        return invalidClient(u"wrong or missing client secret"_s);

    const QString grant = form.value(u"grant_type"_s);
    if (grant.isEmpty())
        return failure(u"invalid_request"_s, u"grant_type is missing"_s);
    if (grant == u"authorization_code")
        return authorizationCodeGrant(*found, form, now);
    if (grant == u"refresh_token")
        return refreshTokenGrant(*found, form, now);
    if (grant == u"client_credentials")
        return clientCredentialsGrant(*found, form, now);
    return failure(u"unsupported_grant_type"_s, u"grant_type %1 is not supported"_s.arg(grant));
}

TokenOutcome GoAuth::authorizationCodeGrant(
    const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now)
{
    const QString value = form.value(u"code"_s);
    if (value.isEmpty())
        return failure(u"invalid_request"_s, u"code is missing"_s);
    const auto it = m_codes.find(value);
    if (it == m_codes.end())
        return failure(u"invalid_grant"_s, u"unknown code"_s);
    Code &code = *it;
    if (code.clientId != client.id)
        return failure(u"invalid_grant"_s, u"the code was issued to another client"_s);
    if (code.used) {
        // RFC 6749 §4.1.2: a code presented twice may have been stolen; end what it gave.
        for (const QString &issued : std::as_const(code.issued)) {
            m_accessTokens.remove(issued);
            m_refreshTokens.remove(issued);
        }
        code.issued.clear();
        return failure(u"invalid_grant"_s, u"the code was already used"_s);
    }
    // Single-use means single attempt: a wrong verifier or redirect uses the code up too.
    code.used = true;
    if (now >= code.expiresAt)
        return failure(u"invalid_grant"_s, u"the code has expired"_s);
    if (!form.contains(u"redirect_uri"_s))
        return failure(u"invalid_request"_s, u"redirect_uri is missing"_s);
    if (form.value(u"redirect_uri"_s) != code.redirectUri)
        return failure(
            u"invalid_grant"_s, u"redirect_uri differs from the authorization request"_s);
    if (!code.codeChallenge.isEmpty()) {
        const QString verifier = form.value(u"code_verifier"_s);
        if (verifier.isEmpty())
            return failure(u"invalid_request"_s, u"code_verifier is missing"_s);
        if (s256Challenge(verifier) != code.codeChallenge)
            return failure(u"invalid_grant"_s, u"code_verifier does not match"_s);
    }
    const QString refresh = grantsRefresh(code.scope) ? randomToken() : QString();
    if (!refresh.isEmpty())
        m_refreshTokens.insert(refresh, RefreshToken {client.id, code.scope, code.who, code.nonce});
    const TokenOutcome outcome = issue(client, code.scope, code.who, code.nonce, refresh, now);
    code.issued = {outcome.accessToken, refresh};
    return outcome;
}

TokenOutcome GoAuth::refreshTokenGrant(
    const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now)
{
    const QString value = form.value(u"refresh_token"_s);
    if (value.isEmpty())
        return failure(u"invalid_request"_s, u"refresh_token is missing"_s);
    const auto it = m_refreshTokens.constFind(value);
    if (it == m_refreshTokens.cend() || it->clientId != client.id)
        return failure(u"invalid_grant"_s, u"unknown or ended refresh token"_s);
    QString scope = it->scope;
    if (form.contains(u"scope"_s)) {
        const QStringList asked = scopeList(form.value(u"scope"_s));
        for (const QString &one : asked) {
            if (!scopeList(it->scope).contains(one))
                return failure(u"invalid_scope"_s, u"%1 was not granted"_s.arg(one));
        }
        scope = asked.join(u' ');
    }
    // No rotation (GoAuth's behaviour is [UNK]): the same refresh token keeps working.
    return issue(client, scope, it->who, it->nonce, value, now);
}

TokenOutcome GoAuth::clientCredentialsGrant(
    const OAuthClient &client, const QHash<QString, QString> &form, const QDateTime &now)
{
    if (client.isPublic())
        return failure(u"unauthorized_client"_s,
            u"a public client cannot use client_credentials"_s);
    // "No scope requested means none granted" (gobiz-api.md §6).
    return issue(client, scopeList(form.value(u"scope"_s)).join(u' '), std::nullopt, {}, {}, now);
}

TokenOutcome GoAuth::issue(const OAuthClient &client, const QString &scope,
    const std::optional<AccountDirectory::Account> &who, const QString &nonce,
    const QString &refreshToken, const QDateTime &now)
{
    TokenOutcome outcome;
    outcome.accessToken = randomToken();
    outcome.expiresIn = m_settings.tokenLifetimeSeconds;
    outcome.scope = scope;
    outcome.refreshToken = refreshToken;
    if (who)
        outcome.idToken = idToken(client, *who, nonce, now);
    m_accessTokens.insert(outcome.accessToken, AccessToken {who, now.addSecs(outcome.expiresIn)});
    return outcome;
}

QString GoAuth::idToken(const OAuthClient &client, const AccountDirectory::Account &who,
    const QString &nonce, const QDateTime &now) const
{
    // JWT-shaped and unsigned ("alg":"none"): the wizard reads no claims from it.
    const FixtureUser &user = m_directory.user(who);
    QJsonObject claims {{u"iss"_s, u"gobiz-sandbox"_s},
        {u"sub"_s, QUuid::createUuidV5(QUuid(), user.phone).toString(QUuid::WithoutBraces)},
        {u"aud"_s, client.id}, {u"iat"_s, now.toSecsSinceEpoch()},
        {u"exp"_s, now.toSecsSinceEpoch() + m_settings.tokenLifetimeSeconds},
        {u"name"_s, user.name}, {u"phone_number"_s, user.phone}};
    if (!nonce.isEmpty())
        claims.insert(u"nonce"_s, nonce);
    const QByteArray header = R"({"alg":"none","typ":"JWT"})";
    return QString::fromLatin1(base64Url(header) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
        + base64Url("gobiz-sandbox"));
}

void GoAuth::revokeRefreshToken(const QString &refreshToken)
{
    m_refreshTokens.remove(refreshToken);
}

std::optional<AccountDirectory::Account> GoAuth::accountFor(
    const QString &accessToken, const QDateTime &now) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.cend() || !it->who || now >= it->expiresAt)
        return std::nullopt;
    return it->who;
}

QString GoAuth::s256Challenge(const QString &verifier)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QString GoAuth::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(base64Url(random));
}

bool GoAuth::grantsRefresh(const QString &scope)
{
    const QStringList scopes = scopeList(scope);
    return scopes.contains(u"offline"_s) || scopes.contains(u"offline_access"_s);
}

QStringList GoAuth::issuedSecrets() const
{
    return m_codes.keys() + m_accessTokens.keys() + m_refreshTokens.keys();
}

} // namespace gobiz::sandbox
