#include "ApiReply.h"

#include "ApiParsers.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <memory>

namespace gobiz {

namespace {

QString describeCertificate(const QSslCertificate &certificate)
{
    const auto join = [](const QStringList &parts) { return parts.join(QStringLiteral(", ")); };
    return QStringLiteral("subject: %1; issuer: %2; SHA-256: %3")
        .arg(join(certificate.subjectInfo(QSslCertificate::CommonName)
                  + certificate.subjectInfo(QSslCertificate::Organization)),
             join(certificate.issuerInfo(QSslCertificate::CommonName)
                  + certificate.issuerInfo(QSslCertificate::Organization)),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

ApiReply::ApiReply(Endpoint endpoint, const QString &requestId, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_requestId(requestId)
{
    m_timer.start();
}

void ApiReply::attach(QNetworkReply *reply, qint64 maxBodyBytes)
{
    m_reply = reply;
    m_maxBodyBytes = maxBodyBytes;
    const QUrl origin = reply->request().url();
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_bodyTooLarge)
            return;
        const QByteArray chunk = m_reply->readAll();
        if (m_body.size() + chunk.size() > m_maxBodyBytes) {
            m_bodyTooLarge = true;
            m_body.clear();
            m_reply->abort();
            return;
        }
        m_body.append(chunk);
    });
    // Redirects stay on the same scheme, host and port: the Authorization header must never
    // travel to another host, and https must never become http.
    // The cap is counted here too: Qt 6.4 with UserVerifiedRedirectPolicy lets one redirect more
    // through than maximumRedirectsAllowed and may end the loop as a bodiless "100".
    auto hops = std::make_shared<int>(0);
    connect(reply, &QNetworkReply::redirected, this, [this, origin, hops](const QUrl &target) {
        if (++*hops > m_reply->request().maximumRedirectsAllowed()) {
            m_redirectRefused = QStringLiteral("more than %1 redirects").arg(*hops - 1);
            m_reply->abort();
            return;
        }
        if (sameOrigin(origin, target)) {
            m_reply->redirectAllowed();
            return;
        }
        m_redirectRefused = QStringLiteral("redirect to another host or scheme refused: %1")
                                .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        m_reply->abort();
    });
#ifndef QT_NO_SSL
    // TLS errors are never ignored: the handshake fails and the person sees which certificate.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList lines;
        for (const QSslError &error : errors) {
            QString line = error.errorString();
            if (!error.certificate().isNull())
                line += QStringLiteral(" (") + describeCertificate(error.certificate()) + u')';
            lines.append(line);
        }
        m_tlsDetail = lines.join(u'\n');
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onNetworkFinished);
    // The transfer timeout notices silence only: a server trickling a byte now and then would
    // hold the request for ever. The whole exchange gets at most eight transfer timeouts (four
    // minutes by default, enough for 15 MB of token-info at 0.5 Mbit/s); the abort is reported
    // as a timeout (m_cancelled stays false).
    // The timer is the reply's child, so it goes with the reply: a QTimer::singleShot would stay
    // registered for the whole four minutes after the answer (Qt 6.4 keeps a single-shot timer
    // until it fires, even when its context object is gone), and thousands of them made every
    // timer start on this thread walk the list.
    if (const int timeout = reply->request().transferTimeout(); timeout > 0) {
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        deadline->setTimerType(Qt::CoarseTimer);
        connect(deadline, &QTimer::timeout, reply, [reply] {
            if (reply->isRunning())
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, deadline, &QTimer::stop);
        deadline->start(std::chrono::milliseconds(qint64(timeout) * 8));
    }
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // finished() follows through onNetworkFinished
    else
        finishWith(ApiError(ApiError::Kind::Cancelled));
}

void ApiReply::finishWith(const ApiError &error)
{
    // Nothing left this computer: no request id to quote, GoBiz saw nothing.
    m_error = error;
    m_error.notSent = true;
    m_requestId.clear();
    m_error.requestId.clear();
    // Queued, so a caller who just received this reply can still connect to finished().
    QMetaObject::invokeMethod(this, &ApiReply::complete, Qt::QueuedConnection);
}

void ApiReply::onNetworkFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (!m_bodyTooLarge && reply->bytesAvailable() > 0) {
        const QByteArray rest = reply->readAll();
        if (m_body.size() + rest.size() > m_maxBodyBytes) {
            m_bodyTooLarge = true;
            m_body.clear();
        } else {
            m_body.append(rest);
        }
    }

    ApiParsers::RawResponse raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.networkError = reply->error();
    raw.networkErrorString = reply->errorString();
    raw.body = m_body;
    raw.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    raw.retryAfter = reply->rawHeader("Retry-After");
    raw.bodyTooLarge = m_bodyTooLarge;
    raw.cancelled = m_cancelled;
    raw.timedOut = !m_cancelled && !m_bodyTooLarge && m_redirectRefused.isEmpty()
        && reply->error() == QNetworkReply::OperationCanceledError;
    raw.requestId = m_requestId;

    m_error = ApiParsers::classify(raw);
    if (!m_redirectRefused.isEmpty() && !m_cancelled) {
        m_error.kind = ApiError::Kind::Protocol;
        m_error.detail = m_redirectRefused;
    }
    if (!m_tlsDetail.isEmpty() && m_error.kind == ApiError::Kind::Tls)
        m_error.detail = m_tlsDetail;
    if (!m_error.isError())
        parseSuccessBody();
    // What the server wrote passes the one redaction point: a hostile server may echo the
    // Authorization header into its error message.
    m_error.title = Redactor::redact(m_error.title);
    m_error.serverMessage = Redactor::redact(m_error.serverMessage);
    m_error.code = Redactor::redact(m_error.code);
    m_error.detail = Redactor::redact(m_error.detail);
    m_body.clear();
    reply->deleteLater();
    m_reply = nullptr;
    complete();
}

void ApiReply::parseSuccessBody()
{
    ApiError parseError;
    switch (m_endpoint) {
    case Endpoint::TokenInfo: {
        auto parsed = ApiParsers::parseTokenInfo(m_body);
        m_tokenInfo = std::move(parsed.value);
        parseError = parsed.error;
        break;
    }
    case Endpoint::Link: {
        auto parsed = ApiParsers::parseLinkResponse(m_body);
        m_confirmation = parsed.value;
        parseError = parsed.error;
        if (!parseError.isError() && !m_confirmation.outletId.isEmpty()
            && m_confirmation.outletId != m_outletId) {
            parseError = ApiError(ApiError::Kind::Protocol);
            parseError.detail = QStringLiteral("GoBiz confirmed a different outlet id");
        }
        break;
    }
    case Endpoint::Unlink:
        parseError = ApiParsers::parseUnlinkResponse(m_body);
        break;
    }
    if (parseError.isError()) {
        const int status = m_error.httpStatus;
        m_error = parseError;
        m_error.httpStatus = status;
        m_error.requestId = m_requestId;
    }
}

void ApiReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_elapsedMs = m_timer.elapsed();
    emit finished();
}

} // namespace gobiz
