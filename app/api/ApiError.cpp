#include "ApiError.h"

#include "KeyTable.h"

namespace gobiz {

namespace {

// One row per kind: its stable key and the sentence userMessage() makes of it (with the HTTP
// status for %1 where citesStatus).
struct KindRow
{
    ApiError::Kind value;
    const char16_t *key;
    const char *sentence;
    bool citesStatus = false;
};

constexpr KindRow kindRows[] = {
    {ApiError::Kind::None, u"none", nullptr},
    {ApiError::Kind::Unauthorized, u"unauthorized",
        QT_TRANSLATE_NOOP("ApiError",
            "GoBiz did not accept the access token: it has expired, was revoked, or "
            "belongs to another environment. Sign in again and paste a new token.")},
    {ApiError::Kind::Forbidden, u"forbidden",
        QT_TRANSLATE_NOOP("ApiError",
            "This GoBiz user may not change this outlet. Linking needs the owner, "
            "admin or manager role and access to the outlet.")},
    {ApiError::Kind::NotFound, u"not_found",
        QT_TRANSLATE_NOOP("ApiError",
            "GoBiz does not know this outlet or address. Check the environment and "
            "reload the outlet list.")},
    {ApiError::Kind::BadRequest, u"bad_request",
        QT_TRANSLATE_NOOP(
            "ApiError", "GoBiz refused the request as invalid. Check the external outlet ID.")},
    {ApiError::Kind::Conflict, u"conflict",
        QT_TRANSLATE_NOOP("ApiError",
            "GoBiz reports a conflict: the outlet may already be linked, possibly to "
            "another partner.")},
    {ApiError::Kind::UnsupportedMedia, u"unsupported_media",
        QT_TRANSLATE_NOOP("ApiError",
            "GoBiz refused the request format (HTTP %1). Check that the address "
            "points to the GoBiz partner API."),
        true},
    {ApiError::Kind::RateLimited, u"rate_limited",
        QT_TRANSLATE_NOOP(
            "ApiError", "GoBiz asked us to slow down. The wizard waits and tries again.")},
    {ApiError::Kind::Server, u"server",
        QT_TRANSLATE_NOOP(
            "ApiError", "GoBiz had a server problem (HTTP %1). Try again in a few minutes."),
        true},
    {ApiError::Kind::Network, u"network",
        QT_TRANSLATE_NOOP("ApiError",
            "Could not reach GoBiz: check the internet connection and the proxy "
            "settings, then try again.")},
    {ApiError::Kind::Timeout, u"timeout",
        QT_TRANSLATE_NOOP(
            "ApiError", "GoBiz did not answer in time. The connection may be slow; try again.")},
    {ApiError::Kind::Tls, u"tls",
        QT_TRANSLATE_NOOP("ApiError",
            "The secure connection could not be verified, so nothing was sent. On a "
            "shop or office network a proxy may be intercepting traffic; try another "
            "network.")},
    {ApiError::Kind::Protocol, u"protocol",
        QT_TRANSLATE_NOOP("ApiError",
            "The answer did not come from the GoBiz API as expected (it was not the "
            "JSON GoBiz sends). Check the address and the proxy, then try again.")},
    {ApiError::Kind::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("ApiError", "Cancelled.")},
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
    return KeyTable::keyOf(kindRows, kind);
}

std::optional<ApiError::Kind> ApiError::kindFromKey(QStringView key)
{
    return KeyTable::valueOf(kindRows, key);
}

QString ApiError::userMessage() const
{
    const KindRow *row = KeyTable::rowOf(kindRows, kind);
    if (kind == Kind::None || !row)
        return {};
    // httpStatus 0: we refused to send it; detail says why in a person's words.
    if (kind == Kind::BadRequest && httpStatus == 0 && !detail.isEmpty())
        return detail;
    // GoBiz's own words come first when it sent any: they name the outlet or the field.
    const QString server = serverMessage.isEmpty() ? title : serverMessage;
    const QString fromGoBiz = server.isEmpty() ? QString() : tr(" GoBiz says: \"%1\"").arg(server);
    const QString sentence = tr(row->sentence);
    return (row->citesStatus ? sentence.arg(httpStatus) : sentence) + fromGoBiz;
}

} // namespace gobiz
