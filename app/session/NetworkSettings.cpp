#include "NetworkSettings.h"

#include <QSettings>

namespace gobiz {

QString NetworkSettings::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::NoProxy:
        return QStringLiteral("none");
    case Mode::Http:
        return QStringLiteral("http");
    case Mode::Socks5:
        return QStringLiteral("socks5");
    }
    return {};
}

NetworkSettings::Mode NetworkSettings::modeFromKey(QStringView key)
{
    if (key == u"none")
        return Mode::NoProxy;
    if (key == u"http")
        return Mode::Http;
    if (key == u"socks5")
        return Mode::Socks5;
    return Mode::System;
}

QString NetworkSettings::validate() const
{
    if (!isManual())
        return {};
    const QString h = host.trimmed();
    if (h.isEmpty())
        return tr("Enter the proxy's host name or address.");
    if (h.contains(u"://"))
        return tr("Enter only the proxy's host name, without \"http://\".");
    for (const QChar c : h) {
        if (c.isSpace() || c == u'/' || c == u'@')
            return tr("The proxy host \"%1\" contains a character a host name cannot have.").arg(h);
    }
    if (port == 0)
        return tr("Enter the proxy's port, a number from 1 to 65535 (often 3128 or 8080 for "
                  "HTTP, 1080 for SOCKS).");
    if (user.isEmpty() && !password.isEmpty())
        return tr("A proxy password needs a user name.");
    return {};
}

QNetworkProxy NetworkSettings::proxy() const
{
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::NoProxy:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host.trimmed(), port, user, password);
    case Mode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, host.trimmed(), port, user, password);
    }
    return {};
}

QString NetworkSettings::describe() const
{
    switch (mode) {
    case Mode::System:
        return tr("the system's proxy settings");
    case Mode::NoProxy:
        return tr("a direct connection (no proxy)");
    case Mode::Http:
        return tr("the HTTP proxy %1:%2").arg(host.trimmed()).arg(port);
    case Mode::Socks5:
        return tr("the SOCKS5 proxy %1:%2").arg(host.trimmed()).arg(port);
    }
    return {};
}

NetworkSettings NetworkSettings::load(QSettings &settings)
{
    NetworkSettings s;
    settings.beginGroup(QStringLiteral("network"));
    s.mode = modeFromKey(settings.value(QStringLiteral("mode")).toString());
    s.host = settings.value(QStringLiteral("host")).toString();
    const int port = settings.value(QStringLiteral("port")).toInt();
    s.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    s.user = settings.value(QStringLiteral("user")).toString();
    settings.endGroup();
    return s;
}

void NetworkSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("network"));
    settings.setValue(QStringLiteral("mode"), modeKey(mode));
    settings.setValue(QStringLiteral("host"), host.trimmed());
    settings.setValue(QStringLiteral("port"), int(port));
    settings.setValue(QStringLiteral("user"), user);
    settings.remove(QStringLiteral("password")); // never kept, even if an old version wrote one
    settings.endGroup();
}

} // namespace gobiz
