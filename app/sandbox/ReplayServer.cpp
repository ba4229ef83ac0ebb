#include "sandbox/ReplayServer.h"

#include "sandbox/Envelope.h"
#include "sandbox/HttpFrontEnd.h"
#include "sandbox/ReplyWriter.h"
#include "sandbox/RequestCopy.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

// One request from arrival to answer; shared, because the answer is written from a timer long
// after QHttpServer's handler returned, and the responder must live until then.
struct ReplayServer::Exchange
{
    quint64 id = 0;
    SandboxRequest request;
    int index = -1; // the recording that answers it
    QElapsedTimer elapsed;
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket; // QHttpServer deletes it when the client goes away
    QMetaObject::Connection watch; // the client giving up while it waits
};

namespace {

bool isConnected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

bool isSandboxRoute(const SandboxRequest &request)
{
    return HarArchive::pathSegments(request.encodedPath).value(1) == "_sandbox";
}

void writeRecorded(QHttpServerResponder &responder, const RecordedResponse &response)
{
    // Any status 100-599 (HarArchive checked): Qt writes the number whether or not it has a
    // name for it.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

ReplayServer::ReplayServer(QList<RecordedExchange> exchanges, QObject *parent)
    : QObject(parent)
    , m_matcher(std::move(exchanges))
{ }

ReplayServer::~ReplayServer()
{
    stop();
}

bool ReplayServer::start(const QHostAddress &address, quint16 port)
{
    return m_endpoint.start(address, port,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        },
        this);
}

void ReplayServer::stop()
{
    std::map<quint64, std::shared_ptr<Exchange>> pending = std::exchange(m_pending, {});
    for (auto &entry : pending) {
        Exchange &exchange = *entry.second;
        disconnect(exchange.watch);
        if (exchange.socket)
            exchange.socket->abort();
        finish(exchange, 0);
    }
    m_endpoint.stop();
}

QUrl ReplayServer::baseUrl() const
{
    return m_endpoint.baseUrl();
}

void ReplayServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->elapsed.start();
    exchange->id = ++m_nextId;
    exchange->request = RequestCopy::fromServerRequest(request);
    exchange->socket = responder.socket();
    exchange->responder = std::make_unique<QHttpServerResponder>(std::move(responder));

    if (isSandboxRoute(exchange->request)) {
        answerSandboxRoute(*exchange);
        return;
    }

    // QNetworkAccessManager sends a request again by itself when its connection closes before
    // any byte of an answer (measured with 6.4: GET, PUT and DELETE). The customer's did so too,
    // so the one entry recorded stands for the request and its resends. A resend carries the
    // X-Request-ID of the dropped request (the wizard makes a new id for each attempt of its
    // own), so it is dropped again at once instead of taking the next recording, which belongs
    // to the wizard's own retry.
    const QByteArray sentId = exchange->request.header("x-request-id").trimmed();
    const auto dropped = m_dropped.constFind(sentId);
    if (!sentId.isEmpty() && dropped != m_dropped.cend()
        && ReplayMatcher::matches(m_matcher.exchange(*dropped).request, exchange->request)) {
        exchange->index = *dropped;
        ReplyWriter::disconnect(*exchange->responder);
        finish(*exchange, 0);
        return;
    }

    const ReplayDecision decision = m_matcher.take(exchange->request);
    if (decision.index < 0) {
        // At once: waiting would only slow down finding what the recording lacks.
        const SandboxResponse response = Envelope::error(
            501, u"Not recorded"_s, ReplayMatcher::missMessage(exchange->request, decision));
        if (isConnected(exchange->socket))
            ReplyWriter::write(*exchange->responder, response, exchange->request.requestId);
        finish(*exchange, response.status);
        return;
    }
    exchange->index = decision.index;
    park(exchange, m_latencyOverride.value_or(m_matcher.exchange(decision.index).timeMs));
}

void ReplayServer::park(const std::shared_ptr<Exchange> &exchange, int delayMs)
{
    const quint64 id = exchange->id;
    m_pending.emplace(id, exchange);
    if (exchange->socket) {
        // The client gave up while it waited: nothing more to do (the recording stays used, as
        // the customer's request used it).
        exchange->watch
            = connect(exchange->socket.data(), &QAbstractSocket::disconnected, this, [this, id] {
                  const auto it = m_pending.find(id);
                  if (it == m_pending.end())
                      return;
                  const std::shared_ptr<Exchange> gone = it->second;
                  m_pending.erase(it);
                  finish(*gone, 0);
              });
    }
    if (delayMs <= 0) {
        complete(id);
        return;
    }
    // Never early: the customer waited at least this.
    m_delays.callAfter(delayMs, [this, id] { complete(id); });
}

void ReplayServer::complete(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // the client left, or the server stopped, meanwhile
    const std::shared_ptr<Exchange> exchange = it->second;
    m_pending.erase(it);
    disconnect(exchange->watch);
    if (!isConnected(exchange->socket)) {
        finish(*exchange, 0);
        return;
    }
    const RecordedResponse &response = m_matcher.exchange(exchange->index).response;
    if (response.status == 0) {
        const QByteArray sentId = exchange->request.header("x-request-id").trimmed();
        if (!sentId.isEmpty())
            m_dropped.insert(sentId, exchange->index);
        ReplyWriter::disconnect(*exchange->responder);
        finish(*exchange, 0);
        return;
    }
    writeRecorded(*exchange->responder, response);
    finish(*exchange, response.status);
}

void ReplayServer::finish(const Exchange &exchange, int status)
{
    ReplayLogEntry entry;
    entry.method = exchange.request.method;
    entry.path = exchange.request.encodedPath;
    entry.status = status;
    entry.requestId = exchange.request.requestId;
    entry.durationMs = exchange.elapsed.elapsed();
    entry.entry = exchange.index < 0 ? 0 : m_matcher.exchange(exchange.index).entry;
    Q_EMIT requestFinished(entry);
}

void ReplayServer::answerSandboxRoute(Exchange &exchange)
{
    const SandboxRequest &request = exchange.request;
    SandboxResponse response;
    if (request.encodedPath != "/_sandbox/replay") {
        response = Envelope::error(404, u"Not Found"_s,
            u"While replaying a recording the only sandbox route is GET /_sandbox/replay."_s);
    } else if (request.method != "GET") {
        response = Envelope::error(405, u"Method Not Allowed"_s, u"Use GET."_s);
        response.addHeader("Allow", "GET");
    } else {
        response.body = QJsonDocument(m_matcher.reportJson()).toJson(QJsonDocument::Compact);
    }
    if (isConnected(exchange.socket))
        ReplyWriter::write(*exchange.responder, response, request.requestId);
}

} // namespace gobiz::sandbox
