#include "ArgumentSecrets.h"

#include "api/AccessToken.h"

#include <QRegularExpression>

namespace gobiz::ArgumentSecrets {

namespace {
QString optionName(const QString &argument)
{
    QString name = argument.section(u'=', 0, 0);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    return name;
}

bool takesValue(const QString &argument, const QStringList &valueOptions)
{
    return argument.startsWith(u'-') && !argument.contains(u'=')
        && valueOptions.contains(optionName(argument));
}
} // namespace

std::optional<QString> tokenLikeArgument(const QStringList &arguments,
                                         const QStringList &valueOptions)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u'-')) {
            const qsizetype equals = argument.indexOf(u'=');
            const QString name = argument.left(equals);
            if (equals >= 0 && AccessToken::looksLikeToken(argument.mid(equals + 1)))
                return name;
            if (AccessToken::looksLikeToken(
                    QString(name).remove(QRegularExpression(QStringLiteral("^-+")))))
                return QString();
            continue;
        }
        if (AccessToken::looksLikeToken(argument)) {
            const QString &previous = arguments.at(i - 1);
            return i > 1 && takesValue(previous, valueOptions) ? previous : QString();
        }
    }
    return std::nullopt;
}

bool namesASecret(const QStringList &arguments, const QStringList &allowed)
{
    static const QStringList words = {QStringLiteral("token"), QStringLiteral("bearer"),
                                      QStringLiteral("authorization"), QStringLiteral("secret"),
                                      QStringLiteral("password")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u'-') || argument == u"--")
            continue;
        const QString name = optionName(argument).toLower();
        if (allowed.contains(name))
            continue;
        for (const QString &word : words) {
            if (name.contains(word))
                return true;
        }
    }
    return false;
}

} // namespace gobiz::ArgumentSecrets
