#pragma once

#include "sandbox/DelayQueue.h"
#include "sandbox/HttpEndpoint.h"
#include "sandbox/ReplayMatcher.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace gobiz::sandbox {

// One line of the replay's request log: never headers, so never a token.
struct ReplayLogEntry
{
    QByteArray method;
    QByteArray path; // percent-encoded as received
    int status = 0; // 0: no HTTP answer was sent
    QByteArray requestId;
    qint64 durationMs = 0;
    int entry = 0; // the HAR entry that answered (counting from 1); 0: none
};

// gobiz-sandbox --replay: answers every request with the customer's recorded answer (see
// ReplayMatcher for which one), after the recorded time, with the recorded status, headers and
// body; a recording without an answer (status 0) holds the request as long and then closes the
// connection. Requests without a recorded answer get a 501 and are remembered for the report.
// Like SandboxServer it never blocks the event loop: every answer waits in m_pending with its
// responder until its timer fires.
//
//   GET /_sandbox/replay   ReplayMatcher::reportJson(); no other /_sandbox/ route, and none
//                          of them is ever matched against the recording.
class ReplayServer : public QObject
{
    Q_OBJECT
public:
    explicit ReplayServer(QList<RecordedExchange> exchanges, QObject *parent = nullptr);
    ~ReplayServer() override;

    // Port 0 picks a free port. Returns false (see errorString()) if it cannot listen.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Ends every pending reply (clients see the connection close) and stops listening.
    void stop();
    bool isListening() const { return m_endpoint.isListening(); }
    quint16 port() const { return m_endpoint.port(); }
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234/
    QString errorString() const { return m_endpoint.errorString(); }

    // nullopt (the default): wait each recording's own "time"; a value: that many ms for all.
    void setLatencyOverride(std::optional<int> ms) { m_latencyOverride = ms; }
    const ReplayMatcher &matcher() const { return m_matcher; }
    int pendingReplies() const { return int(m_pending.size()); }

Q_SIGNALS:
    void requestFinished(const gobiz::sandbox::ReplayLogEntry &entry);

private:
    struct Exchange;

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void answerSandboxRoute(Exchange &exchange);
    void park(const std::shared_ptr<Exchange> &exchange, int delayMs);
    void complete(quint64 id);
    void finish(const Exchange &exchange, int status);

    ReplayMatcher m_matcher;
    std::optional<int> m_latencyOverride;
    HttpEndpoint m_endpoint;
    quint64 m_nextId = 0;
    std::map<quint64, std::shared_ptr<Exchange>> m_pending;
    DelayQueue m_delays{this}; // the recorded waits; a child, declared last (destroyed first)
    // X-Request-IDs of requests a status-0 recording dropped, with the recording: see
    // onRequest() for why their resends are dropped again.
    QHash<QByteArray, int> m_dropped;
};

} // namespace gobiz::sandbox

Q_DECLARE_METATYPE(gobiz::sandbox::ReplayLogEntry)
