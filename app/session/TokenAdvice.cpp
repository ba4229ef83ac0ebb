#include "TokenAdvice.h"

#include "api/KeyTable.h"

#include <QLocale>

namespace gobiz {

namespace {

using Category = TokenAdvice::Category;

// What %1 in a next step stands for.
enum class Cites { Nothing, Environment, Address, Connection };

struct KindAdvice
{
    ApiError::Kind value;
    Category category;
    bool canRetry;
    Cites cites;
    const char *nextStep; // nullptr: nothing to add to the error's own sentence
};

// Two kinds each share a next step.
constexpr const char *notThePartnerApi = QT_TRANSLATE_NOOP("TokenAdvice",
    "The address %1 does not look like the GoBiz partner API. Go Back "
    "and choose Production or Sandbox, or correct the custom address.");
constexpr const char *notTheToken = QT_TRANSLATE_NOOP("TokenAdvice",
    "This is not a problem with the token.");

constexpr KindAdvice kindAdvice[] = {
    // In Production the likely cause is a sandbox token: forError() says so instead.
    {ApiError::Kind::Unauthorized, Category::Token, false, Cites::Environment,
        // The message already says to sign in again: the next step adds only what it lacks.
        QT_TRANSLATE_NOOP("TokenAdvice",
            "A token issued for another environment than %1 is refused too: go "
            "Back to check the environment.")},
    {ApiError::Kind::NotFound, Category::Environment, false, Cites::Address, notThePartnerApi},
    {ApiError::Kind::UnsupportedMedia, Category::Environment, false, Cites::Address,
        notThePartnerApi},
    {ApiError::Kind::Network, Category::Network, true, Cites::Connection,
        QT_TRANSLATE_NOOP("TokenAdvice",
            "The wizard connects through %1. If this network needs a proxy, "
            "set it with Network settings on the first page.")},
    {ApiError::Kind::Timeout, Category::Network, true, Cites::Connection,
        QT_TRANSLATE_NOOP("TokenAdvice",
            "If it keeps happening, check the connection and the proxy (the "
            "wizard connects through %1).")},
    {ApiError::Kind::Tls, Category::Tls, false, Cites::Nothing,
        QT_TRANSLATE_NOOP("TokenAdvice",
            "The check was stopped and the token was not sent. Do not continue "
            "on this network; ask the network's administrator, or use another "
            "connection (for example a phone's hotspot).")},
    {ApiError::Kind::Server, Category::Server, true, Cites::Nothing, notTheToken},
    {ApiError::Kind::RateLimited, Category::Server, true, Cites::Nothing, notTheToken},
    {ApiError::Kind::Protocol, Category::Environment, true, Cites::Connection,
        QT_TRANSLATE_NOOP("TokenAdvice",
            "Check the environment on the first page too (the wizard connects "
            "through %1).")},
    {ApiError::Kind::Forbidden, Category::Token, false, Cites::Nothing,
        QT_TRANSLATE_NOOP("TokenAdvice",
            "Sign in with a GoBiz user who is the owner, an admin or a manager "
            "of the outlets.")},
    {ApiError::Kind::BadRequest, Category::Environment, false, Cites::Nothing,
        QT_TRANSLATE_NOOP("TokenAdvice", "Go Back and check the environment.")},
    {ApiError::Kind::Conflict, Category::Other, false, Cites::Nothing, nullptr},
    {ApiError::Kind::Cancelled, Category::Other, false, Cites::Nothing, nullptr},
    {ApiError::Kind::None, Category::Other, false, Cites::Nothing, nullptr},
};

QString nextStepFor(const KindAdvice &advice, const Environment &environment,
                    const QString &connectionDescription)
{
    if (!advice.nextStep)
        return {};
    const QString text = TokenAdvice::tr(advice.nextStep);
    switch (advice.cites) {
    case Cites::Nothing:
        break;
    case Cites::Environment:
        return text.arg(environment.displayName());
    case Cites::Address:
        return text.arg(environment.baseUrl().toDisplayString());
    case Cites::Connection:
        return text.arg(connectionDescription);
    }
    return text;
}

} // namespace

TokenAdvice TokenAdvice::forError(const ApiError &error, const Environment &environment,
                                  const QString &connectionDescription)
{
    TokenAdvice advice;
    if (!error.isError())
        return advice;
    advice.message = error.userMessage();
    if (const KindAdvice *row = KeyTable::rowOf(kindAdvice, error.kind)) {
        advice.category = row->category;
        advice.canRetry = row->canRetry;
        advice.nextStep = nextStepFor(*row, environment, connectionDescription);
    }
    if (error.kind == ApiError::Kind::Unauthorized
        && environment.kind() == Environment::Kind::Production)
        advice.nextStep = tr("If the token was issued for the GoBiz sandbox, go Back and "
                             "choose Sandbox.");
    if (error.kind == ApiError::Kind::Tls)
        advice.detail = error.detail; // the certificate presented
    if (!error.requestId.isEmpty())
        advice.detail += (advice.detail.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Request ID for GoBiz support: %1").arg(error.requestId);
    return advice;
}

QString TokenAdvice::rolesWarning(const QStringList &roles)
{
    const QString list = roles.isEmpty() ? tr("none") : QLocale().createSeparatedList(roles);
    return tr("This GoBiz user's roles (%1) may not link outlets: GoBiz allows only the owner, "
              "admin and manager roles. Requests will most likely be refused. Sign in as the "
              "outlet's owner, an admin or a manager.")
        .arg(list);
}

} // namespace gobiz
