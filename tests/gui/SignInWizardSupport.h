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

// The profile set (with fast broker polls), then page 1 -> 3: true when the sign-in page shows.
inline bool openSignInPage(WizardHarness &h, const PartnerProfile &profile)
{
    h.server->signInSettings().pollIntervalSeconds = 0.05;
    h.controller->setPartnerProfile(profile);
    return h.goToTokenPage();
}

// Clicks the visible button called buttonName ("signInButton", "anotherAccountButton") and
// returns the link the wizard then gave the browser; an empty URL and a failed test otherwise.
inline QUrl clickForLoginLink(WizardHarness &h, BrowserStandIn &browser, const char *buttonName)
{
    auto *button = h.wizard->findChild<QPushButton *>(QString::fromLatin1(buttonName));
    if (!button || !button->isVisible()) {
        QTest::qFail(qPrintable(QStringLiteral("no visible %1").arg(QLatin1String(buttonName))),
                     __FILE__, __LINE__);
        return {};
    }
    const qsizetype before = browser.opened.size();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return browser.opened.size() > before; }, 10000)) {
        QTest::qFail("the wizard gave the browser no link", __FILE__, __LINE__);
        return {};
    }
    return browser.opened.last();
}

// The phone number of the fixture's user number `user` of merchant 0.
inline QString phoneOf(const SandboxServer &server, int user)
{
    return server.fixture().merchants.at(0).users.at(user).phone;
}

} // namespace gobiz::testing
