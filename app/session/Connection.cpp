#include "Connection.h"

#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "support/NetworkLog.h"
#include "support/RecordingNetworkAccessManager.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace gobiz {

namespace {
const QString environmentKey = QStringLiteral("environment");
const QString customUrlKey = QStringLiteral("customBaseUrl");
} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_networkLog(new NetworkLog(this))
    , m_network(new RecordingNetworkAccessManager(m_networkLog, this))
    , m_client(new GoBizClient(m_network, this))
{
    connect(m_client, &GoBizClient::replyFinished, m_network,
        [this](ApiReply *reply) { m_network->noteApiAnswer(*reply); });
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_client->setBaseUrl(m_environment.baseUrl());
    applyProxy();
}

QNetworkAccessManager *Connection::network() const
{
    return m_network;
}

void Connection::setNetworkRecording(bool recording)
{
    m_network->setRecording(recording);
}

void Connection::setSettings(QSettings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    m_networkSettings = NetworkSettings::load(*m_settings);
    m_lastCustomUrl = QUrl(m_settings->value(customUrlKey).toString());
    const auto kind = Environment::kindFromKey(m_settings->value(environmentKey).toString());
    if (kind == Environment::Kind::Sandbox) {
        setEnvironment(Environment::sandbox());
    } else if (kind == Environment::Kind::Custom
               && Environment::validateBaseUrl(m_lastCustomUrl).isEmpty()) {
        setEnvironment(Environment::custom(m_lastCustomUrl));
    } else {
        setEnvironment(Environment::production());
    }
    applyProxy();
}

void Connection::saveSettings()
{
    if (!m_settings)
        return;
    // Demo mode points at a throw-away local server: the person's own choice stays.
    if (!m_demo) {
        m_settings->setValue(environmentKey, m_environment.key());
        if (m_environment.kind() == Environment::Kind::Custom)
            m_settings->setValue(customUrlKey, m_environment.baseUrl().toString());
    }
    m_networkSettings.save(*m_settings);
}

QString Connection::setEnvironment(const Environment &requested)
{
    // The first page hands back the demo's address as a custom one: it is still the demo.
    const Environment environment = m_demo && requested.kind() == Environment::Kind::Custom
            && requested.baseUrl() == m_demoUrl
        ? Environment::demo(m_demoUrl)
        : requested;
    const QString problem = Environment::validateBaseUrl(environment.baseUrl());
    if (!problem.isEmpty())
        return problem;
    if (environment.kind() == Environment::Kind::Custom && !m_demo)
        m_lastCustomUrl = environment.baseUrl();
    if (environment == m_environment)
        return {};
    m_environment = environment;
    m_client->setBaseUrl(environment.baseUrl());
    applyProxy();
    saveSettings();
    emit environmentChanged();
    return {};
}

QString Connection::setNetworkSettings(const NetworkSettings &settings)
{
    const QString problem = settings.validate();
    if (!problem.isEmpty())
        return problem;
    m_networkSettings = settings;
    applyProxy();
    saveSettings();
    return {};
}

void Connection::applyProxy()
{
    m_network->setProxy(effectiveProxy());
    m_network->clearConnectionCache();
}

QNetworkProxy Connection::effectiveProxy() const
{
    // The local sandbox (demo mode, tests) is never reached through a proxy.
    const bool loopback = Environment::isLoopbackHost(m_environment.baseUrl().host());
    return loopback ? QNetworkProxy(QNetworkProxy::NoProxy) : m_networkSettings.proxy();
}

QString Connection::connectionDescription() const
{
    if (Environment::isLoopbackHost(m_environment.baseUrl().host()))
        return NetworkSettings{NetworkSettings::Mode::NoProxy, {}, 0, {}, {}}.describe();
    return m_networkSettings.describe();
}

void Connection::setDemo(const QUrl &baseUrl, const QString &token)
{
    m_demo = true;
    m_demoToken = token;
    m_demoUrl = baseUrl;
    setEnvironment(Environment::demo(baseUrl));
}

} // namespace gobiz
