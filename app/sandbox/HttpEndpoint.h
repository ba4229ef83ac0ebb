#pragma once

#include "sandbox/HttpFrontEnd.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace gobiz::sandbox {

// Where a server of the sandbox listens (SandboxServer, ReplayServer): its HttpFrontEnd, the
// address and port, and why it could not listen. Runs in the owner's event loop.
class HttpEndpoint
{
public:
    // Port 0 picks a free port. False (errorString() says why) if it cannot listen.
    bool start(const QHostAddress &address, quint16 port, HttpFrontEnd::Handler handler, QObject *parent);
    // Stops listening and ends every connection; the front end is deleted later, since stop()
    // may run inside one of its own signal handlers.
    void stop();
    bool isListening() const { return m_http != nullptr; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234/ (a wildcard address reads as loopback)
    QString errorString() const { return m_errorString; }

private:
    HttpFrontEnd *m_http = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace gobiz::sandbox
