#include "GoBizClient.h"

#include "ApiParsers.h"
#include "RequestAttributes.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace gobiz {

namespace {
const QByteArray jsonType = QByteArrayLiteral("application/json");
}

GoBizClient::GoBizClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_maxBodyBytes(ApiParsers::defaultMaxBodyBytes)
{
}

QString GoBizClient::setBaseUrl(const QUrl &baseUrl)
{
    const QString problem = Environment::validateBaseUrl(baseUrl);
    if (problem.isEmpty())
        m_baseUrl = baseUrl;
    return problem;
}

void GoBizClient::setToken(const QString &token)
{
    if (!m_token.isEmpty() && m_token != token)
        Redactor::forgetSecret(m_token);
    m_token = token;
    Redactor::registerSecret(token);
}

void GoBizClient::clearToken()
{
    // Stays registered with the Redactor: it may still sit in a log line being written.
    m_token.clear();
}

QUrl GoBizClient::endpointUrl(const QUrl &baseUrl, const QStringList &segments)
{
    QByteArray path = baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    for (const QString &segment : segments) {
        // "." and ".." are resolved away as dot-segments even when percent-encoded, so the
        // request would reach another endpoint. No such URL exists; callers refuse the call.
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return {};
        path.append('/');
        path.append(QUrl::toPercentEncoding(segment));
    }
    QUrl url = baseUrl;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    return url;
}

QString GoBizClient::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QNetworkRequest GoBizClient::makeRequest(const QUrl &url, const ApiReply &reply, int attempt) const
{
    const QString requestId = reply.requestId();
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_transferTimeout.count()));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader("Accept", jsonType);
    // GoBiz treats Content-Type as required on every call (gobiz-api.md §7).
    request.setHeader(QNetworkRequest::ContentTypeHeader, jsonType);
    request.setRawHeader("X-Request-ID", requestId.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("GoBizOutletWizard/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    if (!reply.outletId().isEmpty())
        request.setAttribute(RequestAttribute::OutletId, reply.outletId());
    if (reply.product())
        request.setAttribute(RequestAttribute::Product, productKey(*reply.product()));
    request.setAttribute(RequestAttribute::Attempt, attempt);
    return request;
}

ApiReply *GoBizClient::send(ApiReply *reply, const QByteArray &verb, const QUrl &url,
                            const QByteArray &body, int attempt)
{
    const QString problem = Environment::validateBaseUrl(m_baseUrl);
    if (!problem.isEmpty()) {
        ApiError error(ApiError::Kind::BadRequest);
        error.detail = problem;
        reply->finishWith(error);
        return reply;
    }
    if (!url.isValid()) {
        ApiError error(ApiError::Kind::BadRequest);
        error.detail = tr("The outlet id \"%1\" cannot be used in a web address, so it was not "
                          "sent. Contact GoBiz support about this outlet.")
                           .arg(reply->outletId());
        reply->finishWith(error);
        return reply;
    }
    if (m_token.isEmpty()) {
        ApiError error(ApiError::Kind::Unauthorized);
        error.detail = tr("No access token was given.");
        reply->finishWith(error);
        return reply;
    }
    const QNetworkRequest request = makeRequest(url, *reply, attempt);
    QNetworkReply *networkReply = nullptr;
    if (verb == "GET")
        networkReply = m_network->get(request);
    else if (verb == "PUT")
        networkReply = m_network->put(request, body);
    else
        networkReply = m_network->deleteResource(request);
    reply->attach(networkReply, m_maxBodyBytes);
    qCDebug(lcApi).noquote() << verb << url.path(QUrl::FullyEncoded) << "request id"
                             << reply->requestId();
    connect(reply, &ApiReply::finished, this, [this, reply, verb, url] {
        const ApiError &error = reply->error();
        qCInfo(lcApi).noquote() << verb << url.path(QUrl::FullyEncoded) << "->"
                                << (error.isError() ? ApiError::kindKey(error.kind) : QStringLiteral("ok"))
                                << "HTTP" << error.httpStatus << "in" << reply->elapsedMs() << "ms"
                                << "request id" << reply->requestId()
                                << (error.detail.isEmpty() ? QString() : error.detail);
        emit replyFinished(reply);
    });
    return reply;
}

ApiReply *GoBizClient::tokenInfo()
{
    auto *reply = new ApiReply(ApiReply::Endpoint::TokenInfo, newRequestId(), this);
    const QUrl url = endpointUrl(m_baseUrl, {QStringLiteral("integrations"), QStringLiteral("partner"),
                                             QStringLiteral("v1"), QStringLiteral("token-info")});
    return send(reply, "GET", url, {});
}

ApiReply *GoBizClient::link(const QString &outletId, Product product, const QString &externalOutletId,
                             int attempt)
{
    auto *reply = new ApiReply(ApiReply::Endpoint::Link, newRequestId(), this);
    reply->m_outletId = outletId;
    reply->m_product = product;
    const QString externalId = externalOutletId.trimmed();
    if (externalId.isEmpty() || outletId.isEmpty()) {
        ApiError error(ApiError::Kind::BadRequest);
        error.detail = outletId.isEmpty()
            ? tr("The outlet has no id, so it cannot be linked.")
            : tr("Enter the partner's external outlet ID before linking: GoBiz requires it.");
        reply->finishWith(error);
        return reply;
    }
    const QUrl url = endpointUrl(m_baseUrl, {QStringLiteral("integrations"), QStringLiteral("partner"),
                                             QStringLiteral("outlets"), outletId, QStringLiteral("v1"),
                                             QStringLiteral("link"), productKey(product)});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("external_outlet_id"), externalId}})
                                .toJson(QJsonDocument::Compact);
    return send(reply, "PUT", url, body, attempt);
}

ApiReply *GoBizClient::unlink(const QString &outletId, Product product, int attempt)
{
    auto *reply = new ApiReply(ApiReply::Endpoint::Unlink, newRequestId(), this);
    reply->m_outletId = outletId;
    reply->m_product = product;
    const QUrl url = endpointUrl(m_baseUrl, {QStringLiteral("integrations"), QStringLiteral("partner"),
                                             QStringLiteral("outlets"), outletId, QStringLiteral("v1"),
                                             QStringLiteral("link"), productKey(product)});
    return send(reply, "DELETE", url, {}, attempt);
}

} // namespace gobiz
