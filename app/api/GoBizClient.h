#pragma once

#include "ApiReply.h"
#include "Environment.h"

#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace gobiz {

// The three calls the wizard needs (gobiz-api.md §1–3), asynchronous, over one shared
// QNetworkAccessManager. Holds the token in memory only.
class GoBizClient : public QObject
{
    Q_OBJECT
public:
    explicit GoBizClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Refuses (returns the reason) a URL Environment::validateBaseUrl() refuses.
    QString setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    // Expects a token already normalised by AccessToken::normalize().
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void clearToken();

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    ApiReply *tokenInfo();
    // attempt: which attempt of this change the call is (for the network log; 1 the first).
    ApiReply *link(const QString &outletId, Product product, const QString &externalOutletId,
        int attempt = 1);
    ApiReply *unlink(const QString &outletId, Product product, int attempt = 1);

    // Path segments are percent-encoded: an outlet id is opaque text. Returns an invalid URL
    // for an empty, "." or ".." segment, which would address another endpoint.
    static QUrl endpointUrl(const QUrl &baseUrl, const QStringList &segments);
    static QString newRequestId();

    static constexpr int maxRedirects = 3;

signals:
    // For logging and diagnostics; never carries the token.
    void replyFinished(gobiz::ApiReply *reply);

private:
    QNetworkRequest makeRequest(const QUrl &url, const ApiReply &reply, int attempt) const;
    ApiReply *send(ApiReply *reply, const QByteArray &verb, const QUrl &url, const QByteArray &body,
        int attempt = 1);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_transferTimeout{std::chrono::seconds(30)};
    qint64 m_maxBodyBytes;
};

} // namespace gobiz
