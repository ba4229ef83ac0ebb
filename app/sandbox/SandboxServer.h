#pragma once

#include "sandbox/DelayQueue.h"
#include "sandbox/HttpEndpoint.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/Fixture.h"
#include "sandbox/LinkState.h"
#include "sandbox/RequestCounters.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SignInService.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <map>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace gobiz::sandbox {

// One line of the request log. Never holds the token: only method, path, status, request id,
// duration and what the sandbox did.
struct RequestLogEntry
{
    QByteArray method;
    QByteArray path; // percent-encoded as received
    int status = 0; // 0: no HTTP answer was sent
    QByteArray requestId;
    qint64 durationMs = 0;
    QString fault; // FaultKind spec name, empty when none
    bool applied = false;
};

// A local GoBiz-compatible server (contract §1–5, §10) for tests, benchmarks, the wizard's demo
// mode and the gobiz-sandbox tool. Runs in the caller's event loop; never blocks it: delayed and
// hanging replies keep their responder and are answered from timers.
//
//   SandboxServer server(FixtureGenerator::demoFixture());
//   server.start();                                        // 127.0.0.1, free port
//   server.faults().failNext(FaultRoute::Link, Fault::httpError(503), 2);
//   ... client talks to server.baseUrl() with DemoTokens::owner() ...
//   server.counters().maxInFlight(); server.link(id, u"gofood"_s)->linked;
//
// It also plays GoBiz's login (GoAuth: /oauth2/auth pages, /oauth2/token) and a partner's
// broker (/broker/...) on the same port; see SignInService. Tokens GoAuth issues work on the
// API routes until they expire (setTokenLifetime()).
//
// Sandbox-only routes (no token, not counted, never faulted):
//   GET  /_sandbox/state                 stateJson()
//   POST /_sandbox/reset[?links=1][&faults=1]  counters, and optionally links and fault rules
//   POST /_sandbox/faults  {"specs":["link:503:next=2"], "clear":false}
//   POST /_sandbox/sign-in {"url":"...","phone":"+62...","allow":true} -> {"redirect":"..."}
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr); // the built-in demo merchant
    explicit SandboxServer(const Fixture &fixture, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Port 0 picks a free port. Returns false (see errorString()) if it cannot listen.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Ends every pending reply (clients see the connection close) and stops listening.
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234/ (trailing slash, like BASE_URL)
    QString errorString() const { return m_endpoint.errorString(); }

    // Configuration; may change while running.
    void setFixture(const Fixture &fixture); // also resets links and order acceptance
    const Fixture &fixture() const { return m_api.fixture(); }
    ApiSettings &settings() { return m_api.settings(); }
    void setRelinkMode(RelinkMode mode) { m_api.settings().relink = mode; }
    void setUnlinkMissingMode(UnlinkMissingMode mode) { m_api.settings().unlinkMissing = mode; }
    void setEmptyOutletsMode(EmptyOutletsMode mode) { m_api.settings().emptyOutlets = mode; }
    FaultPlan &faults() { return m_faults; }
    void setClock(std::function<QDateTime()> clock); // for timestamps and token expiry

    // Sign-in (GoAuth and the broker). Settings may change while running.
    SignInSettings &signInSettings() { return m_signIn.settings(); }
    void setTokenLifetime(int seconds) { m_signIn.settings().tokenLifetimeSeconds = seconds; }
    void addOAuthClient(const OAuthClient &client) { m_signIn.auth().addClient(client); }
    // Every code, token, refresh token, poll token and broker session the sandbox issued: what
    // a secret scan of a signed-in client looks for.
    QStringList issuedSecrets() const { return m_signIn.issuedSecrets(); }
    // The test seam: signs `phone` in on the page behind `authorizeOrLoginUrl` (a GoAuth
    // authorize URL, or a broker login_url) and answers Allow or Deny. Returns the redirect the
    // browser would be sent to; for a broker login that redirect is followed too, so the
    // broker's next poll has the answer. Invalid QUrl (and *error) where the browser would see
    // an error page: unknown client or redirect_uri, phone not registered, login expired.
    QUrl approveSignIn(const QUrl &authorizeOrLoginUrl, const QString &phone, bool allow,
        QString *error = nullptr);

    // Inspection, same data as GET /_sandbox/state.
    QList<LinkRecord> links() const { return m_api.state().records(); }
    std::optional<LinkRecord> link(const QString &outletId, const QString &product) const;
    bool isLinked(const QString &outletId, const QString &product) const;
    QString orderAcceptance(const QString &outletId) const;
    const RequestCounters &counters() const { return m_counters; }
    int pendingReplies() const { return int(m_pending.size()); } // delayed or hanging now
    QJsonObject stateJson() const;
    void resetCounters() { m_counters.reset(); }
    void resetState() { m_api.resetState(); } // links and order acceptance back to the fixture

Q_SIGNALS:
    void requestFinished(const gobiz::sandbox::RequestLogEntry &entry);

private:
    struct Exchange;

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void park(const std::shared_ptr<Exchange> &exchange, bool watchClient);
    void completePending(quint64 id);
    void complete(const std::shared_ptr<Exchange> &exchange);
    void finish(Exchange &exchange, int status, bool applied, bool abandoned);
    void answerSandboxRoute(Exchange &exchange);

    SandboxApi m_api;
    SignInService m_signIn; // after m_api: it reads m_api's directory
    FaultPlan m_faults;
    RequestCounters m_counters;
    std::function<QDateTime()> m_clock;
    HttpEndpoint m_endpoint;
    quint64 m_nextId = 0;
    std::map<quint64, std::shared_ptr<Exchange>> m_pending;
    DelayQueue m_delays{this}; // delayed answers; a child, declared last (destroyed first)
};

} // namespace gobiz::sandbox

Q_DECLARE_METATYPE(gobiz::sandbox::RequestLogEntry)
