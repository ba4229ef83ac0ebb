#include "sandbox/HttpFrontEnd.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace gobiz::sandbox {

HttpFrontEnd::HttpFrontEnd(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

HttpFrontEnd *HttpFrontEnd::listen(const QHostAddress &address, quint16 port, Handler handler,
    QObject *parent, QString *error)
{
    auto *tcpServer = new QTcpServer;
    if (!tcpServer->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(tcpServer->errorString());
        delete tcpServer;
        return nullptr;
    }
    auto *frontEnd = new HttpFrontEnd(std::move(handler), parent);
    frontEnd->bind(tcpServer);
    return frontEnd;
}

quint16 HttpFrontEnd::serverPort()
{
    const QList<quint16> ports = serverPorts();
    return ports.isEmpty() ? 0 : ports.first();
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, makeResponder(request, socket));
    return true; // every request is answered (or deliberately not) by the handler
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable: handleRequest() never declines.
    socket->disconnectFromHost();
}

} // namespace gobiz::sandbox
