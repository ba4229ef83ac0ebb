#include "sandbox/ReplyWriter.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace gobiz::sandbox::ReplyWriter {

namespace {

void writeHead(QHttpServerResponder &responder, const SandboxResponse &response,
    const QByteArray &requestId, qsizetype contentLength)
{
    // The status is one FaultSpec/SandboxApi produce, all of them in StatusCode.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(contentLength));
    responder.writeHeader("X-Request-ID", requestId);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
}

} // namespace

void write(
    QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &requestId)
{
    writeHead(responder, response, requestId, response.body.size());
    responder.writeBody(response.body);
}

void writeCutOff(
    QHttpServerResponder &responder, const SandboxResponse &response, const QByteArray &requestId)
{
    // Announce more than will ever arrive, even for a tiny body.
    writeHead(responder, response, requestId, response.body.size() + 64);
    responder.writeBody(response.body.left(response.body.size() / 2));
    // Close right behind the data (an orderly FIN after everything written). Measured with
    // QNetworkAccessManager 6.4: when the FIN arrives together with the partial body the reply
    // fails with RemoteHostClosedError every time; when it arrives later, on an idle connection
    // already reading the body, QNAM sometimes finishes the reply "successfully" with the short
    // body. Pausing before the close would make the fault flaky.
    QTcpSocket *socket = responder.socket();
    socket->flush();
    socket->disconnectFromHost();
}

void disconnect(QHttpServerResponder &responder)
{
    responder.socket()->disconnectFromHost();
}

} // namespace gobiz::sandbox::ReplyWriter
