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
    MethodNotAllowed, // a known path with another method
    NotFound,
};

struct RouteMatch
{
    Route route = Route::NotFound;
    QString outletId; // percent-decoded, for Link/Unlink
    QString product; // percent-decoded, not validated here (unknown products answer 400)
    QByteArray allow; // for MethodNotAllowed: the Allow header
};

// Routing works on the raw, still percent-encoded path: QHttpServer 6.4's <arg> routes see the
// decoded path, so an outlet id containing "%2F" would split into two segments there. Here the
// path is split on '/' first and each segment decoded afterwards.
RouteMatch matchRoute(const QByteArray &method, const QByteArray &encodedPath);

QString routeName(Route route); // "token-info", "link", "unlink", "state", ...
bool isApiRoute(Route route); // counted, faulted and logged like the real API
FaultRoute faultRouteOf(Route route); // for FaultPlan::decide

} // namespace gobiz::sandbox
