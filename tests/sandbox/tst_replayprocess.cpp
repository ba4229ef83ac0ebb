// gobiz-sandbox --replay and --fixture FILE.har as a support agent runs them: the real
// executable in a process of its own, real HTTP over loopback with QNetworkAccessManager
// (get/put/deleteResource/post, as GoBizClient sends), the exit listing after SIGTERM.
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QString, QString>>;

QJsonObject entry(const QString &method, const QString &url, const QString &requestBody, int status,
    const Headers &headers = {}, const QString &responseBody = {}, int timeMs = 4000)
{
    QJsonObject request {{u"method"_s, method}, {u"url"_s, url}, {u"httpVersion"_s, u"HTTP/1.1"_s},
        {u"headers"_s,
            QJsonArray {
                QJsonObject {{u"name"_s, u"Authorization"_s}, {u"value"_s, u"[redacted]"_s}}}}};
    if (!requestBody.isNull())
        request.insert(u"postData"_s,
            QJsonObject {{u"mimeType"_s, u"application/json"_s}, {u"text"_s, requestBody}});
    QJsonArray responseHeaders;
    for (const auto &header : headers)
        responseHeaders.append(
            QJsonObject {{u"name"_s, header.first}, {u"value"_s, header.second}});
    return QJsonObject {{u"time"_s, timeMs}, {u"request"_s, request},
        {u"response"_s,
            QJsonObject {{u"status"_s, status}, {u"headers"_s, responseHeaders},
                {u"content"_s,
                    QJsonObject {
                        {u"mimeType"_s, u"application/json"_s}, {u"text"_s, responseBody}}}}}};
}

QString envelopeError(int status, const QString &title)
{
    return uR"({"success":false,"errors":[{"message_title":"%1","message":"m","code":"HTTP_%2"}]})"_s
        .arg(title)
        .arg(status);
}

const QString kRecordedBase = u"https://api.example/partner-sandbox"_s; // a prefix, on purpose
const QString kTokenInfo = u"/integrations/partner/v1/token-info"_s;
const QString kTokenInfoBody = uR"({"success":true,"data":{"user":{"roles":["owner"]},
    "outlets":[{"id":"ab/c","name":"Kemang","address":"Jl. Kemang Raya","email":"","phone":""},
               {"id":"G2","name":"Second","address":"Jl. B","email":"","phone":""}]}})"_s;

QString linkPath(const QString &outletId, const QString &product)
{
    return u"/integrations/partner/outlets/%1/v1/link/%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(outletId)), product);
}

// The customer's session: a link refused twice before it went through, an unlink refused, a
// conflict on an id with a slash, an unlink whose connection dropped and its retry, a broker
// logout with the session redacted, and one request the replay will never be asked.
QJsonArray customerSession()
{
    const Headers json {{u"Content-Type"_s, u"application/json"_s}};
    const QString linkBody = uR"({"external_outlet_id":"X1"})"_s;
    return QJsonArray {
        entry(u"GET"_s, kRecordedBase + kTokenInfo, {}, 200, json, kTokenInfoBody),
        entry(u"PUT"_s, kRecordedBase + linkPath(u"G2"_s, u"gofood"_s), linkBody, 429,
            json + Headers {{u"Retry-After"_s, u"7"_s}, {u"Content-Length"_s, u"999"_s}},
            envelopeError(429, u"Too Many Requests"_s)),
        entry(u"PUT"_s, kRecordedBase + linkPath(u"G2"_s, u"gofood"_s), linkBody, 503, json,
            envelopeError(503, u"Service Unavailable"_s)),
        entry(u"PUT"_s, kRecordedBase + linkPath(u"G2"_s, u"gofood"_s), linkBody, 200, json,
            uR"({"success":true,"data":{"outlet":{"id":"G2"}}})"_s),
        entry(u"DELETE"_s, kRecordedBase + linkPath(u"G2"_s, u"payment"_s), {}, 401, json,
            envelopeError(401, u"Session Expired"_s)),
        entry(u"PUT"_s, kRecordedBase + linkPath(u"ab/c"_s, u"gofood"_s), linkBody, 409, json,
            envelopeError(409, u"Conflict"_s)),
        entry(u"DELETE"_s, kRecordedBase + linkPath(u"ab/c"_s, u"payment"_s), {}, 0),
        entry(u"DELETE"_s, kRecordedBase + linkPath(u"ab/c"_s, u"payment"_s), {}, 200, json,
            uR"({"success":true,"data":{}})"_s),
        entry(
            u"POST"_s, kRecordedBase + u"/broker/logout"_s, uR"({"session":"[redacted]"})"_s, 204),
        entry(u"GET"_s, kRecordedBase + u"/broker/login/%5Bredacted%5D"_s, {}, 200),
    };
}

QByteArray har(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject {{u"log"_s,
                             QJsonObject {{u"version"_s, u"1.2"_s},
                                 {u"creator"_s,
                                     QJsonObject {{u"name"_s, u"GoBiz Outlet Link Wizard"_s},
                                         {u"version"_s, u"1.x"_s}}},
                                 {u"entries"_s, entries}}}})
        .toJson();
}

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QNetworkReply *reply = nullptr; // for headers; deleted with the test's network manager
    qint64 elapsedMs = 0;
    QByteArray header(const QByteArray &name) const { return reply->rawHeader(name); }
};

// One request the way GoBizClient sends it: its own X-Request-ID, a token (never compared).
QNetworkReply *start(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    request.setRawHeader("Authorization", "Bearer not-the-customers-token");
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (verb == "GET")
        return network.get(request);
    if (verb == "PUT")
        return network.put(request, body);
    if (verb == "DELETE")
        return network.deleteResource(request);
    return network.post(request, body);
}

Answer finish(QNetworkReply *reply, const QElapsedTimer &clock)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
    }
    Answer answer;
    answer.elapsedMs = clock.elapsed();
    answer.reply = reply;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    return answer;
}

Answer send(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {})
{
    QElapsedTimer clock;
    clock.start();
    return finish(start(network, verb, url, body), clock);
}

} // namespace

class TestReplayProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replaysTheCustomersAnswers();
    void honoursRecordedLatency();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void fixtureFromHarServesTheRecordedOutlets();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestReplayProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReplayProcess::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestReplayProcess::replaysTheCustomersAnswers()
{
    const QString file = write(u"customer.har"_s, har(customerSession()));
    SandboxProcess sandbox;
    QString error;
    // Every recorded time is 4 s: --latency 0 must replace them all.
    QVERIFY2(
        sandbox.start({u"--replay"_s, file, u"--latency"_s, u"0"_s, u"--quiet"_s}, &error, false),
        qPrintable(error));
    const QUrl base = sandbox.baseUrl();
    auto url = [&base](const QString &path) { return base.resolved(QUrl(path.mid(1))); };
    QNetworkAccessManager network;
    QElapsedTimer total;
    total.start();

    // Recorded under https://api.example/partner-sandbox/, asked at the replay's root.
    const Answer tokenInfo = send(network, "GET", url(kTokenInfo + u"?page=1"_s));
    QCOMPARE(tokenInfo.status, 200);
    QCOMPARE(
        QJsonDocument::fromJson(tokenInfo.body), QJsonDocument::fromJson(kTokenInfoBody.toUtf8()));
    QCOMPARE(tokenInfo.header("Content-Type"), QByteArray("application/json"));

    // Four different requests at once (as the wizard sends them), in another order than
    // recorded, each gets its own answer. The JSON body is spelled differently.
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *conflict = start(network, "PUT", url(linkPath(u"ab/c"_s, u"gofood"_s)),
        R"({ "external_outlet_id" : "X1" })");
    QNetworkReply *expired = start(network, "DELETE", url(linkPath(u"G2"_s, u"payment"_s)));
    QNetworkReply *logout
        = start(network, "POST", url(u"/broker/logout"_s), R"({"session":"s-1"})");
    QNetworkReply *firstLink = start(
        network, "PUT", url(linkPath(u"G2"_s, u"gofood"_s)), R"({"external_outlet_id":"X1"})");
    const Answer conflictAnswer = finish(conflict, clock);
    QCOMPARE(conflictAnswer.status, 409);
    QCOMPARE(finish(expired, clock).status, 401);
    const Answer logoutAnswer = finish(logout, clock);
    QCOMPARE(logoutAnswer.status, 204);
    QVERIFY(logoutAnswer.body.isEmpty());

    // The same PUT again and again: the recorded order, Retry-After included.
    const Answer limited = finish(firstLink, clock);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QCOMPARE(limited.header("Content-Length"), QByteArray::number(limited.body.size()));
    QCOMPARE(
        QJsonDocument::fromJson(limited.body).object().value(u"errors")[0][u"code"], u"HTTP_429"_s);
    const QByteArray linkBody = R"({"external_outlet_id":"X1"})";
    QCOMPARE(send(network, "PUT", url(linkPath(u"G2"_s, u"gofood"_s)), linkBody).status, 503);
    QCOMPARE(send(network, "PUT", url(linkPath(u"G2"_s, u"gofood"_s)), linkBody).status, 200);
    // ... and once the recording has no more, a 501 that says so.
    const Answer exhausted = send(network, "PUT", url(linkPath(u"G2"_s, u"gofood"_s)), linkBody);
    QCOMPARE(exhausted.status, 501);
    const QString message = QJsonDocument::fromJson(exhausted.body)
                                .object()
                                .value(u"errors")[0][u"message"]
                                .toString();
    QVERIFY2(message.contains(u"PUT /integrations/partner/outlets/G2/v1/link/gofood"_s)
            && message.contains(u"all 3 recordings"_s),
        qPrintable(message));

    // No answer was recorded: the connection closes, even though QNetworkAccessManager sends
    // the request again by itself; the wizard's own retry (a new request id) gets the next one.
    const Answer dropped = send(network, "DELETE", url(linkPath(u"ab/c"_s, u"payment"_s)));
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(send(network, "DELETE", url(linkPath(u"ab/c"_s, u"payment"_s))).status, 200);

    // Nothing like it was recorded.
    const Answer unknown = send(network, "PUT", url(linkPath(u"G9"_s, u"payment"_s)), linkBody);
    QCOMPARE(unknown.status, 501);
    QVERIFY2(unknown.body.contains("nothing in the recording"), unknown.body.constData());
    // The sandbox's other routes are not served, nor looked for in the recording.
    QCOMPARE(send(network, "GET", url(u"/_sandbox/state"_s)).status, 404);
    QVERIFY2(total.elapsed() < 4000, "--latency 0 did not replace the recorded 4 s");

    const QJsonObject report = sandbox.call("GET", u"_sandbox/replay"_s);
    QCOMPARE(report.value(u"recorded"), 10);
    QCOMPARE(report.value(u"served"), 9);
    QCOMPARE(report.value(u"unused"), 1); // the broker login page
    const QJsonArray unmatched = report.value(u"unmatched").toArray();
    QCOMPARE(unmatched.size(), 2);
    QCOMPARE(unmatched.at(0)[u"method"], u"PUT"_s);
    QCOMPARE(unmatched.at(0)[u"path"], linkPath(u"G2"_s, u"gofood"_s));
    QCOMPARE(unmatched.at(0)[u"reason"], u"all-used"_s);
    QCOMPARE(unmatched.at(1)[u"path"], linkPath(u"G9"_s, u"payment"_s));
    QCOMPARE(unmatched.at(1)[u"reason"], u"nothing-matches"_s);

    sandbox.stop(); // SIGTERM
    QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.process().exitCode(), 0);
    const QString listing = QString::fromUtf8(sandbox.process().readAllStandardError());
    const QString expected = u"Replay: 9 of 10 recorded answers served.\n"
                             u"2 requests had no recorded answer:\n"
                             u"  PUT /integrations/partner/outlets/G2/v1/link/gofood (every "
                             u"matching recording was already used)\n"
                             u"  PUT /integrations/partner/outlets/G9/v1/link/payment (nothing "
                             u"recorded matches)\n"
                             u"1 recorded entry was never asked for.\n"_s;
    QVERIFY2(listing.contains(expected), qPrintable(listing));
}

void TestReplayProcess::honoursRecordedLatency()
{
    const Headers json {{u"Content-Type"_s, u"application/json"_s}};
    const QString file = write(u"slow.har"_s,
        har(QJsonArray {entry(u"GET"_s, u"http://127.0.0.1:1"_s + kTokenInfo, {}, 200, json,
                            kTokenInfoBody, 600),
            entry(u"DELETE"_s, u"http://127.0.0.1:1"_s + linkPath(u"G2"_s, u"gofood"_s), {}, 0, {},
                {}, 500)}));
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({u"--replay"_s, file, u"--quiet"_s}, &error, false), qPrintable(error));
    const QUrl base = sandbox.baseUrl();
    QNetworkAccessManager network;

    const Answer slow = send(network, "GET", base.resolved(QUrl(kTokenInfo.mid(1))));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 600, qPrintable(QString::number(slow.elapsedMs)));
    // A request that got no answer is held as long as the customer's was, then dropped.
    const Answer held
        = send(network, "DELETE", base.resolved(QUrl(linkPath(u"G2"_s, u"gofood"_s).mid(1))));
    QCOMPARE(held.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY2(held.elapsedMs >= 500, qPrintable(QString::number(held.elapsedMs)));
    // The sandbox's own route answers at once.
    QCOMPARE(sandbox.call("GET", u"_sandbox/replay"_s).value(u"served"), 2);
}

void TestReplayProcess::refusesBadFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QJsonArray noMethod = customerSession();
    QJsonObject bad = noMethod.at(1).toObject();
    QJsonObject request = bad.value(u"request").toObject();
    request.remove(u"method"_s);
    bad.insert(u"request"_s, request);
    noMethod.replace(1, bad);
    const QString badHar = write(u"no-method.har"_s, har(noMethod));
    const QString notJson = write(u"not-json.har"_s, "{\"log\": [");
    const QString noTokenInfo = write(
        u"no-token-info.har"_s, har(QJsonArray {customerSession().at(1), customerSession().at(2)}));
    const QString good = write(u"good.har"_s, har(customerSession()));

    QTest::newRow("--replay: entry without method")
        << QStringList {u"--replay"_s, badHar} << 2
        << u"gobiz-sandbox: %1: entry 2 (log.entries[1]): no request.method"_s.arg(badHar);
    QTest::newRow("--replay: not JSON") << QStringList {u"--replay"_s, notJson} << 2
                                        << u"%1: not valid JSON at byte"_s.arg(notJson);
    QTest::newRow("--replay: no file")
        << QStringList {u"--replay"_s, m_dir.filePath(u"absent.har"_s)} << 2
        << u"cannot read %1"_s.arg(m_dir.filePath(u"absent.har"_s));
    QTest::newRow("--replay with --fault")
        << QStringList {u"--replay"_s, good, u"--fault"_s, u"link:503"_s} << 1
        << u"--replay answers only from its file; --fault cannot be combined with it"_s;
    QTest::newRow("--fixture: HAR without token-info")
        << QStringList {u"--fixture"_s, noTokenInfo} << 2
        << u"%1: no successful GET .../integrations/partner/v1/token-info in it"_s.arg(noTokenInfo);
    QTest::newRow("--fixture: bad HAR") << QStringList {u"--fixture"_s,
        badHar} << 2 << u"%1: entry 2 (log.entries[1]): no request.method"_s.arg(badHar);
}

void TestReplayProcess::refusesBadFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(GOBIZ_SANDBOX_EXE), QStringList {u"--port"_s, u"0"_s} + arguments);
    QVERIFY(process.waitForFinished(15000));
    const QString printed = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(printed.contains(message), qPrintable(printed));
    QCOMPARE(process.exitCode(), exitCode);
}

void TestReplayProcess::fixtureFromHarServesTheRecordedOutlets()
{
    // The first token-info saw one outlet; the last successful one (later, under the prefix)
    // is the customer's list; a failed one after it does not count.
    QJsonArray entries = customerSession();
    const Headers json {{u"Content-Type"_s, u"application/json"_s}};
    entries.prepend(entry(u"GET"_s, u"http://127.0.0.1:1"_s + kTokenInfo, {}, 200, json,
        uR"({"success":true,"data":{"user":{"roles":["owner"]},"outlets":[{"id":"OLD","name":"Old","address":""}]}})"_s));
    entries.append(entry(u"GET"_s, kRecordedBase + kTokenInfo, {}, 401, json,
        envelopeError(401, u"Session Expired"_s)));
    const QString file = write(u"fixture.har"_s, har(entries));

    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({u"--fixture"_s, file, u"--quiet"_s}, &error, false), qPrintable(error));
    QNetworkAccessManager network;
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(kTokenInfo.mid(1))));
    request.setRawHeader("Authorization", "Bearer sandbox-imported-token");
    request.setTransferTimeout(20000);
    QElapsedTimer clock;
    clock.start();
    const Answer answer = finish(network.get(request), clock);
    QCOMPARE(answer.status, 200);
    const QJsonArray outlets
        = QJsonDocument::fromJson(answer.body).object()[u"data"][u"outlets"].toArray();
    QCOMPARE(outlets.size(), 2);
    QCOMPARE(outlets.at(0)[u"id"], u"ab/c"_s);
    QCOMPARE(outlets.at(1)[u"id"], u"G2"_s);
    // It is the live sandbox: linking works rather than replaying.
    QNetworkRequest link(sandbox.baseUrl().resolved(QUrl(linkPath(u"ab/c"_s, u"gofood"_s).mid(1))));
    link.setRawHeader("Authorization", "Bearer sandbox-imported-token");
    link.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    link.setTransferTimeout(20000);
    QCOMPARE(
        finish(network.put(link, QByteArray(R"({"external_outlet_id":"X1"})")), clock).status, 200);
}

QTEST_GUILESS_MAIN(TestReplayProcess)
#include "tst_replayprocess.moc"
