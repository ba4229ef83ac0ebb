// LinkEngine against a real sandbox server over loopback HTTP, with a real GoBizClient: success,
// every retry rule with injected faults, pauses, 401, cancel-all, changes of mind, concurrency.
#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace gobiz;
using namespace gobiz::sandbox;
using namespace std::chrono_literals;
using Phase = LinkOperation::Phase;

Q_DECLARE_METATYPE(gobiz::sandbox::Fault)

namespace {

constexpr int outletCount = 40;

QByteArray methodOf(LinkAction action)
{
    return action == LinkAction::Link ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE");
}

} // namespace

class TestLinkEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void linkAndUnlinkSucceed();
    void unsendableOutletIsNoAttempt();
    void progressIsPerRun();
    void concurrencyLimitNeverExceeded_data();
    void concurrencyLimitNeverExceeded();
    void concurrencyLimitClamped();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void attemptsAreLimited();
    void retryAfterReplacesBackoff();
    void longRetryAfterPausesTheRun();
    void neverRetried_data();
    void neverRetried();
    void realServerRefusals();
    void retryBudgetLimitsRetries();
    void consecutiveFailuresPauseAndResume();
    void userPauseAndResume();
    void unauthorizedMidRunKeepsEverything();
    void lateUnauthorizedForAReplacedTokenAsksNothing();
    void cancelAll_data();
    void cancelAll();
    void changeOfMindWhileInFlight();
    void changeOfMindTwiceWhileInFlight();
    void changeOfMindWhileQueued();
    void queuedIntentAlreadyConfirmedIsNotSent();
    void retargetExternalId();
    void finalRefusalIsNotRepeatedByItself();
    void rateLimitHalvesConcurrency();
    void emptyExternalIdRefusedUnsent();
    void startGate();
    void startGateIsAskedAheadOfFreeSlots();
    void allowedButSupersededIsNeverSent();
    void modelFollowsTheServer();

private:
    QString outlet(int i) const { return m_outlets.at(i); }
    LinkRequest request(int i, Product product, LinkAction action) const;
    quint64 submit(int i, Product product = Product::GoFood, LinkAction action = LinkAction::Link)
    {
        return m_engine->submit(request(i, product, action));
    }
    // Runs the event loop (QSignalSpy::wait) until the engine reports something that makes
    // `done` true. Unlike QTest::qWaitFor, which polls every 10 ms, every reply is handled at once.
    template<typename Predicate>
    bool waitUntil(Predicate done, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        QSignalSpy updates(m_engine, &LinkEngine::operationUpdated);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            // Bounded, so a change that comes with a state signal only is seen too.
            updates.wait(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        }
        return true;
    }
    bool waitIdle(int timeoutMs = 15000)
    {
        return waitUntil([this] { return m_engine->state() == LinkEngine::State::Idle; }, timeoutMs);
    }
    bool waitPhase(quint64 id, Phase phase, int timeoutMs = 5000);
    // Asserts quietness: the engine sends no request for `ms` while the event loop runs.
    bool staysQuiet(int ms)
    {
        const int before = m_sends;
        QTestEventLoop loop;
        loop.enterLoopMSecs(ms); // the event loop runs; timers and replies are handled
        return m_sends == before;
    }
    RetryPolicy fastPolicy() const;
    int serverRequests(int i, Product product, LinkAction action) const
    {
        return m_server->counters().outlet(outlet(i), productKey(product), methodOf(action)).requests;
    }
    bool serverLinked(int i, Product product = Product::GoFood) const
    {
        return m_server->isLinked(outlet(i), productKey(product));
    }
    QList<LinkOperation> finishedFor(int i, Product product = Product::GoFood) const;

    SandboxServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    GoBizClient *m_client = nullptr;
    LinkEngine *m_engine = nullptr;
    QStringList m_outlets;
    QList<LinkOperation> m_finished;
    QHash<quint64, Phase> m_lastPhase;
    int m_maxInFlight = 0;
    int m_sends = 0; // requests the engine sent (InFlight updates)
    int m_overLimit = 0; // in-flight count above the effective concurrency when a request left
};

void TestLinkEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QLoggingCategory::setFilterRules(QStringLiteral(
        "gobiz.*.debug=false\ngobiz.api.info=false\ngobiz.sandbox.info=false"));
}

void TestLinkEngine::init()
{
    m_server = new SandboxServer(FixtureGenerator::fixture(outletCount, 7), this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_outlets.clear();
    for (const FixtureOutlet &o : m_server->fixture().merchants.first().outlets)
        m_outlets.append(o.id);
    QCOMPARE(m_outlets.size(), outletCount);

    m_network = new QNetworkAccessManager(this);
    m_client = new GoBizClient(m_network, this);
    QCOMPARE(m_client->setBaseUrl(m_server->baseUrl()), QString());
    m_client->setToken(DemoTokens::owner());
    m_engine = new LinkEngine(m_client, this);
    m_engine->setPolicy(fastPolicy());
    m_engine->setRandomSource([] { return 0.5; });

    m_finished.clear();
    m_lastPhase.clear();
    m_maxInFlight = 0;
    m_sends = 0;
    m_overLimit = 0;
    connect(m_engine, &LinkEngine::operationFinished, this,
            [this](const LinkOperation &op) { m_finished.append(op); });
    connect(m_engine, &LinkEngine::operationUpdated, this, [this](const LinkOperation &op) {
        m_lastPhase.insert(op.id, op.phase);
        if (op.phase == Phase::InFlight) {
            ++m_sends;
            m_maxInFlight = qMax(m_maxInFlight, m_engine->inFlightCount());
            if (m_engine->inFlightCount() > m_engine->effectiveConcurrency())
                ++m_overLimit;
        }
    });
}

void TestLinkEngine::cleanup()
{
    delete m_engine;
    m_engine = nullptr;
    delete m_client;
    delete m_network;
    m_server->stop();
    delete m_server;
    QCOMPARE(m_overLimit, 0);
}

LinkRequest TestLinkEngine::request(int i, Product product, LinkAction action) const
{
    LinkRequest r;
    r.outletId = outlet(i);
    r.product = product;
    r.action = action;
    r.externalOutletId = action == LinkAction::Link ? QStringLiteral("POS-%1").arg(i) : QString();
    return r;
}

bool TestLinkEngine::waitPhase(quint64 id, Phase phase, int timeoutMs)
{
    return waitUntil([&] { return m_lastPhase.value(id, Phase::Queued) == phase; }, timeoutMs);
}

RetryPolicy TestLinkEngine::fastPolicy() const
{
    RetryPolicy policy;
    policy.timeScale = 0.001;            // 8 s cap -> 8 ms; Retry-After 60 s -> 60 ms
    policy.transferTimeout = 300ms;      // a hanging request gives up quickly
    return policy;
}

QList<LinkOperation> TestLinkEngine::finishedFor(int i, Product product) const
{
    QList<LinkOperation> ops;
    for (const LinkOperation &op : m_finished) {
        if (op.request.outletId == outlet(i) && op.request.product == product)
            ops.append(op);
    }
    return ops;
}

void TestLinkEngine::linkAndUnlinkSucceed()
{
    QSignalSpy states(m_engine, &LinkEngine::stateChanged);
    QSignalSpy progress(m_engine, &LinkEngine::progressChanged);
    const quint64 first = submit(0);
    QVERIFY(first > 0);
    submit(1);
    submit(2, Product::Payment);
    QCOMPARE(m_engine->state(), LinkEngine::State::Running);
    QCOMPARE(m_engine->progress().remaining, 3);
    QVERIFY(waitIdle());

    QCOMPARE(m_finished.size(), 3);
    for (const LinkOperation &op : std::as_const(m_finished)) {
        QCOMPARE(op.phase, Phase::Succeeded);
        QCOMPARE(op.attempts, 1);
        QVERIFY(!op.lastError.isError());
        QVERIFY(!op.requestId.isEmpty());
        QCOMPARE(op.confirmation.outletId, op.request.outletId);
        QCOMPARE(op.confirmation.externalOutletId, op.request.externalOutletId);
        QVERIFY(op.confirmation.linkedAt.isValid());
        QVERIFY(op.startedAt.isValid() && op.finishedAt >= op.startedAt);
    }
    QVERIFY(serverLinked(0));
    QVERIFY(serverLinked(1));
    QVERIFY(serverLinked(2, Product::Payment));
    QVERIFY(!serverLinked(2, Product::GoFood));
    QCOMPARE(m_server->link(outlet(1), QStringLiteral("gofood"))->externalOutletId,
             QStringLiteral("POS-1"));
    const EngineProgress last = progress.last().at(0).value<EngineProgress>();
    QCOMPARE(last.done, 3);
    QCOMPARE(last.failed, 0);
    QCOMPARE(last.remaining, 0);
    QCOMPARE(states.first().at(0).value<LinkEngine::State>(), LinkEngine::State::Running);
    QCOMPARE(states.last().at(0).value<LinkEngine::State>(), LinkEngine::State::Idle);

    submit(1, Product::GoFood, LinkAction::Unlink);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.last().phase, Phase::Succeeded);
    QVERIFY(!serverLinked(1));
    QVERIFY(serverLinked(0));
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Unlink), 1);
}

void TestLinkEngine::unsendableOutletIsNoAttempt()
{
    // An outlet id no web address can carry (issue 8, 5): refused by the client before it
    // leaves, so no attempt, no request id, no failure counted against GoBiz (five of them do
    // not pause the run), and nothing reaches the server.
    for (int i = 0; i < 6; ++i)
        m_engine->submit(LinkRequest{u".."_qs + QString(i, u'.'), Product::GoFood, LinkAction::Unlink, {}});
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 6);
    int unsendable = 0;
    for (const LinkOperation &op : std::as_const(m_finished)) {
        if (op.request.outletId != u".."_qs)
            continue; // "...", "...." are valid path segments
        ++unsendable;
        QCOMPARE(op.phase, Phase::Failed);
        QCOMPARE(op.attempts, 0);
        QCOMPARE(op.requestId, QString());
        QVERIFY(op.lastError.notSent);
    }
    QCOMPARE(unsendable, 1);
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle); // never paused
    for (int i = 0; i < 5; ++i)
        m_engine->submit(LinkRequest{u".."_qs, Product::Payment, LinkAction::Unlink, {}});
    QVERIFY(waitIdle());
    QVERIFY(m_engine->state() != LinkEngine::State::Paused);
    QCOMPARE(m_engine->requestsInRun(), 0);
}

void TestLinkEngine::progressIsPerRun()
{
    for (int i = 0; i < 5; ++i)
        submit(i);
    QVERIFY(waitIdle());
    QCOMPARE(m_engine->progress().done, 5);
    QCOMPARE(m_engine->progress().total(), 5);
    QCOMPARE(m_engine->requestsInRun(), 5);
    submit(6);
    QCOMPARE(m_engine->progress().done, 0); // a new run
    QCOMPARE(m_engine->progress().remaining, 1);
    QVERIFY(waitIdle());
    QCOMPARE(m_engine->progress().done, 1);
    QCOMPARE(m_engine->progress().total(), 1);
}

void TestLinkEngine::concurrencyLimitNeverExceeded_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("default 4") << 4;
    QTest::newRow("6") << 6;
}

void TestLinkEngine::concurrencyLimitNeverExceeded()
{
    QFETCH(int, limit);
    m_engine->setConcurrencyLimit(limit);
    m_server->faults().setBaseLatency(15, 5);
    for (int i = 0; i < 30; ++i)
        submit(i);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 30);
    QVERIFY(m_server->counters().maxInFlight() <= limit);
    QCOMPARE(m_maxInFlight, limit); // and the limit is used
    QCOMPARE(m_server->counters().maxInFlight(), limit);
}

void TestLinkEngine::concurrencyLimitClamped()
{
    m_engine->setConcurrencyLimit(0);
    QCOMPARE(m_engine->concurrencyLimit(), 1);
    m_engine->setConcurrencyLimit(99);
    QCOMPARE(m_engine->concurrencyLimit(), 16);
    QCOMPARE(m_engine->effectiveConcurrency(), 16);
    m_engine->setConcurrencyLimit(4);
    QCOMPARE(m_engine->effectiveConcurrency(), 4);
    QCOMPARE(LinkEngine(m_client).concurrencyLimit(), 4);
}

void TestLinkEngine::transientFaultsAreRetried_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("kind");
    // A connection closed before any byte of the answer is resent once by QNetworkAccessManager
    // itself (a keep-alive connection the server closed), below the engine: the server then
    // sees more requests than the engine made attempts.
    QTest::addColumn<bool>("transportMayResend");

    QTest::newRow("500") << Fault::httpError(500) << QStringLiteral("server") << false;
    QTest::newRow("502") << Fault::httpError(502) << QStringLiteral("server") << false;
    QTest::newRow("503") << Fault::httpError(503) << QStringLiteral("server") << false;
    QTest::newRow("504") << Fault::httpError(504) << QStringLiteral("server") << false;
    QTest::newRow("408") << Fault::httpError(408) << QStringLiteral("timeout") << false;
    QTest::newRow("429 Retry-After 1") << Fault::tooManyRequests(1) << QStringLiteral("rate_limited")
                                       << false;
    QTest::newRow("429 no Retry-After") << Fault::httpError(429) << QStringLiteral("rate_limited")
                                        << false;
    QTest::newRow("HTML page 502") << Fault::htmlPage(502) << QStringLiteral("server") << false;
    QTest::newRow("HTML page 200") << Fault::htmlPage(200) << QStringLiteral("protocol") << false;
    QTest::newRow("malformed JSON") << Fault::malformedJson() << QStringLiteral("protocol") << false;
    QTest::newRow("truncated JSON") << Fault::truncatedJson() << QStringLiteral("protocol") << false;
    QTest::newRow("closed mid-response") << Fault::closeMidResponse() << QString() << false;
    QTest::newRow("closed before answer") << Fault::disconnect() << QString() << true;
    QTest::newRow("hang -> transfer timeout") << Fault::hang() << QStringLiteral("timeout") << false;
}

void TestLinkEngine::transientFaultsAreRetried()
{
    QFETCH(Fault, fault);
    QFETCH(QString, kind);
    QFETCH(bool, transportMayResend);
    m_server->faults().failNext(FaultRoute::Link, fault, 2, outlet(3));
    QList<LinkOperation> updates;
    connect(m_engine, &LinkEngine::operationUpdated, this,
            [&updates](const LinkOperation &op) { updates.append(op); });
    const quint64 id = submit(3);
    submit(4); // an unaffected neighbour
    QVERIFY(waitIdle());

    const QList<LinkOperation> ops = finishedFor(3);
    QCOMPARE(ops.size(), 1);
    const LinkOperation &op = ops.first();
    QCOMPARE(op.id, id);
    QCOMPARE(op.phase, Phase::Succeeded);
    QVERIFY(serverLinked(3));
    QVERIFY(serverLinked(4));
    QCOMPARE(finishedFor(4).first().attempts, 1);
    // Both faults were served, then the answer that counted.
    QCOMPARE(serverRequests(3, Product::GoFood, LinkAction::Link), 3);
    if (transportMayResend) {
        QVERIFY(op.attempts >= 1 && op.attempts <= 3);
        QCOMPARE(m_engine->retriesInRun(), op.attempts - 1);
    } else {
        // Every attempt the engine made reached the server, and no more.
        QCOMPARE(op.attempts, 3);
        QCOMPARE(m_engine->retriesInRun(), 2);
    }
    // While waiting to retry the op said why.
    int waiting = 0;
    for (const LinkOperation &update : std::as_const(updates)) {
        if (update.id == id && update.phase == Phase::Waiting) {
            ++waiting;
            QVERIFY(RetryPolicy::isRetryable(update.lastError));
            if (!kind.isEmpty())
                QCOMPARE(ApiError::kindKey(update.lastError.kind), kind);
        }
    }
    QCOMPARE(waiting, op.attempts - 1);
}

void TestLinkEngine::attemptsAreLimited()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(503), 10, outlet(5));
    const quint64 id = submit(5);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 1);
    QCOMPARE(m_finished.first().id, id);
    QCOMPARE(m_finished.first().phase, Phase::Failed);
    QCOMPARE(m_finished.first().attempts, 4);
    QCOMPARE(m_finished.first().lastError.httpStatus, 503);
    QCOMPARE(serverRequests(5, Product::GoFood, LinkAction::Link), 4);
    QCOMPARE(m_engine->progress().failed, 1);
    QVERIFY(!serverLinked(5));
}

void TestLinkEngine::retryAfterReplacesBackoff()
{
    // 30 s Retry-After at time scale 0.01 is 300 ms; the backoff would be under 5 ms.
    RetryPolicy policy = fastPolicy();
    policy.timeScale = 0.01;
    m_engine->setPolicy(policy);
    m_server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(30), 1);
    QElapsedTimer clock;
    clock.start();
    submit(0);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.first().phase, Phase::Succeeded);
    QCOMPARE(m_finished.first().attempts, 2);
    QVERIFY2(clock.elapsed() >= 299, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
}

void TestLinkEngine::longRetryAfterPausesTheRun()
{
    // 100 s is more than the 60 s honoured: the run pauses until 100 s * 0.005 = 500 ms from now.
    RetryPolicy policy = fastPolicy();
    policy.timeScale = 0.005;
    m_engine->setPolicy(policy);
    m_engine->setConcurrencyLimit(1);
    m_server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(100), 1);
    QSignalSpy paused(m_engine, &LinkEngine::paused);
    for (int i = 0; i < 6; ++i)
        submit(i);
    QVERIFY(paused.wait(5000));
    QCOMPARE(m_engine->state(), LinkEngine::State::Paused);
    QCOMPARE(m_engine->pauseReason(), LinkEngine::PauseReason::RetryAfter);
    QCOMPARE(paused.first().at(0).value<LinkEngine::PauseReason>(), LinkEngine::PauseReason::RetryAfter);
    const QString message = paused.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("100 seconds")) && message.contains(QStringLiteral("after")),
             qPrintable(message));
    const QDateTime notBefore = m_engine->resumeNotBefore();
    QVERIFY(notBefore.isValid());
    const qint64 ahead = QDateTime::currentDateTimeUtc().msecsTo(notBefore);
    QVERIFY2(ahead > 300 && ahead <= 500, qPrintable(QString::number(ahead)));
    // Nothing is lost and nothing more is sent.
    QCOMPARE(m_engine->pendingOperations().size(), 6);
    QCOMPARE(m_finished.size(), 0);
    const int sent = m_server->counters().total();
    QVERIFY(staysQuiet(100)); // the paused engine stays quiet
    QCOMPARE(m_server->counters().total(), sent);

    // Continuing early waits until the time GoBiz named, then goes on by itself.
    m_engine->resume();
    QCOMPARE(m_engine->state(), LinkEngine::State::Paused);
    QVERIFY(waitIdle());
    QVERIFY(QDateTime::currentDateTimeUtc() >= notBefore);
    QCOMPARE(m_finished.size(), 6);
    for (const LinkOperation &op : std::as_const(m_finished))
        QCOMPARE(op.phase, Phase::Succeeded);
    QCOMPARE(finishedFor(0).first().attempts, 2);
}

void TestLinkEngine::neverRetried_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 403, 404, 406, 409, 415})
        QTest::addRow("%d", status) << status;
}

void TestLinkEngine::neverRetried()
{
    QFETCH(int, status);
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(status), 1, outlet(2));
    submit(2);
    submit(3);
    QVERIFY(waitIdle());
    const LinkOperation op = finishedFor(2).first();
    QCOMPARE(op.phase, Phase::Failed);
    QCOMPARE(op.attempts, 1);
    QCOMPARE(op.lastError.httpStatus, status);
    QVERIFY(!op.lastError.userMessage().isEmpty());
    QCOMPARE(serverRequests(2, Product::GoFood, LinkAction::Link), 1);
    QCOMPARE(finishedFor(3).first().phase, Phase::Succeeded);
    QCOMPARE(m_engine->progress().done, 1);
    QCOMPARE(m_engine->progress().failed, 1);
    QCOMPARE(m_engine->retriesInRun(), 0);
}

void TestLinkEngine::realServerRefusals()
{
    // 409: re-link refused by the server (its conflict mode).
    m_server->setRelinkMode(RelinkMode::Conflict);
    submit(0);
    QVERIFY(waitIdle());
    submit(0, Product::GoFood, LinkAction::Link);
    // 404: unlink of something not linked (its not-found mode).
    m_server->setUnlinkMissingMode(UnlinkMissingMode::NotFound);
    submit(1, Product::GoFood, LinkAction::Unlink);
    QVERIFY(waitIdle());
    const LinkOperation relink = finishedFor(0).last();
    QCOMPARE(relink.phase, Phase::Failed);
    QCOMPARE(relink.lastError.kind, ApiError::Kind::Conflict);
    const LinkOperation unlink = finishedFor(1).last();
    QCOMPARE(unlink.lastError.kind, ApiError::Kind::NotFound);
    QCOMPARE(unlink.attempts, 1);

    // 403: a manager may only change the first three outlets.
    m_client->setToken(DemoTokens::manager());
    submit(10);
    QVERIFY(waitIdle());
    const LinkOperation forbidden = finishedFor(10).last();
    QCOMPARE(forbidden.lastError.kind, ApiError::Kind::Forbidden);
    QCOMPARE(forbidden.attempts, 1);
    QVERIFY(!forbidden.lastError.userMessage().isEmpty());
    QVERIFY(!serverLinked(10));
}

void TestLinkEngine::retryBudgetLimitsRetries()
{
    RetryPolicy policy = fastPolicy();
    policy.pauseAfterConsecutiveFailures = 1000; // only the budget is under test here
    m_engine->setPolicy(policy);
    QString error;
    QVERIFY(m_server->faults().addSpec(QStringLiteral("link:503"), &error));
    for (int i = 0; i < 30; ++i)
        submit(i);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 30);
    const int requests = m_engine->requestsInRun();
    const int retries = m_engine->retriesInRun();
    QCOMPARE(m_server->counters().total(), requests);
    QCOMPARE(requests, 30 + retries);
    QVERIFY(retries >= 3);
    QVERIFY2(retries <= qMax(3, int(0.2 * requests)),
             qPrintable(QStringLiteral("%1 retries of %2 requests").arg(retries).arg(requests)));
    int attempts = 0;
    int cutShort = 0;
    for (const LinkOperation &op : std::as_const(m_finished)) {
        QCOMPARE(op.phase, Phase::Failed);
        attempts += op.attempts;
        if (op.attempts < 4)
            ++cutShort; // the budget, not the attempt limit, made it final
    }
    QCOMPARE(attempts, requests);
    QVERIFY(cutShort >= 28);
}

void TestLinkEngine::consecutiveFailuresPauseAndResume()
{
    RetryPolicy policy = fastPolicy();
    policy.retryBudgetMinimum = 20; // only the consecutive failures are under test here
    m_engine->setPolicy(policy);
    m_engine->setConcurrencyLimit(1);
    // The next five requests fail, whichever ops they belong to: five failures in a row.
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(502), 5);
    QSignalSpy paused(m_engine, &LinkEngine::paused);
    for (int i = 0; i < 8; ++i)
        submit(i);
    QVERIFY(paused.wait(5000));
    QCOMPARE(m_engine->state(), LinkEngine::State::Paused);
    QCOMPARE(m_engine->pauseReason(), LinkEngine::PauseReason::ConsecutiveFailures);
    QVERIFY2(paused.first().at(1).toString().contains(QStringLiteral("5 requests in a row")),
             qPrintable(paused.first().at(1).toString()));
    QCOMPARE(m_server->counters().total(), 5);
    QCOMPARE(m_server->counters().statusCount(502), 5);
    // Nothing lost: what is not final is still pending, and nothing more is sent.
    QCOMPARE(m_finished.size() + m_engine->pendingOperations().size(), 8);
    QVERIFY(m_engine->pendingOperations().size() >= 7);
    QVERIFY(staysQuiet(50));
    QCOMPARE(m_server->counters().total(), 5);

    m_engine->resume();
    QCOMPARE(m_engine->state(), LinkEngine::State::Running);
    QVERIFY(waitIdle());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(m_finished.size(), 8);
    int attempts = 0;
    int succeeded = 0;
    for (const LinkOperation &op : std::as_const(m_finished)) {
        attempts += op.attempts;
        succeeded += op.phase == Phase::Succeeded ? 1 : 0;
        // Only an op that met four of the five failures may have failed.
        QVERIFY(op.phase == Phase::Succeeded || (op.phase == Phase::Failed && op.attempts == 4));
        QCOMPARE(serverLinked(m_outlets.indexOf(op.request.outletId)), op.phase == Phase::Succeeded);
    }
    QCOMPARE(attempts, m_server->counters().total());
    QCOMPARE(attempts, 5 + succeeded); // every failure was followed by one more attempt
}

void TestLinkEngine::userPauseAndResume()
{
    m_engine->pause(); // nothing to pause while idle
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
    m_engine->setConcurrencyLimit(2);
    m_server->faults().setBaseLatency(30);
    for (int i = 0; i < 10; ++i)
        submit(i);
    QVERIFY(waitUntil([this] { return m_finished.size() >= 2; }));
    QSignalSpy paused(m_engine, &LinkEngine::paused);
    m_engine->pause();
    QCOMPARE(m_engine->state(), LinkEngine::State::Paused);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(m_engine->pauseReason(), LinkEngine::PauseReason::User);
    // What was in flight finishes; nothing new starts.
    QVERIFY(waitUntil([this] { return m_engine->inFlightCount() == 0; }));
    const int sent = m_server->counters().total();
    QVERIFY(staysQuiet(80));
    QCOMPARE(m_server->counters().total(), sent);
    QVERIFY(!m_engine->pendingOperations().isEmpty());
    m_engine->resume();
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 10);
    QCOMPARE(m_server->counters().total(), 10);
}

void TestLinkEngine::unauthorizedMidRunKeepsEverything()
{
    // maxAttempts 1: the op that met the 401 is sent again after the new token, which proves
    // the 401 attempt did not count against it.
    RetryPolicy policy = fastPolicy();
    policy.maxAttempts = 1;
    m_engine->setPolicy(policy);
    m_engine->setConcurrencyLimit(2);
    m_server->faults().setBaseLatency(10);
    QSignalSpy tokenRequired(m_engine, &LinkEngine::tokenRequired);
    for (int i = 0; i < 20; ++i)
        submit(i);
    QVERIFY(waitUntil([this] { return m_finished.size() >= 5; }));
    m_client->setToken(DemoTokens::expired()); // the token expires mid-run

    QVERIFY(tokenRequired.wait(5000));
    QCOMPARE(m_engine->state(), LinkEngine::State::WaitingForToken);
    QCOMPARE(m_engine->pauseReason(), LinkEngine::PauseReason::Token);
    QVERIFY(waitUntil([this] { return m_engine->inFlightCount() == 0; }));
    for (const LinkOperation &op : std::as_const(m_finished))
        QCOMPARE(op.phase, Phase::Succeeded); // no failure from the 401
    const int finishedBefore = int(m_finished.size());
    QCOMPARE(m_engine->pendingOperations().size(), 20 - finishedBefore);
    QCOMPARE(m_engine->progress().failed, 0);
    const int sent = m_server->counters().total();
    QVERIFY(staysQuiet(80)); // no new requests while waiting for a token
    QCOMPARE(m_server->counters().total(), sent);
    QCOMPARE(tokenRequired.size(), 1);

    m_client->setToken(DemoTokens::owner());
    m_engine->tokenReplaced();
    QCOMPARE(m_engine->state(), LinkEngine::State::Running);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.size(), 20);
    int unauthorizedAttempts = 0;
    for (int i = 0; i < 20; ++i) {
        const LinkOperation op = finishedFor(i).first();
        QCOMPARE(op.phase, Phase::Succeeded);
        QVERIFY(serverLinked(i));
        unauthorizedAttempts += op.attempts - 1;
        QCOMPARE(serverRequests(i, Product::GoFood, LinkAction::Link), op.attempts);
    }
    QVERIFY(unauthorizedAttempts >= 1);
    QCOMPARE(m_server->counters().statusCount(401), unauthorizedAttempts);
    QCOMPARE(m_engine->progress().done, 20);
}

void TestLinkEngine::lateUnauthorizedForAReplacedTokenAsksNothing()
{
    // Two requests go out with a token that expires; the first 401 asks for a new token, which
    // is given while the second is still in flight. Its 401 then belongs to the old token: it is
    // sent again with the new one instead of asking the person a second time.
    RetryPolicy policy = fastPolicy();
    policy.transferTimeout = 5s; // the late answer must arrive, not time out
    m_engine->setPolicy(policy);
    m_engine->setConcurrencyLimit(2);
    Fault late = Fault::httpError(401);
    late.delayMs = 300;
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(401), 1, outlet(0));
    m_server->faults().failNext(FaultRoute::Link, late, 1, outlet(1));
    QSignalSpy tokenRequired(m_engine, &LinkEngine::tokenRequired);
    submit(0);
    submit(1);
    QVERIFY(tokenRequired.wait(5000));
    QCOMPARE(m_engine->inFlightCount(), 1); // outlet 1's answer is still on its way
    m_client->setToken(DemoTokens::owner());
    m_engine->tokenReplaced();
    QVERIFY(waitIdle(5000));
    QCOMPARE(tokenRequired.size(), 1);
    QVERIFY(serverLinked(0));
    QVERIFY(serverLinked(1));
    for (int i : {0, 1}) {
        QCOMPARE(finishedFor(i).first().attempts, 2); // the 401, then with the new token
        QCOMPARE(serverRequests(i, Product::GoFood, LinkAction::Link), 2);
    }
}

void TestLinkEngine::cancelAll_data()
{
    QTest::addColumn<QString>("moment");
    QTest::newRow("before anything was sent") << QStringLiteral("queued");
    QTest::newRow("with requests in flight") << QStringLiteral("inflight");
    QTest::newRow("while waiting to retry") << QStringLiteral("waiting");
    QTest::newRow("while paused") << QStringLiteral("paused");
    QTest::newRow("while waiting for a token") << QStringLiteral("token");
}

void TestLinkEngine::cancelAll()
{
    QFETCH(QString, moment);
    m_engine->setConcurrencyLimit(2);
    const int count = 8;
    if (moment == u"inflight")
        m_server->faults().setBaseLatency(2000);
    if (moment == u"waiting") {
        RetryPolicy policy = fastPolicy();
        policy.timeScale = 0.1; // Retry-After 30 s -> 3 s
        policy.retryBudgetMinimum = 100;
        policy.pauseAfterConsecutiveFailures = 100;
        m_engine->setPolicy(policy);
        m_engine->setConcurrencyLimit(2);
        m_server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(30), count);
    }
    if (moment == u"token")
        m_client->setToken(DemoTokens::expired());

    QList<quint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(submit(i));

    if (moment == u"inflight")
        QVERIFY(waitUntil([this] { return m_engine->inFlightCount() == 2; }));
    if (moment == u"waiting") {
        for (quint64 id : std::as_const(ids))
            QVERIFY(waitPhase(id, Phase::Waiting));
    }
    if (moment == u"paused") {
        QVERIFY(waitUntil([this] { return m_finished.size() >= 1; }));
        m_engine->pause();
        QVERIFY(waitUntil([this] { return m_engine->inFlightCount() == 0; }));
    }
    if (moment == u"token") {
        QVERIFY(waitUntil([this] {
            return m_engine->state() == LinkEngine::State::WaitingForToken
                && m_engine->inFlightCount() == 0;
        }));
    }

    const int finishedBefore = int(m_finished.size());
    QSignalSpy progress(m_engine, &LinkEngine::progressChanged);
    m_engine->cancelAll();
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
    QCOMPARE(m_engine->inFlightCount(), 0);
    QVERIFY(m_engine->pendingOperations().isEmpty());
    QCOMPARE(m_finished.size(), count);
    int aborted = 0;
    for (qsizetype i = finishedBefore; i < m_finished.size(); ++i) {
        const LinkOperation &op = m_finished.at(i);
        QCOMPARE(op.phase, Phase::Cancelled);
        if (op.abortedInFlight) {
            ++aborted;
            QCOMPARE(op.attempts, 1);
            QCOMPARE(op.lastError.kind, ApiError::Kind::Cancelled);
        }
    }
    QCOMPARE(aborted, moment == u"inflight" ? 2 : 0);
    const EngineProgress last = progress.last().at(0).value<EngineProgress>();
    QCOMPARE(last.remaining, 0);
    QCOMPARE(last.done + last.failed, count);
    if (moment == u"queued")
        QCOMPARE(m_server->counters().total(), 0);

    // Nothing left behind: no late timers or replies, and a new run works.
    const int sent = m_server->counters().total();
    QVERIFY(staysQuiet(50));
    QCOMPARE(m_server->counters().total(), sent);
    QCOMPARE(m_finished.size(), count);
    m_server->faults().clear();
    m_server->faults().setBaseLatency(0);
    m_client->setToken(DemoTokens::owner());
    submit(30);
    QVERIFY(waitIdle());
    QCOMPARE(m_finished.last().phase, Phase::Succeeded);
    QCOMPARE(m_engine->progress().done, 1);
    QCOMPARE(m_engine->progress().failed, 0);
}

void TestLinkEngine::changeOfMindWhileInFlight()
{
    // Link in flight, the person unchecks: after the link succeeds, the unlink runs.
    m_server->faults().setBaseLatency(100);
    const quint64 link = submit(0);
    QVERIFY(waitPhase(link, Phase::InFlight));
    QCOMPARE(submit(0, Product::GoFood, LinkAction::Unlink), quint64(0)); // deferred
    QCOMPARE(m_engine->pendingOperations().size(), 1);
    QVERIFY(waitIdle());
    const QList<LinkOperation> ops = finishedFor(0);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).request.action, LinkAction::Link);
    QCOMPARE(ops.at(0).phase, Phase::Succeeded);
    QCOMPARE(ops.at(1).request.action, LinkAction::Unlink);
    QCOMPARE(ops.at(1).phase, Phase::Succeeded);
    QVERIFY(ops.at(1).startedAt >= ops.at(0).finishedAt); // never both in flight
    QVERIFY(!serverLinked(0));
    QCOMPARE(serverRequests(0, Product::GoFood, LinkAction::Link), 1);
    QCOMPARE(serverRequests(0, Product::GoFood, LinkAction::Unlink), 1);
    QCOMPARE(m_server->counters().maxInFlight(), 1);
}

void TestLinkEngine::changeOfMindTwiceWhileInFlight()
{
    // Link in flight, uncheck, recheck: the latest intent equals the result, no follow-up.
    m_server->faults().setBaseLatency(100);
    const quint64 link = submit(0);
    QVERIFY(waitPhase(link, Phase::InFlight));
    QCOMPARE(submit(0, Product::GoFood, LinkAction::Unlink), quint64(0));
    QCOMPARE(submit(0, Product::GoFood, LinkAction::Link), quint64(0));
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(0).size(), 1);
    QCOMPARE(finishedFor(0).first().phase, Phase::Succeeded);
    QVERIFY(serverLinked(0));
    QCOMPARE(serverRequests(0, Product::GoFood, LinkAction::Unlink), 0);

    // Same with a new external id: the follow-up re-links with it.
    const quint64 again = submit(1);
    QVERIFY(waitPhase(again, Phase::InFlight));
    LinkRequest changed = request(1, Product::GoFood, LinkAction::Link);
    changed.externalOutletId = QStringLiteral("POS-NEW");
    QCOMPARE(m_engine->submit(changed), quint64(0));
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(1).size(), 2);
    QCOMPARE(m_server->link(outlet(1), QStringLiteral("gofood"))->externalOutletId,
             QStringLiteral("POS-NEW"));
}

void TestLinkEngine::changeOfMindWhileQueued()
{
    // One at a time, slow: outlet 1's link waits in the queue behind outlet 0.
    m_engine->setConcurrencyLimit(1);
    m_server->faults().setBaseLatency(60);
    const quint64 first = submit(0);
    const quint64 queued = submit(1);
    QVERIFY(waitPhase(first, Phase::InFlight));
    const quint64 replacement = submit(1, Product::GoFood, LinkAction::Unlink);
    QVERIFY(replacement != 0 && replacement != queued);
    QVERIFY(waitIdle());
    const QList<LinkOperation> ops = finishedFor(1);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(0).id, queued);
    QCOMPARE(ops.at(0).phase, Phase::Cancelled);
    QCOMPARE(ops.at(0).attempts, 0);
    QVERIFY(!ops.at(0).abortedInFlight);
    QCOMPARE(ops.at(1).id, replacement);
    QCOMPARE(ops.at(1).phase, Phase::Succeeded);
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Link), 0);
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Unlink), 1);
    // A superseded op is neither done nor failed.
    QCOMPARE(m_engine->progress().done, 2);
    QCOMPARE(m_engine->progress().failed, 0);
}

void TestLinkEngine::queuedIntentAlreadyConfirmedIsNotSent()
{
    submit(1, Product::GoFood, LinkAction::Unlink); // the server confirms "not linked"
    QVERIFY(waitIdle());
    m_engine->setConcurrencyLimit(1);
    m_server->faults().setBaseLatency(60);
    m_server->resetCounters();
    const quint64 first = submit(0);
    const quint64 link = submit(1);
    QVERIFY(waitPhase(first, Phase::InFlight));
    // Back to what the server already confirmed: the queued link is dropped, nothing is sent.
    QCOMPARE(submit(1, Product::GoFood, LinkAction::Unlink), quint64(0));
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(1).last().id, link);
    QCOMPARE(finishedFor(1).last().phase, Phase::Cancelled);
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Link), 0);
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Unlink), 0);
    QCOMPARE(m_server->counters().total(), 1);
}

void TestLinkEngine::retargetExternalId()
{
    m_engine->setConcurrencyLimit(1);
    m_server->faults().setBaseLatency(40);
    const quint64 first = submit(0);
    const quint64 queued = submit(1);
    QVERIFY(waitPhase(first, Phase::InFlight));
    LinkRequest changed = request(1, Product::GoFood, LinkAction::Link);
    changed.externalOutletId = QStringLiteral("  POS-B  ");
    QCOMPARE(m_engine->submit(changed), queued); // same op, new target
    QCOMPARE(m_engine->submit(changed), queued); // same intent again: nothing changes
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(1).size(), 1);
    QCOMPARE(finishedFor(1).first().request.externalOutletId, QStringLiteral("POS-B"));
    QCOMPARE(m_server->link(outlet(1), QStringLiteral("gofood"))->externalOutletId,
             QStringLiteral("POS-B"));
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Link), 1);
}

void TestLinkEngine::finalRefusalIsNotRepeatedByItself()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(403, -1), 1);
    m_server->faults().setBaseLatency(80);
    const quint64 link = submit(0);
    QVERIFY(waitPhase(link, Phase::InFlight));
    submit(0, Product::GoFood, LinkAction::Unlink);
    submit(0, Product::GoFood, LinkAction::Link); // the same link again
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(0).size(), 1);
    QCOMPARE(finishedFor(0).first().phase, Phase::Failed);
    QCOMPARE(m_server->counters().total(), 1);
    // Asked again afterwards, it is sent again: the person decides.
    submit(0);
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(0).last().phase, Phase::Succeeded);
}

void TestLinkEngine::rateLimitHalvesConcurrency()
{
    RetryPolicy policy = fastPolicy();
    policy.successesPerConcurrencyStep = 3;
    policy.retryBudgetMinimum = 10; // four retries at the very start of the run
    m_engine->setPolicy(policy);
    m_engine->setRandomSource([] { return 0.0; });
    m_server->faults().setBaseLatency(20);
    // The first four requests (one full window at concurrency 4) are told to slow down.
    m_server->faults().failNext(FaultRoute::Link, Fault::tooManyRequests(0), 4);
    QList<int> effective;
    connect(m_engine, &LinkEngine::operationUpdated, this, [&](const LinkOperation &op) {
        if (op.phase == Phase::InFlight)
            effective.append(m_engine->effectiveConcurrency());
    });
    for (int i = 0; i < 24; ++i)
        submit(i);
    QVERIFY(waitIdle());
    // Once per window: four 429s of one window halve once (4 -> 2), not down to 1.
    QCOMPARE(m_server->counters().statusCount(429), 4);
    QCOMPARE(*std::min_element(effective.begin(), effective.end()), 2);
    QCOMPARE(m_engine->effectiveConcurrency(), 4); // grew back: +1 per 3 successes
    QVERIFY(m_server->counters().maxInFlight() <= 4);
    for (const LinkOperation &op : std::as_const(m_finished))
        QCOMPARE(op.phase, Phase::Succeeded);
    // A new run starts from the configured limit.
    QCOMPARE(m_engine->concurrencyLimit(), 4);
}

void TestLinkEngine::emptyExternalIdRefusedUnsent()
{
    LinkRequest blank = request(0, Product::GoFood, LinkAction::Link);
    blank.externalOutletId = QStringLiteral("   ");
    QSignalSpy finished(m_engine, &LinkEngine::operationFinished);
    const quint64 id = m_engine->submit(blank);
    QVERIFY(id > 0);
    QCOMPARE(finished.size(), 1);
    const LinkOperation op = finished.first().at(0).value<LinkOperation>();
    QCOMPARE(op.phase, Phase::Failed);
    QCOMPARE(op.attempts, 0);
    QCOMPARE(op.lastError.kind, ApiError::Kind::BadRequest);
    QCOMPARE(op.lastError.httpStatus, 0);
    QVERIFY2(op.lastError.userMessage().contains(QStringLiteral("external outlet ID")),
             qPrintable(op.lastError.userMessage()));
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
    QCOMPARE(m_engine->progress().failed, 1);
    QVERIFY(staysQuiet(20));
    QCOMPARE(m_server->counters().total(), 0);
}

void TestLinkEngine::startGate()
{
    // The gate answers later, as the journal does from its own thread.
    QList<quint64> gated;
    m_engine->setStartGate([&](const LinkOperation &op) {
        gated.append(op.id);
        const bool refuse = op.request.outletId == outlet(1);
        QTimer::singleShot(0, m_engine, [this, id = op.id, refuse] {
            if (refuse)
                m_engine->refuseStart(id, QStringLiteral("The journal cannot be written."));
            else
                m_engine->allowStart(id);
        });
    });
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(503), 2, outlet(0));
    const quint64 retried = submit(0);
    const quint64 refused = submit(1);
    QCOMPARE(m_server->counters().total(), 0); // nothing leaves before the gate answered
    QVERIFY(waitIdle());
    QCOMPARE(gated, (QList<quint64>{retried, refused})); // once per op, before the first attempt
    QCOMPARE(finishedFor(0).first().phase, Phase::Succeeded);
    QCOMPARE(finishedFor(0).first().attempts, 3);
    const LinkOperation op = finishedFor(1).first();
    QCOMPARE(op.phase, Phase::Failed);
    QCOMPARE(op.attempts, 0);
    QCOMPARE(op.lastError.userMessage(), QStringLiteral("The journal cannot be written."));
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Link), 0);
}

void TestLinkEngine::startGateIsAskedAheadOfFreeSlots()
{
    // With one slot busy, the next ops are asked ahead (up to the concurrency limit), so the
    // journal's answers overlap the request in flight instead of following it.
    m_engine->setConcurrencyLimit(1);
    QList<quint64> gated;
    QList<quint64> held;
    m_engine->setStartGate([&](const LinkOperation &op) { gated.append(op.id); held.append(op.id); });
    const quint64 first = submit(0);
    const quint64 second = submit(1);
    const quint64 third = submit(2);
    QTRY_COMPARE(gated, (QList<quint64>{first, second}));
    QCOMPARE(m_server->counters().total(), 0);
    m_engine->allowStart(second); // answers may come in any order; slots follow the answers
    m_engine->allowStart(first);
    QTRY_VERIFY(gated.contains(third));
    m_engine->allowStart(third);
    QVERIFY(waitIdle());
    QCOMPARE(finishedFor(0).first().phase, Phase::Succeeded);
    QCOMPARE(finishedFor(1).first().phase, Phase::Succeeded);
    QCOMPARE(finishedFor(2).first().phase, Phase::Succeeded);
    QCOMPARE(m_server->counters().maxInFlight(), 1);
}

void TestLinkEngine::allowedButSupersededIsNeverSent()
{
    // Allowed by the gate, replaced before a slot freed: it ends Cancelled with no attempt, and
    // the new request has its own op (asked again: its record names another request).
    m_engine->setConcurrencyLimit(1);
    QList<quint64> gated;
    m_engine->setStartGate([&](const LinkOperation &op) { gated.append(op.id); });
    // The first request is answered only after 300 ms: the slot stays busy meanwhile.
    m_server->faults().failNext(FaultRoute::Link, Fault::latency(300), 1, outlet(0));
    const quint64 busy = submit(0);
    const quint64 waiting = submit(1);
    QTRY_COMPARE(gated.size(), 2);
    m_engine->allowStart(busy);
    QTRY_COMPARE(m_engine->inFlightCount(), 1);
    m_engine->allowStart(waiting); // allowed, but the one slot is not free yet
    QCoreApplication::processEvents(); // the engine's pump runs; the slot is still busy
    QCOMPARE(finishedFor(1).size(), 0);
    LinkRequest unlink;
    unlink.outletId = outlet(1);
    unlink.product = Product::GoFood;
    unlink.action = LinkAction::Unlink;
    const quint64 replacement = m_engine->submit(unlink);
    QVERIFY(replacement != waiting && replacement != 0);
    const LinkOperation cancelled = finishedFor(1).first();
    QCOMPARE(cancelled.id, waiting);
    QCOMPARE(cancelled.phase, Phase::Cancelled);
    QCOMPARE(cancelled.attempts, 0);
    QVERIFY(cancelled.superseded);
    QTRY_VERIFY(gated.contains(replacement));
    m_engine->allowStart(replacement);
    QVERIFY(waitIdle());
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Link), 0);
    QCOMPARE(serverRequests(1, Product::GoFood, LinkAction::Unlink), 1);
}

void TestLinkEngine::modelFollowsTheServer()
{
    OutletModel model;
    // The session's part, without its gate: a checked cell is submitted, updates come back.
    connect(&model, &OutletModel::changeRequested, m_engine,
            [this](const LinkRequest &request) { m_engine->submit(request); });
    connect(m_engine, &LinkEngine::operationUpdated, &model, &OutletModel::applyOperation);
    QList<Outlet> outlets;
    for (int i = 0; i < 3; ++i)
        outlets.append(Outlet{outlet(i), QStringLiteral("Outlet %1").arg(i), QString(), i == 0});
    model.setOutlets(outlets);
    model.setExternalOutletId(0, QStringLiteral("POS-0"));
    model.setExternalOutletId(1, QStringLiteral("POS-1"));
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(403), 1, outlet(1));
    const QModelIndex linked = model.index(0, OutletModel::GoFoodColumn);
    const QModelIndex refused = model.index(1, OutletModel::GoFoodColumn);
    QVERIFY(model.setData(linked, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(refused, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(linked.data().toString(), QStringLiteral("Linking…"));
    QVERIFY(waitIdle());
    QCOMPARE(linked.data().toString(), QStringLiteral("Linked"));
    QCOMPARE(linked.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(linked.data(OutletModel::LinkedAtRole).toDateTime().isValid());
    QCOMPARE(refused.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(refused.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(refused.data(OutletModel::ErrorKindRole).toString(), QStringLiteral("forbidden"));
    QVERIFY(model.setData(linked, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(linked.data().toString(), QStringLiteral("Unlinking…"));
    QVERIFY(waitIdle());
    QCOMPARE(linked.data().toString(), QStringLiteral("Not linked"));
    QVERIFY(!serverLinked(0));
}

QTEST_GUILESS_MAIN(TestLinkEngine)
#include "tst_linkengine.moc"
