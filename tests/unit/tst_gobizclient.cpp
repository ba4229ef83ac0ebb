// The API client against the sandbox server over real loopback HTTP.
#include "api/AccessToken.h"
#include "api/GoBizClient.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gobiz;
using namespace gobiz::sandbox;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(gobiz::sandbox::Fault)

class TestGoBizClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void tokenInfoListsOutletsPrimaryFirst();
    void pastedTokenWithStrayDecorationsWorks();
    void requestIdTravelsAndIsKept();
    void tokenProblems_data();
    void tokenProblems();
    void linkAndUnlinkChangeServerState();
    void opaqueOutletIdsArePercentEncoded_data();
    void opaqueOutletIdsArePercentEncoded();
    void refusedBeforeSending();
    void plainHttpRefusedForRemoteHosts();
    void faults_data();
    void faults();
    void relinkConflictAndUnlinkMissingModes();
    void bodySizeLimit();
    void abortGivesCancelledOnce();
    void serverDownIsNetworkError();
    void wrongBasePathIsNotFound();

private:
    ApiReply *waitFor(ApiReply *reply);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GoBizClient> m_client;
};

ApiReply *TestGoBizClient::waitFor(ApiReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ApiReply::finished);
        if (!spy.wait(10000))
            qWarning("reply did not finish");
    }
    reply->deleteLater();
    return reply;
}

void TestGoBizClient::init()
{
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(12, 7));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GoBizClient>(m_network.get());
    QCOMPARE(m_client->setBaseUrl(m_server->baseUrl()), QString());
    m_client->setToken(DemoTokens::owner());
    m_client->setTransferTimeout(std::chrono::milliseconds(3000));
}

void TestGoBizClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestGoBizClient::tokenInfoListsOutletsPrimaryFirst()
{
    ApiReply *reply = waitFor(m_client->tokenInfo());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
    const TokenInfo &info = reply->tokenInfo();
    QCOMPARE(info.roles, QStringList{u"owner"_qs});
    QVERIFY(info.mayLink());
    const QList<FixtureOutlet> expected = m_server->fixture().merchants.first().outlets;
    QCOMPARE(info.outlets.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(info.outlets.at(i).id, expected.at(i).id);
        QCOMPARE(info.outlets.at(i).name, expected.at(i).name);
        QCOMPARE(info.outlets.at(i).primary, i == 0);
    }
    QCOMPARE(reply->error().httpStatus, 200);
}

void TestGoBizClient::pastedTokenWithStrayDecorationsWorks()
{
    const TokenCheck check = AccessToken::normalize(u"  Bearer \""_qs + DemoTokens::owner() + u"\"\r\n"_qs);
    QVERIFY(check.isValid());
    m_client->setToken(check.token);
    ApiReply *reply = waitFor(m_client->tokenInfo());
    QVERIFY(!reply->error().isError());
}

void TestGoBizClient::requestIdTravelsAndIsKept()
{
    QSignalSpy logged(m_server.get(), &SandboxServer::requestFinished);
    ApiReply *reply = waitFor(m_client->link(m_server->fixture().merchants.first().outlets.first().id,
                                             Product::GoFood, u"POS-1"_qs));
    QVERIFY(!reply->error().isError());
    QVERIFY(!reply->requestId().isEmpty());
    QTRY_COMPARE(logged.size(), 1);
    const auto entry = logged.first().first().value<RequestLogEntry>();
    QCOMPARE(QString::fromLatin1(entry.requestId), reply->requestId());
    QCOMPARE(entry.status, 200);
}

void TestGoBizClient::tokenProblems_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("tokenInfoWorks");
    QTest::addColumn<int>("linkKind");
    QTest::newRow("expired") << DemoTokens::expired() << false << int(Kind::Unauthorized);
    QTest::newRow("unknown") << u"not-a-known-token-123"_qs << false << int(Kind::Unauthorized);
    QTest::newRow("client credentials") << DemoTokens::clientCredentials() << false << int(Kind::Unauthorized);
    QTest::newRow("cashier may read, not link") << DemoTokens::cashier() << true << int(Kind::Forbidden);
    QTest::newRow("manager") << DemoTokens::manager() << true << int(Kind::None);
}

void TestGoBizClient::tokenProblems()
{
    QFETCH(QString, token);
    QFETCH(bool, tokenInfoWorks);
    QFETCH(int, linkKind);
    m_client->setToken(token);
    ApiReply *info = waitFor(m_client->tokenInfo());
    QCOMPARE(!info->error().isError(), tokenInfoWorks);
    if (!tokenInfoWorks) {
        QCOMPARE(info->error().kind, Kind::Unauthorized);
        QCOMPARE(info->error().httpStatus, 401);
        QCOMPARE(info->error().title, u"Session Expired"_qs);
        QVERIFY(info->error().userMessage().contains(u"Your session is expired"));
    }
    // The manager sees three outlets; link the first one it sees.
    const QString outletId = tokenInfoWorks ? info->tokenInfo().outlets.first().id
                                            : m_server->fixture().merchants.first().outlets.first().id;
    ApiReply *link = waitFor(m_client->link(outletId, Product::Payment, u"POS-9"_qs));
    QCOMPARE(int(link->error().kind), linkKind);
    QCOMPARE(m_server->isLinked(outletId, u"payment"_qs), linkKind == int(Kind::None));
}

void TestGoBizClient::linkAndUnlinkChangeServerState()
{
    const QString id = m_server->fixture().merchants.first().outlets.at(3).id;
    ApiReply *link = waitFor(m_client->link(id, Product::GoFood, u"  POS-42 "_qs));
    QVERIFY2(!link->error().isError(), qPrintable(link->error().userMessage()));
    const auto record = m_server->link(id, u"gofood"_qs);
    QVERIFY(record && record->linked);
    QCOMPARE(record->externalOutletId, u"POS-42"_qs); // trimmed before sending
    QCOMPARE(link->linkConfirmation().outletId, id);
    QCOMPARE(link->linkConfirmation().externalOutletId, u"POS-42"_qs);
    // GoBiz's timestamps have whole seconds (gobiz-api.md §2); the sandbox keeps milliseconds.
    const QDateTime serverLinkedAt = record->linkedAt.addMSecs(-record->linkedAt.time().msec());
    QCOMPARE(link->linkConfirmation().linkedAt, serverLinkedAt);
    QVERIFY(link->linkConfirmation().linkedAt.isValid());
    QCOMPARE(m_server->orderAcceptance(id), u"AUTO_ACCEPT"_qs);
    QVERIFY(!m_server->isLinked(id, u"payment"_qs));

    ApiReply *unlink = waitFor(m_client->unlink(id, Product::GoFood));
    QVERIFY(!unlink->error().isError());
    QVERIFY(!m_server->isLinked(id, u"gofood"_qs));
}

void TestGoBizClient::opaqueOutletIdsArePercentEncoded_data()
{
    QTest::addColumn<QString>("outletId");
    QTest::newRow("slash") << u"G12/34"_qs;
    QTest::newRow("space") << u"Outlet 7"_qs;
    QTest::newRow("query and fragment chars") << u"a?b#c&d"_qs;
    QTest::newRow("percent") << u"50%off"_qs;
    QTest::newRow("unicode") << u"toko-\u00e9\u65e5"_qs;
    QTest::newRow("uuid") << u"de829e5b-72a5-49bc-a5f3-f0d83edb9daf"_qs;
}

void TestGoBizClient::opaqueOutletIdsArePercentEncoded()
{
    QFETCH(QString, outletId);
    Fixture fixture = FixtureGenerator::fixture(2, 3);
    FixtureMerchant &merchant = fixture.merchants.first();
    merchant.outlets.first().id = outletId;
    merchant.users.clear();
    FixtureGenerator::addDemoUsers(&merchant);
    m_server->setFixture(fixture);

    ApiReply *info = waitFor(m_client->tokenInfo());
    QVERIFY(!info->error().isError());
    QCOMPARE(info->tokenInfo().outlets.first().id, outletId);

    ApiReply *link = waitFor(m_client->link(outletId, Product::Payment, u"POS-1"_qs));
    QVERIFY2(!link->error().isError(), qPrintable(link->error().userMessage() + link->error().detail));
    QVERIFY(m_server->isLinked(outletId, u"payment"_qs));
    ApiReply *unlink = waitFor(m_client->unlink(outletId, Product::Payment));
    QVERIFY(!unlink->error().isError());
    QVERIFY(!m_server->isLinked(outletId, u"payment"_qs));
}

void TestGoBizClient::refusedBeforeSending()
{
    // "." and ".." would be resolved into another endpoint: refused, never sent.
    for (const QString &dots : {u"."_qs, u".."_qs}) {
        ApiReply *link = waitFor(m_client->link(dots, Product::GoFood, u"POS-1"_qs));
        QCOMPARE(link->error().kind, Kind::BadRequest);
        QVERIFY(link->error().userMessage().contains(u"web address"));
        // Never sent: no request id to quote (issue 8, 5), and it says so.
        QVERIFY(link->error().notSent);
        QCOMPARE(link->requestId(), QString());
        QCOMPARE(link->error().requestId, QString());
        QCOMPARE(waitFor(m_client->unlink(dots, Product::GoFood))->error().kind, Kind::BadRequest);
    }

    const QString id = m_server->fixture().merchants.first().outlets.first().id;
    ApiReply *blank = waitFor(m_client->link(id, Product::GoFood, u"   "_qs));
    QCOMPARE(blank->error().kind, Kind::BadRequest);
    QCOMPARE(blank->error().httpStatus, 0);
    QVERIFY(blank->error().userMessage().contains(u"external outlet ID"));

    m_client->clearToken();
    ApiReply *noToken = waitFor(m_client->tokenInfo());
    QCOMPARE(noToken->error().kind, Kind::Unauthorized);
    QCOMPARE(m_server->counters().total(), 0);
}

void TestGoBizClient::plainHttpRefusedForRemoteHosts()
{
    const QString problem = m_client->setBaseUrl(QUrl(u"http://api.gobiz.co.id"_qs));
    QVERIFY(problem.contains(u"https://"));
    QCOMPARE(m_client->baseUrl(), m_server->baseUrl()); // unchanged
    QVERIFY(m_client->setBaseUrl(QUrl(u"https://api.gobiz.co.id"_qs)).isEmpty());
}

void TestGoBizClient::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::newRow("429 Retry-After") << Fault::tooManyRequests(7) << int(Kind::RateLimited) << 429 << qint64(7000);
    QTest::newRow("408") << Fault::httpError(408) << int(Kind::Timeout) << 408 << qint64(-1);
    QTest::newRow("500") << Fault::httpError(500) << int(Kind::Server) << 500 << qint64(-1);
    QTest::newRow("502") << Fault::httpError(502) << int(Kind::Server) << 502 << qint64(-1);
    QTest::newRow("503 Retry-After") << Fault::httpError(503, 2) << int(Kind::Server) << 503 << qint64(2000);
    QTest::newRow("504") << Fault::httpError(504) << int(Kind::Server) << 504 << qint64(-1);
    QTest::newRow("html 502") << Fault::htmlPage(502) << int(Kind::Server) << 502 << qint64(-1);
    QTest::newRow("html 200") << Fault::htmlPage(200) << int(Kind::Protocol) << 200 << qint64(-1);
    QTest::newRow("malformed json") << Fault::malformedJson() << int(Kind::Protocol) << 200 << qint64(-1);
    QTest::newRow("truncated json") << Fault::truncatedJson() << int(Kind::Protocol) << 200 << qint64(-1);
    QTest::newRow("closed mid-response") << Fault::closeMidResponse() << int(Kind::Network) << 200 << qint64(-1);
    QTest::newRow("disconnect") << Fault::disconnect() << int(Kind::Network) << 0 << qint64(-1);
    QTest::newRow("disconnect, resent by Qt") << Fault::disconnect() << int(Kind::None) << 200 << qint64(-1);
    QTest::newRow("hang") << Fault::hang() << int(Kind::Timeout) << 0 << qint64(-1);
}

void TestGoBizClient::faults()
{
    QFETCH(Fault, fault);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(qint64, retryAfterMs);
    m_client->setTransferTimeout(std::chrono::milliseconds(400));
    // Qt resends a request on its own when the connection closes before any byte of the answer
    // (once): a single disconnect is invisible to us, two in a row are not.
    const bool resent = QByteArray(QTest::currentDataTag()).contains("resent");
    const int count = fault.kind == FaultKind::Disconnect && !resent ? 2 : 1;
    m_server->faults().failNext(FaultRoute::TokenInfo, fault, count);
    ApiReply *reply = waitFor(m_client->tokenInfo());
    if (resent) {
        QVERIFY(!reply->error().isError());
        QCOMPARE(m_server->counters().routeCount(Route::TokenInfo), 2);
        return;
    }
    QCOMPARE(int(reply->error().kind), kind);
    QCOMPARE(reply->error().httpStatus, status);
    QCOMPARE(reply->error().retryAfter.has_value(), retryAfterMs >= 0);
    if (retryAfterMs >= 0)
        QCOMPARE(qint64(reply->error().retryAfter->count()), retryAfterMs);
    QVERIFY(reply->error().isTransient());
    QVERIFY(!reply->error().userMessage().isEmpty());
    // The next request passes again.
    ApiReply *next = waitFor(m_client->tokenInfo());
    QVERIFY(!next->error().isError());
}

void TestGoBizClient::relinkConflictAndUnlinkMissingModes()
{
    const QString id = m_server->fixture().merchants.first().outlets.first().id;
    m_server->setRelinkMode(RelinkMode::Conflict);
    m_server->setUnlinkMissingMode(UnlinkMissingMode::NotFound);
    QVERIFY(!waitFor(m_client->link(id, Product::GoFood, u"A"_qs))->error().isError());
    QCOMPARE(waitFor(m_client->link(id, Product::GoFood, u"A"_qs))->error().kind, Kind::Conflict);
    QVERIFY(!waitFor(m_client->unlink(id, Product::GoFood))->error().isError());
    ApiReply *missing = waitFor(m_client->unlink(id, Product::GoFood));
    QCOMPARE(missing->error().kind, Kind::NotFound);
    QVERIFY(!missing->error().serverMessage.isEmpty());

    m_server->setRelinkMode(RelinkMode::Idempotent);
    m_server->setUnlinkMissingMode(UnlinkMissingMode::Ok);
    QVERIFY(!waitFor(m_client->link(id, Product::GoFood, u"A"_qs))->error().isError());
    QVERIFY(!waitFor(m_client->link(id, Product::GoFood, u"B"_qs))->error().isError());
    QCOMPARE(m_server->link(id, u"gofood"_qs)->externalOutletId, u"B"_qs);
    QVERIFY(!waitFor(m_client->unlink(id, Product::GoFood))->error().isError());
    QVERIFY(!waitFor(m_client->unlink(id, Product::GoFood))->error().isError());
}

void TestGoBizClient::bodySizeLimit()
{
    m_client->setMaxBodyBytes(1024);
    ApiReply *reply = waitFor(m_client->tokenInfo());
    QCOMPARE(reply->error().kind, Kind::Protocol);
    QVERIFY(reply->error().detail.contains(u"size limit"));
    QVERIFY(reply->tokenInfo().outlets.isEmpty());
}

void TestGoBizClient::abortGivesCancelledOnce()
{
    m_server->faults().failNext(FaultRoute::TokenInfo, Fault::hang());
    ApiReply *reply = m_client->tokenInfo();
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_server->pendingReplies(), 1);
    reply->abort();
    QTRY_COMPARE(finished.size(), 1);
    reply->abort();
    QCOMPARE(reply->error().kind, Kind::Cancelled);
    QVERIFY(!reply->error().isTransient());
    // A second finished() could only come from a queued call: deliver those now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    delete reply;
}

void TestGoBizClient::serverDownIsNetworkError()
{
    const QUrl url = m_server->baseUrl();
    m_server.reset(); // the port is closed now
    ApiReply *reply = waitFor(m_client->tokenInfo());
    QCOMPARE(reply->error().kind, Kind::Network);
    QVERIFY(reply->error().isTransient());
    QVERIFY(reply->error().userMessage().contains(u"proxy"));
    Q_UNUSED(url);
}

void TestGoBizClient::wrongBasePathIsNotFound()
{
    QUrl url = m_server->baseUrl();
    url.setPath(u"/not-gobiz/"_qs);
    QVERIFY(m_client->setBaseUrl(url).isEmpty());
    ApiReply *reply = waitFor(m_client->tokenInfo());
    QCOMPARE(reply->error().kind, Kind::NotFound);
    QCOMPARE(reply->error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestGoBizClient)
#include "tst_gobizclient.moc"
