#include "api/ApiParsers.h"

#include <QTest>

using namespace gobiz;
using namespace gobiz::ApiParsers;
using Kind = ApiError::Kind;


class TestApiParsers : public QObject
{
    Q_OBJECT
private slots:
    void tokenInfo_data();
    void tokenInfo();
    void tokenInfoSanitisesDisplayText();
    void tokenInfoLargeBodyIsRefusedOnlyByTheClientLimit();
    void linkResponse_data();
    void linkResponse();
    void unlinkResponse_data();
    void unlinkResponse();
    void classifyResponse_data();
    void classifyResponse();
    void retryAfter_data();
    void retryAfter();
    void timestamps_data();
    void timestamps();
    void nestingDepth_data();
    void nestingDepth();
};

// The documented 200 sample (gobiz-api.md §1), with a second outlet.
static const QByteArray documentedTokenInfo = R"({
  "success": true,
  "data": {
    "user":    { "roles": ["manager"] },
    "outlets": [
      { "id": "G000012345", "name": "Warung A", "address": "Jl. Satu 1", "email": "", "phone": "" },
      { "id": "G916309315", "name": "Warung B", "address": "Jl. Dua 2", "email": "", "phone": "" }
    ]
  }
})";

void TestApiParsers::tokenInfo_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("skipped");

    const QStringList both{u"G000012345"_qs, u"G916309315"_qs};
    QTest::newRow("documented sample") << documentedTokenInfo << int(Kind::None)
                                       << QStringList{u"manager"_qs} << both << 0;
    QTest::newRow("unknown extra fields")
        << QByteArray(R"({"success":true,"meta":{"x":1},"data":{"user":{"roles":["owner"],"id":7},
             "outlets":[{"id":"G1","name":"A","address":"B","extra":{"deep":[1,2]}}],"page":1}})")
        << int(Kind::None) << QStringList{u"owner"_qs} << QStringList{u"G1"_qs} << 0;
    QTest::newRow("empty outlets") << QByteArray(R"({"success":true,"data":{"user":{"roles":["owner"]},"outlets":[]}})")
                                   << int(Kind::None) << QStringList{u"owner"_qs} << QStringList{} << 0;
    QTest::newRow("null outlets") << QByteArray(R"({"success":true,"data":{"user":{"roles":["owner"]},"outlets":null}})")
                                  << int(Kind::None) << QStringList{u"owner"_qs} << QStringList{} << 0;
    QTest::newRow("missing user") << QByteArray(R"({"success":true,"data":{"outlets":[{"id":"G1"}]}})")
                                  << int(Kind::None) << QStringList{} << QStringList{u"G1"_qs} << 0;
    QTest::newRow("null name and address") << QByteArray(R"({"success":true,"data":{"outlets":[{"id":"G1","name":null,"address":null}]}})")
                                           << int(Kind::None) << QStringList{} << QStringList{u"G1"_qs} << 0;
    QTest::newRow("roles with wrong types") << QByteArray(R"({"success":true,"data":{"user":{"roles":["admin",3,null,{},""]},"outlets":[]}})")
                                            << int(Kind::None) << QStringList{u"admin"_qs} << QStringList{} << 0;
    QTest::newRow("numeric id accepted as text") << QByteArray(R"({"success":true,"data":{"outlets":[{"id":12345}]}})")
                                                 << int(Kind::None) << QStringList{} << QStringList{u"12345"_qs} << 0;
    QTest::newRow("missing, empty, null and duplicate ids skipped")
        << QByteArray(R"({"success":true,"data":{"outlets":[{"id":"G1"},{"name":"no id"},{"id":""},{"id":null},{"id":"G1"},{"id":"G2"},"not an object"]}})")
        << int(Kind::None) << QStringList{} << QStringList{u"G1"_qs, u"G2"_qs} << 5;
    QTest::newRow("root-level outlets (seen in the wild)") << QByteArray(R"({"outlets":[{"id":"G1"}]})")
                                                           << int(Kind::None) << QStringList{} << QStringList{u"G1"_qs} << 0;
    QTest::newRow("outlets not a list") << QByteArray(R"({"success":true,"data":{"outlets":{"id":"G1"}}})")
                                        << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("data missing") << QByteArray(R"({"success":true})") << int(Kind::Protocol)
                                  << QStringList{} << QStringList{} << 0;
    QTest::newRow("success false on 200") << QByteArray(R"({"success":false,"errors":[{"message_title":"Oops","message":"bad"}]})")
                                          << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("empty body") << QByteArray() << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("whitespace body") << QByteArray(" \n ") << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")
                          << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("truncated") << documentedTokenInfo.left(documentedTokenInfo.size() / 2)
                               << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("array root") << QByteArray("[]") << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("json string root") << QByteArray("\"hi\"") << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("nesting bomb") << (QByteArray(R"({"success":true,"data":)") + QByteArray(100000, '['))
                                  << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
    QTest::newRow("invalid utf8 is refused") << QByteArray("{\"success\":true,\"data\":{\"outlets\":[{\"id\":\"G1\",\"name\":\"\xff\xfe\"}]}}")
                                             << int(Kind::Protocol) << QStringList{} << QStringList{} << 0;
}

void TestApiParsers::tokenInfo()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, ids);
    QFETCH(int, skipped);

    const Parsed<TokenInfo> parsed = parseTokenInfo(body);
    QCOMPARE(int(parsed.error.kind), kind);
    QVERIFY(parsed.ok() || !parsed.error.detail.isEmpty());
    if (!parsed.ok())
        return;
    QCOMPARE(parsed.value.roles, roles);
    QStringList parsedIds;
    for (const Outlet &outlet : parsed.value.outlets)
        parsedIds << outlet.id;
    QCOMPARE(parsedIds, ids);
    QCOMPARE(parsed.value.skippedOutlets, skipped);
    if (!parsed.value.outlets.isEmpty() && skipped == 0) {
        QVERIFY(parsed.value.outlets.first().primary);
        for (qsizetype i = 1; i < parsed.value.outlets.size(); ++i)
            QVERIFY(!parsed.value.outlets.at(i).primary);
    }
}

void TestApiParsers::tokenInfoSanitisesDisplayText()
{
    const QByteArray body = u8R"({"success":true,"data":{"outlets":[
        {"id":"G1","name":"<b>Bold</b> &amp; <script>x</script>","address":"line1\nline2\u0000end"},
        {"id":"G2","name":"abc\u202Egnp.exe","address":"zero\u200Bwidth"},
        {"id":"G3","name":"Kedai Kopi \u0645\u0642\u0647\u0649"}]}})";
    const Parsed<TokenInfo> parsed = parseTokenInfo(body);
    QVERIFY(parsed.ok());
    // HTML stays literal text: the views show it as plain text.
    QCOMPARE(parsed.value.outlets.at(0).name, u"<b>Bold</b> &amp; <script>x</script>"_qs);
    QCOMPARE(parsed.value.outlets.at(0).address, u"line1 line2 end"_qs);
    QCOMPARE(parsed.value.outlets.at(1).name, u"abcgnp.exe"_qs); // no right-to-left override
    QCOMPARE(parsed.value.outlets.at(1).address, u"zerowidth"_qs);
    QCOMPARE(parsed.value.outlets.at(2).name, u"Kedai Kopi \u0645\u0642\u0647\u0649"_qs); // Arabic script kept

    QByteArray longName = R"({"success":true,"data":{"outlets":[{"id":"G1","name":")";
    longName += QByteArray(100000, 'x') + R"("}]}})";
    const Parsed<TokenInfo> longParsed = parseTokenInfo(longName);
    QVERIFY(longParsed.ok());
    QVERIFY(longParsed.value.outlets.first().name.size() <= 501);

    QByteArray longId = R"({"success":true,"data":{"outlets":[{"id":")";
    longId += QByteArray(1000, '1') + R"("}]}})";
    QCOMPARE(parseTokenInfo(longId).value.skippedOutlets, 1);
}

void TestApiParsers::tokenInfoLargeBodyIsRefusedOnlyByTheClientLimit()
{
    // A 20 MB body: the parser itself copes; the client refuses it at defaultMaxBodyBytes
    // before it is ever parsed (classify with bodyTooLarge, below).
    QByteArray body = R"({"success":true,"data":{"user":{"roles":["owner"]},"outlets":[)";
    const QByteArray outlet = R"({"id":"G%1","name":"Warung with a fairly long name number","address":"Jl. Panjang Sekali No. 1, Jakarta Selatan, DKI Jakarta 12345"},)";
    int count = 0;
    while (body.size() < 20 * 1024 * 1024)
        body += QByteArray(outlet).replace("%1", QByteArray::number(count++));
    body.chop(1);
    body += "]}}";
    QVERIFY(body.size() > defaultMaxBodyBytes);
    const Parsed<TokenInfo> parsed = parseTokenInfo(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.outlets.size(), count);

    RawResponse raw;
    raw.httpStatus = 200;
    raw.bodyTooLarge = true;
    QCOMPARE(classify(raw).kind, Kind::Protocol);
}

void TestApiParsers::linkResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QDateTime>("linkedAt");

    const QDateTime documented(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC);
    QTest::newRow("documented sample") << QByteArray(R"({ "success": true,
          "data": { "outlet": { "id": "G1", "external_outlet_id": "sample-abc-12345",
          "created_at": "2019-08-24T14:15:22Z", "updated_at": "2019-08-24T14:15:22Z",
          "linked_at":  "2019-08-24T14:15:22Z" } } })")
                                       << int(Kind::None) << u"sample-abc-12345"_qs << documented;
    QTest::newRow("offset and millis") << QByteArray(R"({"success":true,"data":{"outlet":{"id":"G1","linked_at":"2019-08-24T21:15:22.500+07:00"}}})")
                                       << int(Kind::None) << QString() << documented.addMSecs(500);
    QTest::newRow("missing outlet object is still a success") << QByteArray(R"({"success":true,"data":{}})")
                                                              << int(Kind::None) << QString() << QDateTime();
    QTest::newRow("bad timestamp tolerated") << QByteArray(R"({"success":true,"data":{"outlet":{"id":"G1","linked_at":"yesterday"}}})")
                                             << int(Kind::None) << QString() << QDateTime();
    QTest::newRow("wrong types") << QByteArray(R"({"success":true,"data":{"outlet":{"id":["G1"],"external_outlet_id":{},"linked_at":5}}})")
                                 << int(Kind::None) << QString() << QDateTime();
    QTest::newRow("success false") << QByteArray(R"({"success":false,"errors":[{"message":"no"}]})")
                                   << int(Kind::Protocol) << QString() << QDateTime();
    QTest::newRow("empty body") << QByteArray() << int(Kind::Protocol) << QString() << QDateTime();
    QTest::newRow("html") << QByteArray("<html>ok</html>") << int(Kind::Protocol) << QString() << QDateTime();
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":{"outl)") << int(Kind::Protocol)
                               << QString() << QDateTime();
}

void TestApiParsers::linkResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, externalId);
    QFETCH(QDateTime, linkedAt);
    const Parsed<LinkConfirmation> parsed = parseLinkResponse(body);
    QCOMPARE(int(parsed.error.kind), kind);
    if (parsed.ok()) {
        QCOMPARE(parsed.value.externalOutletId, externalId);
        QCOMPARE(parsed.value.linkedAt, linkedAt);
    }
}

void TestApiParsers::unlinkResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("documented") << QByteArray(R"({ "success": true, "data": {} })") << int(Kind::None);
    QTest::newRow("empty body") << QByteArray() << int(Kind::None);
    QTest::newRow("extra fields") << QByteArray(R"({"success":true,"data":{"meta":1}})") << int(Kind::None);
    QTest::newRow("success false") << QByteArray(R"({"success":false,"errors":[]})") << int(Kind::Protocol);
    QTest::newRow("html") << QByteArray("<html></html>") << int(Kind::Protocol);
    QTest::newRow("garbage") << QByteArray("{{{") << int(Kind::Protocol);
}

void TestApiParsers::unlinkResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(parseUnlinkResponse(body).kind), kind);
}

void TestApiParsers::classifyResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("retryAfterMs");

    const QByteArray expired = R"({"success":false,"errors":[{"message_title":"Session Expired",
        "message":"Your session is expired. Please login again.","code":"HTTP_401","message_severity":"error"}]})";
    const QByteArray notFound = R"({ "success": false, "errors": [ { "message_title": "Not found",
        "message": "Outlet with id: de829e5b-72a5-49bc-a5f3-f0d83edb9daf is not found" } ] })";
    const auto none = QNetworkReply::NoError;
    QTest::newRow("200") << 200 << none << QByteArray() << QByteArray() << int(Kind::None) << false << QString() << qint64(-1);
    QTest::newRow("204") << 204 << none << QByteArray() << QByteArray() << int(Kind::None) << false << QString() << qint64(-1);
    QTest::newRow("401 documented") << 401 << QNetworkReply::AuthenticationRequiredError << expired << QByteArray()
                                    << int(Kind::Unauthorized) << false << u"Session Expired"_qs << qint64(-1);
    QTest::newRow("403 no body") << 403 << QNetworkReply::ContentAccessDenied << QByteArray() << QByteArray()
                                 << int(Kind::Forbidden) << false << QString() << qint64(-1);
    QTest::newRow("404 documented") << 404 << QNetworkReply::ContentNotFoundError << notFound << QByteArray()
                                    << int(Kind::NotFound) << false << u"Not found"_qs << qint64(-1);
    QTest::newRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError << QByteArray() << QByteArray()
                         << int(Kind::BadRequest) << false << QString() << qint64(-1);
    QTest::newRow("406") << 406 << QNetworkReply::UnknownContentError
                         << QByteArray(R"({"success":false,"errors":[{"message_title":"UnsupportedAcceptType"}]})")
                         << QByteArray() << int(Kind::UnsupportedMedia) << false << u"UnsupportedAcceptType"_qs << qint64(-1);
    QTest::newRow("415") << 415 << QNetworkReply::UnknownContentError << QByteArray() << QByteArray()
                         << int(Kind::UnsupportedMedia) << false << QString() << qint64(-1);
    QTest::newRow("409") << 409 << QNetworkReply::ContentConflictError << QByteArray() << QByteArray()
                         << int(Kind::Conflict) << false << QString() << qint64(-1);
    QTest::newRow("408") << 408 << QNetworkReply::UnknownContentError << QByteArray() << QByteArray()
                         << int(Kind::Timeout) << true << QString() << qint64(-1);
    QTest::newRow("429 with Retry-After") << 429 << QNetworkReply::UnknownContentError << QByteArray() << QByteArray("7")
                                          << int(Kind::RateLimited) << true << QString() << qint64(7000);
    QTest::newRow("429 without Retry-After") << 429 << QNetworkReply::UnknownContentError << QByteArray() << QByteArray()
                                             << int(Kind::RateLimited) << true << QString() << qint64(-1);
    QTest::newRow("500") << 500 << QNetworkReply::InternalServerError << QByteArray() << QByteArray()
                         << int(Kind::Server) << true << QString() << qint64(-1);
    QTest::newRow("502 html") << 502 << QNetworkReply::UnknownServerError << QByteArray("<html>Bad gateway</html>") << QByteArray()
                              << int(Kind::Server) << true << QString() << qint64(-1);
    QTest::newRow("503 Retry-After") << 503 << QNetworkReply::ServiceUnavailableError << QByteArray() << QByteArray("2")
                                     << int(Kind::Server) << true << QString() << qint64(2000);
    QTest::newRow("504") << 504 << QNetworkReply::UnknownServerError << QByteArray() << QByteArray()
                         << int(Kind::Server) << true << QString() << qint64(-1);
    QTest::newRow("302 unfollowed") << 302 << none << QByteArray() << QByteArray() << int(Kind::Protocol) << true << QString() << qint64(-1);
    QTest::newRow("418 other 4xx") << 418 << QNetworkReply::UnknownContentError << QByteArray() << QByteArray()
                                   << int(Kind::BadRequest) << false << QString() << qint64(-1);
    QTest::newRow("connection refused") << 0 << QNetworkReply::ConnectionRefusedError << QByteArray() << QByteArray()
                                        << int(Kind::Network) << true << QString() << qint64(-1);
    QTest::newRow("host not found") << 0 << QNetworkReply::HostNotFoundError << QByteArray() << QByteArray()
                                    << int(Kind::Network) << true << QString() << qint64(-1);
    QTest::newRow("proxy refused") << 0 << QNetworkReply::ProxyConnectionRefusedError << QByteArray() << QByteArray()
                                   << int(Kind::Network) << true << QString() << qint64(-1);
    QTest::newRow("closed mid-response after 200") << 200 << QNetworkReply::RemoteHostClosedError << QByteArray("{\"succ")
                                                   << QByteArray() << int(Kind::Network) << true << QString() << qint64(-1);
    QTest::newRow("tls") << 0 << QNetworkReply::SslHandshakeFailedError << QByteArray() << QByteArray()
                         << int(Kind::Tls) << false << QString() << qint64(-1);
    QTest::newRow("too many redirects") << 0 << QNetworkReply::TooManyRedirectsError << QByteArray() << QByteArray()
                                        << int(Kind::Protocol) << true << QString() << qint64(-1);
    QTest::newRow("timeout") << 0 << QNetworkReply::OperationCanceledError << QByteArray() << QByteArray()
                             << int(Kind::Timeout) << true << QString() << qint64(-1);
}

void TestApiParsers::classifyResponse()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, kind);
    QFETCH(bool, transient);
    QFETCH(QString, title);
    QFETCH(qint64, retryAfterMs);

    RawResponse raw;
    raw.httpStatus = status;
    raw.networkError = networkError;
    raw.body = body;
    raw.retryAfter = retryAfter;
    raw.requestId = u"req-1"_qs;
    const ApiError error = ApiParsers::classify(raw);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.requestId, u"req-1"_qs);
    QCOMPARE(error.title, title);
    if (error.isError()) {
        QCOMPARE(error.isTransient(), transient);
        QVERIFY(!error.userMessage().isEmpty());
        if (!title.isEmpty())
            QVERIFY(error.userMessage().contains(error.serverMessage.isEmpty() ? title : error.serverMessage));
    }
    QCOMPARE(error.retryAfter.has_value(), retryAfterMs >= 0);
    if (retryAfterMs >= 0)
        QCOMPARE(qint64(error.retryAfter->count()), retryAfterMs);

    raw.cancelled = true;
    QCOMPARE(ApiParsers::classify(raw).kind, Kind::Cancelled);
    raw.cancelled = false;
    raw.timedOut = true;
    QCOMPARE(ApiParsers::classify(raw).kind, Kind::Timeout);
}

void TestApiParsers::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("absurd capped at a day") << QByteArray("99999999999") << qint64(86400000);
    QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 10:01:00 GMT") << qint64(60000);
    QTest::newRow("http date in the past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
}

void TestApiParsers::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed)
        QCOMPARE(qint64(parsed->count()), expectedMs);
}

void TestApiParsers::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC);
    QTest::newRow("Z") << u"2019-08-24T14:15:22Z"_qs << t;
    QTest::newRow("offset") << u"2019-08-24T21:15:22+07:00"_qs << t;
    QTest::newRow("millis") << u"2019-08-24T14:15:22.250Z"_qs << t.addMSecs(250);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << u"24/08/2019"_qs << QDateTime();
}

void TestApiParsers::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestApiParsers::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("depth");
    QTest::newRow("flat") << QByteArray("{}") << 1;
    QTest::newRow("nested") << QByteArray(R"({"a":[{"b":[]}]})") << 4;
    QTest::newRow("brackets in strings ignored") << QByteArray(R"({"a":"[[[{{{"})") << 1;
    QTest::newRow("escaped quote") << QByteArray(R"({"a":"\"[[["})") << 1;
    QTest::newRow("escaped backslash ends string") << QByteArray(R"({"a":"\\","b":[[]]})") << 3;
    QTest::newRow("escaped backslash then escaped quote") << QByteArray(R"({"a":"\\\"[","b":[]})") << 2;
    QTest::newRow("unterminated string") << QByteArray(R"({"a":[ "[[[)") << 2;
    QTest::newRow("empty strings") << QByteArray(R"({"":"","x":[""]})") << 2;
    QTest::newRow("scalar") << QByteArray("42") << 0;
    QTest::newRow("bomb stops at limit") << QByteArray(1000000, '[') << maxJsonDepth + 1;
}

void TestApiParsers::nestingDepth()
{
    QFETCH(QByteArray, json);
    QFETCH(int, depth);
    QCOMPARE(jsonNestingDepth(json), depth);
}

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
