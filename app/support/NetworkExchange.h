#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace gobiz {

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
    bool operator==(const HttpHeader &other) const { return name == other.name && value == other.value; }
};

// One request and its answer as the network log keeps it: already sanitized when it is made
// (SecretScrub), so no secret ever sits in the log, the HAR or a copy of either.
struct NetworkExchange
{
    quint64 id = 0; // 1, 2, ... in the order the requests left
    QDateTime startedAt; // UTC
    QByteArray method;
    QUrl url;
    QList<HttpHeader> requestHeaders;
    QByteArray requestBody;

    // From GoBizClient (RequestAttributes) for its calls; empty for sign-in and other requests.
    QString outletId;
    QString product; // productKey
    int attempt = 0; // 0: not one of GoBizClient's calls
    QString requestId; // the X-Request-ID sent

    bool finished = false;
    int status = 0; // HTTP status; 0: no HTTP answer (dropped, timed out, cancelled)
    QByteArray statusText;
    QList<HttpHeader> responseHeaders;
    QByteArray responseBody;
    qint64 responseBodySize = 0; // as received; the body kept may be cut at maxKeptBodyBytes
    // Milliseconds; -1 where unknown (HAR 1.2 timings).
    qint64 sendMs = -1; // until the body was sent (only known for a request with a body)
    qint64 waitMs = -1; // until the answer's headers arrived
    qint64 receiveMs = -1; // from the headers to the end of the body
    qint64 totalMs = -1;
    QString networkError; // the network layer's words when it failed (sanitized)

    // What the application made of the answer (GoBizClient calls): ApiError::kindKey, empty
    // when it succeeded, and the sentence a person was shown.
    QString errorKind;
    QString errorSentence;
    QString serverRequestId; // GoBiz's request id from the answer, when it sent one

    QByteArray requestHeader(QByteArrayView name) const;
    QByteArray responseHeader(QByteArrayView name) const;
    bool isProblem() const { return finished && (status == 0 || status >= 400); }

    static constexpr qint64 maxKeptBodyBytes = 256 * 1024;
};

} // namespace gobiz
