#pragma once

#include <QAbstractHttpServer>
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace gobiz::sandbox
