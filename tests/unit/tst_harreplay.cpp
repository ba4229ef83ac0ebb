// gobiz-sandbox --replay, its pure parts: reading a HAR into recorded exchanges (and what is
// wrong with a bad one), which recording answers a request, the order of repeats, the report,
// and the fixture --fixture FILE.har derives.
#include "sandbox/HarArchive.h"
#include "sandbox/ReplayMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;

namespace {

// One HAR entry with what replay reads; `postText` null: no postData at all.
QJsonObject entry(const QString &method, const QString &url, const QString &postMime = {},
    const QString &postText = {}, int status = 200, const QString &responseText = {})
{
    QJsonObject request {{u"method"_s, method}, {u"url"_s, url}, {u"httpVersion"_s, u"HTTP/1.1"_s},
        {u"headers"_s,
            QJsonArray {
                QJsonObject {{u"name"_s, u"Authorization"_s}, {u"value"_s, u"[redacted]"_s}}}}};
    if (!postText.isNull())
        request.insert(
            u"postData"_s, QJsonObject {{u"mimeType"_s, postMime}, {u"text"_s, postText}});
    return QJsonObject {{u"startedDateTime"_s, u"2026-12-01T08:40:12.345+07:00"_s}, {u"time"_s, 12},
        {u"request"_s, request},
        {u"response"_s,
            QJsonObject {{u"status"_s, status}, {u"headers"_s, QJsonArray {}},
                {u"content"_s,
                    QJsonObject {
                        {u"mimeType"_s, u"application/json"_s}, {u"text"_s, responseText}}}}}};
}

QByteArray har(const QJsonArray &entries)
{
    return QJsonDocument(
        QJsonObject {{u"log"_s, QJsonObject {{u"version"_s, u"1.2"_s}, {u"entries"_s, entries}}}})
        .toJson();
}

QList<RecordedExchange> parsed(const QJsonArray &entries)
{
    QString error;
    const std::optional<QList<RecordedExchange>> exchanges
        = HarArchive::parse(har(entries), &error);
    if (!exchanges)
        qWarning() << error;
    return exchanges.value_or(QList<RecordedExchange> {});
}

SandboxRequest live(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    SandboxRequest request;
    request.method = method;
    request.encodedPath = path;
    request.body = body;
    return request;
}

const QString kBase = u"http://127.0.0.1:41234"_s;
const QString kLink = u"/integrations/partner/outlets/ab%2Fc/v1/link/gofood"_s;
const QString kTokenInfo = u"/integrations/partner/v1/token-info"_s;

} // namespace

class TestHarReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheWizardsEntry();
    void readsABrowsersHar();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void loadFileNamesTheFile();
    void matches_data();
    void matches();
    void repeatsAreAnsweredInRecordedOrder();
    void differentRequestsInAnyOrder();
    void reportsWhatHadNoAnswer();
    void missMessageNamesMethodAndPath();
    void fixtureFromTheLastSuccessfulTokenInfo();
    void fixtureNeedsATokenInfo_data();
    void fixtureNeedsATokenInfo();
    void loadFixtureFileTellsHarFromFixture();
};

void TestHarReplay::readsTheWizardsEntry()
{
    // The contract's example entry, with the framing headers a replay must not repeat.
    const QByteArray json = R"({"log":{"version":"1.2","creator":{"name":"GoBiz Outlet Link Wizard",
      "version":"1.x"},"entries":[{"startedDateTime":"2026-12-01T08:40:12.345+07:00","time":123,
      "request":{"method":"put",
        "url":"http://127.0.0.1:41234/integrations/partner/outlets/ab%2Fc/v1/link/gofood?x=1",
        "httpVersion":"HTTP/1.1","cookies":[],"queryString":[],
        "headers":[{"name":"Authorization","value":"[redacted]"},{"name":"X-Request-ID","value":"r1"}],
        "postData":{"mimeType":"application/json","text":"{\"external_outlet_id\":\"X1\"}"},
        "headersSize":-1,"bodySize":28},
      "response":{"status":409,"statusText":"Conflict","httpVersion":"HTTP/1.1","cookies":[],
        "headers":[{"name":"Content-Type","value":"application/json"},{"name":"Retry-After","value":"1"},
          {"name":"Content-Length","value":"999"},{"name":"Transfer-Encoding","value":"chunked"},
          {"name":"connection","value":"close"},{"name":"Content-Encoding","value":"gzip"},
          {"name":"Keep-Alive","value":"timeout=5"},{"name":"X-Request-ID","value":"r1"}],
        "content":{"size":17,"mimeType":"application/json","text":"eyJzdWNjZXNzIjpmYWxzZX0=",
          "encoding":"base64"},"redirectURL":"","headersSize":-1,"bodySize":17},
      "cache":{},"timings":{"send":-1,"wait":100,"receive":23},
      "_requestId":"r1","_outletId":"ab/c","_product":"gofood","_attempt":1,"_errorKind":"conflict"}]}})";
    QString error;
    const std::optional<QList<RecordedExchange>> exchanges = HarArchive::parse(json, &error);
    QVERIFY2(exchanges, qPrintable(error));
    QCOMPARE(exchanges->size(), 1);
    const RecordedExchange &exchange = exchanges->first();
    QCOMPARE(exchange.entry, 1);
    QCOMPARE(exchange.timeMs, 123);
    QCOMPARE(exchange.request.method, QByteArray("PUT"));
    QCOMPARE(exchange.request.path,
        (QList<QByteArray> {
            "", "integrations", "partner", "outlets", "ab/c", "v1", "link", "gofood"}));
    QCOMPARE(exchange.request.bodyKind, RecordedBodyKind::Json);
    QCOMPARE(exchange.request.json.toObject().value(u"external_outlet_id"), u"X1"_s);
    QCOMPARE(exchange.response.status, 409);
    QCOMPARE(exchange.response.body, QByteArray(R"({"success":false})"));
    using Header = QPair<QByteArray, QByteArray>;
    QCOMPARE(exchange.response.headers,
        (QList<Header> {
            {"Content-Type", "application/json"}, {"Retry-After", "1"}, {"X-Request-ID", "r1"}}));
}

void TestHarReplay::readsABrowsersHar()
{
    // Chrome's shape: fractional times, HTTP/2 pseudo headers, no Content-Type header but a
    // content mimeType, a form posted as params, a data: URL, extra fields everywhere, a failed
    // request.
    const QByteArray json
        = R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},
      "pages":[{"id":"page_1","title":"x"}],"entries":[
      {"_initiator":{"type":"other"},"_priority":"High","pageref":"page_1","time":87.6543,
       "request":{"method":"POST","url":"https://partner.example/gobiz/oauth2/token",
         "headers":[{"name":":authority","value":"partner.example"}],
         "postData":{"mimeType":"application/x-www-form-urlencoded","params":[
           {"name":"grant_type","value":"authorization_code"},{"name":"code","value":"[redacted]"}]}},
       "response":{"status":200,"headers":[{"name":":status","value":"200"}],
         "content":{"size":2,"mimeType":"application/json","text":"{}"},"_transferSize":100},
       "timings":{"blocked":1.2,"wait":80.1}},
      {"time":1.5,"request":{"method":"GET","url":"data:image/png;base64,iVBORw0KGgo="},
       "response":{"status":200,"headers":[],"content":{"size":8,"mimeType":"image/png"}}},
      {"time":-1,"request":{"method":"GET","url":"https://partner.example/favicon.ico"},
       "response":{"status":0,"headers":[],"content":{"size":0,"mimeType":"x-unknown"},
         "_error":"net::ERR_ABORTED"}}]}})";
    QString error;
    const std::optional<QList<RecordedExchange>> exchanges = HarArchive::parse(json, &error);
    QVERIFY2(exchanges, qPrintable(error));
    QCOMPARE(exchanges->size(), 3);
    const RecordedExchange &token = exchanges->at(0);
    QCOMPARE(token.timeMs, 88);
    QCOMPARE(token.request.bodyKind, RecordedBodyKind::Form);
    QCOMPARE(token.request.form.size(), 2);
    QCOMPARE(token.request.apiRoot, 2); // "/gobiz/oauth2/token": the API starts at "oauth2"
    using Header = QPair<QByteArray, QByteArray>;
    QCOMPARE(token.response.headers, (QList<Header> {{"Content-Type", "application/json"}}));
    QVERIFY(!ReplayMatcher::matches(exchanges->at(1).request, live("GET", "/image/png")));
    const RecordedExchange &failed = exchanges->at(2);
    QCOMPARE(failed.entry, 3);
    QCOMPARE(failed.timeMs, 0);
    QCOMPARE(failed.response.status, 0);
    QVERIFY(failed.response.headers.isEmpty()); // neither x-unknown nor anything for no answer
    QCOMPARE(failed.request.bodyKind, RecordedBodyKind::Empty);
    QVERIFY(ReplayMatcher::matches(failed.request, live("GET", "/favicon.ico")));
}

void TestHarReplay::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    const QJsonObject good = entry(u"GET"_s, kBase + kTokenInfo);
    auto withEntry = [&good](const QJsonObject &bad) { return har(QJsonArray {good, bad}); };
    auto without = [&good](const QString &object, const QString &field) {
        QJsonObject bad = good;
        QJsonObject part = bad.value(object).toObject();
        part.remove(field);
        bad.insert(object, part);
        return bad;
    };
    auto replacing = [&good](const QString &object, const QString &field, const QJsonValue &value) {
        QJsonObject bad = good;
        QJsonObject part = bad.value(object).toObject();
        part.insert(field, value);
        bad.insert(object, part);
        return bad;
    };

    QTest::newRow("not JSON") << QByteArray("{\"log\":") << u"not valid JSON at byte"_s;
    QTest::newRow("a fixture, not a HAR")
        << QByteArray(R"({"merchants":[]})") << u"not a HAR file: no {\"log\":{\"entries\""_s;
    QTest::newRow("log without entries")
        << QByteArray(R"({"log":{"version":"1.2"}})") << u"not a HAR file"_s;
    QTest::newRow("entries not an array")
        << QByteArray(R"({"log":{"entries":{}}})") << u"not a HAR file"_s;
    QTest::newRow("entry not an object") << QByteArray(R"({"log":{"entries":[7]}})")
                                         << u"entry 1 (log.entries[0]): not a JSON object"_s;
    QTest::newRow("no request") << withEntry(QJsonObject {{u"response"_s, QJsonObject {}}})
                                << u"entry 2 (log.entries[1]): no \"request\" object"_s;
    QTest::newRow("no response") << withEntry(QJsonObject {{u"request"_s, good.value(u"request")}})
                                 << u"entry 2 (log.entries[1]): no \"response\" object"_s;
    QTest::newRow("no method") << withEntry(without(u"request"_s, u"method"_s))
                               << u"entry 2 (log.entries[1]): no request.method"_s;
    QTest::newRow("no url") << withEntry(without(u"request"_s, u"url"_s))
                            << u"entry 2 (log.entries[1]): no request.url"_s;
    QTest::newRow("relative url")
        << withEntry(replacing(u"request"_s, u"url"_s, u"/integrations/partner/v1/token-info"_s))
        << u"entry 2 (log.entries[1]): request.url \"/integrations/partner/v1/token-info\" is "
           u"not an absolute URL"_s;
    QTest::newRow("no status") << withEntry(without(u"response"_s, u"status"_s))
                               << u"entry 2 (log.entries[1]): no response.status"_s;
    QTest::newRow("status as text") << withEntry(replacing(u"response"_s, u"status"_s, u"200"_s))
                                    << u"entry 2 (log.entries[1]): no response.status"_s;
    QTest::newRow("status out of range")
        << withEntry(replacing(u"response"_s, u"status"_s, 42))
        << u"entry 2 (log.entries[1]): response.status 42 is not an HTTP status"_s;
    QTest::newRow("bad base64")
        << withEntry(replacing(u"response"_s, u"content"_s,
               QJsonObject {{u"text"_s, u"not*base64!"_s}, {u"encoding"_s, u"base64"_s}}))
        << u"entry 2 (log.entries[1]): response.content.text is not valid base64"_s;
}

void TestHarReplay::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!HarArchive::parse(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestHarReplay::loadFileNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"customer.har"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(har(QJsonArray {entry(u"GET"_s, kBase + kTokenInfo), QJsonObject {}}));
    file.close();
    QString error;
    QVERIFY(!HarArchive::loadFile(path, &error));
    QCOMPARE(error, path + u": entry 2 (log.entries[1]): no \"request\" object"_s);
    QVERIFY(!HarArchive::loadFile(dir.filePath(u"missing.har"_s), &error));
    QVERIFY2(
        error.startsWith(u"cannot read "_s + dir.filePath(u"missing.har"_s)), qPrintable(error));
}

void TestHarReplay::matches_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QString>("recordedBody"); // null: no postData
    QTest::addColumn<QByteArray>("liveMethod");
    QTest::addColumn<QByteArray>("livePath");
    QTest::addColumn<QByteArray>("liveBody");
    QTest::addColumn<bool>("expected");

    const QString json = u"application/json"_s;
    const QString form = u"application/x-www-form-urlencoded"_s;
    const QByteArray link = kLink.toLatin1();
    const QByteArray tokenInfo = kTokenInfo.toLatin1();
    const QString body = uR"({"external_outlet_id":"X1"})"_s;

    QTest::newRow("same method and path")
        << u"GET"_s << kBase + kTokenInfo << QString() << QString() << QByteArray("GET")
        << tokenInfo << QByteArray() << true;
    QTest::newRow("other method") << u"GET"_s << kBase + kTokenInfo << QString() << QString()
                                  << QByteArray("DELETE") << tokenInfo << QByteArray() << false;
    QTest::newRow("other path") << u"GET"_s << kBase + kTokenInfo << QString() << QString()
                                << QByteArray("GET") << QByteArray("/integrations/partner/v1/x")
                                << QByteArray() << false;
    QTest::newRow("query ignored")
        << u"GET"_s << kBase + kTokenInfo + u"?page=2&token=abc"_s << QString() << QString()
        << QByteArray("GET") << tokenInfo << QByteArray() << true;
    QTest::newRow("%2F id is one segment") << u"PUT"_s << kBase + kLink << json << body
                                           << QByteArray("PUT") << link << body.toUtf8() << true;
    QTest::newRow("%2F id is not two segments")
        << u"PUT"_s << kBase + kLink << json << body << QByteArray("PUT")
        << QByteArray("/integrations/partner/outlets/ab/c/v1/link/gofood") << body.toUtf8()
        << false;
    QTest::newRow("percent-encoding spelled differently")
        << u"DELETE"_s << kBase + u"/integrations/partner/outlets/G%7E1%20x/v1/link/payment"_s
        << QString() << QString() << QByteArray("DELETE")
        << QByteArray("/integrations/partner/outlets/G~1%20x/v1/link/payment") << QByteArray()
        << true;
    QTest::newRow("JSON: key order and whitespace")
        << u"PUT"_s << kBase + kLink << json << uR"({"a":1,"b":[true,null,"x"]})"_s
        << QByteArray("PUT") << link
        << QByteArray("{ \"b\" : [ true, null, \"x\" ],\n \"a\": 1.0 }") << true;
    QTest::newRow("JSON: other value")
        << u"PUT"_s << kBase + kLink << json << body << QByteArray("PUT") << link
        << QByteArray(R"({"external_outlet_id":"X2"})") << false;
    QTest::newRow("JSON: one key more")
        << u"PUT"_s << kBase + kLink << json << body << QByteArray("PUT") << link
        << QByteArray(R"({"external_outlet_id":"X1","b":1})") << false;
    QTest::newRow("JSON: array order counts")
        << u"PUT"_s << kBase + kLink << json << u"[1,2]"_s << QByteArray("PUT") << link
        << QByteArray("[2,1]") << false;
    QTest::newRow("JSON: live body not JSON")
        << u"PUT"_s << kBase + kLink << json << body << QByteArray("PUT") << link
        << QByteArray("external_outlet_id=X1") << false;
    QTest::newRow("JSON: redacted value anywhere")
        << u"POST"_s << kBase + u"/broker/token/refresh"_s << json
        << uR"({"session":"[redacted]","device":{"name":"till 1","key":"[redacted]"}})"_s
        << QByteArray("POST") << QByteArray("/broker/token/refresh")
        << QByteArray(R"({"device":{"key":42,"name":"till 1"},"session":"s-123"})") << true;
    QTest::newRow("JSON: redacted does not excuse a missing key")
        << u"POST"_s << kBase + u"/broker/token/refresh"_s << json
        << uR"({"session":"[redacted]"})"_s << QByteArray("POST")
        << QByteArray("/broker/token/refresh") << QByteArray("{}") << false;
    QTest::newRow("JSON: redacted only as a whole string")
        << u"POST"_s << kBase + u"/broker/logout"_s << json
        << uR"({"session":"Bearer [redacted]"})"_s << QByteArray("POST")
        << QByteArray("/broker/logout") << QByteArray(R"({"session":"Bearer abc"})") << false;
    QTest::newRow("redacted path segment")
        << u"GET"_s << kBase + u"/broker/login/%5Bredacted%5D"_s << QString() << QString()
        << QByteArray("GET") << QByteArray("/broker/login/9f8e7d") << QByteArray() << true;
    QTest::newRow("redacted path segment is one segment")
        << u"GET"_s << kBase + u"/broker/login/%5Bredacted%5D"_s << QString() << QString()
        << QByteArray("GET") << QByteArray("/broker/login/9f/8e") << QByteArray() << false;
    QTest::newRow("redacted whole body")
        << u"POST"_s << kBase + u"/oauth2/token"_s << u"text/plain"_s << u"[redacted]"_s
        << QByteArray("POST") << QByteArray("/oauth2/token") << QByteArray("anything at all")
        << true;
    QTest::newRow("raw body byte for byte")
        << u"POST"_s << kBase + u"/x"_s << u"text/plain"_s << u"hello"_s << QByteArray("POST")
        << QByteArray("/x") << QByteArray("hello") << true;
    QTest::newRow("raw body differs")
        << u"POST"_s << kBase + u"/x"_s << u"text/plain"_s << u"hello"_s << QByteArray("POST")
        << QByteArray("/x") << QByteArray("hello ") << false;
    QTest::newRow("no postData: only an empty body")
        << u"DELETE"_s << kBase + kLink << QString() << QString() << QByteArray("DELETE") << link
        << QByteArray("{}") << false;
    QTest::newRow("form: order and spelling of spaces")
        << u"POST"_s << kBase + u"/oauth2/token"_s << form
        << u"grant_type=authorization_code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb&note=a+b"_s
        << QByteArray("POST") << QByteArray("/oauth2/token")
        << QByteArray("note=a%20b&redirect_uri=http://127.0.0.1/cb&grant_type=authorization_code")
        << true;
    QTest::newRow("form: redacted value")
        << u"POST"_s << kBase + u"/oauth2/token"_s << form
        << u"grant_type=authorization_code&code=%5Bredacted%5D&code_verifier=[redacted]"_s
        << QByteArray("POST") << QByteArray("/oauth2/token")
        << QByteArray("code_verifier=v3r&code=c0de&grant_type=authorization_code") << true;
    QTest::newRow("form: other value")
        << u"POST"_s << kBase + u"/oauth2/token"_s << form << u"grant_type=refresh_token"_s
        << QByteArray("POST") << QByteArray("/oauth2/token")
        << QByteArray("grant_type=authorization_code") << false;
    QTest::newRow("form: a pair missing")
        << u"POST"_s << kBase + u"/oauth2/token"_s << form << u"a=1&code=[redacted]"_s
        << QByteArray("POST") << QByteArray("/oauth2/token") << QByteArray("a=1") << false;
    QTest::newRow("form: redacted stands for one pair of its name")
        << u"POST"_s << kBase + u"/oauth2/token"_s << form << u"a=1&code=[redacted]"_s
        << QByteArray("POST") << QByteArray("/oauth2/token") << QByteArray("a=1&other=2") << false;
    QTest::newRow("recorded under a prefix")
        << u"GET"_s << u"https://api.example/partner-sandbox/integrations/partner/v1/token-info"_s
        << QString() << QString() << QByteArray("GET") << tokenInfo << QByteArray() << true;
    QTest::newRow("recorded under a prefix, asked with it")
        << u"GET"_s << u"https://api.example/partner-sandbox/integrations/partner/v1/token-info"_s
        << QString() << QString() << QByteArray("GET")
        << QByteArray("/partner-sandbox/integrations/partner/v1/token-info") << QByteArray()
        << true;
    QTest::newRow("prefix stripped only before an API segment")
        << u"GET"_s << u"https://api.example/partner-sandbox/status"_s << QString() << QString()
        << QByteArray("GET") << QByteArray("/status") << QByteArray() << false;
    QTest::newRow("recorded broker under a prefix")
        << u"POST"_s << u"https://partner.example/gobiz/broker/login/start"_s << json
        << uR"({"device_name":"till"})"_s << QByteArray("POST") << QByteArray("/broker/login/start")
        << QByteArray(R"({"device_name":"till"})") << true;
}

void TestHarReplay::matches()
{
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, mime);
    QFETCH(QString, recordedBody);
    QFETCH(QByteArray, liveMethod);
    QFETCH(QByteArray, livePath);
    QFETCH(QByteArray, liveBody);
    QFETCH(bool, expected);
    const QList<RecordedExchange> exchanges
        = parsed(QJsonArray {entry(method, url, mime, recordedBody)});
    QCOMPARE(exchanges.size(), 1);
    SandboxRequest request = live(liveMethod, livePath, liveBody);
    // Headers never take part: another token, another request id.
    request.headers.insert("authorization", "Bearer someone-elses-token");
    request.headers.insert("x-request-id", "different");
    QCOMPARE(ReplayMatcher::matches(exchanges.first().request, request), expected);
}

void TestHarReplay::repeatsAreAnsweredInRecordedOrder()
{
    // The customer's PUT failed twice (429, 503) and then went through; a token-info in between.
    const QString body = uR"({"external_outlet_id":"X1"})"_s;
    const QString json = u"application/json"_s;
    ReplayMatcher matcher(parsed(QJsonArray {entry(u"PUT"_s, kBase + kLink, json, body, 429),
        entry(u"GET"_s, kBase + kTokenInfo), entry(u"PUT"_s, kBase + kLink, json, body, 503),
        entry(u"PUT"_s, kBase + kLink, json, body, 200)}));
    QCOMPARE(matcher.recordedCount(), 4);
    const SandboxRequest put = live("PUT", kLink.toLatin1(), R"({ "external_outlet_id": "X1" })");
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        const ReplayDecision decision = matcher.take(put);
        QCOMPARE(decision.miss, ReplayMiss::None);
        statuses << matcher.exchange(decision.index).response.status;
    }
    QCOMPARE(statuses, (QList<int> {429, 503, 200}));
    QCOMPARE(matcher.servedCount(), 3);
    QCOMPARE(matcher.unusedCount(), 1); // the token-info nobody asked for

    const ReplayDecision exhausted = matcher.take(put);
    QCOMPARE(exhausted.index, -1);
    QCOMPARE(exhausted.miss, ReplayMiss::AllUsed);
    QCOMPARE(exhausted.matching, 3);
    QCOMPARE(matcher.servedCount(), 3);
}

void TestHarReplay::differentRequestsInAnyOrder()
{
    // The wizard sends four at a time: their order differs from the recording's.
    const QString json = u"application/json"_s;
    ReplayMatcher matcher(parsed(
        QJsonArray {entry(u"PUT"_s, kBase + u"/integrations/partner/outlets/A/v1/link/gofood"_s,
                        json, uR"({"external_outlet_id":"a"})"_s, 200),
            entry(u"PUT"_s, kBase + u"/integrations/partner/outlets/B/v1/link/gofood"_s, json,
                uR"({"external_outlet_id":"b"})"_s, 409),
            entry(u"DELETE"_s, kBase + u"/integrations/partner/outlets/A/v1/link/payment"_s, {}, {},
                401)}));
    const ReplayDecision unlink
        = matcher.take(live("DELETE", "/integrations/partner/outlets/A/v1/link/payment"));
    const ReplayDecision linkB = matcher.take(live(
        "PUT", "/integrations/partner/outlets/B/v1/link/gofood", R"({"external_outlet_id":"b"})"));
    const ReplayDecision linkA = matcher.take(live(
        "PUT", "/integrations/partner/outlets/A/v1/link/gofood", R"({"external_outlet_id":"a"})"));
    QCOMPARE(matcher.exchange(unlink.index).response.status, 401);
    QCOMPARE(matcher.exchange(linkB.index).response.status, 409);
    QCOMPARE(matcher.exchange(linkA.index).response.status, 200);
    QCOMPARE(matcher.unusedCount(), 0);
    // The same path with another body is another request, and nothing recorded matches it.
    const ReplayDecision other = matcher.take(live(
        "PUT", "/integrations/partner/outlets/A/v1/link/gofood", R"({"external_outlet_id":"z"})"));
    QCOMPARE(other.miss, ReplayMiss::NothingMatches);
}

void TestHarReplay::reportsWhatHadNoAnswer()
{
    ReplayMatcher matcher(parsed(QJsonArray {entry(u"GET"_s, kBase + kTokenInfo),
        entry(u"DELETE"_s, kBase + kLink), entry(u"GET"_s, kBase + u"/broker/x"_s)}));
    QCOMPARE(matcher.exitReport(),
        (QStringList {u"Replay: 0 of 3 recorded answers served."_s,
            u"0 requests had no recorded answer."_s,
            u"3 recorded entries were never asked for."_s}));
    matcher.take(live("GET", kTokenInfo.toLatin1()));
    matcher.take(live("GET", kTokenInfo.toLatin1()));
    matcher.take(live("PUT", kLink.toLatin1(), "{}"));
    matcher.take(live("DELETE", kLink.toLatin1()));

    const QJsonObject report = matcher.reportJson();
    QCOMPARE(report.value(u"recorded"), 3);
    QCOMPARE(report.value(u"served"), 2);
    QCOMPARE(report.value(u"unused"), 1);
    const QJsonArray unmatched = report.value(u"unmatched").toArray();
    QCOMPARE(unmatched.size(), 2);
    QCOMPARE(unmatched.at(0).toObject(),
        (QJsonObject {
            {u"method"_s, u"GET"_s}, {u"path"_s, kTokenInfo}, {u"reason"_s, u"all-used"_s}}));
    QCOMPARE(unmatched.at(1).toObject(),
        (QJsonObject {
            {u"method"_s, u"PUT"_s}, {u"path"_s, kLink}, {u"reason"_s, u"nothing-matches"_s}}));
    QCOMPARE(matcher.exitReport(),
        (QStringList {u"Replay: 2 of 3 recorded answers served."_s,
            u"2 requests had no recorded answer:"_s,
            u"  GET /integrations/partner/v1/token-info (every matching recording was already "
            u"used)"_s,
            u"  PUT /integrations/partner/outlets/ab%2Fc/v1/link/gofood (nothing recorded "
            u"matches)"_s,
            u"1 recorded entry was never asked for."_s}));
}

void TestHarReplay::missMessageNamesMethodAndPath()
{
    const SandboxRequest put = live("PUT", kLink.toLatin1(), "{}");
    const QString nothing = ReplayMatcher::missMessage(put, {-1, ReplayMiss::NothingMatches, 0});
    QVERIFY2(nothing.contains(u"PUT /integrations/partner/outlets/ab%2Fc/v1/link/gofood"_s),
        qPrintable(nothing));
    QVERIFY2(nothing.contains(u"nothing in the recording"_s), qPrintable(nothing));
    // "%2F" in the path must survive the message's own placeholders.
    const QString used = ReplayMatcher::missMessage(put, {-1, ReplayMiss::AllUsed, 2});
    QVERIFY2(used.contains(u"ab%2Fc"_s) && used.contains(u"all 2 recordings"_s), qPrintable(used));
    const QString usedOnce = ReplayMatcher::missMessage(put, {-1, ReplayMiss::AllUsed, 1});
    QVERIFY2(usedOnce.contains(u"the one recording that matches it answered an earlier request"_s),
        qPrintable(usedOnce));
}

void TestHarReplay::fixtureFromTheLastSuccessfulTokenInfo()
{
    const QString first = uR"({"success":true,"data":{"user":{"roles":["owner"]},
        "outlets":[{"id":"OLD","name":"Old","address":""}]}})"_s;
    const QString last = uR"({"success":true,"data":{"user":{"roles":["manager"]},
        "outlets":[{"id":"ab/c","name":"Kemang","address":"Jl. Kemang"},
                   {"id":"G2","name":"Second","address":""}]}})"_s;
    const QList<RecordedExchange> exchanges = parsed(QJsonArray {
        entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 200, first),
        entry(u"GET"_s, u"https://api.example/partner-sandbox"_s + kTokenInfo, {}, {}, 200, last),
        entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 401, uR"({"success":false})"_s),
        entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 0),
        entry(u"PUT"_s, kBase + kLink, u"application/json"_s, u"{}"_s, 200, first)});
    QString error;
    const std::optional<Fixture> fixture = HarArchive::fixtureFrom(exchanges, &error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->merchants.size(), 1);
    const FixtureMerchant &merchant = fixture->merchants.first();
    QCOMPARE(merchant.outlets.size(), 2);
    QCOMPARE(merchant.outlets.at(0).id, u"ab/c"_s);
    QCOMPARE(merchant.users.first().roles, QStringList {u"manager"_s});
    QCOMPARE(merchant.users.first().tokens.first().token, FixtureFormat::importedToken());
}

void TestHarReplay::fixtureNeedsATokenInfo_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("none at all") << har(
        QJsonArray {entry(u"PUT"_s, kBase + kLink, u"application/json"_s,
            u"{}"_s)}) << u"no successful GET .../integrations/partner/v1/token-info in it"_s;
    QTest::newRow("only failed ones")
        << har(QJsonArray {entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 401, u"{}"_s),
               entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 0)})
        << u"no successful GET"_s;
    QTest::newRow("answer is not token-info")
        << har(QJsonArray {entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 200, u"<html>"_s)})
        << u"entry 1 (log.entries[0]): the token-info answer cannot be served: not valid JSON"_s;
}

void TestHarReplay::fixtureNeedsATokenInfo()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<QList<RecordedExchange>> exchanges = HarArchive::parse(json, &error);
    QVERIFY2(exchanges, qPrintable(error));
    QVERIFY(!HarArchive::fixtureFrom(*exchanges, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestHarReplay::loadFixtureFileTellsHarFromFixture()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    };
    const QByteArray tokenInfo = R"({"success":true,"data":{"user":{"roles":["owner"]},
        "outlets":[{"id":"G1","name":"One","address":""}]}})";
    const QString harPath = write(u"customer.har"_s,
        har(QJsonArray {
            entry(u"GET"_s, kBase + kTokenInfo, {}, {}, 200, QString::fromUtf8(tokenInfo))}));
    const QString jsonPath = write(u"token-info.json"_s, tokenInfo);
    const QString emptyHar = write(u"empty.har"_s, har(QJsonArray {}));

    QString error;
    bool isHar = false;
    std::optional<Fixture> fixture = HarArchive::loadFixtureFile(harPath, &error, &isHar);
    QVERIFY2(fixture, qPrintable(error));
    QVERIFY(isHar);
    QCOMPARE(fixture->merchants.first().outlets.first().id, u"G1"_s);

    fixture = HarArchive::loadFixtureFile(jsonPath, &error, &isHar);
    QVERIFY2(fixture, qPrintable(error));
    QVERIFY(!isHar);
    QCOMPARE(fixture->merchants.first().outlets.first().id, u"G1"_s);

    QVERIFY(!HarArchive::loadFixtureFile(emptyHar, &error, &isHar));
    QVERIFY(isHar);
    QVERIFY2(error.startsWith(emptyHar + u": no successful GET"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHarReplay)
#include "tst_harreplay.moc"
