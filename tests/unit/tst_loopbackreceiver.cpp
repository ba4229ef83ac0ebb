// The one-shot 127.0.0.1 listener of the loopback sign-in, driven with raw HTTP requests.
#include "signin/LoopbackReceiver.h"

#include <QEventLoop>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace gobiz;
using Page = LoopbackReceiver::Page;

namespace {

const QString state = u"Zq3xLw8vR1nT6yB0cM5kH2jF9dG4sA7eP1uI3oQ8wE0"_qs;

// One browser request on its own connection; the answer is collected as it arrives.
class Browser : public QObject
{
public:
    Browser(quint16 port, const QByteArray &target, const QByteArray &host = {},
        const QHostAddress &address = QHostAddress::LocalHost, const QByteArray &method = "GET")
    {
        connect(
            &m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket.readAll(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { done(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError)
                    m_failed = true;
                done();
            });
        const QByteArray hostHeader
            = host.isEmpty() ? "127.0.0.1:" + QByteArray::number(port) : host;
        connect(&m_socket, &QTcpSocket::connected, this, [this, method, target, hostHeader] {
            m_connected = true;
            m_socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nUser-Agent: test\r\nAccept: text/html\r\n\r\n");
        });
        m_socket.connectToHost(address, port);
    }
    bool wait(int ms = 5000)
    {
        if (!m_done) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        m_received += m_socket.readAll();
        return m_done;
    }
    bool connected() const { return m_connected; }
    bool failed() const { return m_failed; }
    int status() const { return m_received.split(' ').value(1).toInt(); }
    QByteArray body() const { return m_received.mid(m_received.indexOf("\r\n\r\n") + 4); }
    QByteArray head() const { return m_received.left(m_received.indexOf("\r\n\r\n")); }

private:
    void done()
    {
        m_done = true;
        if (m_loop)
            m_loop->quit();
    }
    QTcpSocket m_socket;
    QEventLoop *m_loop = nullptr;
    QByteArray m_received;
    bool m_connected = false;
    bool m_failed = false;
    bool m_done = false;
};

QByteArray callback(const QString &code, const QString &withState = state)
{
    return "/gobiz/callback?code=" + QUrl::toPercentEncoding(code)
        + "&state=" + QUrl::toPercentEncoding(withState);
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void exactCallbackAccepted();
    void ownerAnswersTheBrowser_data();
    void ownerAnswersTheBrowser();
    void otherRequestsAnswered404AndWaitContinues_data();
    void otherRequestsAnswered404AndWaitContinues();
    void wrongStateRefusedAndWaitContinues_data();
    void wrongStateRefusedAndWaitContinues();
    void errorCallbackCarriesTheError();
    void secondCallbackRefused();
    void listensOn127001Only();
    void timeoutClosesAndLaterCallbackFindsNothing();
    void portInUseReported();
    void oversizedRequestRefused();
    void unansweredBrowserGetsFailedPage();

private:
    void acceptCorrectCallback();
    std::unique_ptr<LoopbackReceiver> m_receiver;
};

void TestLoopbackReceiver::init()
{
    m_receiver = std::make_unique<LoopbackReceiver>();
    QVERIFY(m_receiver->listen(state));
}

void TestLoopbackReceiver::cleanup()
{
    m_receiver.reset();
}

void TestLoopbackReceiver::acceptCorrectCallback()
{
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    Browser browser(m_receiver->port(), callback(u"the-code"_qs));
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().value<LoopbackReceiver::Callback>().code, u"the-code"_qs);
    m_receiver->answer(Page::SignedIn);
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), 200);
}

void TestLoopbackReceiver::exactCallbackAccepted()
{
    QCOMPARE(m_receiver->redirectUri(),
        u"http://127.0.0.1:%1/gobiz/callback"_qs.arg(m_receiver->port()));
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    // Values arrive percent-decoded; '+' stays '+' (a code is not form text).
    Browser browser(m_receiver->port(), callback(u"c0de+/=x y"_qs));
    QVERIFY(received.wait(5000));
    const auto got = received.first().first().value<LoopbackReceiver::Callback>();
    QCOMPARE(got.code, u"c0de+/=x y"_qs);
    QVERIFY(got.error.isEmpty());
    QVERIFY(!m_receiver->isListening()); // closed the moment it was accepted
    QVERIFY(!browser.wait(50)); // the browser waits for the owner's answer
    m_receiver->answer(Page::SignedIn);
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), 200);
    QVERIFY(browser.head().contains("Content-Type: text/html; charset=utf-8"));
    QVERIFY(browser.head().contains("Cache-Control: no-store"));
    QVERIFY(browser.head().contains("Referrer-Policy: no-referrer"));
    QVERIFY(browser.body().contains("You are signed in"));
    QVERIFY(!browser.body().contains("c0de"));
}

void TestLoopbackReceiver::ownerAnswersTheBrowser_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("signed in, en")
        << int(Page::SignedIn) << u"en"_qs << 200 << QByteArray("go back to the wizard");
    QTest::newRow("signed in, id")
        << int(Page::SignedIn) << u"id"_qs << 200 << QByteArray("lang=\"id\"");
    QTest::newRow("denied") << int(Page::Denied) << u"en"_qs << 400
                            << QByteArray("Deny was chosen");
    QTest::newRow("failed") << int(Page::Failed) << u"en"_qs << 400
                            << QByteArray("could not complete");
    QTest::newRow("expired") << int(Page::Expired) << u"en"_qs << 400
                             << QByteArray("stopped waiting");
}

void TestLoopbackReceiver::ownerAnswersTheBrowser()
{
    QFETCH(int, page);
    QFETCH(QString, language);
    QFETCH(int, status);
    QFETCH(QByteArray, says);
    m_receiver->setPageLanguage(language);
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    Browser browser(m_receiver->port(), callback(u"x"_qs));
    QVERIFY(received.wait(5000));
    m_receiver->answer(Page(page));
    m_receiver->answer(Page::SignedIn); // only the first answer counts
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), status);
    QVERIFY2(browser.body().contains(says), browser.body().constData());
    QVERIFY(browser.body().startsWith("<!DOCTYPE html>"));
}

void TestLoopbackReceiver::otherRequestsAnswered404AndWaitContinues_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    const QByteArray query = "?code=x&state=" + state.toLatin1();
    QTest::newRow("favicon") << QByteArray("GET") << QByteArray("/favicon.ico") << QByteArray()
                             << 404;
    QTest::newRow("root") << QByteArray("GET") << QByteArray("/" + query) << QByteArray() << 404;
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QByteArray("/gobiz/callback/" + query) << QByteArray() << 404;
    QTest::newRow("longer path") << QByteArray("GET") << QByteArray("/gobiz/callbackx" + query)
                                 << QByteArray() << 404;
    QTest::newRow("deeper path") << QByteArray("GET") << QByteArray("/gobiz/callback/more" + query)
                                 << QByteArray() << 404;
    QTest::newRow("encoded path") << QByteArray("GET") << QByteArray("/gobiz/%63allback" + query)
                                  << QByteArray() << 404;
    QTest::newRow("other case") << QByteArray("GET") << QByteArray("/GOBIZ/callback" + query)
                                << QByteArray() << 404;
    QTest::newRow("dot segments") << QByteArray("GET") << QByteArray("/x/../gobiz/callback" + query)
                                  << QByteArray() << 404;
    QTest::newRow("prefix only") << QByteArray("GET") << QByteArray("/gobiz" + query)
                                 << QByteArray() << 404;
    QTest::newRow("rebinding host") << QByteArray("GET") << QByteArray("/gobiz/callback" + query)
                                    << QByteArray("evil.example:1234") << 404;
    QTest::newRow("localhost host") << QByteArray("GET") << QByteArray("/gobiz/callback" + query)
                                    << QByteArray("localhost") << 404;
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("/gobiz/callback" + query)
                          << QByteArray() << 405;
}

void TestLoopbackReceiver::otherRequestsAnswered404AndWaitContinues()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    QSignalSpy ignored(m_receiver.get(), &LoopbackReceiver::ignored);
    Browser browser(m_receiver->port(), target, host, QHostAddress::LocalHost, method);
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), status);
    QVERIFY(browser.body().contains("only receives the answer of a GoBiz sign-in"));
    QCOMPARE(received.size(), 0);
    QCOMPARE(ignored.size(), 1);
    QVERIFY(!ignored.first().first().toString().contains(state)); // the log line has no secret
    QVERIFY(m_receiver->isListening());
    acceptCorrectCallback();
}

void TestLoopbackReceiver::wrongStateRefusedAndWaitContinues_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("no state") << QByteArray("/gobiz/callback?code=x");
    QTest::newRow("empty state") << QByteArray("/gobiz/callback?code=x&state=");
    QTest::newRow("other state") << callback(
        u"x"_qs, u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_qs);
    QTest::newRow("prefix of state") << callback(u"x"_qs, state.left(8));
    QTest::newRow("state and more") << callback(u"x"_qs, state + u'x');
    QTest::newRow("state other case") << callback(u"x"_qs, state.toLower());
    QTest::newRow("state twice") << QByteArray(callback(u"x"_qs) + "&state=" + state.toLatin1());
    QTest::newRow("right then wrong state") << QByteArray(callback(u"x"_qs) + "&state=bad");
    QTest::newRow("code twice") << QByteArray(callback(u"x"_qs) + "&code=y");
}

void TestLoopbackReceiver::wrongStateRefusedAndWaitContinues()
{
    QFETCH(QByteArray, target);
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    QSignalSpy ignored(m_receiver.get(), &LoopbackReceiver::ignored);
    Browser browser(m_receiver->port(), target);
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), 400);
    QVERIFY(browser.body().contains("belongs to another sign-in"));
    QCOMPARE(ignored.size(), 1);
    QCOMPARE(ignored.first().first().toString(), u"wrong state"_qs);
    QCOMPARE(received.size(), 0);
    QVERIFY(m_receiver->isListening());
    acceptCorrectCallback();
}

void TestLoopbackReceiver::errorCallbackCarriesTheError()
{
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    Browser browser(m_receiver->port(),
        "/gobiz/callback?error=access_denied&error_description=The+user+denied&state="
            + state.toLatin1());
    QVERIFY(received.wait(5000));
    const auto got = received.first().first().value<LoopbackReceiver::Callback>();
    QCOMPARE(got.error, u"access_denied"_qs);
    QVERIFY(got.code.isEmpty());
    QCOMPARE(got.errorDescription, u"The+user+denied"_qs);
    m_receiver->answer(Page::Denied);
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), 400);
}

void TestLoopbackReceiver::secondCallbackRefused()
{
    // A connection opened before the callback but silent until after it is cut off too.
    QTcpSocket early;
    early.connectToHost(QHostAddress::LocalHost, m_receiver->port());
    QSignalSpy earlyConnected(&early, &QTcpSocket::connected);
    QVERIFY(earlyConnected.wait(5000));
    QSignalSpy earlyGone(&early, &QTcpSocket::disconnected);

    acceptCorrectCallback();
    QVERIFY(earlyGone.size() > 0 || earlyGone.wait(5000));

    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    Browser second(m_receiver->port(), callback(u"second"_qs));
    QVERIFY(second.wait());
    QVERIFY(second.failed());
    QVERIFY(!second.connected());
    QCOMPARE(received.size(), 0);
}

void TestLoopbackReceiver::listensOn127001Only()
{
    QCOMPARE(m_receiver->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_receiver->serverAddress().toString(), u"127.0.0.1"_qs);

    // IPv6 loopback is another address: nothing there.
    Browser ipv6(m_receiver->port(), "/favicon.ico", {}, QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(ipv6.wait());
    QVERIFY(!ipv6.connected());

    // Any other address of this machine (a LAN address, the docker bridge...) must not answer.
    int tried = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++tried;
        Browser other(m_receiver->port(), "/favicon.ico", {}, address);
        QVERIFY(other.wait());
        QVERIFY2(!other.connected(), qPrintable(address.toString()));
    }
    if (tried == 0)
        qInfo("no non-loopback IPv4 address on this machine: only ::1 was tried");
    QVERIFY(m_receiver->isListening());
}

void TestLoopbackReceiver::timeoutClosesAndLaterCallbackFindsNothing()
{
    LoopbackReceiver receiver;
    receiver.setTimeout(std::chrono::milliseconds(100));
    QVERIFY(receiver.listen(state));
    QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(timedOut.wait(5000));
    QVERIFY(!receiver.isListening());
    Browser late(receiver.port(), callback(u"late"_qs));
    QVERIFY(late.wait());
    QVERIFY(!late.connected());
    QCOMPARE(received.size(), 0);
}

void TestLoopbackReceiver::portInUseReported()
{
    LoopbackReceiver second;
    QVERIFY(!second.listen(state, m_receiver->port()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isListening());
}

void TestLoopbackReceiver::oversizedRequestRefused()
{
    Browser huge(m_receiver->port(), "/gobiz/callback?code=" + QByteArray(20000, 'a'));
    QVERIFY(huge.wait());
    QCOMPARE(huge.status(), 431);
    QVERIFY(m_receiver->isListening());
}

void TestLoopbackReceiver::unansweredBrowserGetsFailedPage()
{
    QSignalSpy received(m_receiver.get(), &LoopbackReceiver::received);
    Browser browser(m_receiver->port(), callback(u"x"_qs));
    QVERIFY(received.wait(5000));
    m_receiver.reset(); // the owner went away without answering
    QVERIFY(browser.wait());
    QCOMPARE(browser.status(), 400);
    QVERIFY(browser.body().contains("could not complete"));
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
