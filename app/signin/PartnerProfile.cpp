#include "PartnerProfile.h"

#include "api/AccessToken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrlQuery>
#include <cmath>

namespace gobiz {

namespace {

using Parsed = PartnerProfileCheck;
using Lookup = PartnerProfileLookup;

Parsed refuse(const QString &field, const QString &problem)
{
    Parsed parsed;
    parsed.field = field;
    parsed.problem = problem;
    return parsed;
}

// A key that names a secret, wherever it is in the file.
bool secretKey(const QString &key)
{
    static const char16_t *const words[] = {u"secret", u"password", u"passwd", u"token", u"private",
        u"api_key", u"apikey", u"credential", u"session", u"cookie", u"bearer"};
    const QString lower = key.toLower();
    return std::any_of(std::begin(words), std::end(words),
        [&lower](const char16_t *word) { return lower.contains(QStringView(word)); });
}

// A value that is most likely a pasted token. Opaque strings need 32 characters here (not
// AccessToken's 20), so that a scope like "partner:outlet:write" or a long partner name is
// not mistaken for one; a client id may be any opaque string, so only bearer/JWT count there.
bool secretValue(const QString &value, bool opaqueAllowed)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u"bearer ", Qt::CaseInsensitive)
        || trimmed.startsWith(u"authorization:", Qt::CaseInsensitive)
        || (trimmed.startsWith(u"eyJ") && trimmed.count(u'.') == 2))
        return true;
    if (opaqueAllowed || trimmed.contains(u"://"))
        return false;
    return trimmed.size() >= 32 && AccessToken::looksLikeToken(trimmed);
}

// A user name/password or a secret-looking query item in an address.
bool secretInUrl(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return true;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (secretKey(key) || secretValue(value, false) || value.size() >= 20)
            return true;
    }
    return false;
}

QString keySentence(const QString &field)
{
    return PartnerProfile::tr("The partner profile contains \"%1\", which names a secret. A "
                              "profile can be read by anyone who has the program, so it must hold "
                              "no secret: remove the field (the partner's broker keeps secrets on "
                              "its own server).")
        .arg(field);
}

QString valueSentence(const QString &field)
{
    return PartnerProfile::tr("The value of \"%1\" looks like a token or password. A profile can "
                              "be read by anyone who has the program, so it must hold no secret: "
                              "ask your partner for a profile without it.")
        .arg(field);
}

// The first secret anywhere in the document, as the dotted path of its field.
std::optional<Parsed> findSecret(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (secretKey(it.key()))
                return refuse(field, keySentence(field));
            if (auto found = findSecret(it.value(), field))
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = findSecret(array.at(i), path + QStringLiteral("[%1]").arg(i)))
                return found;
        }
    } else if (value.isString()) {
        const QString text = value.toString();
        const bool isClientId = path == u"sign_in.client_id";
        if (secretValue(text, isClientId)
            || (text.contains(u"://") && secretInUrl(QUrl(text.trimmed()))))
            return refuse(path, valueSentence(path));
    }
    return std::nullopt;
}

QString missingSentence(const QString &field)
{
    return PartnerProfile::tr("The partner profile has no \"%1\". Add it as the partner guide "
                              "shows, or ask your partner for a complete profile.")
        .arg(field);
}

QString unknownSentence(const QString &field)
{
    return PartnerProfile::tr("The partner profile has a field \"%1\" that the wizard does not "
                              "know. Check its spelling against the partner guide, or remove it.")
        .arg(field);
}

QString addressSentence(const QString &field)
{
    return PartnerProfile::tr("\"%1\" must be an https:// address (http:// only for this "
                              "computer: 127.0.0.1 or localhost), without a ? or # part.")
        .arg(field);
}

// Keys starting with '_' (and "$schema") are comments for the partner's own people.
bool commentKey(const QString &key)
{
    return key.startsWith(u'_') || key == u"$schema";
}

std::optional<Parsed> unknownKey(
    const QJsonObject &object, const QString &prefix, std::initializer_list<const char16_t *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (commentKey(it.key()))
            continue;
        const bool isKnown = std::any_of(known.begin(), known.end(),
            [&it](const char16_t *key) { return it.key() == QStringView(key); });
        if (!isKnown)
            return refuse(prefix + it.key(), unknownSentence(prefix + it.key()));
    }
    return std::nullopt;
}

// An https address, or http on loopback; no query, no fragment.
std::optional<QUrl> address(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.hasQuery() || url.hasFragment()
        || !Environment::validateBaseUrl(url).isEmpty())
        return std::nullopt;
    return url;
}

} // namespace

QUrl PartnerProfile::defaultOAuthUrl(const Environment &environment)
{
    switch (environment.kind()) {
    case Environment::Kind::Production:
        return QUrl(QStringLiteral("https://accounts.go-jek.com"));
    case Environment::Kind::Sandbox:
        return QUrl(QStringLiteral("https://integration-goauth.gojekapi.com"));
    case Environment::Kind::Custom:
        break;
    }
    return environment.baseUrl(); // the sandbox plays GoAuth on the API's own port
}

PartnerProfileCheck PartnerProfile::parse(const QByteArray &json)
{
    if (json.size() > maxFileBytes)
        return refuse({},
            tr("The partner profile is larger than a profile can be (%1 KB at "
               "most). Check that the right file was given.")
                .arg(maxFileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse({},
            tr("The partner profile is not valid JSON (%1 at character %2). Ask "
               "your partner for a corrected file.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return refuse({},
            tr("The partner profile must be one JSON object, like {\"partner\": "
               "\"…\", …}. Ask your partner for a corrected file."));
    const QJsonObject root = document.object();
    // Secrets first: a profile with a secret is refused for that, whatever else is wrong.
    if (auto secret = findSecret(root, {}))
        return *secret;
    if (auto unknown = unknownKey(root, {}, {u"partner", u"environment", u"sign_in"}))
        return *unknown;

    PartnerProfile profile;
    const QJsonValue partner = root.value(u"partner");
    if (partner.isUndefined())
        return refuse(u"partner"_qs, missingSentence(u"partner"_qs));
    profile.partner = partner.toString().simplified();
    if (!partner.isString() || profile.partner.isEmpty() || profile.partner.size() > 100)
        return refuse(u"partner"_qs,
            tr("\"partner\" must be the partner's name as text, 1 to 100 "
               "characters long."));

    const QJsonValue environment = root.value(u"environment");
    if (environment.isUndefined())
        return refuse(u"environment"_qs, missingSentence(u"environment"_qs));
    const QString environmentText = environment.toString().trimmed();
    if (environment.isString() && environmentText == u"production") {
        profile.environment = Environment::production();
    } else if (environment.isString() && environmentText == u"sandbox") {
        profile.environment = Environment::sandbox();
    } else if (const std::optional<QUrl> url = address(environment)) {
        profile.environment = Environment::custom(*url);
    } else {
        return refuse(u"environment"_qs,
            tr("\"environment\" must be \"production\", \"sandbox\" or the API's https:// address "
               "(http:// only for this computer)."));
    }

    const QJsonValue signIn = root.value(u"sign_in");
    if (signIn.isUndefined())
        return refuse(u"sign_in"_qs, missingSentence(u"sign_in"_qs));
    if (!signIn.isObject())
        return refuse(u"sign_in"_qs,
            tr("\"sign_in\" must be an object with a \"flow\" and its "
               "settings, as the partner guide shows."));
    const QJsonObject flowObject = signIn.toObject();
    const QJsonValue flow = flowObject.value(u"flow");
    if (flow.isUndefined())
        return refuse(u"sign_in.flow"_qs, missingSentence(u"sign_in.flow"_qs));
    if (flow.toString() == u"broker") {
        profile.flow = Flow::Broker;
        if (auto unknown = unknownKey(flowObject, u"sign_in."_qs, {u"flow", u"broker_url"}))
            return *unknown;
        const QJsonValue broker = flowObject.value(u"broker_url");
        if (broker.isUndefined())
            return refuse(u"sign_in.broker_url"_qs, missingSentence(u"sign_in.broker_url"_qs));
        const std::optional<QUrl> url = address(broker);
        if (!url)
            return refuse(u"sign_in.broker_url"_qs, addressSentence(u"sign_in.broker_url"_qs));
        profile.brokerUrl = *url;
        if (!profile.brokerUrl.path().endsWith(u'/'))
            profile.brokerUrl.setPath(profile.brokerUrl.path() + u'/');
    } else if (flow.toString() == u"loopback-pkce") {
        profile.flow = Flow::LoopbackPkce;
        if (auto unknown = unknownKey(flowObject, u"sign_in."_qs,
                {u"flow", u"client_id", u"scopes", u"redirect_port", u"oauth_url"}))
            return *unknown;
        const QJsonValue clientId = flowObject.value(u"client_id");
        if (clientId.isUndefined())
            return refuse(u"sign_in.client_id"_qs, missingSentence(u"sign_in.client_id"_qs));
        profile.clientId = clientId.toString();
        if (!clientId.isString() || profile.clientId.isEmpty() || profile.clientId.size() > 200
            || !AccessToken::normalize(profile.clientId).isValid()
            || AccessToken::normalize(profile.clientId).token != profile.clientId)
            return refuse(u"sign_in.client_id"_qs,
                tr("\"sign_in.client_id\" must be the client ID GoBiz issued, as text without "
                   "spaces (at most 200 characters)."));

        const QJsonValue scopes = flowObject.value(u"scopes");
        if (scopes.isUndefined())
            return refuse(u"sign_in.scopes"_qs, missingSentence(u"sign_in.scopes"_qs));
        bool scopesOk = scopes.isArray();
        for (const QJsonValue &scope : scopes.toArray()) {
            const QString text = scope.toString();
            if (!scope.isString() || text.isEmpty() || text.contains(u' ') || text.size() > 100)
                scopesOk = false;
            else if (!profile.scopes.contains(text))
                profile.scopes.append(text);
        }
        if (!scopesOk || !profile.scopes.contains(u"openid"))
            return refuse(u"sign_in.scopes"_qs,
                tr("\"sign_in.scopes\" must be a list of scopes without spaces that includes "
                   "\"openid\", for example [\"openid\", \"offline\", \"partner:outlet:read\"]."));

        const QJsonValue port = flowObject.value(u"redirect_port");
        if (!port.isUndefined()) {
            const double number = port.toDouble(-1);
            if (!port.isDouble() || number < 0 || number > 65535 || std::floor(number) != number)
                return refuse(u"sign_in.redirect_port"_qs,
                    tr("\"sign_in.redirect_port\" must be a whole number from 0 to 65535 (0 "
                       "means any free port)."));
            profile.redirectPort = quint16(number);
        }

        const QJsonValue oauth = flowObject.value(u"oauth_url");
        if (oauth.isUndefined()) {
            profile.oauthUrl = defaultOAuthUrl(profile.environment);
        } else if (const std::optional<QUrl> url = address(oauth)) {
            profile.oauthUrl = *url;
        } else {
            return refuse(u"sign_in.oauth_url"_qs, addressSentence(u"sign_in.oauth_url"_qs));
        }
    } else {
        return refuse(
            u"sign_in.flow"_qs, tr("\"sign_in.flow\" must be \"broker\" or \"loopback-pkce\"."));
    }

    Parsed parsed;
    parsed.profile = profile;
    return parsed;
}

QStringList PartnerProfile::searchPaths(const QString &commandLineFile)
{
    if (!commandLineFile.isEmpty())
        return {commandLineFile};
    QStringList paths;
    const auto add = [&paths](QStandardPaths::StandardLocation location) {
        for (const QString &folder : QStandardPaths::standardLocations(location)) {
            const QString path = QDir(folder).filePath(QStringLiteral("partner.json"));
            if (!paths.contains(path))
                paths.append(path);
        }
    };
    add(QStandardPaths::AppConfigLocation);
    add(QStandardPaths::GenericConfigLocation);
    return paths;
}

PartnerProfileLookup PartnerProfile::find(const QString &commandLineFile)
{
    Lookup lookup;
    for (const QString &path : searchPaths(commandLineFile)) {
        const QFileInfo info(path);
        if (!info.exists() && commandLineFile.isEmpty())
            continue;
        lookup.path = path;
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            lookup.outcome = Lookup::Outcome::Refused;
            lookup.parsed = refuse({},
                tr("The partner profile \"%1\" cannot be read: %2. Check "
                   "the file name given with --partner-profile.")
                    .arg(QDir::toNativeSeparators(path),
                        info.exists() ? file.errorString() : tr("there is no such file")));
            return lookup;
        }
        lookup.parsed = parse(file.read(maxFileBytes + 1));
        lookup.outcome = lookup.parsed.ok() ? Lookup::Outcome::Loaded : Lookup::Outcome::Refused;
        if (lookup.parsed.profile)
            lookup.parsed.profile->sourcePath = path;
        return lookup;
    }
    return lookup;
}

PartnerProfile PartnerProfile::demo(const QUrl &sandboxUrl)
{
    PartnerProfile profile;
    profile.partner = tr("Demo partner (sandbox)");
    profile.environment = Environment::demo(sandboxUrl);
    profile.flow = Flow::Broker;
    profile.brokerUrl = sandboxUrl.resolved(QUrl(QStringLiteral("broker/")));
    return profile;
}

} // namespace gobiz
