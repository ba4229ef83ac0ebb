#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace gobiz {

// The one-shot HTTP listener that receives the browser's redirect in the loopback flow
// (RFC 8252 §7.3). Written by hand on QTcpServer instead of using Qt 6.4's QtNetworkAuth
// (QOAuthHttpServerReplyHandler), because of its defects in 6.4, fixed only in 6.6–6.8: it
// listens on all interfaces instead of 127.0.0.1, matches the callback path by prefix, reuses an
// 8-character state, and its code exchange and refresh fail silently. Here:
// - it listens on 127.0.0.1 only (never "localhost", never another interface);
// - only GET on exactly /gobiz/callback counts, from a request whose Host is this listener;
//   a favicon or any other path is answered 404 and the wait goes on;
// - the state must be the one given (compared in constant time), a callback with another one
//   is answered with a page that says so and the wait goes on (an old tab of an earlier
//   sign-in, or a page trying its luck);
// - one callback is accepted: the listener stops listening at once and answers that browser
//   with the page the owner chooses in answer(); everything after it finds a closed port;
// - after the timeout (5 minutes) it closes and says so.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    static constexpr auto callbackPath = u"/gobiz/callback";
    static constexpr std::chrono::minutes defaultTimeout {5};

    struct Callback
    {
        QString code; // empty when error is set
        QString error; // e.g. "access_denied"
        QString errorDescription; // as sent, for the log only
    };

    // The pages the browser can be shown; each says what happened and what to do next.
    enum class Page { SignedIn, Denied, Failed, WrongState, NotFound, Expired };

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Opens 127.0.0.1:port (0: any free port) and waits for the callback carrying state.
    // False when the port cannot be opened (errorString() says why).
    bool listen(const QString &state, quint16 port = 0);
    void close();

    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/gobiz/callback
    QString redirectUri() const;
    QString errorString() const { return m_errorString; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // "id" or "en": the lang attribute of the pages (their text follows the application's
    // translator, which the wizard sets to the same language).
    void setPageLanguage(const QString &language) { m_language = language; }

    // Answers the browser that brought the accepted callback; later calls do nothing. If the
    // owner never answers, the browser gets Failed when this object goes away.
    void answer(Page page);

    // The HTML of a page, for tests and for answer().
    QByteArray pageHtml(Page page) const;

signals:
    // The one accepted callback (right path, right state). The listener is closed by now.
    void received(const gobiz::LoopbackReceiver::Callback &callback);
    // Requests that were answered and did not end the wait, for the log: "not found",
    // "wrong state", ... (never the query: it may hold a code).
    void ignored(const QString &reason);
    void timedOut();

private:
    void onNewConnection();
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void respond(QTcpSocket *socket, int status, const QByteArray &body);

    QTcpServer *m_server;
    QString m_state;
    quint16 m_port = 0;
    QString m_errorString;
    QString m_language = QStringLiteral("en");
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QTimer m_timer;
    QPointer<QTcpSocket> m_accepted; // the browser waiting for answer()
    bool m_done = false; // a callback was accepted or the time ran out
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::LoopbackReceiver::Callback)
