#pragma once

#include "sandbox/Fixture.h"

namespace gobiz::sandbox {

// Well-known sandbox tokens. They are made-up values for a local test server, not secrets; the
// generated fixtures and the demo merchant all use them, so a test or a support agent can rely on
// them whatever the outlet list. Each is "sandbox-demo-<who>-token".
struct DemoTokens
{
    // role owner, every outlet
    static QString owner() { return token(u"owner"); }
    // role manager, only the first three outlets (primary = third)
    static QString manager() { return token(u"manager"); }
    // role cashier: token-info works, link/unlink answer 403
    static QString cashier() { return token(u"cashier"); }
    // the owner's old token, expired in 2020: 401
    static QString expired() { return token(u"expired"); }
    // role admin with no outlets: token-info answers [] (or 404)
    static QString noOutlets() { return token(u"no-outlets"); }
    // a partner app token: 401 on the merchant routes
    static QString clientCredentials() { return token(u"client-credentials"); }

private:
    static QString token(QStringView who)
    {
        return QStringLiteral("sandbox-demo-%1-token").arg(who);
    }
};

// The phone numbers of the DemoTokens users, for the sandbox's GoAuth login page. Made up
// (Indonesian mobile format), printed on that page, not anyone's number.
struct DemoPhones
{
    static QString owner() { return QStringLiteral("+6281234560001"); }
    static QString manager() { return QStringLiteral("+6281234560002"); }
    static QString cashier() { return QStringLiteral("+6281234560003"); }
    static QString noOutlets() { return QStringLiteral("+6281234560004"); }
};

namespace FixtureGenerator {

// One merchant with `outletCount` outlets: realistic Indonesian outlet names and addresses,
// ids "G" + 9 digits, deterministic for a given seed, plus the DemoTokens users.
FixtureMerchant merchant(int outletCount, quint32 seed);
Fixture fixture(int outletCount, quint32 seed);
// The users behind DemoTokens and DemoPhones for a merchant's outlets (appended to
// merchant.users).
void addDemoUsers(FixtureMerchant *merchant);

// The built-in demo merchant used by the wizard's demo mode and by default in gobiz-sandbox:
// resources/sandbox/demo-merchant.json, compiled in.
Fixture demoFixture();

} // namespace FixtureGenerator

} // namespace gobiz::sandbox
