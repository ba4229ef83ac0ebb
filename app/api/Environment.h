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

    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString key() const;         // "production" / "sandbox" / "custom" (settings, keychain keys)
    QString displayName() const; // translated

    static std::optional<Kind> kindFromKey(QStringView key);

    // Empty when the URL may be used; otherwise a sentence saying what is wrong and what to do.
    // https is required unless the host is loopback (127.0.0.0/8, ::1, localhost).
    static QString validateBaseUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    bool operator==(const Environment &other) const
    {
        return m_kind == other.m_kind && m_baseUrl == other.m_baseUrl;
    }

private:
    Environment(Kind kind, const QUrl &baseUrl) : m_kind(kind), m_baseUrl(baseUrl) { }
    Kind m_kind = Kind::Production;
    QUrl m_baseUrl;
};

} // namespace gobiz
