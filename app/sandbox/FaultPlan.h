#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace gobiz::sandbox {

// What can go wrong with one request. Each kind says whether the server still performs the
// link/unlink (appliesChange): an error status means it did not; a reply lost or mangled on the
// way back means it did the work and only the answer got lost, which is what makes retries
// after such failures interesting for the engine.
enum class FaultKind {
    Pass, // scripted "let this one through" (a gap in a queue of faults)
    Latency, // applies: normal answer, later
    HttpError, // does not apply: JSON error envelope, status 408/429/5xx...
    HtmlPage, // does not apply: text/html error page (status 502, or even 200)
    MalformedJson, // applies: real status, body that is not JSON
    TruncatedJson, // applies: real status, body cut in half (Content-Length fits)
    CloseMidResponse, // applies: more Content-Length than sent, half the body, then closed
    Disconnect, // does not apply: connection closed before anything is sent
    Hang, // does not apply: never answered until the client gives up or the server stops
};

struct Fault
{
    FaultKind kind = FaultKind::Pass;
    int status = 0; // HttpError and HtmlPage
    int retryAfterSeconds = -1; // HttpError: a Retry-After header when >= 0
    int delayMs = 0; // waited before the answer, for any kind
    int jitterMs = 0; // delay varies by +/- this much (seeded RNG)

    static Fault pass() { return {}; }
    static Fault latency(int delayMs, int jitterMs = 0);
    static Fault httpError(int status, int retryAfterSeconds = -1);
    static Fault tooManyRequests(int retryAfterSeconds = 1);
    static Fault htmlPage(int status = 502);
    static Fault malformedJson() { return {FaultKind::MalformedJson}; }
    static Fault truncatedJson() { return {FaultKind::TruncatedJson}; }
    static Fault closeMidResponse() { return {FaultKind::CloseMidResponse}; }
    static Fault disconnect() { return {FaultKind::Disconnect}; }
    static Fault hang() { return {FaultKind::Hang}; }

    bool appliesChange() const; // whether the server still links/unlinks under this fault
    QString name() const; // spec form of the kind: "503", "429=5", "html=200", "hang", ...
    bool operator==(const Fault &other) const;
};

// Any: every faultable route (the API's and the sign-in JSON routes; never the HTML pages).
enum class FaultRoute { Any, TokenInfo, Link, Unlink, OAuthToken, BrokerStart, BrokerPoll, BrokerRefresh };

struct FaultRule
{
    FaultRoute route = FaultRoute::Any;
    QString outletId; // empty: any outlet (token-info has none)
    Fault fault;
    int remaining = -1; // scripted: requests still to hit; -1 = probabilistic rule
    double probability = 1; // probabilistic rules only

    bool matches(FaultRoute requestRoute, const QString &requestOutlet) const;
    QString toSpec() const; // round-trips through FaultSpec::parse
    bool operator==(const FaultRule &other) const;
};

// Compact text form for the command line and POST /_sandbox/faults:
//   ROUTE[@OUTLET]:KIND[:WHEN]
//   ROUTE  token-info | link | unlink | oauth-token | broker-start | poll | broker-refresh | any;
//          @OUTLET limits it to one outlet (percent-encoded)
//   KIND   408 429[=RETRY_AFTER_S] 500 502 503[=RETRY_AFTER_S] 504 (any 4xx/5xx), html[=STATUS],
//          malformed, truncated, close-mid, disconnect, hang, latency=MS[/JITTER_MS], pass
//   WHEN   always (default) | 0.2 or 20% (probability) | next | next=N (the next N requests)
//   e.g. link:503:0.2   link:429=7:next=3   token-info:latency=1500/300   unlink@G1:hang:next
namespace FaultSpec {
std::optional<FaultRule> parse(const QString &spec, QString *error);
QString syntaxHelp(); // the grammar above, for --help
QString routeName(FaultRoute route);
} // namespace FaultSpec

// Decides, request by request, which fault (if any) applies. Scripted rules are consumed first
// in the order they were added, so several failNext() calls on one route form a queue; then
// each probabilistic rule rolls the seeded RNG. Same seed + same request order = same faults.
class FaultPlan
{
public:
    explicit FaultPlan(quint32 seed = 1);

    void setSeed(quint32 seed);
    quint32 seed() const { return m_seed; }

    void addRule(const FaultRule &rule);
    bool addSpec(const QString &spec, QString *error);
    // The next `count` matching requests get `fault`.
    void failNext(FaultRoute route, const Fault &fault, int count = 1, const QString &outlet = {});
    // One matching request per entry, in order; Fault::pass() lets one through.
    void enqueue(FaultRoute route, const QList<Fault> &faults, const QString &outlet = {});
    void failRandomly(
        FaultRoute route, const Fault &fault, double probability, const QString &outlet = {});
    // Latency for every API request (the --latency-ms/--jitter-ms options); faults add to it.
    void setBaseLatency(int delayMs, int jitterMs = 0);
    int baseLatencyMs() const { return m_baseLatencyMs; }
    int baseJitterMs() const { return m_baseJitterMs; }
    void clear(); // drops the rules, keeps base latency and the RNG
    QList<FaultRule> rules() const { return m_rules; }

    struct Decision
    {
        std::optional<Fault> fault; // nullopt: answer normally
        int delayMs = 0; // base latency + the fault's own delay, jitter applied
    };
    Decision decide(FaultRoute route, const QString &outletId);

private:
    int jittered(int delayMs, int jitterMs);

    QList<FaultRule> m_rules;
    QRandomGenerator m_rng;
    quint32 m_seed;
    int m_baseLatencyMs = 0;
    int m_baseJitterMs = 0;
};

} // namespace gobiz::sandbox
