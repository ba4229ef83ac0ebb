#pragma once

#include "sandbox/Fixture.h"

namespace gobiz::sandbox {

// Well-known sandbox tokens. They are made-up values for a local test server, not secrets; the
// generated fixtures and the demo merchant all use them, so a test or a support agent can rely on
// them whatever the outlet list.
namespace DemoTokens {
QString owner(); // role owner, every outlet
QString manager(); // role manager, only the first three outlets (primary = third)
QString cashier(); // role cashier: token-info works, link/unlink answer 403
QString expired(); // the owner's old token, expired in 2020: 401
QString noOutlets(); // role admin with no outlets: token-info answers [] (or 404)
QString clientCredentials(); // a partner app token: 401 on the merchant routes
} // namespace DemoTokens

namespace FixtureGenerator {

// One merchant with `outletCount` outlets: realistic Indonesian outlet names and addresses,
// ids "G" + 9 digits, deterministic for a given seed, plus the DemoTokens users.
FixtureMerchant merchant(int outletCount, quint32 seed);
Fixture fixture(int outletCount, quint32 seed);
// The users behind DemoTokens for a merchant's outlets (appended to merchant.users).
void addDemoUsers(FixtureMerchant *merchant);

// The built-in demo merchant used by the wizard's demo mode and by default in gobiz-sandbox:
// resources/sandbox/demo-merchant.json, compiled in.
Fixture demoFixture();

} // namespace FixtureGenerator

} // namespace gobiz::sandbox
