#include "LoopbackReceiver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <memory>

namespace gobiz {

namespace {
// A browser's GET with a long code is well under this; more is not a browser.
constexpr qsizetype maxRequestHead = 16 * 1024;
// Browsers open spare connections that never send anything; they are dropped after this.
constexpr std::chrono::seconds idleConnection {10};
constexpr int maxConnections = 32;

bool sameSecret(const QString &a, const QString &b)
{
    // Constant time in the length of b: how much of the state matched never shows in timing.
    char16_t difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < b.size(); ++i)
        difference |= char16_t((i < a.size() ? a.at(i).unicode() : 0) ^ b.at(i).unicode());
    return difference == 0 && !b.isEmpty();
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<Callback>();
    m_server->setMaxPendingConnections(maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        close();
        emit timedOut();
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    if (m_accepted)
        answer(Page::Failed);
}

bool LoopbackReceiver::listen(const QString &state, quint16 port)
{
    close();
    m_done = false;
    m_state = state;
    // QHostAddress::LocalHost is 127.0.0.1: IPv4 loopback only (RFC 8252 §8.3 prefers the
    // literal to "localhost", which may resolve to ::1 or elsewhere).
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    m_timer.start(m_timeout);
    return true;
}

void LoopbackReceiver::close()
{
    m_timer.stop();
    m_server->close();
    m_done = true;
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket != m_accepted)
            socket->abort();
    }
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_server->serverAddress();
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(callbackPath);
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_done || m_server->findChildren<QTcpSocket *>().size() > maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (socket->property("gobizAnswered").toBool()) {
                socket->readAll(); // one request a connection
                return;
            }
            buffer->append(socket->read(maxRequestHead + 1 - buffer->size()));
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end >= 0)
                return handleRequest(socket, buffer->left(end));
            if (buffer->size() > maxRequestHead) {
                emit ignored(QStringLiteral("request too large"));
                respond(socket, 431, pageHtml(Page::NotFound));
            }
        });
        QTimer::singleShot(idleConnection, socket, [this, socket] {
            if (socket != m_accepted && !socket->property("gobizAnswered").toBool())
                socket->abort();
        });
    }
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    QByteArray host;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().toLower() == "host")
            host = lines.at(i).mid(colon + 1).trimmed().toLower();
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);

    // Exact path, nothing decoded first: "/gobiz/callback/", "/gobiz/callbackx" and
    // "/gobiz/%63allback" are other paths.
    if (path != QStringView(callbackPath).toLatin1()) {
        emit ignored(QStringLiteral("not found: %1 %2")
                         .arg(QString::fromLatin1(method), QString::fromLatin1(path.left(100))));
        return respond(socket, 404, pageHtml(Page::NotFound));
    }
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) sends its name.
    if (host != QByteArray("127.0.0.1:" + QByteArray::number(m_port))) {
        emit ignored(QStringLiteral("wrong host"));
        return respond(socket, 404, pageHtml(Page::NotFound));
    }
    if (method != "GET") {
        emit ignored(QStringLiteral("method %1").arg(QString::fromLatin1(method.left(10))));
        return respond(socket, 405, pageHtml(Page::NotFound));
    }

    const QUrlQuery items(QString::fromLatin1(query));
    auto single = [&items](const QString &key, bool *ok) {
        const QStringList values = items.allQueryItemValues(key, QUrl::FullyDecoded);
        if (values.size() > 1)
            *ok = false; // RFC 6749 §3.1: a parameter must not appear twice
        return values.value(0);
    };
    bool unique = true;
    const QString state = single(u"state"_qs, &unique);
    Callback callback;
    callback.code = single(u"code"_qs, &unique);
    callback.error = single(u"error"_qs, &unique).left(100);
    callback.errorDescription = single(u"error_description"_qs, &unique).left(300);
    if (!unique || !sameSecret(state, m_state)) {
        emit ignored(QStringLiteral("wrong state"));
        return respond(socket, 400, pageHtml(Page::WrongState));
    }

    // The one callback: nothing else gets in from now on.
    m_accepted = socket;
    socket->setProperty("gobizAnswered", true);
    close();
    emit received(callback);
}

void LoopbackReceiver::answer(Page page)
{
    QTcpSocket *socket = m_accepted;
    m_accepted = nullptr;
    if (!socket)
        return;
    respond(socket, page == Page::SignedIn ? 200 : 400, pageHtml(page));
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    socket->setProperty("gobizAnswered", true);
    QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
          "Connection: close\r\n\r\n"
        + body;
    // The answer outlives this object: the browser still gets its page when the flow ends.
    socket->setParent(nullptr);
    socket->write(out);
    socket->disconnectFromHost();
    QTimer::singleShot(idleConnection, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

QByteArray LoopbackReceiver::pageHtml(Page page) const
{
    QString title;
    QString text;
    switch (page) {
    case Page::SignedIn:
        title = tr("You are signed in");
        text = tr("The wizard has received the sign-in. Close this tab and go back to the wizard.");
        break;
    case Page::Denied:
        title = tr("Access was not allowed");
        text = tr("Deny was chosen, so the wizard got no access. Go back to the wizard to sign "
                  "in again.");
        break;
    case Page::Failed:
        title = tr("Sign-in did not finish");
        text = tr("The wizard could not complete the sign-in. Go back to the wizard: it says "
                  "what went wrong and how to try again.");
        break;
    case Page::WrongState:
        title = tr("This sign-in page is out of date");
        text = tr("This page belongs to another sign-in than the one the wizard is waiting for. "
                  "Close this tab and use the newest GoBiz page the wizard opened.");
        break;
    case Page::Expired:
        title = tr("This sign-in has expired");
        text = tr("The wizard stopped waiting for this sign-in. Go back to the wizard and sign in "
                  "again.");
        break;
    case Page::NotFound:
        title = tr("Nothing here");
        text = tr("This address only receives the answer of a GoBiz sign-in.");
        break;
    }
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width\"><title>%2</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em}</style>"
        "</head><body><h1 id=\"title\">%2</h1><p id=\"message\">%3</p></body></html>")
                             .arg(m_language == u"id" ? u"id"_qs : u"en"_qs, title.toHtmlEscaped(),
                                 text.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace gobiz
