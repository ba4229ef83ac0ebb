#pragma once

// A server for the sign-in tests that answers each path under a prefix from a script of steps
// (an answer, a dropped connection, silence), the last step repeating; built on RawHttpServer.
#include "RawHttpServer.h"

#include <QMetaType>

struct Step
{
    enum Mode { Answer, Close, Hang };
    int status = 200;
    QByteArray body;
    Mode mode = Answer;
    QByteArray contentType = QByteArrayLiteral("application/json");
};

inline Step json(int status, const QByteArray &body)
{
    return {status, body};
}
inline Step oauthError(const char *code)
{
    return {400, QByteArray("{\"error\":\"") + code + "\"}"};
}
inline Step html(int status)
{
    return {status, "<html><body>Proxy error</body></html>", Step::Answer, "text/html"};
}
inline Step closed()
{
    return {0, {}, Step::Close};
}
inline Step hang()
{
    return {0, {}, Step::Hang};
}

// Answers each path from its own list of steps; the last step repeats.
class ScriptedServer
{
public:
    explicit ScriptedServer(const QByteArray &prefix)
        : m_prefix(prefix)
    {
        m_server.setHandler([this](const RawHttpServer::Request &request, QTcpSocket *socket) {
            const QByteArray path = request.path;
            QList<Step> &steps = m_steps[path];
            ++m_counts[path];
            if (steps.isEmpty())
                return RawHttpServer::reply(socket, RawHttpServer::response(404, "{}"));
            const Step step = steps.size() > 1 ? steps.takeFirst() : steps.first();
            switch (step.mode) {
            case Step::Answer:
                return RawHttpServer::reply(
                    socket, RawHttpServer::response(step.status, step.body, step.contentType));
            case Step::Close:
                socket->abort();
                return;
            case Step::Hang:
                return;
            }
        });
    }
    bool start() { return m_server.start(); }
    QUrl url() const { return m_server.url(QString::fromLatin1(m_prefix)); }
    void script(const QByteArray &path, const QList<Step> &steps)
    {
        m_steps[m_prefix + path] = steps;
    }
    int count(const QByteArray &path) const { return m_counts.value(m_prefix + path); }
    QList<RawHttpServer::Request> requests(const QByteArray &path) const
    {
        QList<RawHttpServer::Request> out;
        for (const auto &request : m_server.requests()) {
            if (request.path == m_prefix + path)
                out.append(request);
        }
        return out;
    }
    void close() { m_server.close(); }

private:
    QByteArray m_prefix;
    RawHttpServer m_server;
    QHash<QByteArray, QList<Step>> m_steps;
    QHash<QByteArray, int> m_counts;
};

Q_DECLARE_METATYPE(Step)
