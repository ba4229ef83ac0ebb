#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <functional>

namespace gobiz::sandbox {

// The thinnest possible QAbstractHttpServer: every request goes to one handler with its
// responder, so SandboxServer does its own routing on the raw path and can keep the responder
// to answer later. (QHttpServer's router would decode "%2F" in an outlet id before matching.)
class HttpFrontEnd final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit HttpFrontEnd(Handler handler, QObject *parent = nullptr);

    // A front end listening on address:port (0: a free one), or nullptr and *error saying why.
    // Our own QTcpServer: QAbstractHttpServer::listen() only logs why a bind failed.
    static HttpFrontEnd *listen(const QHostAddress &address, quint16 port, Handler handler,
        QObject *parent, QString *error);
    quint16 serverPort(); // QAbstractHttpServer::serverPorts() is not const in 6.4

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace gobiz::sandbox
