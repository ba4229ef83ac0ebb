#include "RecordingNetworkAccessManager.h"

#include "NetworkLog.h"
#include "SecretScrub.h"
#include "api/ApiReply.h"
#include "api/RequestAttributes.h"
#include "diagnostics/Redactor.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <memory>

namespace gobiz {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return "UNKNOWN";
}

// What one reply's recording needs between its signals.
struct Recording
{
    NetworkExchange exchange;
    QElapsedTimer clock;
    QByteArray body;
    qint64 headersAt = -1;
    bool truncated = false;
};

void keepNewBytes(Recording &recording, QNetworkReply *reply)
{
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    recording.exchange.responseBodySize += available;
    const qint64 room = NetworkExchange::maxKeptBodyBytes - recording.body.size();
    if (room <= 0) {
        recording.truncated = true;
        return;
    }
    recording.body.append(reply->peek(qMin(room, available)));
}

} // namespace

RecordingNetworkAccessManager::RecordingNetworkAccessManager(NetworkLog *log, QObject *parent)
    : QNetworkAccessManager(parent), m_log(log)
{
}

QNetworkReply *RecordingNetworkAccessManager::createRequest(
    Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (!m_recording || !m_log)
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    QByteArray requestBody;
    if (outgoingData && outgoingData->isReadable())
        requestBody = outgoingData->peek(NetworkExchange::maxKeptBodyBytes);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);

    auto recording = std::make_shared<Recording>();
    recording->clock.start();
    NetworkExchange &exchange = recording->exchange;
    exchange.id = m_nextId++;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = methodOf(operation, request);
    exchange.url = SecretScrub::url(request.url());
    QList<HttpHeader> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    exchange.requestHeaders = SecretScrub::headers(headers);
    exchange.requestBody = SecretScrub::body(requestBody, request.rawHeader("Content-Type"));
    exchange.outletId = request.attribute(RequestAttribute::OutletId).toString();
    exchange.product = request.attribute(RequestAttribute::Product).toString();
    exchange.attempt = request.attribute(RequestAttribute::Attempt).toInt();
    exchange.requestId = QString::fromLatin1(request.rawHeader("X-Request-ID"));
    m_log->add(exchange);

    connect(reply, &QNetworkReply::uploadProgress, this, [recording](qint64 sent, qint64 total) {
        if (total > 0 && sent == total && recording->exchange.sendMs < 0)
            recording->exchange.sendMs = recording->clock.elapsed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [recording] {
        if (recording->headersAt < 0)
            recording->headersAt = recording->clock.elapsed();
    });
    connect(reply, &QNetworkReply::readyRead, this, [recording, reply] { keepNewBytes(*recording, reply); });
    connect(reply, &QNetworkReply::finished, this, [this, recording, reply] {
        keepNewBytes(*recording, reply);
        NetworkExchange &done = recording->exchange;
        const qint64 end = recording->clock.elapsed();
        done.finished = true;
        done.totalMs = end;
        done.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done.statusText = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        if (done.status > 0) {
            const qint64 sentAt = done.sendMs < 0 ? 0 : done.sendMs;
            const qint64 headersAt = recording->headersAt < 0 ? end : recording->headersAt;
            done.waitMs = qMax<qint64>(0, headersAt - sentAt);
            done.receiveMs = qMax<qint64>(0, end - headersAt);
            QList<HttpHeader> answerHeaders;
            for (const auto &[name, value] : reply->rawHeaderPairs())
                answerHeaders.append({name, value});
            done.responseHeaders = SecretScrub::headers(answerHeaders);
            done.responseBody = SecretScrub::body(recording->body, reply->rawHeader("Content-Type"));
            if (recording->truncated)
                done.responseBody += "\n[" + QByteArray::number(done.responseBodySize) + " bytes, cut]";
        }
        if (reply->error() != QNetworkReply::NoError && done.status == 0)
            done.networkError = Redactor::redact(reply->errorString());
        if (m_log)
            m_log->update(done);
    });
    return reply;
}

void RecordingNetworkAccessManager::noteApiAnswer(const ApiReply &reply)
{
    if (!m_recording || !m_log)
        return;
    const ApiError &error = reply.error();
    m_log->annotate(reply.requestId(),
        error.isError() ? ApiError::kindKey(error.kind) : QString(),
        error.isError() ? Redactor::redact(error.userMessage()) : QString(),
        error.requestId != reply.requestId() ? error.requestId : QString());
}

} // namespace gobiz
