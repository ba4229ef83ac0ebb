#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

class QSettings;

namespace gobiz {

// How the wizard reaches GoBiz: the system's proxy configuration (the default, PAC included
// where the platform offers it), no proxy, or a manual HTTP or SOCKS5 proxy. The password is
// kept in memory only: save() never writes it.
struct NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)
public:
    enum class Mode { System, NoProxy, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // never persisted

    static QString modeKey(Mode mode); // "system", "none", "http", "socks5"
    static Mode modeFromKey(QStringView key);

    // Empty when usable; otherwise what to fix.
    QString validate() const;
    // For the proxy a manual mode describes; DefaultProxy for System (application factory).
    QNetworkProxy proxy() const;
    // "HTTP proxy proxy.example:3128" — for messages; never the password.
    QString describe() const;
    bool isManual() const { return mode == Mode::Http || mode == Mode::Socks5; }

    static NetworkSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const NetworkSettings &other) const
    {
        return mode == other.mode && host == other.host && port == other.port
            && user == other.user && password == other.password;
    }
};

} // namespace gobiz
