#pragma once

#include "sandbox/AccountDirectory.h"
#include "sandbox/HttpMessages.h"
#include "sandbox/LinkState.h"
#include "sandbox/Routes.h"

#include <QDateTime>
#include <functional>

namespace gobiz::sandbox {

// token-info for a user without outlets is [UNK] in the contract.
enum class EmptyOutletsMode {
    EmptyList, // 200 with "outlets": [] (default)
    NotFound, // 404 with the documented "Not found" body
};

struct ApiSettings
{
    RelinkMode relink = RelinkMode::Idempotent;
    UnlinkMissingMode unlinkMissing = UnlinkMissingMode::Ok;
    EmptyOutletsMode emptyOutlets = EmptyOutletsMode::EmptyList;
};

// The GoBiz endpoints as a function from request to response, with no sockets involved: the
// HTTP front end (SandboxServer) decides when and how the answer travels, this decides what
// it is. Checks run in this order: 406 Accept, 401 token, 415 Content-Type (PUT), 400 unknown
// product, 403 role, 403 outlet access, 400 body, then 200/409/404.
class SandboxApi
{
public:
    explicit SandboxApi(const Fixture &fixture = {});

    void setFixture(const Fixture &fixture); // also resets the link state
    const Fixture &fixture() const { return m_directory.fixture(); }
    const AccountDirectory &directory() const { return m_directory; }

    ApiSettings &settings() { return m_settings; }
    const ApiSettings &settings() const { return m_settings; }

    LinkState &state() { return m_state; }
    const LinkState &state() const { return m_state; }
    void resetState(); // no links; order acceptance as in the fixture

    // Who a bearer token that is not in the fixture speaks for (GoAuth's issued tokens), or
    // nullopt for unknown, expired and client-credentials ones.
    using IssuedTokens = std::function<std::optional<AccountDirectory::Account>(
        const QString &token, const QDateTime &now)>;
    void setIssuedTokens(IssuedTokens issuedTokens) { m_issuedTokens = std::move(issuedTokens); }

    // Only for Route::TokenInfo, Link, Unlink, NotFound and MethodNotAllowed.
    SandboxResponse handle(
        const SandboxRequest &request, const RouteMatch &match, const QDateTime &now);

    static bool isKnownProduct(const QString &product); // gofood, payment
    static bool acceptsJson(const QByteArray &acceptHeader);
    static bool isJsonContentType(const QByteArray &contentType);

private:
    SandboxResponse tokenInfo(const AccountDirectory::Account &account) const;
    SandboxResponse link(
        const SandboxRequest &request, const RouteMatch &match, const QDateTime &now);
    SandboxResponse unlink(const RouteMatch &match, const QDateTime &now);
    std::optional<SandboxResponse> checkLinkAccess(
        const AccountDirectory::Account &account, const RouteMatch &match) const;

    AccountDirectory m_directory;
    ApiSettings m_settings;
    LinkState m_state;
    IssuedTokens m_issuedTokens;
};

} // namespace gobiz::sandbox
