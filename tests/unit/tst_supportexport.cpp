// The support toolkit's core (app/support): what the network log keeps of real requests over
// loopback, its sanitizing, cURL and HAR copies (the HAR checked by a third-party validator),
// and the diagnostics bundle's .zip (read back by libarchive and by Python's zipfile).

#include "ZipReader.h"
#include "api/AccessToken.h"
#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Redactor.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "support/CurlCommand.h"
#include "support/HarExport.h"
#include "support/NetworkLog.h"
#include "support/RecordingNetworkAccessManager.h"
#include "support/SecretScrub.h"
#include "support/ZipArchive.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifndef GOBIZ_HAR_VALIDATOR
#error "GOBIZ_HAR_VALIDATOR must name tests/har/validate_har.js"
#endif

using namespace gobiz;
using namespace gobiz::sandbox;
using namespace Qt::StringLiterals;

namespace {

// Runs the third-party validator on a HAR file; empty when valid, else what it said.
QString harValidatorProblems(const QString &path)
{
    QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(u"nodejs"_s);
    if (node.isEmpty())
        return u"node is not installed (scripts/setup-debian.sh installs nodejs)"_s;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Debian's node modules live here; a node from elsewhere does not look there by itself.
    environment.insert(u"NODE_PATH"_s, u"/usr/share/nodejs:/usr/lib/nodejs"_s);
    process.setProcessEnvironment(environment);
    process.start(node, {QStringLiteral(GOBIZ_HAR_VALIDATOR), path});
    if (!process.waitForFinished(60000))
        return u"the validator did not finish"_s;
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
}

} // namespace

class TestSupportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scrubsUrls_data();
    void scrubsUrls();
    void scrubsBodies_data();
    void scrubsBodies();
    void scrubsHeaders();
    void curlCommands_data();
    void curlCommands();
    void curlForCmd();
    void recordsRealRequests();
    void harIsValidAndSecretFree();
    void logKeepsItsCapacity();
    void zipRoundTrip();
    void zipCrcIsIso3309_data();
    void zipCrcIsIso3309();
    void zipKeepsTimesAndMethods();
};

void TestSupportExport::scrubsUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"http://127.0.0.1:8080/integrations/partner/v1/token-info"_s
                           << u"http://127.0.0.1:8080/integrations/partner/v1/token-info"_s;
    QTest::newRow("code and state")
        << u"http://127.0.0.1:5000/gobiz/callback?code=abc123&state=xyz&scope=openid"_s
        << u"http://127.0.0.1:5000/gobiz/callback?code=[redacted]&state=[redacted]&scope=openid"_s;
    QTest::newRow("token in fragment")
        << u"https://partner.example/cb#access_token=eyJabc.def.ghi&token_type=bearer"_s
        << u"https://partner.example/cb#access_token=[redacted]&token_type=bearer"_s;
    QTest::newRow("user info") << u"https://user:pass@api.example/x"_s << u"https://api.example/x"_s;
    QTest::newRow("case of names") << u"https://a.example/?Refresh_Token=r1"_s
                                   << u"https://a.example/?Refresh_Token=[redacted]"_s;
}

void TestSupportExport::scrubsUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(SecretScrub::url(QUrl(url)).toString(QUrl::FullyDecoded), expected);
}

void TestSupportExport::scrubsBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("link body kept") << R"({"external_outlet_id":"POS-1"})"_ba << "application/json"_ba
                                    << R"({"external_outlet_id":"POS-1"})"_ba;
    QTest::newRow("token answer")
        << R"({"access_token":"eyJ.a.b","refresh_token":"r-1","expires_in":3600})"_ba
        << "application/json"_ba
        << R"({"access_token":"[redacted]","expires_in":3600,"refresh_token":"[redacted]"})"_ba;
    QTest::newRow("broker session nested")
        << R"({"result":{"session":"s-1","poll_token":"p-1"},"list":[{"token":"t"}]})"_ba
        << "application/json; charset=utf-8"_ba
        << R"({"list":[{"token":"[redacted]"}],"result":{"poll_token":"[redacted]","session":"[redacted]"}})"_ba;
    QTest::newRow("GoBiz error code kept")
        << R"({"errors":[{"code":"HTTP_401","message":"expired"}],"success":false})"_ba
        << "application/json"_ba
        << R"({"errors":[{"code":"HTTP_401","message":"expired"}],"success":false})"_ba;
    QTest::newRow("form exchange")
        << "grant_type=authorization_code&code=c-1&code_verifier=v-1&client_id=pos"_ba
        << "application/x-www-form-urlencoded"_ba
        << "grant_type=authorization_code&code=[redacted]&code_verifier=[redacted]&client_id=pos"_ba;
    QTest::newRow("registered secret in text")
        << "token is REGISTEREDSECRET0123456789 ok"_ba << "text/plain"_ba << "token is [redacted] ok"_ba;
    QTest::newRow("not JSON despite the type") << "{oops"_ba << "application/json"_ba << "{oops"_ba;
}

void TestSupportExport::scrubsBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expected);
    Redactor::registerSecret(u"REGISTEREDSECRET0123456789"_s);
    QCOMPARE(SecretScrub::body(body, contentType), expected);
}

void TestSupportExport::scrubsHeaders()
{
    const QList<HttpHeader> scrubbed = SecretScrub::headers({
        {"Authorization", "Bearer eyJ.a.b"},
        {"cookie", "sid=1"},
        {"Set-Cookie", "sid=2; HttpOnly"},
        {"Location", "http://127.0.0.1:1/cb?code=c-9&state=s"},
        {"Content-Type", "application/json"},
    });
    QCOMPARE(scrubbed.size(), 5);
    QCOMPARE(scrubbed[0].value, "[redacted]"_ba);
    QCOMPARE(scrubbed[1].value, "[redacted]"_ba);
    QCOMPARE(scrubbed[2].value, "[redacted]"_ba);
    QCOMPARE(QUrl::fromPercentEncoding(scrubbed[3].value), u"http://127.0.0.1:1/cb?code=[redacted]&state=[redacted]"_s);
    QCOMPARE(scrubbed[4].value, "application/json"_ba);
}

void TestSupportExport::curlCommands_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QList<HttpHeader> headers{{"Authorization", "[redacted]"}, {"Accept", "application/json"},
                                    {"X-Request-ID", "r-1"}, {"User-Agent", "GoBizOutletWizard/1"}};
    QTest::newRow("get") << "GET"_ba << u"http://127.0.0.1:9/integrations/partner/v1/token-info"_s << QByteArray()
                         << u"curl 'http://127.0.0.1:9/integrations/partner/v1/token-info' \\\n"
                            "  -H \"Authorization: Bearer $GOBIZ_TOKEN\" \\\n"
                            "  -H 'Accept: application/json'"_s;
    QTest::newRow("put with a quote")
        << "PUT"_ba << u"http://127.0.0.1:9/integrations/partner/outlets/a%2Fb/v1/link/gofood"_s
        << R"({"external_outlet_id":"Bu'Tini"})"_ba
        << u"curl -X PUT 'http://127.0.0.1:9/integrations/partner/outlets/a%2Fb/v1/link/gofood' \\\n"
           "  -H \"Authorization: Bearer $GOBIZ_TOKEN\" \\\n"
           "  -H 'Accept: application/json' \\\n"
           "  --data-raw '{\"external_outlet_id\":\"Bu'\\''Tini\"}'"_s;
    QTest::newRow("delete") << "DELETE"_ba << u"http://h.example/x"_s << QByteArray()
                            << u"curl -X DELETE 'http://h.example/x' \\\n"
                               "  -H \"Authorization: Bearer $GOBIZ_TOKEN\" \\\n"
                               "  -H 'Accept: application/json'"_s;
    Q_UNUSED(headers);
}

void TestSupportExport::curlCommands()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    NetworkExchange exchange;
    exchange.method = method;
    exchange.url = QUrl::fromEncoded(url.toUtf8());
    exchange.requestHeaders = {{"Authorization", "[redacted]"}, {"Accept", "application/json"},
                               {"X-Request-ID", "r-1"}, {"User-Agent", "GoBizOutletWizard/1"}};
    exchange.requestBody = body;
    QCOMPARE(CurlCommand::bash(exchange), expected);
}

// Windows' cmd.exe, as Chrome's "Copy as cURL (cmd)" escapes: ^" around each argument, a
// caret before what cmd would act on, %^ so an outlet id's %2F is not read as a variable.
void TestSupportExport::curlForCmd()
{
    QCOMPARE(CurlCommand::quoteForCmd(u"plain-text_1.2"_s), u"^\"plain-text_1.2^\""_s);
    QCOMPARE(CurlCommand::quoteForCmd(uR"({"external_outlet_id":"X1"})"_s),
        uR"(^"^{^\^"external_outlet_id^\^":^\^"X1^\^"^}^")"_s);
    QCOMPARE(CurlCommand::quoteForCmd(u"a%2Fb & c|d"_s), u"^\"a^%^2Fb ^& c^|d^\""_s);
    QCOMPARE(CurlCommand::quoteForCmd(u"back\\slash"_s), u"^\"back^\\^\\slash^\""_s);
    NetworkExchange exchange;
    exchange.method = "PUT";
    exchange.url = QUrl::fromEncoded("http://127.0.0.1:9/integrations/partner/outlets/a%2Fb/v1/link/gofood");
    exchange.requestHeaders = {{"Authorization", "[redacted]"}, {"Content-Type", "application/json"}};
    exchange.requestBody = R"({"external_outlet_id":"X1"})"_ba;
    QCOMPARE(CurlCommand::cmd(exchange),
        uR"(curl -X PUT ^"http://127.0.0.1:9/integrations/partner/outlets/a^%^2Fb/v1/link/gofood^" ^
  -H ^"Authorization: Bearer %GOBIZ_TOKEN%^" ^
  -H ^"Content-Type: application/json^" ^
  --data-raw ^"^{^\^"external_outlet_id^\^":^\^"X1^\^"^}^")"_s);
}

// The product's own path: GoBizClient over the recording manager against the sandbox.
void TestSupportExport::recordsRealRequests()
{
    SandboxServer server(FixtureGenerator::demoFixture());
    QVERIFY(server.start());
    NetworkLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordingNetworkAccessManager network(&log);
    GoBizClient client(&network);
    QVERIFY(client.setBaseUrl(server.baseUrl()).isEmpty());
    const QString token = DemoTokens::owner();
    client.setToken(token);
    QObject::connect(&client, &GoBizClient::replyFinished, &network,
        [&network](ApiReply *reply) { network.noteApiAnswer(*reply); });

    const auto wait = [](ApiReply *reply) {
        QSignalSpy finished(reply, &ApiReply::finished);
        return reply->isFinished() || finished.wait(10000);
    };
    ApiReply *info = client.tokenInfo();
    QVERIFY(wait(info));
    QVERIFY(!info->error().isError());
    const QString outlet = info->tokenInfo().outlets.first().id;
    server.faults().failNext(FaultRoute::Link, Fault::tooManyRequests(7), 1);
    QVERIFY(wait(client.link(outlet, Product::GoFood, u"POS-1"_s, 1)));
    // Twice: Qt sends a request again once by itself when a kept-alive connection closes.
    server.faults().failNext(FaultRoute::Link, Fault::disconnect(), 2);
    QVERIFY(wait(client.link(outlet, Product::GoFood, u"POS-1"_s, 2)));
    QVERIFY(wait(client.link(outlet, Product::GoFood, u"POS-1"_s, 3)));

    QCOMPARE(log.size(), 4);
    QCOMPARE(log.rowCount(), 0); // views hear of them in a batch
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.wait(2000));
    QCOMPARE(inserted.size(), 1); // one batch for all four
    QCOMPARE(log.rowCount(), 4);
    const NetworkExchange &tokenInfo = log.exchange(0);
    QCOMPARE(tokenInfo.method, "GET"_ba);
    QCOMPARE(tokenInfo.status, 200);
    QCOMPARE(tokenInfo.attempt, 1);
    QVERIFY(tokenInfo.responseBody.contains(outlet.toUtf8()));
    QCOMPARE(tokenInfo.requestHeader("Authorization"), "[redacted]"_ba);
    QVERIFY(tokenInfo.waitMs >= 0 && tokenInfo.receiveMs >= 0);
    QVERIFY(tokenInfo.totalMs >= tokenInfo.waitMs);
    QCOMPARE(tokenInfo.sendMs, -1); // a GET sends no body: when it left is not known

    const NetworkExchange &limited = log.exchange(1);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.responseHeader("Retry-After"), "7"_ba);
    QCOMPARE(limited.outletId, outlet);
    QCOMPARE(limited.product, u"gofood"_s);
    QCOMPARE(limited.errorKind, u"rate_limited"_s);
    QVERIFY(!limited.errorSentence.isEmpty());
    QCOMPARE(limited.requestBody, R"({"external_outlet_id":"POS-1"})"_ba);
    QVERIFY(limited.sendMs >= 0);
    QVERIFY(limited.isProblem());

    const NetworkExchange &dropped = log.exchange(2);
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.attempt, 2);
    QVERIFY(!dropped.networkError.isEmpty());
    QCOMPARE(log.data(log.index(2, NetworkLog::Status)).toString(), u"no answer"_s);

    const NetworkExchange &linked = log.exchange(3);
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.attempt, 3);
    QVERIFY(linked.errorKind.isEmpty());
    QVERIFY(!linked.isProblem());

    // Recording off (gobiz-outlets): requests pass through, nothing is kept.
    network.setRecording(false);
    QVERIFY(wait(client.tokenInfo()));
    QCOMPARE(log.size(), 4);
    network.setRecording(true);

    for (int row = 0; row < log.rowCount(); ++row) {
        for (int column = 0; column < log.columnCount(); ++column)
            QVERIFY(!log.data(log.index(row, column)).toString().contains(token));
        QVERIFY(!CurlCommand::bash(log.exchange(row)).contains(token));
    }
}

void TestSupportExport::harIsValidAndSecretFree()
{
    SandboxServer server(FixtureGenerator::demoFixture());
    QVERIFY(server.start());
    NetworkLog log;
    RecordingNetworkAccessManager network(&log);
    GoBizClient client(&network);
    QVERIFY(client.setBaseUrl(server.baseUrl()).isEmpty());
    const QString token = DemoTokens::owner();
    client.setToken(token);
    ApiReply *info = client.tokenInfo();
    QSignalSpy infoDone(info, &ApiReply::finished);
    QVERIFY(infoDone.wait(10000));
    const QString outlet = info->tokenInfo().outlets.first().id;
    server.faults().failNext(FaultRoute::Link, Fault::httpError(503), 1);
    ApiReply *failed = client.link(outlet, Product::Payment, u"POS-2"_s);
    QSignalSpy failedDone(failed, &ApiReply::finished);
    QVERIFY(failedDone.wait(10000));
    ApiReply *unlinked = client.unlink(outlet, Product::Payment);
    QSignalSpy unlinkDone(unlinked, &ApiReply::finished);
    QVERIFY(unlinkDone.wait(10000));
    // A request still on the wire when the HAR is made is written too, without an answer.
    server.faults().failNext(FaultRoute::Link, Fault::hang(), 1);
    client.link(outlet, Product::GoFood, u"POS-3"_s);
    QTRY_COMPARE(server.pendingReplies(), 1);

    const QByteArray har = HarExport::bytes(log.exchanges(), {u"GoBiz Outlet Link Wizard"_s, u"test"_s});
    QVERIFY(!har.contains(token.toUtf8()));
    const QJsonObject root = QJsonDocument::fromJson(har).object();
    const QJsonArray entries = root[u"log"][u"entries"].toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(root[u"log"][u"version"].toString(), u"1.2"_s);
    QCOMPARE(entries[1][u"response"][u"status"].toInt(), 503);
    QCOMPARE(entries[1][u"request"][u"postData"][u"text"].toString(), uR"({"external_outlet_id":"POS-2"})"_s);
    QCOMPARE(entries[1][u"_product"].toString(), u"payment"_s);
    QCOMPARE(entries[2][u"request"][u"method"].toString(), u"DELETE"_s);
    QCOMPARE(entries[3][u"response"][u"status"].toInt(), 0);
    QVERIFY(entries[3][u"_unfinished"].toBool());
    QCOMPARE(entries[0][u"timings"][u"send"].toInt(), -1);
    QVERIFY(entries[0][u"timings"][u"wait"].toInt() >= 0);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"session.har"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(har);
    file.close();
    const QString problems = harValidatorProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // The validator can fail: a HAR without its required creator is refused.
    QJsonObject broken = root;
    QJsonObject brokenLog = broken[u"log"].toObject();
    brokenLog.remove(u"creator"_s);
    broken[u"log"] = brokenLog;
    const QString brokenPath = folder.filePath(u"broken.har"_s);
    QFile brokenFile(brokenPath);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(QJsonDocument(broken).toJson());
    brokenFile.close();
    QVERIFY(!harValidatorProblems(brokenPath).isEmpty());
}

void TestSupportExport::logKeepsItsCapacity()
{
    NetworkLog log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setCapacity(3);
    for (quint64 id = 1; id <= 5; ++id) {
        NetworkExchange exchange;
        exchange.id = id;
        exchange.requestId = u"r-%1"_s.arg(id);
        log.add(exchange);
    }
    log.flush();
    QCOMPARE(log.rowCount(), 3);
    QCOMPARE(log.exchange(0).id, quint64(3));
    QCOMPARE(log.rowOf(5), 2);
    QCOMPARE(log.rowOf(2), -1);
    NetworkExchange answer = log.exchange(1);
    answer.finished = true;
    answer.status = 409;
    log.annotate(u"r-4"_s, u"conflict"_s, u"Linked elsewhere."_s, {});
    log.update(answer); // the annotation came first; it stays
    QCOMPARE(log.exchange(1).status, 409);
    QCOMPARE(log.exchange(1).errorKind, u"conflict"_s);
}

namespace {

// What Python's zipfile makes of a .zip: "OK" and one line per file (name, date and time,
// method, size), or its complaint.
QString pythonReads(const QByteArray &zip)
{
    QTemporaryDir folder;
    QFile out(folder.filePath(u"bundle.zip"_s));
    if (!out.open(QIODevice::WriteOnly))
        return u"cannot write"_s;
    out.write(zip);
    out.close();
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s,
                  u"import sys, zipfile\n"
                  u"z = zipfile.ZipFile(sys.argv[1])\n"
                  u"bad = z.testzip()\n" // every CRC
                  u"print('OK' if bad is None else 'BAD ' + bad)\n"
                  u"for i in z.infolist():\n"
                  u"    print(i.filename, '%04d-%02d-%02d %02d:%02d:%02d' % i.date_time,\n"
                  u"          i.compress_type, i.file_size, oct(i.external_attr >> 16))\n"_s,
                  out.fileName()});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError());
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace

void TestSupportExport::zipRoundTrip()
{
    const QList<ZipArchive::File> files{
        {u"README.txt"_s, "what is inside\n"_ba},
        {u"logs/gobiz-outlet-wizard.log"_s, QByteArray(200000, 'x')},
        {u"outlet-\u00e9.txt"_s, QByteArray()},
    };
    QString error;
    const QByteArray zip = ZipArchive::zip(files, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QVERIFY(zip.size() < 10000); // deflated
    const QList<ZipArchive::File> back = gobiz::test::unzip(zip, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back[i].name, files[i].name);
        QCOMPARE(back[i].bytes, files[i].bytes);
    }
    // A third party opens it too, and checks every CRC.
    QVERIFY(pythonReads(zip).startsWith(u"OK\n"_s));

    QVERIFY(gobiz::test::unzip("not a zip"_ba, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSupportExport::zipCrcIsIso3309_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint32>("crc");
    // Check values of CRC-32/ISO-HDLC (the one zlib, PNG and .zip use).
    QTest::newRow("empty") << QByteArray() << 0x00000000u;
    QTest::newRow("check") << "123456789"_ba << 0xcbf43926u;
    QTest::newRow("a") << "a"_ba << 0xe8b7be43u;
    QTest::newRow("fox") << "The quick brown fox jumps over the lazy dog"_ba << 0x414fa339u;
    QTest::newRow("zeros") << QByteArray(32, '\0') << 0x190a55adu;
}

void TestSupportExport::zipCrcIsIso3309()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint32, crc);
    QCOMPARE(ZipArchive::crc32(bytes), crc);
}

void TestSupportExport::zipKeepsTimesAndMethods()
{
    // Deflated where that is smaller, stored where not (random bytes, an empty file); the time
    // a person reads in their file manager is the local time it was made; mode 0644.
    QByteArray noise;
    quint32 state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245u + 12345u;
        noise.append(char(state >> 24));
    }
    const QList<ZipArchive::File> files{
        {u"summary.csv"_s, QByteArray("outlet;product;result\n").repeated(500)},
        {u"noise.bin"_s, noise},
        {u"empty.txt"_s, QByteArray()},
    };
    const QDateTime made(QDate(2026, 12, 2), QTime(8, 40, 18), Qt::UTC);
    const QDateTime local = made.toLocalTime();
    const QString when = local.toString(u"yyyy-MM-dd HH:mm:"_s)
        + u"%1"_s.arg(local.time().second() / 2 * 2, 2, 10, QChar(u'0')); // two-second steps
    QString error;
    const QByteArray zip = ZipArchive::zip(files, made, &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    QCOMPARE(pythonReads(zip),
             u"OK\n"
             u"summary.csv %1 8 11000 0o100644\n"
             u"noise.bin %1 0 4096 0o100644\n"
             u"empty.txt %1 0 0 0o100644"_s.arg(when));
    const QList<ZipArchive::File> back = gobiz::test::unzip(zip, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back[1].bytes, noise);
}

QTEST_GUILESS_MAIN(TestSupportExport)
#include "tst_supportexport.moc"
