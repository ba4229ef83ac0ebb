#include "sandbox/SandboxApi.h"

#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

QByteArray mediaType(const QByteArray &value)
{
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

bool hasLinkingRole(const QStringList &roles)
{
    for (const QString &role : roles) {
        const QString lower = role.toLower();
        if (lower == u"owner" || lower == u"admin" || lower == u"manager")
            return true;
    }
    return false;
}

QJsonObject outletJson(const LinkRecord &record)
{
    return QJsonObject {
        {u"id"_s, record.outletId},
        {u"external_outlet_id"_s, record.externalOutletId},
        {u"created_at"_s, FixtureFormat::formatTimestamp(record.createdAt)},
        {u"updated_at"_s, FixtureFormat::formatTimestamp(record.updatedAt)},
        {u"linked_at"_s, FixtureFormat::formatTimestamp(record.linkedAt)},
    };
}

} // namespace

SandboxApi::SandboxApi(const Fixture &fixture)
{
    setFixture(fixture);
}

void SandboxApi::setFixture(const Fixture &fixture)
{
    m_directory = AccountDirectory(fixture);
    resetState();
}

void SandboxApi::resetState()
{
    m_state.clear();
    for (const FixtureMerchant &merchant : m_directory.fixture().merchants) {
        for (const FixtureOutlet &outlet : merchant.outlets) {
            if (outlet.orderAcceptance != QLatin1StringView(kDefaultOrderAcceptance))
                m_state.setOrderAcceptance(outlet.id, outlet.orderAcceptance);
        }
    }
}

bool SandboxApi::isKnownProduct(const QString &product)
{
    return product == u"gofood" || product == u"payment";
}

bool SandboxApi::acceptsJson(const QByteArray &acceptHeader)
{
    if (acceptHeader.trimmed().isEmpty())
        return true;
    for (const QByteArray &range : acceptHeader.split(',')) {
        const QByteArray type = mediaType(range);
        if (type == "*/*" || type == "application/*" || type == "application/json")
            return true;
    }
    return false;
}

bool SandboxApi::isJsonContentType(const QByteArray &contentType)
{
    return mediaType(contentType) == "application/json";
}

SandboxResponse SandboxApi::handle(
    const SandboxRequest &request, const RouteMatch &match, const QDateTime &now)
{
    switch (match.route) {
    case Route::NotFound:
        return Envelope::error(404, u"Not found"_s,
            u"No route for %1 %2"_s.arg(
                QString::fromLatin1(request.method), QString::fromUtf8(request.encodedPath)));
    case Route::MethodNotAllowed: {
        SandboxResponse response = Envelope::error(405, u"Method Not Allowed"_s,
            u"%1 is not allowed here; use %2"_s.arg(
                QString::fromLatin1(request.method), QString::fromLatin1(match.allow)));
        response.headers.append({"Allow", match.allow});
        return response;
    }
    case Route::TokenInfo:
    case Route::Link:
    case Route::Unlink:
        break;
    default:
        return Envelope::error(500, u"Internal error"_s, u"route not handled by the API"_s);
    }

    const QByteArray accept = request.header("accept");
    if (!acceptsJson(accept))
        return Envelope::error(406, u"UnsupportedAcceptType"_s,
            u"Invalid Accept header: %1"_s.arg(QString::fromLatin1(accept)));

    // Authorization: Bearer <token>; anything else is a 401, like an unknown or expired token.
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.left(7).toLower().startsWith("bearer "))
        return Envelope::sessionExpired();
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    std::optional<AccountDirectory::Account> account = m_directory.findToken(token);
    if (account) {
        const FixtureToken &fixtureToken = m_directory.token(*account);
        if (fixtureToken.grant != TokenGrant::AuthorizationCode
            || (fixtureToken.expiresAt.isValid() && fixtureToken.expiresAt <= now))
            return Envelope::sessionExpired();
    } else if (m_issuedTokens) {
        account = m_issuedTokens(token, now);
    }
    if (!account)
        return Envelope::sessionExpired();

    if (match.route == Route::TokenInfo)
        return tokenInfo(*account);

    if (match.route == Route::Link) {
        const QByteArray contentType = request.header("content-type");
        if (!isJsonContentType(contentType))
            return Envelope::error(415, u"UnsupportedContentType"_s,
                u"Invalid Content-Type header: %1 (expected application/json)"_s.arg(
                    QString::fromLatin1(contentType)));
    }
    if (!isKnownProduct(match.product))
        return Envelope::error(400, u"Bad Request"_s,
            u"Unknown product \"%1\": expected gofood or payment"_s.arg(match.product));
    if (std::optional<SandboxResponse> refused = checkLinkAccess(*account, match))
        return *refused;
    return match.route == Route::Link ? link(request, match, now) : unlink(match, now);
}

SandboxResponse SandboxApi::tokenInfo(const AccountDirectory::Account &account) const
{
    const QList<FixtureOutlet> outlets = m_directory.outletsOf(account);
    const FixtureUser &user = m_directory.user(account);
    if (outlets.isEmpty() && m_settings.emptyOutlets == EmptyOutletsMode::NotFound) {
        // The documented 404 names an outlet by UUID; derive a stable one from the user.
        const QString who = account.token >= 0 ? m_directory.token(account).token : user.phone;
        const QUuid id = QUuid::createUuidV5(QUuid(), user.name + u'/' + who);
        return Envelope::error(404, u"Not found"_s,
            u"Outlet with id: %1 is not found"_s.arg(id.toString(QUuid::WithoutBraces)));
    }
    QJsonArray outletArray;
    for (const FixtureOutlet &outlet : outlets) {
        // email and phone are deprecated and always "" [DOC S1].
        outletArray.append(QJsonObject {{u"id"_s, outlet.id}, {u"name"_s, outlet.name},
            {u"address"_s, outlet.address}, {u"email"_s, u""_s}, {u"phone"_s, u""_s}});
    }
    return Envelope::success(QJsonObject {
        {u"user"_s, QJsonObject {{u"roles"_s, QJsonArray::fromStringList(user.roles)}}},
        {u"outlets"_s, outletArray}});
}

std::optional<SandboxResponse> SandboxApi::checkLinkAccess(
    const AccountDirectory::Account &account, const RouteMatch &match) const
{
    if (!hasLinkingRole(m_directory.user(account).roles))
        return Envelope::error(
            403, u"Forbidden"_s, u"Only an owner, admin or manager can link or unlink outlets."_s);
    if (!m_directory.canAccess(account, match.outletId))
        return Envelope::error(
            403, u"Forbidden"_s, u"You do not have access to outlet %1."_s.arg(match.outletId));
    return std::nullopt;
}

SandboxResponse SandboxApi::link(
    const SandboxRequest &request, const RouteMatch &match, const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return Envelope::error(400, u"Bad Request"_s,
            u"The request body must be a JSON object with external_outlet_id."_s);
    const QJsonValue external = body.object().value(u"external_outlet_id");
    if (!external.isString() || external.toString().trimmed().isEmpty())
        return Envelope::error(400, u"Bad Request"_s,
            u"external_outlet_id is required and must be a non-empty string."_s);

    const LinkState::Result result
        = m_state.link(match.outletId, match.product, external.toString(), now, m_settings.relink);
    if (result.outcome == LinkState::Outcome::Conflict)
        return Envelope::error(409, u"Conflict"_s,
            u"Outlet %1 is already linked for %2."_s.arg(match.outletId, match.product));
    SandboxResponse response
        = Envelope::success(QJsonObject {{u"outlet"_s, outletJson(result.record)}});
    response.applied = true;
    return response;
}

SandboxResponse SandboxApi::unlink(const RouteMatch &match, const QDateTime &now)
{
    const LinkState::Result result = m_state.unlink(match.outletId, match.product, now);
    if (result.outcome == LinkState::Outcome::NotLinked
        && m_settings.unlinkMissing == UnlinkMissingMode::NotFound)
        return Envelope::error(404, u"Requested resource not found"_s,
            u"The outlet is not yet registered for integration. Please contact "
            u"the support team."_s);
    SandboxResponse response = Envelope::success(QJsonObject());
    response.applied = true;
    return response;
}

} // namespace gobiz::sandbox
