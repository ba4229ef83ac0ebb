#include "SignInFlow.h"

#include "api/ApiParsers.h"
#include "diagnostics/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cmath>
#include <memory>

namespace gobiz {

namespace {
// Sign-in answers are a few hundred bytes; anything this large is not one.
constexpr qint64 maxAnswerBytes = 256 * 1024;
// RFC 6749 §5.1 makes expires_in optional; GoBiz's default lifetime (gobiz-api.md §6).
constexpr int defaultExpiresIn = 3600;

SignInError::Kind kindFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Timeout:
        return SignInError::Slow;
    case ApiError::Kind::Tls:
        return SignInError::Tls;
    case ApiError::Kind::Server:
        return SignInError::ServerError;
    case ApiError::Kind::Protocol:
        return SignInError::BadAnswer;
    case ApiError::Kind::Cancelled:
        return SignInError::Cancelled;
    case ApiError::Kind::Network:
        return SignInError::Unreachable;
    default:
        return SignInError::Refused;
    }
}
} // namespace

SignInFlow::SignInFlow(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<SignInPrompt>();
    qRegisterMetaType<SignInGrant>();
    qRegisterMetaType<SignInError>();
}

SignInFlow::~SignInFlow()
{
    abortRequests();
}

void SignInFlow::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime SignInFlow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds SignInFlow::scaled(double seconds) const
{
    const double ms = std::max(0.0, seconds * 1000.0 * m_timeScale);
    return std::chrono::milliseconds(qint64(std::min(ms, 24.0 * 3600 * 1000)));
}

QNetworkReply *SignInFlow::post(
    const QUrl &url, const QByteArray &body, const QByteArray &contentType, AnswerHandler handler)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_transferTimeout.count()));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    QNetworkReply *reply = m_network->post(request, body);
    m_running.append(reply);

    auto received = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, received, tooLarge] {
        if (*tooLarge)
            return;
        received->append(reply->readAll());
        if (received->size() > maxAnswerBytes) {
            *tooLarge = true;
            received->clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, received, tooLarge, url, handler] {
        m_running.removeAll(reply);
        reply->deleteLater();
        if (!*tooLarge && reply->isOpen())
            received->append(reply->readAll());

        ApiParsers::RawResponse raw;
        raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.networkError = reply->error();
        raw.networkErrorString = reply->errorString();
        raw.body = *received;
        raw.retryAfter = reply->rawHeader("Retry-After");
        raw.bodyTooLarge = *tooLarge;
        // abortRequests() disconnects first, so an abort seen here is the transfer timeout.
        raw.timedOut = !*tooLarge && reply->error() == QNetworkReply::OperationCanceledError;

        Answer answer;
        answer.httpStatus = raw.httpStatus;
        answer.body = *received;
        const ApiError classified = ApiParsers::classify(raw, now());
        answer.retryAfter = classified.retryAfter;
        // 4xx and 5xx carry an answer the flow reads itself; anything else that is not a 2xx
        // (no answer, a redirect, a body too large) is a transport error.
        const bool httpAnswer = raw.httpStatus >= 200 && raw.httpStatus < 600
            && !(raw.httpStatus >= 300 && raw.httpStatus < 400) && !raw.bodyTooLarge
            && !raw.timedOut
            && (raw.networkError == QNetworkReply::NoError || raw.httpStatus >= 400);
        if (!httpAnswer) {
            SignInError failure = error(kindFor(classified.kind), url,
                classified.detail.isEmpty() ? raw.networkErrorString : classified.detail);
            if (raw.httpStatus >= 300 && raw.httpStatus < 400) {
                failure.kind = SignInError::BadAnswer;
                failure.detail
                    = QStringLiteral("HTTP %1 redirect not followed").arg(raw.httpStatus);
            }
            if (failure.kind == SignInError::Refused) // a transport error we have no kind for
                failure.kind = SignInError::Unreachable;
            failure.httpStatus = raw.httpStatus;
            answer.transportError = failure;
        }
        handler(answer);
    });
    return reply;
}

void SignInFlow::abortRequest(QNetworkReply *reply)
{
    if (!reply)
        return;
    m_running.removeAll(reply);
    disconnect(reply, nullptr, this, nullptr);
    // Deleted rather than aborted: abort() on a reply whose connection is just closing makes
    // Qt 6.4 warn "this method must only be called once"; deleting one ends it as well.
    delete reply;
}

void SignInFlow::abortRequests()
{
    const QList<QPointer<QNetworkReply>> running = std::exchange(m_running, {});
    for (const QPointer<QNetworkReply> &reply : running)
        abortRequest(reply);
}

SignInError SignInFlow::error(SignInError::Kind kind, const QUrl &url, const QString &detail)
{
    SignInError failure;
    failure.kind = kind;
    failure.server = url.host();
    failure.detail = Redactor::redact(detail);
    return failure;
}

SignInError SignInFlow::statusError(const QUrl &url, int status, const QByteArray &body)
{
    SignInError::Kind kind = SignInError::BadAnswer;
    if (status >= 500)
        kind = SignInError::ServerError;
    else if (status >= 400)
        kind = SignInError::Refused;
    SignInError failure = error(kind, url,
        QStringLiteral("HTTP %1 from %2: %3")
            .arg(status)
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                QString::fromUtf8(body.left(200))));
    failure.httpStatus = status;
    failure.oauthError = Redactor::redact(oauthErrorCode(body));
    return failure;
}

QString SignInFlow::oauthErrorCode(const QByteArray &body)
{
    if (ApiParsers::jsonNestingDepth(body) > ApiParsers::maxJsonDepth)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue value = document.object().value(u"error");
    return value.isString() ? value.toString().left(100) : QString();
}

std::optional<SignInGrant> SignInFlow::parseGrant(
    const QByteArray &body, const QString &renewalKey, QString *problem) const
{
    auto refuse = [problem](const QString &why) -> std::optional<SignInGrant> {
        *problem = why;
        return std::nullopt;
    };
    if (ApiParsers::jsonNestingDepth(body) > ApiParsers::maxJsonDepth)
        return refuse(QStringLiteral("answer nested too deeply"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return refuse(
            QStringLiteral("answer is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject object = document.object();

    SignInGrant grant;
    const QJsonValue token = object.value(u"access_token");
    const QJsonValue renewal = object.value(renewalKey);
    // Registered before anything else looks at them, so a later problem text cannot carry one.
    if (token.isString())
        Redactor::registerSecret(token.toString());
    if (renewal.isString())
        Redactor::registerSecret(renewal.toString());
    if (!token.isString() || token.toString().isEmpty())
        return refuse(QStringLiteral("answer has no access_token"));
    grant.accessToken = token.toString();
    const QJsonValue type = object.value(u"token_type");
    if (!type.isUndefined() && type.toString().compare(u"bearer", Qt::CaseInsensitive) != 0)
        return refuse(QStringLiteral("token_type is not bearer"));
    const QJsonValue expiresIn = object.value(u"expires_in");
    double seconds = defaultExpiresIn;
    if (!expiresIn.isUndefined()) {
        seconds = expiresIn.toDouble(-1);
        if (!(seconds > 0) || !std::isfinite(seconds))
            return refuse(QStringLiteral("expires_in is not a positive number"));
    }
    grant.expiresAt = now().addMSecs(qint64(std::min(seconds, 10.0 * 365 * 86400) * 1000));
    grant.scope = object.value(u"scope").toString();
    if (!renewal.isUndefined() && !renewal.isNull()) {
        if (!renewal.isString())
            return refuse(QStringLiteral("%1 is not text").arg(renewalKey));
        grant.renewal = renewal.toString();
    }
    return grant;
}

} // namespace gobiz
