#include "Environment.h"

#include "KeyTable.h"

#include <QHostAddress>

namespace gobiz {

namespace {

struct KindRow
{
    Environment::Kind value;
    const char16_t *key; // settings and keychain keys
    const char *name; // Custom's has the base URL for %1
};

constexpr KindRow kindRows[] = {
    {Environment::Kind::Production, u"production", QT_TRANSLATE_NOOP("Environment", "Production")},
    {Environment::Kind::Sandbox, u"sandbox", QT_TRANSLATE_NOOP("Environment", "GoBiz sandbox")},
    {Environment::Kind::Custom, u"custom", QT_TRANSLATE_NOOP("Environment", "Custom (%1)")},
};

} // namespace

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

Environment Environment::demo(const QUrl &baseUrl)
{
    return {Kind::Custom, baseUrl, true};
}

QString Environment::key() const
{
    // Not in kindRows: "demo" is never read back as a kind (settings keep no demo choice).
    if (m_demo)
        return QStringLiteral("demo");
    return KeyTable::keyOf(kindRows, m_kind);
}

std::optional<Environment::Kind> Environment::kindFromKey(QStringView key)
{
    return KeyTable::valueOf(kindRows, key);
}

QString Environment::displayName() const
{
    const KindRow *row = KeyTable::rowOf(kindRows, m_kind);
    if (!row)
        return {};
    if (m_demo)
        return tr("Built-in demo");
    const QString name = tr(row->name);
    return m_kind == Kind::Custom ? name.arg(m_baseUrl.toDisplayString()) : name;
}

bool Environment::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || host.endsWith(u".localhost", Qt::CaseInsensitive))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

namespace {

// The index of the path segment where the API's own path starts, or -1.
qsizetype apiPathSegment(const QStringList &segments)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).compare(u"integrations", Qt::CaseInsensitive) != 0)
            continue;
        if (i + 1 == segments.size()
            || segments.at(i + 1).compare(u"partner", Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QString Environment::apiPathIn(const QUrl &url)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype start = apiPathSegment(segments);
    return start < 0 ? QString() : u'/' + segments.mid(start).join(u'/');
}

QUrl Environment::withoutApiPath(const QUrl &url)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype start = apiPathSegment(segments);
    if (start < 0)
        return url;
    QUrl base = url;
    const QString kept = segments.mid(0, start).join(u'/');
    base.setPath(kept.isEmpty() ? QStringLiteral("/") : u'/' + kept + u'/');
    return base;
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
    // Every request would then go to a path GoBiz does not have: 404s that read like unknown
    // outlets. BaseUrlInput removes it from what a person types; anything else is refused.
    if (const QString apiPath = apiPathIn(url); !apiPath.isEmpty())
        return tr("Remove the API's own path (%1) from the address: the wizard adds it itself.")
            .arg(apiPath);
    return {};
}

} // namespace gobiz
