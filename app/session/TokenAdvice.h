#pragma once

#include "api/ApiError.h"
#include "api/Environment.h"

#include <QCoreApplication>
#include <QString>

namespace gobiz {

// What the token page says when token-info fails: ApiError::userMessage() (the one place errors
// are phrased) plus the next step that depends on where the wizard was pointed and how it
// connects. Pure, so every case is a data row in a test.
struct TokenAdvice
{
    Q_DECLARE_TR_FUNCTIONS(TokenAdvice)
public:
    enum class Category { None, Token, Environment, Network, Tls, Server, Other };

    Category category = Category::None;
    QString message;  // what happened
    QString nextStep; // what to do now
    QString detail;   // e.g. the certificate presented (TLS); may be empty
    bool canRetry = false; // "Try again" makes sense (network, server, timeout)

    static TokenAdvice forError(const ApiError &error, const Environment &environment,
                                const QString &connectionDescription);
    // Roles may not link: the warning shown before anything is sent.
    static QString rolesWarning(const QStringList &roles);
};

} // namespace gobiz
