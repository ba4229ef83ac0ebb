#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

// The gobiz-sandbox executable in a process of its own (as a person or CI would run it): started
// on port 0, its base URL and demo token read from what it prints.
class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    // needToken: wait for the demo owner token line (not printed when serving a --fixture).
    bool start(const QStringList &arguments, QString *error, bool needToken = true)
    {
        m_process.setProgram(QStringLiteral(GOBIZ_SANDBOX_EXE));
        m_process.setArguments(
            QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        static const QRegularExpression owner(QStringLiteral("demo token \\(owner\\): (\\S+)"));
        QByteArray printed;
        const QDeadlineTimer deadline(15000);
        while (
            !deadline.hasExpired() && (m_baseUrl.isEmpty() || (needToken && m_token.isEmpty()))) {
            if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
                break;
            printed += m_process.readAllStandardOutput();
            const QString text = QString::fromUtf8(printed);
            if (const auto m = listening.match(text); m.hasMatch())
                m_baseUrl = QUrl(m.captured(1));
            if (const auto m = owner.match(text); m.hasMatch())
                m_token = m.captured(1);
        }
        if (m_baseUrl.isEmpty() || (needToken && m_token.isEmpty())) {
            *error = QStringLiteral("gobiz-sandbox did not print its URL and token: %1 %2")
                         .arg(QString::fromUtf8(printed),
                             QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the sandbox stops cleanly
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QProcess &process() { return m_process; }

    // GET /_sandbox/state, or POST to another sandbox route; empty object on failure.
    QJsonObject call(const QByteArray &verb, const QString &route, const QByteArray &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_baseUrl.resolved(QUrl(route)));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = verb == "GET" ? network.get(request) : network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }
    QJsonObject state() { return call("GET", QStringLiteral("_sandbox/state")); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_token;
};
