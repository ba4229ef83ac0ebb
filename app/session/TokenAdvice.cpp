#include "TokenAdvice.h"

#include <QLocale>

namespace gobiz {

TokenAdvice TokenAdvice::forError(const ApiError &error, const Environment &environment,
                                  const QString &connectionDescription)
{
    TokenAdvice advice;
    if (!error.isError())
        return advice;
    advice.message = error.userMessage();
    const QString where = environment.displayName();
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        advice.category = Category::Token;
        if (environment.kind() == Environment::Kind::Production)
            advice.nextStep = tr("Sign in to GoBiz again and paste the new token. If the token "
                                 "was issued for the GoBiz sandbox, go Back and choose Sandbox.");
        else
            advice.nextStep = tr("Sign in to GoBiz again and paste the new token. A token issued "
                                 "for another environment than %1 is refused too: go Back to "
                                 "check the environment.")
                                  .arg(where);
        break;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::UnsupportedMedia:
        advice.category = Category::Environment;
        advice.nextStep = tr("The address %1 does not look like the GoBiz partner API. Go Back "
                             "and choose Production or Sandbox, or correct the custom address.")
                              .arg(environment.baseUrl().toDisplayString());
        break;
    case ApiError::Kind::Network:
        advice.category = Category::Network;
        advice.canRetry = true;
        advice.nextStep = tr("The wizard connects through %1. If this network needs a proxy, "
                             "set it with Network settings on the first page; then Try again.")
                              .arg(connectionDescription);
        break;
    case ApiError::Kind::Timeout:
        advice.category = Category::Network;
        advice.canRetry = true;
        advice.nextStep = tr("Try again. If it keeps happening, check the connection and the "
                             "proxy (the wizard connects through %1).")
                              .arg(connectionDescription);
        break;
    case ApiError::Kind::Tls:
        advice.category = Category::Tls;
        advice.detail = error.detail;
        advice.nextStep = tr("The check was stopped and the token was not sent. Do not continue "
                             "on this network; ask the network's administrator, or use another "
                             "connection (for example a phone's hotspot).");
        break;
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        advice.category = Category::Server;
        advice.canRetry = true;
        advice.nextStep = tr("This is not a problem with the token. Try again in a few minutes.");
        break;
    case ApiError::Kind::Protocol:
        advice.category = Category::Environment;
        advice.canRetry = true;
        advice.nextStep = tr("Check the environment on the first page and the proxy (the wizard "
                             "connects through %1), then try again.")
                              .arg(connectionDescription);
        break;
    case ApiError::Kind::Forbidden:
        advice.category = Category::Token;
        advice.nextStep = tr("Sign in with a GoBiz user who is the owner, an admin or a manager "
                             "of the outlets.");
        break;
    case ApiError::Kind::BadRequest:
        advice.category = Category::Environment;
        advice.nextStep = tr("Go Back and check the environment.");
        break;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::None:
        advice.category = Category::Other;
        break;
    }
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
