#include "NetworkSettings.h"

#include "api/KeyTable.h"

#include <QSettings>

namespace gobiz {

namespace {

struct ModeRow
{
    NetworkSettings::Mode value;
    const char16_t *key; // in the settings file
    QNetworkProxy::ProxyType proxyType;
    const char *description; // a manual proxy's has its host for %1 and port for %2
};

constexpr ModeRow modeRows[] = {
    {NetworkSettings::Mode::System, u"system", QNetworkProxy::DefaultProxy,
        QT_TRANSLATE_NOOP("NetworkSettings", "the system's proxy settings")},
    {NetworkSettings::Mode::NoProxy, u"none", QNetworkProxy::NoProxy,
        QT_TRANSLATE_NOOP("NetworkSettings", "a direct connection (no proxy)")},
    {NetworkSettings::Mode::Http, u"http", QNetworkProxy::HttpProxy,
        QT_TRANSLATE_NOOP("NetworkSettings", "the HTTP proxy %1:%2")},
    {NetworkSettings::Mode::Socks5, u"socks5", QNetworkProxy::Socks5Proxy,
        QT_TRANSLATE_NOOP("NetworkSettings", "the SOCKS5 proxy %1:%2")},
};

} // namespace

QString NetworkSettings::modeKey(Mode mode)
{
    return KeyTable::keyOf(modeRows, mode);
}

NetworkSettings::Mode NetworkSettings::modeFromKey(QStringView key)
{
    return KeyTable::valueOf(modeRows, key).value_or(Mode::System);
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
    const ModeRow *row = KeyTable::rowOf(modeRows, mode);
    if (!row)
        return {};
    if (!isManual())
        return QNetworkProxy(row->proxyType);
    return QNetworkProxy(row->proxyType, host.trimmed(), port, user, password);
}

QString NetworkSettings::describe() const
{
    const ModeRow *row = KeyTable::rowOf(modeRows, mode);
    if (!row)
        return {};
    const QString description = tr(row->description);
    return isManual() ? description.arg(host.trimmed()).arg(port) : description;
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
