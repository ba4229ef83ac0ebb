#include "sandbox/Routes.h"

#include "api/KeyTable.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

struct RouteRow
{
    Route value;
    const char16_t *key; // routeName()
    FaultRoute faultRoute; // the routes a FaultPlan can fault; Any for the others
};

constexpr RouteRow routeRows[] = {
    {Route::TokenInfo, u"token-info", FaultRoute::TokenInfo},
    {Route::Link, u"link", FaultRoute::Link},
    {Route::Unlink, u"unlink", FaultRoute::Unlink},
    {Route::SandboxState, u"sandbox-state", FaultRoute::Any},
    {Route::SandboxReset, u"sandbox-reset", FaultRoute::Any},
    {Route::SandboxFaults, u"sandbox-faults", FaultRoute::Any},
    {Route::SandboxSignIn, u"sandbox-sign-in", FaultRoute::Any},
    {Route::OAuthAuthorize, u"oauth-authorize", FaultRoute::Any},
    {Route::OAuthStep, u"oauth-step", FaultRoute::Any},
    {Route::OAuthToken, u"oauth-token", FaultRoute::OAuthToken},
    {Route::BrokerStart, u"broker-start", FaultRoute::BrokerStart},
    {Route::BrokerPoll, u"broker-poll", FaultRoute::BrokerPoll},
    {Route::BrokerRefresh, u"broker-refresh", FaultRoute::BrokerRefresh},
    {Route::BrokerLogout, u"broker-logout", FaultRoute::Any},
    {Route::BrokerLoginPage, u"broker-login-page", FaultRoute::Any},
    {Route::BrokerCallback, u"broker-callback", FaultRoute::Any},
    {Route::MethodNotAllowed, u"method-not-allowed", FaultRoute::Any},
    {Route::NotFound, u"not-found", FaultRoute::Any},
};

RouteMatch methodRoute(const QByteArray &method, const QByteArray &expected, Route route)
{
    RouteMatch match;
    if (method == expected) {
        match.route = route;
    } else {
        match.route = Route::MethodNotAllowed;
        match.allow = expected;
    }
    return match;
}

QString decodeSegment(const QByteArray &segment)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
}

} // namespace

RouteMatch matchRoute(const QByteArray &method, const QByteArray &encodedPath)
{
    if (encodedPath == "/integrations/partner/v1/token-info")
        return methodRoute(method, "GET", Route::TokenInfo);
    if (encodedPath == "/_sandbox/state")
        return methodRoute(method, "GET", Route::SandboxState);
    if (encodedPath == "/_sandbox/reset")
        return methodRoute(method, "POST", Route::SandboxReset);
    if (encodedPath == "/_sandbox/faults")
        return methodRoute(method, "POST", Route::SandboxFaults);
    if (encodedPath == "/_sandbox/sign-in")
        return methodRoute(method, "POST", Route::SandboxSignIn);
    if (encodedPath == "/oauth2/auth")
        return methodRoute(method, "GET", Route::OAuthAuthorize);
    if (encodedPath == "/oauth2/token")
        return methodRoute(method, "POST", Route::OAuthToken);
    if (encodedPath == "/broker/login/start")
        return methodRoute(method, "POST", Route::BrokerStart);
    if (encodedPath == "/broker/login/poll")
        return methodRoute(method, "POST", Route::BrokerPoll);
    if (encodedPath == "/broker/token/refresh")
        return methodRoute(method, "POST", Route::BrokerRefresh);
    if (encodedPath == "/broker/logout")
        return methodRoute(method, "POST", Route::BrokerLogout);
    if (encodedPath == "/broker/callback")
        return methodRoute(method, "GET", Route::BrokerCallback);
    if (encodedPath.startsWith("/oauth2/auth/") || encodedPath.startsWith("/broker/login/")) {
        const QByteArray param = encodedPath.mid(encodedPath.lastIndexOf('/') + 1);
        const bool oneSegment = encodedPath.count('/') == 3 && !param.isEmpty();
        if (oneSegment) {
            const bool step = encodedPath.startsWith("/oauth2/");
            RouteMatch match = step ? methodRoute(method, "POST", Route::OAuthStep)
                                    : methodRoute(method, "GET", Route::BrokerLoginPage);
            match.param = decodeSegment(param);
            return match;
        }
    }

    // "", integrations, partner, outlets, {outlet_id}, v1, link, {product}
    const QList<QByteArray> segments = encodedPath.split('/');
    if (segments.size() == 8 && segments.at(0).isEmpty() && segments.at(1) == "integrations"
        && segments.at(2) == "partner" && segments.at(3) == "outlets" && !segments.at(4).isEmpty()
        && segments.at(5) == "v1" && segments.at(6) == "link" && !segments.at(7).isEmpty()) {
        RouteMatch match;
        if (method == "PUT") {
            match.route = Route::Link;
        } else if (method == "DELETE") {
            match.route = Route::Unlink;
        } else {
            match.route = Route::MethodNotAllowed;
            match.allow = "PUT, DELETE";
        }
        match.outletId = decodeSegment(segments.at(4));
        match.product = decodeSegment(segments.at(7));
        return match;
    }
    return {};
}

QString routeName(Route route)
{
    return KeyTable::keyOf(routeRows, route);
}

bool isApiRoute(Route route)
{
    return route != Route::SandboxState && route != Route::SandboxReset
        && route != Route::SandboxFaults && route != Route::SandboxSignIn;
}

bool isSignInRoute(Route route)
{
    switch (route) {
    case Route::OAuthAuthorize:
    case Route::OAuthStep:
    case Route::OAuthToken:
    case Route::BrokerStart:
    case Route::BrokerPoll:
    case Route::BrokerRefresh:
    case Route::BrokerLogout:
    case Route::BrokerLoginPage:
    case Route::BrokerCallback:
        return true;
    default:
        return false;
    }
}

FaultRoute faultRouteOf(Route route)
{
    const RouteRow *row = KeyTable::rowOf(routeRows, route);
    return row ? row->faultRoute : FaultRoute::Any;
}

} // namespace gobiz::sandbox
