#pragma once

#include "api/Environment.h"
#include "session/NetworkSettings.h"

#include <QNetworkProxy>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;

namespace gobiz {

class GoBizClient;
class NetworkLog;
class RecordingNetworkAccessManager;

// Where requests go and how: the environment (with the last custom address), the proxy, the one
// QNetworkAccessManager and GoBizClient of the session, demo mode, and the settings that keep
// them between runs. Never the token (TokenSession is the one writer of the client's token).
class Connection : public QObject
{
    Q_OBJECT
public:
    explicit Connection(QObject *parent = nullptr);

    GoBizClient *client() const { return m_client; }
    // The one network access manager: sign-in goes through it too, behind the same proxy.
    QNetworkAccessManager *network() const;
    // Every request of the session (API and sign-in), sanitized: the network log window, the HAR
    // export and the diagnostics bundle read it.
    NetworkLog *networkLog() const { return m_networkLog; }
    // On by default; a program without a network log window turns it off.
    void setNetworkRecording(bool recording);

    // Not owned; it must outlive this object. Without one nothing is persisted.
    void setSettings(QSettings *settings);
    QSettings *settings() const { return m_settings; }

    Environment environment() const { return m_environment; }
    // Empty when accepted; otherwise the reason (Environment::validateBaseUrl), nothing changes.
    QString setEnvironment(const Environment &environment);
    QUrl lastCustomBaseUrl() const { return m_lastCustomUrl; }

    NetworkSettings networkSettings() const { return m_networkSettings; }
    // Empty when applied; otherwise what to fix.
    QString setNetworkSettings(const NetworkSettings &settings);
    // The proxy in use; loopback hosts (the sandbox) never use one.
    QNetworkProxy effectiveProxy() const;
    // "the HTTP proxy host:port" / "a direct connection" — for messages.
    QString connectionDescription() const;

    // An in-process sandbox at baseUrl whose demo user holds token.
    void setDemo(const QUrl &baseUrl, const QString &token);
    bool isDemo() const { return m_demo; }
    QString demoToken() const { return m_demoToken; }

signals:
    void environmentChanged();

private:
    void applyProxy();
    void saveSettings();

    NetworkLog *m_networkLog;
    RecordingNetworkAccessManager *m_network;
    GoBizClient *m_client;
    QSettings *m_settings = nullptr;
    Environment m_environment = Environment::production();
    QUrl m_lastCustomUrl;
    NetworkSettings m_networkSettings;
    bool m_demo = false;
    QUrl m_demoUrl;
    QString m_demoToken;
};

} // namespace gobiz
