#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace gobiz {

// Where the API lives. Production and Sandbox are GoBiz's documented hosts (gobiz-api.md §0);
// Custom is anything else the user types, e.g. the built-in sandbox server on loopback.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
public:
    enum class Kind { Production, Sandbox, Custom };

    static Environment production();
    static Environment sandbox();
    static Environment custom(const QUrl &baseUrl);
    // The sandbox built into the program (--demo). A custom address whose port is new each
    // start, so what is named or remembered for it never uses the address: "Built-in demo".
    static Environment demo(const QUrl &baseUrl);

    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isDemo() const { return m_demo; }
    // "production" / "sandbox" / "custom" / "demo" (settings, keychain keys, journal labels)
    QString key() const;
    QString displayName() const; // translated

    static std::optional<Kind> kindFromKey(QStringView key);

    // Empty when the URL may be used; otherwise a sentence saying what is wrong and what to do.
    // https is required unless the host is loopback (127.0.0.0/8, ::1, localhost).
    static QString validateBaseUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    // The part of url's path that is the API's own ("/integrations/partner/v1/token-info"): from
    // an "integrations" segment that ends the path or is followed by "partner". Empty if none.
    static QString apiPathIn(const QUrl &url);
    // url with apiPathIn() removed (its path then ends in "/").
    static QUrl withoutApiPath(const QUrl &url);

    bool operator==(const Environment &other) const
    {
        return m_kind == other.m_kind && m_baseUrl == other.m_baseUrl && m_demo == other.m_demo;
    }

private:
    Environment(Kind kind, const QUrl &baseUrl, bool demo = false)
        : m_kind(kind), m_baseUrl(baseUrl), m_demo(demo) { }
    Kind m_kind = Kind::Production;
    QUrl m_baseUrl;
    bool m_demo = false; // Kind::Custom only
};

} // namespace gobiz
