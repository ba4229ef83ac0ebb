#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

// A deliberately small HTTP/1.1 server for tests that need a server GoBiz would never be:
// redirects to other hosts, endless or trickling bodies, header floods, broken framing, TLS
// with a chosen certificate. The handler gets each parsed request and the socket, and writes
// whatever bytes it wants (helpers below for the common case).
class RawHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // as sent, percent-encoded
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        bool hasAuthorization() const { return headers.contains("authorization"); }
    };
    using Handler = std::function<void(const Request &, QTcpSocket *)>;

    explicit RawHttpServer(Handler handler = {}, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    { }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Serve TLS with this configuration (local certificate and key set).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    bool start(const QHostAddress &address = QHostAddress::LocalHost) { return listen(address, 0); }
    QUrl url(const QString &path = QStringLiteral("/"),
        const QString &host = QStringLiteral("127.0.0.1")) const
    {
        QUrl url;
        url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(host);
        url.setPort(serverPort());
        url.setPath(path);
        return url;
    }

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    int tlsFailures() const { return m_tlsFailures; }

    // A complete response with Content-Length; the connection closes after it.
    static QByteArray response(int status, const QByteArray &body,
        const QByteArray &contentType = QByteArrayLiteral("application/json"),
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n";
        return out + body;
    }
    // Writes the bytes and closes; anything the client still sends on it is not read (it must
    // not be counted as a request, since it gets no answer here).
    static void reply(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->setProperty("rawHttpClosing", true);
        socket->write(bytes);
        socket->disconnectFromHost();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++m_connections;
        QTcpSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(*m_tls);
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            if (!ssl->setSocketDescriptor(descriptor)) {
                delete ssl;
                return;
            }
            connect(
                ssl, &QSslSocket::errorOccurred, this, [this, ssl](QAbstractSocket::SocketError) {
                    if (!ssl->isEncrypted())
                        ++m_tlsFailures;
                });
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (socket->property("rawHttpClosing").toBool())
            return;
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                        lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            if (socket->property("rawHttpClosing").toBool())
                return;
            if (m_handler)
                m_handler(request, socket);
            else
                reply(socket, response(404, "{}"));
        }
    }

    Handler m_handler;
    std::optional<QSslConfiguration> m_tls;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_tlsFailures = 0;
};
