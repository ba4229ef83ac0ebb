#include "ApiError.h"

namespace gobiz {

namespace {
struct KindName
{
    ApiError::Kind kind;
    const char16_t *key;
};

constexpr KindName kindNames[] = {
    {ApiError::Kind::None, u"none"},
    {ApiError::Kind::Unauthorized, u"unauthorized"},
    {ApiError::Kind::Forbidden, u"forbidden"},
    {ApiError::Kind::NotFound, u"not_found"},
    {ApiError::Kind::BadRequest, u"bad_request"},
    {ApiError::Kind::Conflict, u"conflict"},
    {ApiError::Kind::UnsupportedMedia, u"unsupported_media"},
    {ApiError::Kind::RateLimited, u"rate_limited"},
    {ApiError::Kind::Server, u"server"},
    {ApiError::Kind::Network, u"network"},
    {ApiError::Kind::Timeout, u"timeout"},
    {ApiError::Kind::Tls, u"tls"},
    {ApiError::Kind::Protocol, u"protocol"},
    {ApiError::Kind::Cancelled, u"cancelled"},
};
} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Protocol:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindKey(Kind kind)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return QString::fromUtf16(name.key);
    }
    return {};
}

std::optional<ApiError::Kind> ApiError::kindFromKey(QStringView key)
{
    for (const KindName &name : kindNames) {
        if (key == QStringView(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString ApiError::userMessage() const
{
    // GoBiz's own words come first when it sent any: they name the outlet or the field.
    QString server = serverMessage.isEmpty() ? title : serverMessage;
    const QString fromGoBiz = server.isEmpty() ? QString() : tr(" GoBiz says: \"%1\"").arg(server);
    QString sentence;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unauthorized:
        sentence = tr("GoBiz did not accept the access token: it has expired, was revoked, or "
                      "belongs to another environment. Sign in again and paste a new token.");
        break;
    case Kind::Forbidden:
        sentence = tr("This GoBiz user may not change this outlet. Linking needs the owner, "
                      "admin or manager role and access to the outlet.");
        break;
    case Kind::NotFound:
        sentence = tr("GoBiz does not know this outlet or address. Check the environment and "
                      "reload the outlet list.");
        break;
    case Kind::BadRequest:
        // httpStatus 0: we refused to send it; detail says why in a person's words.
        if (httpStatus == 0 && !detail.isEmpty())
            return detail;
        sentence = tr("GoBiz refused the request as invalid. Check the external outlet ID.");
        break;
    case Kind::Conflict:
        sentence = tr("GoBiz reports a conflict: the outlet may already be linked, possibly to "
                      "another partner.");
        break;
    case Kind::UnsupportedMedia:
        sentence = tr("GoBiz refused the request format (HTTP %1). Check that the address "
                      "points to the GoBiz partner API.")
                       .arg(httpStatus);
        break;
    case Kind::RateLimited:
        sentence = tr("GoBiz asked us to slow down. The wizard waits and tries again.");
        break;
    case Kind::Server:
        sentence = tr("GoBiz had a server problem (HTTP %1). Try again in a few minutes.")
                       .arg(httpStatus);
        break;
    case Kind::Network:
        sentence = tr("Could not reach GoBiz: check the internet connection and the proxy "
                      "settings, then try again.");
        break;
    case Kind::Timeout:
        sentence = tr("GoBiz did not answer in time. The connection may be slow; try again.");
        break;
    case Kind::Tls:
        sentence = tr("The secure connection could not be verified, so nothing was sent. On a "
                      "shop or office network a proxy may be intercepting traffic; try another "
                      "network.");
        break;
    case Kind::Protocol:
        sentence = tr("The answer did not come from the GoBiz API as expected (it was not the "
                      "JSON GoBiz sends). Check the address and the proxy, then try again.");
        break;
    case Kind::Cancelled:
        sentence = tr("Cancelled.");
        break;
    }
    return sentence + fromGoBiz;
}

} // namespace gobiz
