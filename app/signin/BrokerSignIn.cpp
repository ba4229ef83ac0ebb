#include "BrokerSignIn.h"

#include "api/Environment.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSysInfo>
#include <cmath>

namespace gobiz {

namespace {
const QByteArray json = QByteArrayLiteral("application/json");

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Seconds from a JSON number; fallback when absent; nullopt when present but not positive.
std::optional<double> positiveSeconds(const QJsonValue &value, double fallback)
{
    if (value.isUndefined())
        return fallback;
    const double seconds = value.toDouble(-1);
    if (!(seconds > 0) || !std::isfinite(seconds))
        return std::nullopt;
    return std::min(seconds, 24.0 * 3600);
}
} // namespace

BrokerSignIn::BrokerSignIn(QNetworkAccessManager *network, const QUrl &brokerUrl, QObject *parent)
    : SignInFlow(network, parent)
    , m_brokerUrl(brokerUrl)
{
    if (!m_brokerUrl.path().endsWith(u'/'))
        m_brokerUrl.setPath(m_brokerUrl.path() + u'/');
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BrokerSignIn::poll);
}

BrokerSignIn::~BrokerSignIn() = default;

QUrl BrokerSignIn::endpoint(const QString &path) const
{
    return m_brokerUrl.resolved(QUrl(path));
}

void BrokerSignIn::start(const SignInOptions &options)
{
    if (isSigningIn())
        cancel();
    setSigningIn(true);
    m_pollToken.clear();
    m_interval = defaultInterval;
    m_failuresInRow = 0;
    m_pollsSent = 0;
    QJsonObject request {
        {u"device_name"_qs,
            options.deviceName.isEmpty() ? QSysInfo::machineHostName() : options.deviceName},
        {u"ui_locale"_qs, options.uiLocale == u"id" ? u"id"_qs : u"en"_qs},
    };
    // Not in the first protocol draft: asks the broker to put prompt=login on its authorize
    // request, for "Use another GoBiz account". A broker that ignores it shows the remembered one.
    if (options.anotherAccount)
        request.insert(u"prompt"_qs, u"login"_qs);
    m_pending = post(endpoint(u"login/start"_qs), body(request), json,
        [this](const Answer &answer) { onStarted(answer); });
}

void BrokerSignIn::onStarted(const Answer &answer)
{
    m_pending = nullptr;
    const QUrl url = endpoint(u"login/start"_qs);
    if (answer.transportError)
        return finish(std::nullopt, *answer.transportError);
    if (answer.httpStatus != 200)
        return finish(std::nullopt, statusError(url, answer.httpStatus, answer.body));

    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    const QJsonValue pollToken = object.value(u"poll_token");
    if (pollToken.isString())
        Redactor::registerSecret(pollToken.toString());
    const QUrl loginUrl(object.value(u"login_url").toString(), QUrl::StrictMode);
    const std::optional<double> expiresIn = positiveSeconds(object.value(u"expires_in"), 600);
    const std::optional<double> interval
        = positiveSeconds(object.value(u"interval"), defaultInterval);
    QString problem;
    if (!pollToken.isString() || pollToken.toString().isEmpty())
        problem = QStringLiteral("login/start answer has no poll_token");
    else if (!loginUrl.isValid() || !Environment::validateBaseUrl(loginUrl).isEmpty())
        problem = QStringLiteral("login_url is missing or neither https nor loopback http");
    else if (!expiresIn || !interval)
        problem = QStringLiteral("expires_in or interval is not a positive number");
    if (!problem.isEmpty())
        return finish(std::nullopt, error(SignInError::BadAnswer, url, problem));

    m_pollToken = pollToken.toString();
    m_interval = *interval;
    m_deadline = QDeadlineTimer(scaled(*expiresIn));
    SignInPrompt prompt;
    prompt.loginUrl = loginUrl;
    prompt.pairingCode = object.value(u"pairing_code").toString().left(32);
    prompt.expiresAt = now().addMSecs(qint64(*expiresIn * 1000));
    schedulePoll(scaled(m_interval));
    emit waitingForBrowser(prompt);
}

void BrokerSignIn::schedulePoll(std::chrono::milliseconds wait)
{
    // The last poll happens at the deadline at the latest: a login approved in its final
    // seconds is still collected.
    const auto left = std::chrono::milliseconds(m_deadline.remainingTime());
    m_pollTimer.start(std::max(std::chrono::milliseconds(0), std::min(wait, left)));
}

void BrokerSignIn::poll()
{
    ++m_pollsSent;
    m_pending = post(endpoint(u"login/poll"_qs), body({{u"poll_token"_qs, m_pollToken}}), json,
        [this](const Answer &answer) { onPolled(answer); });
}

void BrokerSignIn::onPolled(const Answer &answer)
{
    m_pending = nullptr;
    const QUrl url = endpoint(u"login/poll"_qs);
    if (answer.transportError)
        return retryAfterFailure(*answer.transportError, answer.retryAfter);
    if (answer.httpStatus == 200) {
        QString problem;
        const std::optional<SignInGrant> grant = parseGrant(answer.body, u"session"_qs, &problem);
        if (!grant)
            return retryAfterFailure(error(SignInError::BadAnswer, url, problem), std::nullopt);
        return finish(grant, {});
    }
    const QString code = oauthErrorCode(answer.body);
    if (answer.httpStatus == 400 && code == u"authorization_pending") {
        m_failuresInRow = 0;
        if (m_deadline.hasExpired())
            return finish(std::nullopt, error(SignInError::Expired, url, u"login expired"_qs));
        return schedulePoll(scaled(m_interval));
    }
    if (answer.httpStatus == 400 && code == u"slow_down") {
        m_failuresInRow = 0;
        m_interval += slowDownStep;
        qCInfo(lcApi, "broker asked to slow down: polling every %.2f s", m_interval);
        if (m_deadline.hasExpired())
            return finish(std::nullopt, error(SignInError::Expired, url, u"login expired"_qs));
        return schedulePoll(scaled(m_interval));
    }
    if (answer.httpStatus == 400 && code == u"access_denied")
        return finish(std::nullopt, error(SignInError::Denied, url, u"access_denied"_qs));
    if (answer.httpStatus == 400 && code == u"expired_token")
        return finish(std::nullopt, error(SignInError::Expired, url, u"expired_token"_qs));
    // A 400 without a readable {"error": ...} is a proxy's page or a garbled answer, not the
    // broker's verdict: asked again.
    const bool garbled = answer.httpStatus == 400 && code.isEmpty()
        && !QJsonDocument::fromJson(answer.body).isObject();
    if (answer.httpStatus >= 500 || answer.httpStatus == 429 || garbled)
        return retryAfterFailure(
            statusError(url, answer.httpStatus, answer.body), answer.retryAfter);
    // Another 4xx: the broker does not know this poll token or this request: asking again
    // cannot help.
    finish(std::nullopt, statusError(url, answer.httpStatus, answer.body));
}

void BrokerSignIn::retryAfterFailure(
    const SignInError &failure, std::optional<std::chrono::milliseconds> retryAfter)
{
    if (m_deadline.hasExpired()) {
        SignInError last = failure;
        last.detail = QStringLiteral("login expired while polling failed: ") + failure.detail;
        return finish(std::nullopt, last);
    }
    ++m_failuresInRow;
    qCInfo(lcApi, "broker poll failed (%s), retry %d", qUtf8Printable(failure.detail),
        m_failuresInRow);
    const double backoff
        = std::min(maxBackoff, m_interval * std::pow(2.0, std::min(m_failuresInRow, 16)));
    std::chrono::milliseconds wait = scaled(backoff);
    if (retryAfter)
        wait = std::max(wait, std::chrono::milliseconds(qint64(retryAfter->count() * timeScale())));
    schedulePoll(wait);
}

void BrokerSignIn::finish(const std::optional<SignInGrant> &grant, const SignInError &failure)
{
    m_pollTimer.stop();
    m_pollToken.clear();
    setSigningIn(false);
    if (grant)
        emit signedIn(*grant);
    else
        emit failed(failure);
}

void BrokerSignIn::cancel()
{
    if (!isSigningIn())
        return;
    // Only this sign-in's request: a refresh or sign-out beside it keeps running.
    abortRequest(std::exchange(m_pending, nullptr));
    finish(std::nullopt, error(SignInError::Cancelled, m_brokerUrl, u"cancelled"_qs));
}

void BrokerSignIn::refresh(const QString &session)
{
    Redactor::registerSecret(session);
    const QUrl url = endpoint(u"token/refresh"_qs);
    post(url, body({{u"session"_qs, session}}), json, [this, url, session](const Answer &answer) {
        if (answer.transportError)
            return emit refreshFailed(*answer.transportError);
        if (answer.httpStatus == 200) {
            QString problem;
            std::optional<SignInGrant> grant = parseGrant(answer.body, u"session"_qs, &problem);
            if (!grant)
                return emit refreshFailed(error(SignInError::BadAnswer, url, problem));
            if (grant->renewal.isEmpty()) // the broker kept the session as it was
                grant->renewal = session;
            return emit refreshed(*grant);
        }
        SignInError failure = statusError(url, answer.httpStatus, answer.body);
        if (answer.httpStatus == 400 && failure.oauthError == u"invalid_grant")
            failure.kind = SignInError::SessionEnded;
        emit refreshFailed(failure);
    });
}

void BrokerSignIn::signOut(const QString &session)
{
    Redactor::registerSecret(session);
    post(endpoint(u"logout"_qs), body({{u"session"_qs, session}}), json,
        [this](const Answer &answer) {
            // 400 invalid_grant: the broker had already forgotten it, which is what was asked.
            const bool ok = !answer.transportError
                && ((answer.httpStatus >= 200 && answer.httpStatus < 300)
                    || (answer.httpStatus == 400
                        && oauthErrorCode(answer.body) == u"invalid_grant"));
            emit signedOut(ok);
        });
}

} // namespace gobiz
