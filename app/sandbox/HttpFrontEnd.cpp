#include "sandbox/HttpFrontEnd.h"

#include <QTcpSocket>

namespace gobiz::sandbox {

HttpFrontEnd::HttpFrontEnd(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

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
