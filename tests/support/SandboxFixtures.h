#pragma once

// Shared helpers for tests that talk to gobiz::sandbox::SandboxServer over real loopback HTTP.
// Deliberately independent of app/api: the sandbox tests must not trust the client they are
// meant to check.

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <memory>

namespace gobiz::sandbox::testing {

using namespace Qt::StringLiterals;

// "/integrations/partner/outlets/<id, percent-encoded>/v1/link/<product>"
inline QByteArray linkPath(const QString &outletId, const QString &product = u"gofood"_s)
{
    return "/integrations/partner/outlets/" + QUrl::toPercentEncoding(outletId) + "/v1/link/"
        + QUrl::toPercentEncoding(product);
}

inline QByteArray tokenInfoPath()
{
    return "/integrations/partner/v1/token-info";
}

inline QByteArray linkBody(const QString &externalId)
{
    return QJsonDocument(QJsonObject {{u"external_outlet_id"_s, externalId}})
        .toJson(QJsonDocument::Compact);
}

// Everything a test wants from one finished reply.
struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0 when no HTTP status arrived
    QByteArray body;
    QByteArray contentType;
    QByteArray requestId;
    QByteArray retryAfter;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const { return !QJsonDocument::fromJson(body).isNull(); }
    QString errorTitle() const
    {
        return json()
            .value(u"errors")
            .toArray()
            .at(0)
            .toObject()
            .value(u"message_title")
            .toString();
    }
    QString errorCode() const
    {
        return json().value(u"errors").toArray().at(0).toObject().value(u"code").toString();
    }
};

// A raw client: builds requests the way a test wants them, including wrong ones.
class SandboxClient
{
public:
    explicit SandboxClient(const QUrl &baseUrl)
        : m_base(baseUrl)
    { }

    QNetworkAccessManager &manager() { return m_manager; }

    QNetworkRequest request(
        const QByteArray &encodedPath, const QString &token = DemoTokens::owner()) const
    {
        QUrl url = m_base;
        // The path is already percent-encoded; StrictMode keeps "%2F" as it is.
        url.setPath(QString::fromLatin1(encodedPath), QUrl::StrictMode);
        QNetworkRequest request(url);
        if (!token.isNull())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setTransferTimeout(m_timeoutMs);
        return request;
    }

    QNetworkReply *send(
        const QByteArray &method, const QNetworkRequest &request, const QByteArray &body = {})
    {
        if (method == "GET")
            return m_manager.get(request);
        if (method == "PUT")
            return m_manager.put(request, body);
        if (method == "DELETE")
            return m_manager.deleteResource(request);
        if (method == "POST")
            return m_manager.post(request, body);
        return m_manager.sendCustomRequest(request, method, body);
    }

    // Link request with a JSON body and the right Content-Type.
    QNetworkRequest linkRequest(const QString &outletId, const QString &product = u"gofood"_s,
        const QString &token = DemoTokens::owner()) const
    {
        QNetworkRequest r = request(linkPath(outletId, product), token);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return r;
    }

    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(timeoutMs))
                return {};
        }
        HttpResult result;
        result.finished = true;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen()) // an aborted reply (timeout) is closed
            result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.requestId = reply->rawHeader("X-Request-ID");
        result.retryAfter = reply->rawHeader("Retry-After");
        return result;
    }

    HttpResult get(const QByteArray &path, const QString &token = DemoTokens::owner())
    {
        return wait(send("GET", request(path, token)));
    }
    HttpResult tokenInfo(const QString &token = DemoTokens::owner())
    {
        return get(tokenInfoPath(), token);
    }
    HttpResult link(const QString &outletId, const QString &externalId,
        const QString &product = u"gofood"_s, const QString &token = DemoTokens::owner())
    {
        return wait(send("PUT", linkRequest(outletId, product, token), linkBody(externalId)));
    }
    HttpResult unlink(const QString &outletId, const QString &product = u"gofood"_s,
        const QString &token = DemoTokens::owner())
    {
        return wait(send("DELETE", request(linkPath(outletId, product), token)));
    }

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

private:
    QUrl m_base;
    QNetworkAccessManager m_manager;
    int m_timeoutMs = 15000;
};

// One hand-written HTTP/1.1 exchange over a plain socket, for requests QNetworkAccessManager
// refuses to make (no Content-Type on a PUT, odd paths) and for checking raw bytes. Waits with
// QSignalSpy, never with blocking socket calls: the server runs in this same thread.
struct RawResponse
{
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

inline RawResponse rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(timeoutMs))
        return {};
    socket.write(request);
    QByteArray data;
    RawResponse response;
    for (;;) {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            response.head = data.left(end);
            response.status = response.head.mid(9, 3).toInt();
            const qsizetype length = response.header("Content-Length").toLongLong();
            if (data.size() - end - 4 >= length) {
                response.body = data.mid(end + 4, length);
                return response;
            }
        }
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        if (socket.bytesAvailable() == 0 && !readyRead.wait(timeoutMs))
            return {};
    }
}

// A small, fixed fixture: merchant A (owner, manager with a subset, cashier) and merchant B,
// with outlet ids chosen to be awkward in URLs.
inline Fixture awkwardFixture()
{
    Fixture fixture;
    FixtureMerchant a;
    a.name = u"Warung Uji"_s;
    const QStringList ids {u"G000000001"_s, u"G000000002"_s, u"with space"_s, u"slash/inside"_s,
        u"percent%41"_s, u"kopi-☕-Bandung"_s, u"colon:and?query#x"_s};
    for (const QString &id : ids)
        a.outlets.append({id, u"Outlet "_s + id, u"Jl. Uji No. 1, Jakarta"_s, u"MANUAL_ACCEPT"_s});
    FixtureGenerator::addDemoUsers(&a);
    FixtureMerchant b;
    b.name = u"Other merchant"_s;
    b.outlets.append(
        {u"G999999999"_s, u"Elsewhere"_s, u"Jl. Lain No. 2, Bandung"_s, u"MANUAL_ACCEPT"_s});
    b.users.append({u"Other owner"_s, {u"owner"_s}, {{u"other-owner-token"_s, {}, {}}},
        u"+6281299990001"_s, {}});
    fixture.merchants = {a, b};
    return fixture;
}

} // namespace gobiz::sandbox::testing
