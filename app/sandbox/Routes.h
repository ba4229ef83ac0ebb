#pragma once

#include "sandbox/FaultPlan.h"

#include <QByteArray>
#include <QString>

namespace gobiz::sandbox {

enum class Route {
    TokenInfo, // GET  /integrations/partner/v1/token-info
    Link, // PUT  /integrations/partner/outlets/{outlet_id}/v1/link/{product}
    Unlink, // DELETE same path
    SandboxState, // GET  /_sandbox/state        (sandbox only, no token)
    SandboxReset, // POST /_sandbox/reset
    SandboxFaults, // POST /_sandbox/faults
    SandboxSignIn, // POST /_sandbox/sign-in        (the approveSignIn() test seam)
    OAuthAuthorize, // GET  /oauth2/auth            HTML: the login page
    OAuthStep, // POST /oauth2/auth/{step}          HTML: the login page's forms (step = param)
    OAuthToken, // POST /oauth2/token
    BrokerStart, // POST /broker/login/start
    BrokerPoll, // POST /broker/login/poll
    BrokerRefresh, // POST /broker/token/refresh
    BrokerLogout, // POST /broker/logout
    BrokerLoginPage, // GET  /broker/login/{id}     HTML: pairing code, Continue (id = param)
    BrokerCallback, // GET  /broker/callback        HTML: the broker's redirect_uri
    MethodNotAllowed, // a known path with another method
    NotFound,
};

struct RouteMatch
{
    Route route = Route::NotFound;
    QString outletId; // percent-decoded, for Link/Unlink
    QString product; // percent-decoded, not validated here (unknown products answer 400)
    QString param; // percent-decoded: OAuthStep's step, BrokerLoginPage's login id
    QByteArray allow; // for MethodNotAllowed: the Allow header
};

// Routing works on the raw, still percent-encoded path: QHttpServer 6.4's <arg> routes see the
// decoded path, so an outlet id containing "%2F" would split into two segments there. Here the
// path is split on '/' first and each segment decoded afterwards.
RouteMatch matchRoute(const QByteArray &method, const QByteArray &encodedPath);

QString routeName(Route route); // "token-info", "link", "unlink", "state", ...
bool isApiRoute(Route route); // counted, faultable and logged like the real API
bool isSignInRoute(Route route); // GoAuth and the broker: answered by SignInService
FaultRoute faultRouteOf(Route route); // for FaultPlan::decide

} // namespace gobiz::sandbox
