// The sandbox server's contract behaviour over real loopback HTTP: every documented status code,
// envelopes, awkward outlet ids, relink/unlink modes and the inspection routes.
#include "SandboxFixtures.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnAFreeLoopbackPort();
    void defaultServerServesTheDemoMerchant();
    void tokenInfoListsOutletsInFixtureOrder();
    void tokenInfoUsesTheUsersOwnOutletOrder();
    void unauthorized_data();
    void unauthorized();
    void userWithoutOutlets();
    void cashierCanReadButNotLink();
    void forbiddenOutlets_data();
    void forbiddenOutlets();
    void acceptHeader_data();
    void acceptHeader();
    void contentType_data();
    void contentType();
    void missingContentTypeIs415();
    void badRequest_data();
    void badRequest();
    void linkReturnsTheDocumentedBody();
    void unlinkReturnsEmptyData();
    void encodedOutletIds_data();
    void encodedOutletIds();
    void slashInOutletIdIsNotASeparator();
    void relinkIdempotent();
    void relinkConflict();
    void unlinkMissing_data();
    void unlinkMissing();
    void unknownPathIs404Json_data();
    void unknownPathIs404Json();
    void wrongMethodIs405();
    void requestIdEchoedOrGenerated_data();
    void requestIdEchoedOrGenerated();
    void inspectionRouteShowsLinksAndCounters();
    void resetRoute();
    void faultsRoute();
    void setFixtureReplacesMerchants();
    void logEntriesNeverContainTheToken();

private:
    QString outlet(int index) const
    {
        return m_server->fixture().merchants.first().outlets.at(index).id;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void TestSandbox::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestSandbox::init()
{
    m_server = std::make_unique<SandboxServer>(awkwardFixture());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandbox::listensOnAFreeLoopbackPort()
{
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(), QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->port())));

    SandboxServer second(awkwardFixture());
    QVERIFY(!second.start(QHostAddress::LocalHost, m_server->port()));
    QVERIFY2(second.errorString().contains(QString::number(m_server->port())),
        qPrintable(second.errorString()));
    QVERIFY(!second.isListening());

    m_server->stop();
    QVERIFY(!m_server->isListening());
    QVERIFY(m_server->baseUrl().isEmpty());

    // It can start again (on a new free port) and keeps its state.
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    SandboxClient again(m_server->baseUrl());
    QCOMPARE(again.tokenInfo().status, 200);
}

void TestSandbox::defaultServerServesTheDemoMerchant()
{
    SandboxServer demo;
    QVERIFY(demo.fixture() == FixtureGenerator::demoFixture());
    QVERIFY(demo.start());
    SandboxClient client(demo.baseUrl());
    const HttpResult result = client.tokenInfo(DemoTokens::owner());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[u"data"][u"outlets"].toArray().size(),
        demo.fixture().merchants.first().outlets.size());
}

void TestSandbox::tokenInfoListsOutletsInFixtureOrder()
{
    const HttpResult result = m_client->tokenInfo();
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"success"), QJsonValue(true));
    const QJsonObject data = json.value(u"data").toObject();
    QCOMPARE(data.value(u"user").toObject().value(u"roles").toArray(), QJsonArray {u"owner"_s});
    const QJsonArray outlets = data.value(u"outlets").toArray();
    const QList<FixtureOutlet> expected = m_server->fixture().merchants.first().outlets;
    QCOMPARE(outlets.size(), expected.size());
    for (qsizetype i = 0; i < outlets.size(); ++i) {
        const QJsonObject outletJson = outlets.at(i).toObject();
        QCOMPARE(outletJson.keys(),
            (QStringList {u"address"_s, u"email"_s, u"id"_s, u"name"_s, u"phone"_s}));
        QCOMPARE(outletJson.value(u"id").toString(), expected.at(i).id);
        QCOMPARE(outletJson.value(u"name").toString(), expected.at(i).name);
        QCOMPARE(outletJson.value(u"address").toString(), expected.at(i).address);
        QCOMPARE(outletJson.value(u"email"), QJsonValue(u""_s));
        QCOMPARE(outletJson.value(u"phone"), QJsonValue(u""_s));
    }
}

void TestSandbox::tokenInfoUsesTheUsersOwnOutletOrder()
{
    const HttpResult result = m_client->tokenInfo(DemoTokens::manager());
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.json().value(u"data").toObject();
    QCOMPARE(data.value(u"user").toObject().value(u"roles").toArray(), QJsonArray {u"manager"_s});
    const QJsonArray outlets = data.value(u"outlets").toArray();
    QCOMPARE(outlets.size(), 3);
    // addDemoUsers gives the manager the first three outlets in reverse: primary = third.
    QCOMPARE(outlets.at(0).toObject().value(u"id").toString(), outlet(2));
    QCOMPARE(outlets.at(2).toObject().value(u"id").toString(), outlet(0));
}

void TestSandbox::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization"); // null: header absent
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("unknown token") << QByteArray("Bearer not-a-sandbox-token");
    QTest::newRow("expired token") << ("Bearer " + DemoTokens::expired().toUtf8());
    QTest::newRow("client-credentials token")
        << ("Bearer " + DemoTokens::clientCredentials().toUtf8());
    QTest::newRow("basic scheme") << ("Basic " + DemoTokens::owner().toUtf8());
    QTest::newRow("token without scheme") << DemoTokens::owner().toUtf8();
}

void TestSandbox::unauthorized()
{
    QFETCH(QByteArray, authorization);
    const struct
    {
        QByteArray method;
        QByteArray path;
    } calls[]
        = {{"GET", tokenInfoPath()}, {"PUT", linkPath(outlet(0))}, {"DELETE", linkPath(outlet(0))}};
    for (const auto &call : calls) {
        QNetworkRequest request = m_client->request(call.path, QString());
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const HttpResult result
            = SandboxClient::wait(m_client->send(call.method, request, linkBody(u"pos-1"_s)));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.contentType, QByteArray("application/json"));
        const QJsonObject error = result.json().value(u"errors").toArray().at(0).toObject();
        QCOMPARE(result.json().value(u"success"), QJsonValue(false));
        QCOMPARE(error.value(u"message_title").toString(), u"Session Expired"_s);
        QCOMPARE(
            error.value(u"message").toString(), u"Your session is expired. Please login again."_s);
        QCOMPARE(error.value(u"code").toString(), u"HTTP_401"_s);
        QCOMPARE(error.value(u"message_severity").toString(), u"error"_s);
    }
    QVERIFY(!m_server->isLinked(outlet(0), u"gofood"_s));
}

void TestSandbox::userWithoutOutlets()
{
    HttpResult result = m_client->tokenInfo(DemoTokens::noOutlets());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"data").toObject().value(u"outlets").toArray(), QJsonArray());

    m_server->setEmptyOutletsMode(EmptyOutletsMode::NotFound);
    result = m_client->tokenInfo(DemoTokens::noOutlets());
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorTitle(), u"Not found"_s);
    const QString message
        = result.json().value(u"errors").toArray().at(0).toObject().value(u"message").toString();
    QVERIFY2(QRegularExpression(u"^Outlet with id: [0-9a-f-]{36} is not found$"_s)
                 .match(message)
                 .hasMatch(),
        qPrintable(message));

    // Users that do have outlets are not affected by the mode.
    QCOMPARE(m_client->tokenInfo().status, 200);
}

void TestSandbox::cashierCanReadButNotLink()
{
    const HttpResult info = m_client->tokenInfo(DemoTokens::cashier());
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(u"data").toObject().value(u"user").toObject().value(u"roles"),
        QJsonValue(QJsonArray {u"cashier"_s}));

    const HttpResult link
        = m_client->link(outlet(0), u"pos-1"_s, u"gofood"_s, DemoTokens::cashier());
    QCOMPARE(link.status, 403);
    QCOMPARE(link.errorCode(), u"HTTP_403"_s);
    QCOMPARE(m_client->unlink(outlet(0), u"gofood"_s, DemoTokens::cashier()).status, 403);
    QVERIFY(!m_server->link(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->counters().applied(), 0);
}

void TestSandbox::forbiddenOutlets_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("outletId");
    QTest::newRow("manager outside subset") << DemoTokens::manager() << u"slash/inside"_s;
    QTest::newRow("other merchant's outlet") << DemoTokens::owner() << u"G999999999"_s;
    QTest::newRow("unknown outlet") << DemoTokens::owner() << u"G123123123"_s;
    QTest::newRow("user without outlets") << DemoTokens::noOutlets() << u"G000000001"_s;
}

void TestSandbox::forbiddenOutlets()
{
    QFETCH(QString, token);
    QFETCH(QString, outletId);
    QCOMPARE(m_client->link(outletId, u"pos-1"_s, u"gofood"_s, token).status, 403);
    QCOMPARE(m_client->unlink(outletId, u"payment"_s, token).status, 403);
    QVERIFY(m_server->links().isEmpty());
}

void TestSandbox::acceptHeader_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::newRow("absent") << QByteArray() << 200;
    QTest::newRow("any") << QByteArray("*/*") << 200;
    QTest::newRow("json") << QByteArray("application/json") << 200;
    QTest::newRow("application wildcard") << QByteArray("application/*") << 200;
    QTest::newRow("json with parameter") << QByteArray("application/json; charset=utf-8") << 200;
    QTest::newRow("list with json") << QByteArray("text/html, application/json;q=0.9") << 200;
    QTest::newRow("vendor type") << QByteArray("application/vnd.eim.v0+json") << 406;
    QTest::newRow("html") << QByteArray("text/html") << 406;
    QTest::newRow("xml") << QByteArray("application/xml") << 406;
}

void TestSandbox::acceptHeader()
{
    QFETCH(QByteArray, accept);
    QFETCH(int, status);

    QNetworkRequest info = m_client->request(tokenInfoPath());
    QNetworkRequest link = m_client->linkRequest(outlet(0));
    if (!accept.isNull()) {
        info.setRawHeader("Accept", accept);
        link.setRawHeader("Accept", accept);
    }
    for (const HttpResult &result : {SandboxClient::wait(m_client->send("GET", info)),
             SandboxClient::wait(m_client->send("PUT", link, linkBody(u"pos-1"_s)))}) {
        QCOMPARE(result.status, status);
        QCOMPARE(result.contentType, QByteArray("application/json"));
        if (status == 406) {
            QCOMPARE(result.errorTitle(), u"UnsupportedAcceptType"_s);
            QCOMPARE(result.errorCode(), u"HTTP_406"_s);
            QCOMPARE(result.json().value(u"errors").toArray().at(0).toObject().value(u"message"),
                QJsonValue(u"Invalid Accept header: "_s + QString::fromLatin1(accept)));
        }
    }
    QCOMPARE(m_server->isLinked(outlet(0), u"gofood"_s), status == 200);
}

void TestSandbox::contentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("json") << QByteArray("application/json") << 200;
    QTest::newRow("json charset") << QByteArray("application/json; charset=utf-8") << 200;
    QTest::newRow("upper case") << QByteArray("Application/JSON") << 200;
    QTest::newRow("text") << QByteArray("text/plain") << 415;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("vendor json") << QByteArray("application/vnd.api+json") << 415;
}

void TestSandbox::contentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QNetworkRequest request = m_client->request(linkPath(outlet(1)));
    request.setRawHeader("Content-Type", contentType);
    const HttpResult result
        = SandboxClient::wait(m_client->send("PUT", request, linkBody(u"pos-9"_s)));
    QCOMPARE(result.status, status);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    if (status == 415)
        QCOMPARE(result.errorCode(), u"HTTP_415"_s);
    QCOMPARE(m_server->isLinked(outlet(1), u"gofood"_s), status == 200);
}

void TestSandbox::missingContentTypeIs415()
{
    // QNetworkAccessManager always adds a Content-Type to a PUT with a body, so send raw bytes.
    const QByteArray body = linkBody(u"pos-1"_s);
    const RawResponse response = rawExchange(m_server->port(),
        "PUT " + linkPath(outlet(0)) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + DemoTokens::owner().toUtf8()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(response.status, 415);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"success"), QJsonValue(false));
}

void TestSandbox::badRequest_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty body") << u"gofood"_s << QByteArray();
    QTest::newRow("not json") << u"gofood"_s << QByteArray("external_outlet_id=pos-1");
    QTest::newRow("array") << u"gofood"_s << QByteArray(R"(["pos-1"])");
    QTest::newRow("missing field") << u"gofood"_s << QByteArray("{}");
    QTest::newRow("wrong field name") << u"gofood"_s << QByteArray(R"({"externalOutletId":"x"})");
    QTest::newRow("empty string") << u"gofood"_s << QByteArray(R"({"external_outlet_id":""})");
    QTest::newRow("blank string") << u"payment"_s << QByteArray(R"({"external_outlet_id":"  "})");
    QTest::newRow("number") << u"gofood"_s << QByteArray(R"({"external_outlet_id":42})");
    QTest::newRow("null") << u"gofood"_s << QByteArray(R"({"external_outlet_id":null})");
    QTest::newRow("unknown product") << u"grabfood"_s << linkBody(u"pos-1"_s);
    QTest::newRow("product case") << u"GoFood"_s << linkBody(u"pos-1"_s);
}

void TestSandbox::badRequest()
{
    QFETCH(QString, product);
    QFETCH(QByteArray, body);
    const HttpResult result = SandboxClient::wait(
        m_client->send("PUT", m_client->linkRequest(outlet(0), product), body));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.errorCode(), u"HTTP_400"_s);
    QCOMPARE(result.errorTitle(), u"Bad Request"_s);
    QVERIFY(m_server->links().isEmpty());
    if (product == u"grabfood")
        QCOMPARE(m_client->unlink(outlet(0), product).status, 400);
}

void TestSandbox::linkReturnsTheDocumentedBody()
{
    const QDateTime fixed(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC);
    m_server->setClock([fixed] { return fixed; });

    const HttpResult result = m_client->link(outlet(0), u"sample-abc-12345"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    const QJsonObject json = result.json();
    QCOMPARE(json.keys(), (QStringList {u"data"_s, u"success"_s}));
    QCOMPARE(json.value(u"success"), QJsonValue(true));
    QCOMPARE(json.value(u"data").toObject().keys(), QStringList {u"outlet"_s});
    const QJsonObject outletJson = json.value(u"data").toObject().value(u"outlet").toObject();
    QCOMPARE(outletJson.keys(),
        (QStringList {
            u"created_at"_s, u"external_outlet_id"_s, u"id"_s, u"linked_at"_s, u"updated_at"_s}));
    QCOMPARE(outletJson.value(u"id").toString(), outlet(0));
    QCOMPARE(outletJson.value(u"external_outlet_id").toString(), u"sample-abc-12345"_s);
    for (const char *key : {"created_at", "updated_at", "linked_at"})
        QCOMPARE(outletJson.value(QLatin1StringView(key)).toString(), u"2019-08-24T14:15:22Z"_s);

    const std::optional<LinkRecord> record = m_server->link(outlet(0), u"gofood"_s);
    QVERIFY(record && record->linked);
    QCOMPARE(record->externalOutletId, u"sample-abc-12345"_s);
    QCOMPARE(record->linkedAt, fixed);
    QCOMPARE(m_server->orderAcceptance(outlet(0)), u"AUTO_ACCEPT"_s);

    // payment does not touch order acceptance.
    QCOMPARE(m_client->link(outlet(1), u"pos-2"_s, u"payment"_s).status, 200);
    QVERIFY(m_server->isLinked(outlet(1), u"payment"_s));
    QVERIFY(!m_server->isLinked(outlet(1), u"gofood"_s));
    QCOMPARE(m_server->orderAcceptance(outlet(1)), u"MANUAL_ACCEPT"_s);
}

void TestSandbox::unlinkReturnsEmptyData()
{
    const QDateTime t1(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    QDateTime now = t1;
    m_server->setClock([&now] { return now; });
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    now = t1.addSecs(3600);

    const HttpResult result = m_client->unlink(outlet(0));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json(), (QJsonObject {{u"success"_s, true}, {u"data"_s, QJsonObject()}}));
    const std::optional<LinkRecord> record = m_server->link(outlet(0), u"gofood"_s);
    QVERIFY(record && !record->linked);
    QCOMPARE(record->createdAt, t1);
    QCOMPARE(record->updatedAt, now);
    QVERIFY(!record->linkedAt.isValid());
    QCOMPARE(record->externalOutletId, u"pos-1"_s);
    // Unlinking does not switch order acceptance back ([UNK] in the contract).
    QCOMPARE(m_server->orderAcceptance(outlet(0)), u"AUTO_ACCEPT"_s);

    // Linking again keeps created_at.
    now = t1.addSecs(7200);
    const HttpResult again = m_client->link(outlet(0), u"pos-1"_s);
    const QJsonObject outletJson = again.json()[u"data"][u"outlet"].toObject();
    QCOMPARE(outletJson.value(u"created_at").toString(), u"2024-01-01T08:00:00Z"_s);
    QCOMPARE(outletJson.value(u"linked_at").toString(), u"2024-01-01T10:00:00Z"_s);
    m_server->setClock([] { return QDateTime::currentDateTimeUtc(); });
}

void TestSandbox::encodedOutletIds_data()
{
    QTest::addColumn<QString>("outletId");
    QTest::newRow("plain") << u"G000000001"_s;
    QTest::newRow("space") << u"with space"_s;
    QTest::newRow("slash") << u"slash/inside"_s;
    QTest::newRow("percent") << u"percent%41"_s;
    QTest::newRow("unicode") << u"kopi-☕-Bandung"_s;
    QTest::newRow("colon, question mark, hash") << u"colon:and?query#x"_s;
}

void TestSandbox::encodedOutletIds()
{
    QFETCH(QString, outletId);
    const HttpResult linked = m_client->link(outletId, u"ext-"_s + outletId);
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.json()[u"data"][u"outlet"][u"id"].toString(), outletId);
    QVERIFY(m_server->isLinked(outletId, u"gofood"_s));
    QCOMPARE(m_server->links().size(), 1);
    QCOMPARE(m_server->counters().outlet(outletId, u"gofood"_s, "PUT").requests, 1);
    QCOMPARE(m_server->counters().outlet(outletId, u"gofood"_s, "PUT").applied, 1);

    QCOMPARE(m_client->unlink(outletId).status, 200);
    QVERIFY(!m_server->isLinked(outletId, u"gofood"_s));
    QCOMPARE(m_server->counters().outlet(outletId, u"gofood"_s, "DELETE").requests, 1);
}

void TestSandbox::slashInOutletIdIsNotASeparator()
{
    // Sent byte for byte, so no client library can normalise the %2F away.
    const QByteArray body = linkBody(u"pos-1"_s);
    const RawResponse response = rawExchange(m_server->port(),
        "PUT /integrations/partner/outlets/slash%2Finside/v1/link/gofood HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
            + DemoTokens::owner().toUtf8()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(response.status, 200);
    QVERIFY(m_server->isLinked(u"slash/inside"_s, u"gofood"_s));

    // An unencoded slash is a different (unknown) path.
    const RawResponse split = rawExchange(m_server->port(),
        "PUT /integrations/partner/outlets/slash/inside/v1/link/gofood HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
            + DemoTokens::owner().toUtf8()
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(split.status, 404);
}

void TestSandbox::relinkIdempotent()
{
    const QDateTime t1(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    QDateTime now = t1;
    m_server->setClock([&now] { return now; });
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);

    now = t1.addSecs(60);
    const HttpResult same = m_client->link(outlet(0), u"pos-1"_s);
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json()[u"data"][u"outlet"][u"updated_at"].toString(),
        u"2024-03-01T09:00:00Z"_s); // nothing changed

    now = t1.addSecs(120);
    const HttpResult other = m_client->link(outlet(0), u"pos-2"_s);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json()[u"data"][u"outlet"][u"external_outlet_id"].toString(), u"pos-2"_s);
    QCOMPARE(other.json()[u"data"][u"outlet"][u"created_at"].toString(), u"2024-03-01T09:00:00Z"_s);
    QCOMPARE(other.json()[u"data"][u"outlet"][u"updated_at"].toString(), u"2024-03-01T09:02:00Z"_s);
    QCOMPARE(m_server->link(outlet(0), u"gofood"_s)->externalOutletId, u"pos-2"_s);
    m_server->setClock([] { return QDateTime::currentDateTimeUtc(); });
}

void TestSandbox::relinkConflict()
{
    m_server->setRelinkMode(RelinkMode::Conflict);
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    for (const QString &external : {u"pos-1"_s, u"pos-2"_s}) {
        const HttpResult result = m_client->link(outlet(0), external);
        QCOMPARE(result.status, 409);
        QCOMPARE(result.errorCode(), u"HTTP_409"_s);
        QCOMPARE(result.errorTitle(), u"Conflict"_s);
    }
    QCOMPARE(m_server->link(outlet(0), u"gofood"_s)->externalOutletId, u"pos-1"_s);
    // Another product of the same outlet is a separate link.
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s, u"payment"_s).status, 200);
    QCOMPARE(m_server->counters().statusCount(409), 2);
}

void TestSandbox::unlinkMissing_data()
{
    QTest::addColumn<UnlinkMissingMode>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("ok") << UnlinkMissingMode::Ok << 200;
    QTest::newRow("not found") << UnlinkMissingMode::NotFound << 404;
}

void TestSandbox::unlinkMissing()
{
    QFETCH(UnlinkMissingMode, mode);
    QFETCH(int, status);
    m_server->setUnlinkMissingMode(mode);
    const HttpResult never = m_client->unlink(outlet(0));
    QCOMPARE(never.status, status);
    if (status == 404) {
        QCOMPARE(never.errorTitle(), u"Requested resource not found"_s);
        QCOMPARE(never.json()[u"errors"][0][u"message"].toString(),
            u"The outlet is not yet registered for integration. Please contact the support "
            u"team."_s);
    }
    // Linked then unlinked twice: the second unlink is "missing" again.
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    QCOMPARE(m_client->unlink(outlet(0)).status, 200);
    QCOMPARE(m_client->unlink(outlet(0)).status, status);
}

void TestSandbox::unknownPathIs404Json_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/");
    QTest::newRow("unknown") << QByteArray("GET")
                             << QByteArray("/integrations/partner/v2/token-info");
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QByteArray("/integrations/partner/v1/token-info/");
    QTest::newRow("empty outlet") << QByteArray("PUT")
                                  << QByteArray("/integrations/partner/outlets//v1/link/gofood");
    QTest::newRow("missing product")
        << QByteArray("DELETE") << QByteArray("/integrations/partner/outlets/G1/v1/link");
    QTest::newRow("legacy outlet-link")
        << QByteArray("PUT") << QByteArray("/integrations/partner/v1/outlet-link");
}

void TestSandbox::unknownPathIs404Json()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QNetworkRequest request = m_client->request(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const HttpResult result
        = SandboxClient::wait(m_client->send(method, request, linkBody(u"x"_s)));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.contentType, QByteArray("application/json"));
    QCOMPARE(result.json().value(u"success"), QJsonValue(false));
    QCOMPARE(result.errorCode(), u"HTTP_404"_s);
    QCOMPARE(m_server->counters().routeCount(Route::NotFound), 1);
}

void TestSandbox::wrongMethodIs405()
{
    QNetworkRequest post = m_client->request(tokenInfoPath());
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_client->send("POST", post, "{}");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(reply->rawHeader("Allow"), QByteArray("GET"));
    delete reply;

    reply = m_client->send("PATCH", m_client->linkRequest(outlet(0)), linkBody(u"x"_s));
    QSignalSpy patched(reply, &QNetworkReply::finished);
    QVERIFY(patched.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(reply->rawHeader("Allow"), QByteArray("PUT, DELETE"));
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll())[u"errors"][0][u"code"].toString(), u"HTTP_405"_s);
    delete reply;
}

void TestSandbox::requestIdEchoedOrGenerated_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("echoed");
    QTest::newRow("uuid") << QByteArray("6f1c8f0e-6c2b-4a8e-9d67-1b2f3c4d5e6f") << true;
    QTest::newRow("short") << QByteArray("req-1") << true;
    QTest::newRow("absent") << QByteArray() << false;
    QTest::newRow("too long") << QByteArray(129, 'x') << false;
    QTest::newRow("128 is fine") << QByteArray(128, 'y') << true;
}

void TestSandbox::requestIdEchoedOrGenerated()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, echoed);
    const QByteArray paths[] = {tokenInfoPath(), "/nowhere"};
    const QString tokens[] = {DemoTokens::owner(), u"wrong"_s};
    for (const QByteArray &path : paths) {
        for (const QString &token : tokens) {
            QNetworkRequest request = m_client->request(path, token);
            if (!sent.isNull())
                request.setRawHeader("X-Request-ID", sent);
            const HttpResult result = SandboxClient::wait(m_client->send("GET", request));
            QVERIFY(result.status == 200 || result.status == 401 || result.status == 404);
            QVERIFY(!result.requestId.isEmpty());
            if (echoed)
                QCOMPARE(result.requestId, sent);
            else
                QVERIFY(QRegularExpression(u"^[0-9a-f-]{36}$"_s)
                            .match(QString::fromLatin1(result.requestId))
                            .hasMatch());
        }
    }
}

void TestSandbox::inspectionRouteShowsLinksAndCounters()
{
    QCOMPARE(m_client->tokenInfo().status, 200);
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    QCOMPARE(m_client->link(outlet(1), u"pos-2"_s, u"payment"_s).status, 200);
    QCOMPARE(m_client->unlink(outlet(1), u"payment"_s).status, 200);

    // No token needed, and reading the state is not counted.
    const HttpResult state = m_client->get("/_sandbox/state", QString());
    QCOMPARE(state.status, 200);
    QCOMPARE(state.contentType, QByteArray("application/json"));
    const QJsonObject json = state.json();
    QCOMPARE(json, m_server->stateJson());
    QCOMPARE(m_client->get("/_sandbox/state", QString()).json(), json);

    const QJsonArray links = json.value(u"links").toArray();
    QCOMPARE(links.size(), 2);
    const QJsonObject first = links.at(0).toObject();
    QCOMPARE(first.keys(),
        (QStringList {u"created_at"_s, u"external_outlet_id"_s, u"linked"_s, u"linked_at"_s,
            u"order_acceptance"_s, u"outlet_id"_s, u"product"_s, u"updated_at"_s}));
    QCOMPARE(first.value(u"outlet_id").toString(), outlet(0));
    QCOMPARE(first.value(u"product").toString(), u"gofood"_s);
    QCOMPARE(first.value(u"linked"), QJsonValue(true));
    QCOMPARE(first.value(u"order_acceptance").toString(), u"AUTO_ACCEPT"_s);
    const QJsonObject second = links.at(1).toObject();
    QCOMPARE(second.value(u"linked"), QJsonValue(false));
    QVERIFY(second.value(u"linked_at").isNull());
    QCOMPARE(second.value(u"external_outlet_id").toString(), u"pos-2"_s);
    QCOMPARE(json[u"order_acceptance"][outlet(0)].toString(), u"AUTO_ACCEPT"_s);

    const QJsonObject counters = json.value(u"counters").toObject();
    QCOMPARE(counters.value(u"total").toInt(), 4);
    QCOMPARE(counters.value(u"completed").toInt(), 4);
    QCOMPARE(counters.value(u"in_flight").toInt(), 0);
    QCOMPARE(counters.value(u"max_in_flight").toInt(), 1);
    QCOMPARE(counters.value(u"applied").toInt(), 3);
    QCOMPARE(counters.value(u"faulted").toInt(), 0);
    QCOMPARE(counters[u"by_route"][u"link"].toInt(), 2);
    QCOMPARE(counters[u"by_route"][u"unlink"].toInt(), 1);
    QCOMPARE(counters[u"by_route"][u"token-info"].toInt(), 1);
    QCOMPARE(counters[u"by_status"][u"200"].toInt(), 4);
    const QJsonArray byOutlet = counters.value(u"by_outlet").toArray();
    QCOMPARE(byOutlet.size(), 3); // (0,gofood,PUT) (1,payment,PUT) (1,payment,DELETE)
    const QJsonObject entry = byOutlet.at(0).toObject();
    QCOMPARE(entry.keys(),
        (QStringList {
            u"applied"_s, u"faulted"_s, u"method"_s, u"outlet_id"_s, u"product"_s, u"requests"_s}));
    QCOMPARE(json[u"settings"][u"relink"].toString(), u"idempotent"_s);
    QCOMPARE(json[u"pending_replies"].toInt(), 0);
}

void TestSandbox::resetRoute()
{
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    m_server->faults().failRandomly(FaultRoute::TokenInfo, Fault::httpError(500), 1.0);

    QNetworkRequest request = m_client->request("/_sandbox/reset", QString());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    HttpResult reset = SandboxClient::wait(m_client->send("POST", request));
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_server->counters().total(), 0);
    QVERIFY(m_server->isLinked(outlet(0), u"gofood"_s));
    QCOMPARE(m_server->faults().rules().size(), 1);

    QUrl url = request.url();
    url.setQuery(u"links=1&faults=true"_s);
    request.setUrl(url);
    reset = SandboxClient::wait(m_client->send("POST", request));
    QCOMPARE(reset.status, 200);
    QVERIFY(m_server->links().isEmpty());
    QCOMPARE(m_server->orderAcceptance(outlet(0)), u"MANUAL_ACCEPT"_s);
    QVERIFY(m_server->faults().rules().isEmpty());
    QCOMPARE(m_client->tokenInfo().status, 200);
}

void TestSandbox::faultsRoute()
{
    QNetworkRequest request = m_client->request("/_sandbox/faults", QString());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    HttpResult added = SandboxClient::wait(m_client->send(
        "POST", request, R"({"specs":["link:503:next=1","token-info:429=4:next=1"]})"));
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json()[u"data"][u"rules"].toArray().size(), 2);

    const HttpResult info = m_client->tokenInfo();
    QCOMPARE(info.status, 429);
    QCOMPARE(info.retryAfter, QByteArray("4"));
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 503);
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);

    const HttpResult bad
        = SandboxClient::wait(m_client->send("POST", request, R"({"specs":["link:boom"]})"));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json()[u"errors"][0][u"message"].toString().contains(u"unknown fault"_s));
    QVERIFY(m_server->faults().rules().isEmpty());

    m_server->faults().failRandomly(FaultRoute::Any, Fault::hang(), 1.0);
    const HttpResult cleared
        = SandboxClient::wait(m_client->send("POST", request, R"({"clear":true})"));
    QCOMPARE(cleared.status, 200);
    QVERIFY(m_server->faults().rules().isEmpty());
}

void TestSandbox::setFixtureReplacesMerchants()
{
    QCOMPARE(m_client->link(outlet(0), u"pos-1"_s).status, 200);
    m_server->setFixture(FixtureGenerator::fixture(5, 11));
    QVERIFY(m_server->links().isEmpty());
    const HttpResult info = m_client->tokenInfo();
    QCOMPARE(info.json()[u"data"][u"outlets"].toArray().size(), 5);
    QCOMPARE(m_client->link(u"G000000001"_s, u"pos-1"_s).status, 403);
}

void TestSandbox::logEntriesNeverContainTheToken()
{
    QList<RequestLogEntry> entries;
    connect(m_server.get(), &SandboxServer::requestFinished, this,
        [&entries](const RequestLogEntry &entry) { entries.append(entry); });
    QNetworkRequest request = m_client->request(tokenInfoPath());
    request.setRawHeader("X-Request-ID", "log-check");
    QCOMPARE(SandboxClient::wait(m_client->send("GET", request)).status, 200);
    QCOMPARE(m_client->link(u"slash/inside"_s, u"pos-1"_s).status, 200);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).method, QByteArray("GET"));
    QCOMPARE(entries.at(0).path, tokenInfoPath());
    QCOMPARE(entries.at(0).status, 200);
    QCOMPARE(entries.at(0).requestId, QByteArray("log-check"));
    QVERIFY(entries.at(0).durationMs >= 0);
    QCOMPARE(entries.at(1).path, linkPath(u"slash/inside"_s)); // still encoded
    QVERIFY(entries.at(1).applied);
    for (const RequestLogEntry &entry : entries) {
        QVERIFY(!entry.path.contains(DemoTokens::owner().toUtf8()));
        QVERIFY(!entry.requestId.contains(DemoTokens::owner().toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
