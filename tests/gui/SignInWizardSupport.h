#pragma once
// Shared by the sign-in GUI tests: partner profiles for the harness's sandbox, the fixture's
// phone numbers, and the browser stand-in (BrowserStandIn.h).

#include "WizardTestSupport.h"
#include "sandbox/GoAuth.h"
#include "signin/PartnerProfile.h"

#include "BrowserStandIn.h"

namespace gobiz::testing {

inline PartnerProfile brokerProfile(const SandboxServer &server)
{
    PartnerProfile profile;
    profile.partner = QStringLiteral("Kasir Uji POS");
    profile.environment = Environment::custom(server.baseUrl());
    profile.flow = PartnerProfile::Flow::Broker;
    profile.brokerUrl = server.baseUrl().resolved(QUrl(QStringLiteral("broker/")));
    return profile;
}

inline PartnerProfile loopbackProfile(const SandboxServer &server)
{
    PartnerProfile profile;
    profile.partner = QStringLiteral("Kasir Uji POS");
    profile.environment = Environment::custom(server.baseUrl());
    profile.flow = PartnerProfile::Flow::LoopbackPkce;
    profile.clientId = QString::fromLatin1(sandbox::kWizardClientId);
    profile.scopes = {QStringLiteral("openid"), QStringLiteral("offline"),
                      QStringLiteral("partner:outlet:read"), QStringLiteral("partner:outlet:write")};
    profile.oauthUrl = server.baseUrl();
    return profile;
}

// The phone number of the fixture's user number `user` of merchant 0.
inline QString phoneOf(const SandboxServer &server, int user)
{
    return server.fixture().merchants.at(0).users.at(user).phone;
}

} // namespace gobiz::testing
