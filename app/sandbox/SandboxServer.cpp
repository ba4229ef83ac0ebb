#include "sandbox/SandboxServer.h"

#include "api/KeyTable.h"
#include "sandbox/Envelope.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/HttpFrontEnd.h"
#include "sandbox/ReplyWriter.h"
#include "sandbox/RequestCopy.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

// One request from arrival to answer. Shared, because a delayed answer is written from a timer
// long after QHttpServer's handler returned; the responder lives here until then.
struct SandboxServer::Exchange
{
    quint64 id = 0;
    SandboxRequest request;
    RouteMatch match;
    std::optional<Fault> fault;
    int epoch = 0;
    QElapsedTimer elapsed;
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket; // QHttpServer deletes it when the client goes away
};

namespace {

// The reason phrases of the statuses a fault usually injects.
constexpr KeyTable::KeyRow<int> statusTitles[] = {
    {408, u"Request Timeout"},
    {429, u"Too Many Requests"},
    {500, u"Internal Server Error"},
    {502, u"Bad Gateway"},
    {503, u"Service Unavailable"},
    {504, u"Gateway Timeout"},
};

QString statusTitle(int status)
{
    const QString title = KeyTable::keyOf(statusTitles, status);
    return title.isEmpty() ? u"Error"_s : title;
}

SandboxResponse injectedError(const Fault &fault)
{
    SandboxResponse response = Envelope::error(fault.status, statusTitle(fault.status),
        u"Injected by the GoBiz sandbox (fault %1)."_s.arg(fault.name()));
    if (fault.retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
    return response;
}

bool isConnected(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

bool queryFlag(const QUrlQuery &query, const QString &key)
{
    const QString value = query.queryItemValue(key);
    return query.hasQueryItem(key) && value != u"0" && value != u"false";
}

QString relinkName(RelinkMode mode)
{
    return mode == RelinkMode::Conflict ? u"conflict"_s : u"idempotent"_s;
}

QString unlinkMissingName(UnlinkMissingMode mode)
{
    return mode == UnlinkMissingMode::NotFound ? u"not-found"_s : u"ok"_s;
}

QString emptyOutletsName(EmptyOutletsMode mode)
{
    return mode == EmptyOutletsMode::NotFound ? u"not-found"_s : u"empty-list"_s;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(FixtureGenerator::demoFixture(), parent)
{ }

SandboxServer::SandboxServer(const Fixture &fixture, QObject *parent)
    : QObject(parent)
    , m_api(fixture)
    , m_signIn(m_api.directory())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_api.setIssuedTokens([this](const QString &token, const QDateTime &now) {
        return m_signIn.accountFor(token, now);
    });
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const QHostAddress &address, quint16 port)
{
    return m_endpoint.start(address, port,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        },
        this);
}

void SandboxServer::stop()
{
    // Answer nothing more: pending replies end with a closed connection, counted as abandoned.
    std::map<quint64, std::shared_ptr<Exchange>> pending = std::exchange(m_pending, {});
    for (auto &entry : pending) {
        Exchange &exchange = *entry.second;
        if (exchange.socket)
            exchange.socket->abort();
        finish(exchange, 0, false, true);
    }
    pending.clear();

    m_endpoint.stop();
}

bool SandboxServer::isListening() const
{
    return m_endpoint.isListening();
}

quint16 SandboxServer::port() const
{
    return m_endpoint.port();
}

QUrl SandboxServer::baseUrl() const
{
    return m_endpoint.baseUrl();
}

void SandboxServer::setFixture(const Fixture &fixture)
{
    m_api.setFixture(fixture);
    m_signIn.reset(); // issued tokens and sessions name people of the old fixture
}

QUrl SandboxServer::approveSignIn(
    const QUrl &authorizeOrLoginUrl, const QString &phone, bool allow, QString *error)
{
    return m_signIn.approveSignIn(authorizeOrLoginUrl, phone, allow, m_clock(), baseUrl(), error);
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

std::optional<LinkRecord> SandboxServer::link(const QString &outletId, const QString &product) const
{
    return m_api.state().record(outletId, product);
}

bool SandboxServer::isLinked(const QString &outletId, const QString &product) const
{
    const std::optional<LinkRecord> record = link(outletId, product);
    return record && record->linked;
}

QString SandboxServer::orderAcceptance(const QString &outletId) const
{
    return m_api.state().orderAcceptance(outletId);
}

QJsonObject SandboxServer::stateJson() const
{
    const LinkState &state = m_api.state();
    QJsonArray links;
    for (const LinkRecord &record : state.records()) {
        auto timestamp = [](const QDateTime &time) {
            return time.isValid() ? QJsonValue(FixtureFormat::formatTimestamp(time))
                                  : QJsonValue(QJsonValue::Null);
        };
        links.append(QJsonObject {{u"outlet_id"_s, record.outletId}, {u"product"_s, record.product},
            {u"linked"_s, record.linked}, {u"external_outlet_id"_s, record.externalOutletId},
            {u"created_at"_s, timestamp(record.createdAt)},
            {u"updated_at"_s, timestamp(record.updatedAt)},
            {u"linked_at"_s, timestamp(record.linkedAt)},
            {u"order_acceptance"_s, state.orderAcceptance(record.outletId)}});
    }
    QJsonObject acceptance;
    const QHash<QString, QString> modes = state.orderAcceptances();
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        acceptance.insert(it.key(), it.value());
    QJsonArray rules;
    for (const FaultRule &rule : m_faults.rules())
        rules.append(rule.toSpec());
    const ApiSettings &settings = m_api.settings();
    return QJsonObject {
        {u"links"_s, links},
        {u"order_acceptance"_s, acceptance},
        {u"counters"_s, m_counters.toJson()},
        {u"pending_replies"_s, pendingReplies()},
        {u"settings"_s,
            QJsonObject {{u"relink"_s, relinkName(settings.relink)},
                {u"unlink_missing"_s, unlinkMissingName(settings.unlinkMissing)},
                {u"empty_outlets"_s, emptyOutletsName(settings.emptyOutlets)}}},
        {u"faults"_s,
            QJsonObject {{u"seed"_s, qint64(m_faults.seed())},
                {u"base_latency_ms"_s, m_faults.baseLatencyMs()},
                {u"base_jitter_ms"_s, m_faults.baseJitterMs()}, {u"rules"_s, rules}}},
        {u"phones"_s, m_signIn.phonesJson()},
        {u"sign_in"_s, m_signIn.settingsJson()},
    };
}

void SandboxServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->elapsed.start();
    exchange->id = ++m_nextId;
    exchange->request = RequestCopy::fromServerRequest(request);
    exchange->match = matchRoute(exchange->request.method, exchange->request.encodedPath);
    exchange->socket = responder.socket();
    exchange->responder = std::make_unique<QHttpServerResponder>(std::move(responder));

    if (!isApiRoute(exchange->match.route)) {
        answerSandboxRoute(*exchange);
        return;
    }

    exchange->epoch = m_counters.started(exchange->match, exchange->request.method);
    const FaultRoute faultRoute = faultRouteOf(exchange->match.route);
    FaultPlan::Decision decision;
    if (faultRoute != FaultRoute::Any) // Any: a route that is never faulted (pages, 404s)
        decision = m_faults.decide(faultRoute, exchange->match.outletId);
    exchange->fault = decision.fault;

    if (exchange->fault && exchange->fault->kind == FaultKind::Hang) {
        park(exchange, true);
        return;
    }
    if (decision.delayMs > 0) {
        park(exchange, false);
        const quint64 id = exchange->id;
        m_delays.callAfter(decision.delayMs, [this, id] { completePending(id); });
        return;
    }
    complete(exchange);
}

void SandboxServer::park(const std::shared_ptr<Exchange> &exchange, bool watchClient)
{
    m_pending.emplace(exchange->id, exchange);
    if (!watchClient || !exchange->socket)
        return;
    // A hanging request ends when the client gives up. (A delayed one still runs to the end,
    // changing state like a real server that did the work after the client left.)
    const quint64 id = exchange->id;
    connect(exchange->socket.data(), &QAbstractSocket::disconnected, this, [this, id] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        const std::shared_ptr<Exchange> gone = it->second;
        m_pending.erase(it);
        finish(*gone, 0, false, true);
    });
}

void SandboxServer::completePending(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // stopped meanwhile
    const std::shared_ptr<Exchange> exchange = it->second;
    m_pending.erase(it);
    complete(exchange);
}

void SandboxServer::complete(const std::shared_ptr<Exchange> &exchange)
{
    const std::optional<Fault> &fault = exchange->fault;
    SandboxResponse response;
    if (!fault || fault->appliesChange()) {
        response = isSignInRoute(exchange->match.route)
            ? m_signIn.handle(exchange->request, exchange->match, m_clock(), baseUrl())
            : m_api.handle(exchange->request, exchange->match, m_clock());
    }
    const bool applied = response.applied;

    if (!isConnected(exchange->socket)) {
        finish(*exchange, 0, applied, true);
        return;
    }
    QHttpServerResponder &responder = *exchange->responder;
    const QByteArray &requestId = exchange->request.requestId;
    const FaultKind kind = fault ? fault->kind : FaultKind::Pass;
    switch (kind) {
    case FaultKind::Pass:
    case FaultKind::Latency:
        break;
    case FaultKind::HttpError:
        response = injectedError(*fault);
        break;
    case FaultKind::HtmlPage:
        response = Envelope::htmlErrorPage(fault->status);
        break;
    case FaultKind::MalformedJson:
        response.body = Envelope::malformedJson();
        break;
    case FaultKind::TruncatedJson:
        response.body.truncate(response.body.size() / 2);
        break;
    case FaultKind::CloseMidResponse:
        ReplyWriter::writeCutOff(responder, response, requestId);
        finish(*exchange, 0, applied, false);
        return;
    case FaultKind::Disconnect:
    case FaultKind::Hang: // only reached if a hang was parked and then completed: treat alike
        ReplyWriter::disconnect(responder);
        finish(*exchange, 0, applied, false);
        return;
    }
    ReplyWriter::write(responder, response, requestId);
    finish(*exchange, response.status, applied, false);
}

void SandboxServer::finish(Exchange &exchange, int status, bool applied, bool abandoned)
{
    const QString faultName = exchange.fault ? exchange.fault->name() : QString();
    m_counters.finished(exchange.epoch, exchange.match, exchange.request.method, status, applied,
        faultName, abandoned);
    RequestLogEntry entry;
    entry.method = exchange.request.method;
    entry.path = exchange.request.encodedPath;
    entry.status = status;
    entry.requestId = exchange.request.requestId;
    entry.durationMs = exchange.elapsed.elapsed();
    entry.fault = faultName;
    entry.applied = applied;
    Q_EMIT requestFinished(entry);
}

void SandboxServer::answerSandboxRoute(Exchange &exchange)
{
    const SandboxRequest &request = exchange.request;
    SandboxResponse response;
    switch (exchange.match.route) {
    case Route::SandboxState:
        response.body = QJsonDocument(stateJson()).toJson(QJsonDocument::Compact);
        break;
    case Route::SandboxReset: {
        const QUrlQuery query(QString::fromUtf8(request.encodedQuery));
        m_counters.reset();
        if (queryFlag(query, u"links"_s))
            m_api.resetState();
        if (queryFlag(query, u"faults"_s))
            m_faults.clear();
        response = Envelope::success(QJsonObject());
        break;
    }
    case Route::SandboxFaults: {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(u"clear").toBool())
            m_faults.clear();
        const QJsonArray specs = body.value(u"specs").toArray();
        QString error;
        QList<FaultRule> parsed;
        for (const QJsonValue &spec : specs) {
            const std::optional<FaultRule> rule = FaultSpec::parse(spec.toString(), &error);
            if (!rule)
                break;
            parsed.append(*rule);
        }
        if (!error.isEmpty()) {
            response = Envelope::error(400, u"Bad Request"_s, error);
            break;
        }
        for (const FaultRule &rule : parsed)
            m_faults.addRule(rule);
        QJsonArray rules;
        for (const FaultRule &rule : m_faults.rules())
            rules.append(rule.toSpec());
        response = Envelope::success(QJsonObject {{u"rules"_s, rules}});
        break;
    }
    case Route::SandboxSignIn:
        response = m_signIn.approveRoute(request, m_clock(), baseUrl());
        break;
    default:
        response = Envelope::error(500, u"Internal error"_s, u"not a sandbox route"_s);
        break;
    }
    if (isConnected(exchange.socket))
        ReplyWriter::write(*exchange.responder, response, request.requestId);
}

} // namespace gobiz::sandbox
