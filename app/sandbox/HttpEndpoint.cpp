#include "sandbox/HttpEndpoint.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace gobiz::sandbox {

bool HttpEndpoint::start(const QHostAddress &address, quint16 port, HttpFrontEnd::Handler handler,
    QObject *parent)
{
    if (isListening()) {
        m_errorString = QStringLiteral("already listening on port %1").arg(m_port);
        return false;
    }
    m_http = HttpFrontEnd::listen(address, port, std::move(handler), parent, &m_errorString);
    if (!m_http)
        return false;
    m_address = address;
    m_port = m_http->serverPort();
    m_errorString.clear();
    return true;
}

void HttpEndpoint::stop()
{
    if (!m_http)
        return;
    for (QTcpServer *server : m_http->servers()) {
        server->close();
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
            socket->abort();
    }
    m_http->deleteLater();
    m_http = nullptr;
    m_port = 0;
}

QUrl HttpEndpoint::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace gobiz::sandbox
