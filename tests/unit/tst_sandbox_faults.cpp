// Every injected fault seen from a real QNetworkAccessManager, whether it changed the server's
// state, and the in-flight counters under concurrent delayed replies.
#include "SandboxFixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void httpErrorsDoNotApply_data();
    void httpErrorsDoNotApply();
    void htmlPageDoesNotApply_data();
    void htmlPageDoesNotApply();
    void malformedJsonApplies();
    void truncatedJsonApplies();
    void tokenInfoCanBeTruncated();
    void closeMidResponseIsAClientErrorButApplies();
    void closeMidResponseOnUnlink();
    void disconnectDoesNotApply();
    void singleDisconnectIsResentByQNetworkAccessManager();
    void hangEndsWithTheClientsTimeout();
    void hangEndsWhenTheServerStops();
    void latencyDoesNotBlockOtherRequests();
    void delayedRequestAppliesEvenIfClientLeft();
    void maxInFlightCountsConcurrentDelayedRequests();
    void resetWhileRequestsRun();
    void faultsCanTargetOneOutlet();
    void probabilisticFaultsAreReproducible();
    void sandboxRoutesAreNeverFaulted();

private:
    QString outlet(int index) const
    {
        return m_server->fixture().merchants.first().outlets.at(index).id;
    }
    QList<int> statusesWithSeed(quint32 seed);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(10, 1));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::httpErrorsDoNotApply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("408") << 408 << -1;
    QTest::newRow("429") << 429 << 3;
    QTest::newRow("500") << 500 << -1;
    QTest::newRow("502") << 502 << -1;
    QTest::newRow("503") << 503 << -1;
    QTest::newRow("503 with Retry-After") << 503 << 30;
    QTest::newRow("504") << 504 << -1;
}

void TestSandboxFaults::httpErrorsDoNotApply()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    m_server->faults().failNext(FaultRoute::Link, Fault::httpError(status, retryAfter));

    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(result.status, status);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QCOMPARE(result.json().value(u"success"), QJsonValue(false));
    QCOMPARE(result.errorCode(), u"HTTP_%1"_s.arg(status));
    QCOMPARE(result.retryAfter, retryAfter < 0 ? QByteArray() : QByteArray::number(retryAfter));
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));

    const OutletRequestCount count = m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT");
    QCOMPARE(count.requests, 1);
    QCOMPARE(count.faulted, 1);
    QCOMPARE(count.applied, 0);
    QCOMPARE(m_server->counters().statusCount(status), 1);

    // The fault was for one request only.
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    QCOMPARE(m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT").applied, 1);
}

void TestSandboxFaults::htmlPageDoesNotApply_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("200") << 200;
}

void TestSandboxFaults::htmlPageDoesNotApply()
{
    QFETCH(int, status);
    m_server->faults().failNext(FaultRoute::Link, Fault::htmlPage(status));
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(result.status, status);
    QVERIFY(result.contentType.startsWith("text/html"));
    QVERIFY(!result.isJson());
    QVERIFY(result.body.contains("<html>"));
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->counters().faulted(), 1);
    QCOMPARE(m_server->counters().applied(), 0);
}

void TestSandboxFaults::malformedJsonApplies()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::malformedJson());
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QVERIFY(!result.body.isEmpty());
    QVERIFY(!result.isJson());
    QVERIFY(m_server->isLinked(outlet(0), u"gofood"_s)); // the work was done
    const OutletRequestCount count = m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT");
    QCOMPARE(count.applied, 1);
    QCOMPARE(count.faulted, 1);
}

void TestSandboxFaults::truncatedJsonApplies()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::truncatedJson());
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(result.error, QNetworkReply::NoError); // Content-Length matches what was sent
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.startsWith(R"({"data":{"outlet":{)")); // QJson sorts keys
    QVERIFY(!result.isJson());
    QVERIFY(m_server->isLinked(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->counters().faultCount(u"truncated"_s), 1);
}

void TestSandboxFaults::tokenInfoCanBeTruncated()
{
    m_server->faults().failNext(FaultRoute::TokenInfo, Fault::truncatedJson());
    const HttpResult result = m_client->tokenInfo();
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.startsWith(R"({"data":{)"));
    QVERIFY(!result.isJson());
    QVERIFY(m_client->tokenInfo().isJson());
}

void TestSandboxFaults::closeMidResponseIsAClientErrorButApplies()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::closeMidResponse());
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(m_server->isLinked(outlet(0), u"gofood"_s));
    const OutletRequestCount count = m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT");
    QCOMPARE(count.requests, 1); // not resent: the headers had arrived
    QCOMPARE(count.applied, 1);
    QCOMPARE(count.faulted, 1);
    // The connection is gone but the next request works.
    QCOMPARE(m_client->tokenInfo().status, 200);
}

void TestSandboxFaults::closeMidResponseOnUnlink()
{
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    m_server->faults().failNext(FaultRoute::Unlink, Fault::closeMidResponse());
    const HttpResult result = m_client->unlink(outlet(0));
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
}

void TestSandboxFaults::disconnectDoesNotApply()
{
    m_server->faults().failRandomly(FaultRoute::Link, Fault::disconnect(), 1.0);
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(result.status, 0);
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
    const OutletRequestCount count = m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT");
    QVERIFY(count.requests >= 1); // QNAM resends once on its own first (2 with Qt 6.4)
    QCOMPARE(count.faulted, count.requests);
    QCOMPARE(count.applied, 0);
}

void TestSandboxFaults::singleDisconnectIsResentByQNetworkAccessManager()
{
    // Worth knowing when reading fault-matrix results: a connection closed before any byte of
    // the answer makes QNetworkAccessManager resend the request by itself, so one "disconnect"
    // is invisible to the client and the server sees the request twice.
    m_server->faults().failNext(FaultRoute::Link, Fault::disconnect());
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    const OutletRequestCount count = m_server->counters().outlet(outlet(0), u"gofood"_s, "PUT");
    QCOMPARE(count.requests, 2);
    QCOMPARE(count.faulted, 1);
    QCOMPARE(count.applied, 1);
}

void TestSandboxFaults::hangEndsWithTheClientsTimeout()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::hang());
    m_client->setTransferTimeout(300);
    QNetworkReply *reply
        = m_client->send("PUT", m_client->linkRequest(outlet(0)), linkBody(u"pos-1"_s));
    QTRY_COMPARE(m_server->pendingReplies(), 1);
    QCOMPARE(m_server->counters().inFlight(), 1);
    const HttpResult result = SandboxClient::wait(reply);
    QVERIFY(result.finished);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(result.status, 0);
    // The client closed the connection: the hanging request is over, nothing applied.
    QTRY_COMPARE(m_server->pendingReplies(), 0);
    QCOMPARE(m_server->counters().inFlight(), 0);
    QCOMPARE(m_server->counters().abandoned(), 1);
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
}

void TestSandboxFaults::hangEndsWhenTheServerStops()
{
    m_server->faults().failRandomly(FaultRoute::TokenInfo, Fault::hang(), 1.0);
    QNetworkReply *reply = m_client->send("GET", m_client->request(tokenInfoPath()));
    QTRY_COMPARE(m_server->pendingReplies(), 1);
    m_server->stop();
    QCOMPARE(m_server->pendingReplies(), 0);
    QCOMPARE(m_server->counters().inFlight(), 0);
    QCOMPARE(m_server->counters().abandoned(), 1);
    const HttpResult result = SandboxClient::wait(reply);
    QVERIFY(result.finished);
    QVERIFY(result.error != QNetworkReply::NoError);
}

void TestSandboxFaults::latencyDoesNotBlockOtherRequests()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::latency(800));
    QNetworkReply *slow
        = m_client->send("PUT", m_client->linkRequest(outlet(0)), linkBody(u"pos-1"_s));
    QSignalSpy slowFinished(slow, &QNetworkReply::finished);
    QTRY_COMPARE(m_server->pendingReplies(), 1);

    const HttpResult fast = m_client->tokenInfo();
    QCOMPARE(fast.status, 200);
    QCOMPARE(slowFinished.size(), 0); // still waiting while the other was answered
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));

    const HttpResult result = SandboxClient::wait(slow);
    QCOMPARE(result.status, 200);
    QVERIFY(m_server->isLinked(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->counters().faultCount(u"latency=800"_s), 1);
}

void TestSandboxFaults::delayedRequestAppliesEvenIfClientLeft()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::latency(600));
    m_client->setTransferTimeout(150);
    const HttpResult result = m_client->link(outlet(0), u"pos-1"_s);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
    // Like a real server that finishes the work after the client timed out.
    QTRY_VERIFY(m_server->isLinked(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->counters().abandoned(), 1);
    QCOMPARE(m_server->counters().applied(), 1);
    QCOMPARE(m_server->counters().inFlight(), 0);
}

void TestSandboxFaults::maxInFlightCountsConcurrentDelayedRequests()
{
    m_server->faults().setBaseLatency(1000, 100);
    QList<QNetworkReply *> replies;
    replies.append(m_client->send("GET", m_client->request(tokenInfoPath())));
    replies.append(m_client->send("GET", m_client->request(tokenInfoPath())));
    for (int i = 0; i < 3; ++i)
        replies.append(
            m_client->send("PUT", m_client->linkRequest(outlet(i)), linkBody(u"pos-%1"_s.arg(i))));
    QTRY_COMPARE(m_server->counters().inFlight(), 5);
    QCOMPARE(m_server->pendingReplies(), 5);
    QCOMPARE(m_server->stateJson()[u"counters"][u"in_flight"].toInt(), 5);

    for (QNetworkReply *reply : replies)
        QCOMPARE(SandboxClient::wait(reply).status, 200);
    QCOMPARE(m_server->counters().inFlight(), 0);
    QCOMPARE(m_server->counters().maxInFlight(), 5);
    QCOMPARE(m_server->counters().total(), 5);
    QCOMPARE(m_server->counters().applied(), 3);
    QCOMPARE(m_server->counters().faulted(), 0); // base latency is not a fault
}

void TestSandboxFaults::resetWhileRequestsRun()
{
    m_server->faults().failNext(FaultRoute::Link, Fault::latency(500), 2);
    QNetworkReply *first
        = m_client->send("PUT", m_client->linkRequest(outlet(0)), linkBody(u"pos-0"_s));
    QNetworkReply *second
        = m_client->send("PUT", m_client->linkRequest(outlet(1)), linkBody(u"pos-1"_s));
    QTRY_COMPARE(m_server->counters().inFlight(), 2);
    m_server->resetCounters();
    QCOMPARE(m_server->counters().total(), 0);
    QCOMPARE(m_server->counters().inFlight(), 2); // still running
    QCOMPARE(m_server->counters().maxInFlight(), 2);
    QCOMPARE(SandboxClient::wait(first).status, 200);
    QCOMPARE(SandboxClient::wait(second).status, 200);
    QCOMPARE(m_server->counters().inFlight(), 0);
    // They began before the reset, so they are not counted as completed or applied after it.
    QCOMPARE(m_server->counters().completed(), 0);
    QCOMPARE(m_server->counters().applied(), 0);
    QVERIFY(m_server->isLinked(outlet(1), u"gofood"_s));
}

void TestSandboxFaults::faultsCanTargetOneOutlet()
{
    QString error;
    QVERIFY2(m_server->faults().addSpec(u"link@%1:503:next=1"_s.arg(outlet(1)), &error),
        qPrintable(error));
    QCOMPARE(m_client->link(outlet(0), u"pos-0"_s).status, 200);
    QCOMPARE(m_client->unlink(outlet(1)).status, 200); // other route
    QCOMPARE(m_client->link(outlet(1), u"pos-1"_s).status, 503);
    QCOMPARE(m_client->link(outlet(1), u"pos-1"_s).status, 200);
}

QList<int> TestSandboxFaults::statusesWithSeed(quint32 seed)
{
    SandboxServer server(FixtureGenerator::fixture(3, 1));
    server.faults().setSeed(seed);
    QString error;
    if (!server.faults().addSpec(u"token-info:503:0.5"_s, &error) || !server.start())
        return {};
    SandboxClient client(server.baseUrl());
    QList<int> statuses;
    for (int i = 0; i < 16; ++i)
        statuses.append(client.tokenInfo().status);
    return statuses;
}

void TestSandboxFaults::probabilisticFaultsAreReproducible()
{
    const QList<int> first = statusesWithSeed(42);
    QCOMPARE(first.size(), 16);
    QVERIFY(first.contains(200) && first.contains(503));
    QCOMPARE(statusesWithSeed(42), first);
}

void TestSandboxFaults::sandboxRoutesAreNeverFaulted()
{
    m_server->faults().failRandomly(FaultRoute::Any, Fault::httpError(503), 1.0);
    m_server->faults().setBaseLatency(5000);
    QCOMPARE(m_client->get("/_sandbox/state", QString()).status, 200);
    QCOMPARE(m_server->counters().total(), 0);
    // Unknown paths are answered honestly too (faults model the GoBiz endpoints).
    m_server->faults().setBaseLatency(0);
    QCOMPARE(m_client->get("/nowhere").status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
