// Fault specs and the fault plan as pure values: parsing, round trips, queues, seeded chance.
#include "sandbox/FaultPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;

Q_DECLARE_METATYPE(gobiz::sandbox::FaultRule)
Q_DECLARE_METATYPE(gobiz::sandbox::Fault)

class TestSandboxFaultSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidSpecs_data();
    void parsesValidSpecs();
    void rejectsInvalidSpecs_data();
    void rejectsInvalidSpecs();
    void specRoundTrips_data();
    void specRoundTrips();
    void appliesChangePerKind_data();
    void appliesChangePerKind();
    void scriptedRulesFormAQueue();
    void passLetsOneThrough();
    void scriptedRulesRespectRouteAndOutlet();
    void probabilityIsReproducibleWithASeed();
    void probabilityIsRoughlyRight();
    void latencyAndJitterStayInRange();
    void clearDropsRulesButKeepsLatency();
};

void TestSandboxFaultSpec::parsesValidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<FaultRule>("expected");

    auto rule = [](FaultRoute route, Fault fault, int remaining = -1, double p = 1,
                    const QString &outlet = {}) {
        FaultRule r;
        r.route = route;
        r.fault = fault;
        r.remaining = remaining;
        r.probability = p;
        r.outletId = outlet;
        return r;
    };
    QTest::newRow("503 with probability")
        << u"link:503:0.2"_s << rule(FaultRoute::Link, Fault::httpError(503), -1, 0.2);
    QTest::newRow("percent probability")
        << u"any:500:25%"_s << rule(FaultRoute::Any, Fault::httpError(500), -1, 0.25);
    QTest::newRow("429 default retry-after")
        << u"link:429:next=3"_s << rule(FaultRoute::Link, Fault::tooManyRequests(1), 3);
    QTest::newRow("429 explicit retry-after")
        << u"unlink:429=7:next"_s << rule(FaultRoute::Unlink, Fault::tooManyRequests(7), 1);
    QTest::newRow("503 with retry-after")
        << u"link:503=30"_s << rule(FaultRoute::Link, Fault::httpError(503, 30));
    QTest::newRow("408 always") << u"token-info:408:always"_s
                                << rule(FaultRoute::TokenInfo, Fault::httpError(408));
    QTest::newRow("html default 502")
        << u"link:html"_s << rule(FaultRoute::Link, Fault::htmlPage(502));
    QTest::newRow("html 200") << u"link:html=200:next=2"_s
                              << rule(FaultRoute::Link, Fault::htmlPage(200), 2);
    QTest::newRow("malformed") << u"link:malformed"_s
                               << rule(FaultRoute::Link, Fault::malformedJson());
    QTest::newRow("truncated") << u"token-info:truncated:0.5"_s
                               << rule(FaultRoute::TokenInfo, Fault::truncatedJson(), -1, 0.5);
    QTest::newRow("close-mid") << u"link:close-mid:next"_s
                               << rule(FaultRoute::Link, Fault::closeMidResponse(), 1);
    QTest::newRow("disconnect") << u"unlink:disconnect"_s
                                << rule(FaultRoute::Unlink, Fault::disconnect());
    QTest::newRow("hang") << u"link:hang:next=1"_s << rule(FaultRoute::Link, Fault::hang(), 1);
    QTest::newRow("latency") << u"token-info:latency=1500"_s
                             << rule(FaultRoute::TokenInfo, Fault::latency(1500));
    QTest::newRow("latency with jitter")
        << u"any:latency=800/200"_s << rule(FaultRoute::Any, Fault::latency(800, 200));
    QTest::newRow("pass") << u"link:pass:next=2"_s << rule(FaultRoute::Link, Fault::pass(), 2);
    QTest::newRow("outlet scope") << u"unlink@G000000001:hang:next"_s
                                  << rule(FaultRoute::Unlink, Fault::hang(), 1, 1, u"G000000001"_s);
    QTest::newRow("encoded outlet")
        << u"link@a%3Ab%2Fc%20d:503"_s
        << rule(FaultRoute::Link, Fault::httpError(503), -1, 1, u"a:b/c d"_s);
    QTest::newRow("surrounding spaces")
        << u"  link:502  "_s << rule(FaultRoute::Link, Fault::httpError(502));
}

void TestSandboxFaultSpec::parsesValidSpecs()
{
    QFETCH(QString, spec);
    QFETCH(FaultRule, expected);
    QString error;
    const std::optional<FaultRule> rule = FaultSpec::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    QCOMPARE(rule->route, expected.route);
    QCOMPARE(rule->outletId, expected.outletId);
    QCOMPARE(rule->fault.kind, expected.fault.kind);
    QCOMPARE(rule->fault.status, expected.fault.status);
    QCOMPARE(rule->fault.retryAfterSeconds, expected.fault.retryAfterSeconds);
    QCOMPARE(rule->fault.delayMs, expected.fault.delayMs);
    QCOMPARE(rule->fault.jitterMs, expected.fault.jitterMs);
    QCOMPARE(rule->remaining, expected.remaining);
    QCOMPARE(rule->probability, expected.probability);
}

void TestSandboxFaultSpec::rejectsInvalidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QString() << u"expected ROUTE:KIND"_s;
    QTest::newRow("route only") << u"link"_s << u"expected ROUTE:KIND"_s;
    QTest::newRow("too many parts") << u"link:503:0.2:x"_s << u"expected ROUTE:KIND"_s;
    QTest::newRow("unknown route") << u"links:503"_s << u"unknown route \"links\""_s;
    QTest::newRow("unknown kind") << u"link:boom"_s << u"unknown fault \"boom\""_s;
    QTest::newRow("2xx status") << u"link:204"_s << u"unknown fault"_s;
    QTest::newRow("status without phrase")
        << u"link:509"_s << u"not an HTTP status the server can send"_s;
    QTest::newRow("bad retry-after") << u"link:429=soon"_s << u"Retry-After must be"_s;
    QTest::newRow("value on hang") << u"link:hang=3"_s << u"takes no value"_s;
    QTest::newRow("latency without ms") << u"link:latency"_s << u"latency needs milliseconds"_s;
    QTest::newRow("latency bad jitter")
        << u"link:latency=10/x"_s << u"latency needs milliseconds"_s;
    QTest::newRow("html bad status") << u"link:html=abc"_s << u"html=STATUS"_s;
    QTest::newRow("probability zero") << u"link:503:0"_s << u"not a probability"_s;
    QTest::newRow("probability above one") << u"link:503:1.5"_s << u"not a probability"_s;
    QTest::newRow("percent above 100") << u"link:503:150%"_s << u"not a probability"_s;
    QTest::newRow("next=0") << u"link:503:next=0"_s << u"positive count"_s;
    QTest::newRow("next=abc") << u"link:503:next=abc"_s << u"positive count"_s;
    QTest::newRow("empty outlet") << u"link@:503"_s << u"empty outlet"_s;
}

void TestSandboxFaultSpec::rejectsInvalidSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!FaultSpec::parse(spec, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestSandboxFaultSpec::specRoundTrips_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("probability") << u"link:503:0.2"_s;
    QTest::newRow("scripted") << u"unlink:429=7:next=3"_s;
    QTest::newRow("html") << u"any:html=200:always"_s;
    QTest::newRow("latency") << u"token-info:latency=800/200:always"_s;
    QTest::newRow("outlet with specials") << u"link@a%3Ab%2Fc%20d%40e:close-mid:next=1"_s;
}

void TestSandboxFaultSpec::specRoundTrips()
{
    QFETCH(QString, spec);
    QString error;
    const std::optional<FaultRule> rule = FaultSpec::parse(spec, &error);
    QVERIFY2(rule, qPrintable(error));
    const std::optional<FaultRule> again = FaultSpec::parse(rule->toSpec(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *rule);
}

void TestSandboxFaultSpec::appliesChangePerKind_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("applies");
    QTest::newRow("latency") << Fault::latency(10) << true;
    QTest::newRow("429") << Fault::tooManyRequests() << false;
    QTest::newRow("503") << Fault::httpError(503) << false;
    QTest::newRow("408") << Fault::httpError(408) << false;
    QTest::newRow("html") << Fault::htmlPage() << false;
    QTest::newRow("html 200") << Fault::htmlPage(200) << false;
    QTest::newRow("malformed") << Fault::malformedJson() << true;
    QTest::newRow("truncated") << Fault::truncatedJson() << true;
    QTest::newRow("close-mid") << Fault::closeMidResponse() << true;
    QTest::newRow("disconnect") << Fault::disconnect() << false;
    QTest::newRow("hang") << Fault::hang() << false;
}

void TestSandboxFaultSpec::appliesChangePerKind()
{
    QFETCH(Fault, fault);
    QFETCH(bool, applies);
    QCOMPARE(fault.appliesChange(), applies);
}

void TestSandboxFaultSpec::scriptedRulesFormAQueue()
{
    FaultPlan plan;
    plan.enqueue(FaultRoute::Link, {Fault::httpError(503), Fault::tooManyRequests(2)});
    plan.failNext(FaultRoute::Link, Fault::htmlPage(), 2);

    QCOMPARE(plan.decide(FaultRoute::Link, u"A"_s).fault, Fault::httpError(503));
    QCOMPARE(plan.decide(FaultRoute::Link, u"A"_s).fault, Fault::tooManyRequests(2));
    QCOMPARE(plan.decide(FaultRoute::Link, u"B"_s).fault, Fault::htmlPage());
    QCOMPARE(plan.decide(FaultRoute::Link, u"B"_s).fault, Fault::htmlPage());
    QVERIFY(!plan.decide(FaultRoute::Link, u"A"_s).fault);
    QVERIFY(plan.rules().isEmpty()); // used-up scripted rules disappear
}

void TestSandboxFaultSpec::passLetsOneThrough()
{
    FaultPlan plan;
    plan.enqueue(FaultRoute::Any, {Fault::pass(), Fault::disconnect()});
    plan.failRandomly(FaultRoute::Any, Fault::httpError(500), 1.0);
    // The scripted "pass" wins over the always-on random rule for that one request.
    QVERIFY(!plan.decide(FaultRoute::TokenInfo, {}).fault);
    QCOMPARE(plan.decide(FaultRoute::TokenInfo, {}).fault, Fault::disconnect());
    QCOMPARE(plan.decide(FaultRoute::TokenInfo, {}).fault, Fault::httpError(500));
}

void TestSandboxFaultSpec::scriptedRulesRespectRouteAndOutlet()
{
    FaultPlan plan;
    plan.failNext(FaultRoute::Unlink, Fault::hang(), 1, u"G2"_s);
    QVERIFY(!plan.decide(FaultRoute::Link, u"G2"_s).fault);
    QVERIFY(!plan.decide(FaultRoute::Unlink, u"G1"_s).fault);
    QVERIFY(!plan.decide(FaultRoute::TokenInfo, {}).fault);
    QCOMPARE(plan.decide(FaultRoute::Unlink, u"G2"_s).fault, Fault::hang());
    QVERIFY(!plan.decide(FaultRoute::Unlink, u"G2"_s).fault);
}

void TestSandboxFaultSpec::probabilityIsReproducibleWithASeed()
{
    auto run = [](quint32 seed) {
        FaultPlan plan(seed);
        plan.failRandomly(FaultRoute::Link, Fault::httpError(503), 0.3);
        QList<bool> hits;
        for (int i = 0; i < 200; ++i)
            hits.append(plan.decide(FaultRoute::Link, u"G1"_s).fault.has_value());
        return hits;
    };
    QCOMPARE(run(42), run(42));
    QVERIFY(run(42) != run(43));

    FaultPlan reseeded(7);
    reseeded.failRandomly(FaultRoute::Link, Fault::httpError(503), 0.3);
    reseeded.decide(FaultRoute::Link, u"G1"_s);
    reseeded.setSeed(42);
    QList<bool> hits;
    for (int i = 0; i < 200; ++i)
        hits.append(reseeded.decide(FaultRoute::Link, u"G1"_s).fault.has_value());
    QCOMPARE(hits, run(42));
}

void TestSandboxFaultSpec::probabilityIsRoughlyRight()
{
    FaultPlan plan(1234);
    plan.failRandomly(FaultRoute::Any, Fault::httpError(500), 0.2);
    int hits = 0;
    for (int i = 0; i < 5000; ++i)
        hits += plan.decide(FaultRoute::Link, u"G"_s).fault ? 1 : 0;
    QVERIFY2(hits > 850 && hits < 1150, qPrintable(QString::number(hits)));
}

void TestSandboxFaultSpec::latencyAndJitterStayInRange()
{
    FaultPlan plan(5);
    plan.setBaseLatency(100, 20);
    plan.failRandomly(FaultRoute::Link, Fault::latency(50, 10), 1.0);
    bool varied = false;
    int first = -1;
    for (int i = 0; i < 300; ++i) {
        const FaultPlan::Decision d = plan.decide(FaultRoute::Link, u"G"_s);
        QVERIFY(d.delayMs >= 120 && d.delayMs <= 180);
        QCOMPARE(d.fault->kind, FaultKind::Latency);
        varied = varied || (first >= 0 && d.delayMs != first);
        first = d.delayMs;
    }
    QVERIFY(varied);
    // Base latency alone, no rule for this route.
    const FaultPlan::Decision tokenInfo = plan.decide(FaultRoute::TokenInfo, {});
    QVERIFY(!tokenInfo.fault);
    QVERIFY(tokenInfo.delayMs >= 80 && tokenInfo.delayMs <= 120);
}

void TestSandboxFaultSpec::clearDropsRulesButKeepsLatency()
{
    FaultPlan plan;
    plan.setBaseLatency(30);
    QString error;
    QVERIFY(plan.addSpec(u"link:503"_s, &error));
    QVERIFY(!plan.addSpec(u"link:nope"_s, &error));
    QCOMPARE(plan.rules().size(), 1);
    plan.clear();
    QVERIFY(plan.rules().isEmpty());
    QCOMPARE(plan.decide(FaultRoute::Link, u"G"_s).delayMs, 30);
}

QTEST_GUILESS_MAIN(TestSandboxFaultSpec)
#include "tst_sandbox_faultspec.moc"
