#include "Environment.h"

#include <QHostAddress>

namespace gobiz {

Environment Environment::production()
{
    return {Kind::Production, QUrl(QStringLiteral("https://api.gobiz.co.id"))};
}

Environment Environment::sandbox()
{
    return {Kind::Sandbox, QUrl(QStringLiteral("https://api.partner-sandbox.gobiz.co.id"))};
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return {Kind::Custom, baseUrl};
}

QString Environment::key() const
{
    switch (m_kind) {
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<Environment::Kind> Environment::kindFromKey(QStringView key)
{
    if (key == u"production")
        return Kind::Production;
    if (key == u"sandbox")
        return Kind::Sandbox;
    if (key == u"custom")
        return Kind::Custom;
    return std::nullopt;
}

QString Environment::displayName() const
{
    switch (m_kind) {
    case Kind::Production:
        return tr("Production");
    case Kind::Sandbox:
        return tr("GoBiz sandbox");
    case Kind::Custom:
        return tr("Custom (%1)").arg(m_baseUrl.toDisplayString());
    }
    return {};
}

bool Environment::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString Environment::validateBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Enter the API address, for example https://api.gobiz.co.id.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a web address. Enter it like https://api.gobiz.co.id.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The address must start with https:// (found \"%1\").").arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return tr("Remove the user name and password from the address; the access token is "
                  "sent separately.");
    if (url.hasQuery() || url.hasFragment())
        return tr("Remove the part after \"?\" or \"#\" from the address.");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return tr("Plain http:// would send the merchant's access token unencrypted. Use "
                  "https:// (http is only allowed for this computer, e.g. a local sandbox).");
    return {};
}

} // namespace gobiz
