#include "LoopbackSignIn.h"

#include "Pkce.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QNetworkReply>

namespace gobiz {

namespace {
const QByteArray formType = QByteArrayLiteral("application/x-www-form-urlencoded");

// Everything but RFC 3986's unreserved characters percent-encoded: a '+' or '&' in a value
// can never be read as a space or a separator, in a query or in a form body.
QByteArray encodePairs(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
} // namespace

LoopbackSignIn::LoopbackSignIn(
    QNetworkAccessManager *network, const Client &client, QObject *parent)
    : SignInFlow(network, parent)
    , m_client(client)
{ }

LoopbackSignIn::~LoopbackSignIn() = default;

QUrl LoopbackSignIn::authorizeUrl(const Client &client, const QString &redirectUri,
    const QString &state, const QString &nonce, const QString &codeChallenge,
    const SignInOptions &options)
{
    QList<QPair<QString, QString>> query {
        {u"client_id"_qs, client.clientId},
        {u"response_type"_qs, u"code"_qs},
        {u"scope"_qs, client.scopes.join(u' ')},
        {u"state"_qs, state},
        {u"redirect_uri"_qs, redirectUri},
        {u"nonce"_qs, nonce},
        {u"code_challenge"_qs, codeChallenge},
        {u"code_challenge_method"_qs, u"S256"_qs},
        {u"user_type"_qs, u"merchant"_qs},
        {u"ui_locales"_qs, options.uiLocale == u"id" ? u"id"_qs : u"en"_qs},
    };
    if (options.anotherAccount)
        query.append({u"prompt"_qs, u"login"_qs});
    QUrl url = client.oauthUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/oauth2/auth"_qs);
    url.setQuery(QString::fromLatin1(encodePairs(query)), QUrl::StrictMode);
    return url;
}

QUrl LoopbackSignIn::tokenUrl() const
{
    QUrl url = m_client.oauthUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/oauth2/token"_qs);
    url.setQuery(QString());
    return url;
}

QByteArray LoopbackSignIn::form(const QList<QPair<QString, QString>> &fields) const
{
    return encodePairs(fields);
}

void LoopbackSignIn::start(const SignInOptions &options)
{
    if (isSigningIn())
        cancel();
    setSigningIn(true);
    const QString state = Pkce::newState();
    const QString nonce = Pkce::newNonce();
    m_verifier = Pkce::newVerifier();
    Redactor::registerSecret(state);
    Redactor::registerSecret(nonce);
    Redactor::registerSecret(m_verifier);

    m_receiver = new LoopbackReceiver(this);
    m_receiver->setTimeout(
        std::chrono::milliseconds(qint64(double(m_browserTimeout.count()) * timeScale())));
    m_receiver->setPageLanguage(options.uiLocale);
    if (!m_receiver->listen(state, m_client.redirectPort)) {
        const QString why = m_receiver->errorString();
        return finish(std::nullopt,
            error(SignInError::ListenerFailed, QUrl(u"http://127.0.0.1"_qs),
                QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                    .arg(m_client.redirectPort)
                    .arg(why)),
            LoopbackReceiver::Page::Failed);
    }
    connect(m_receiver, &LoopbackReceiver::received, this, &LoopbackSignIn::onReceived);
    connect(m_receiver, &LoopbackReceiver::ignored, this, [](const QString &reason) {
        qCInfo(lcApi, "sign-in listener ignored a request: %s", qUtf8Printable(reason));
    });
    connect(m_receiver, &LoopbackReceiver::timedOut, this, [this] {
        finish(std::nullopt,
            error(
                SignInError::Expired, m_client.oauthUrl, u"no answer from the browser in time"_qs),
            LoopbackReceiver::Page::Expired);
    });
    m_redirectUri = m_receiver->redirectUri();

    SignInPrompt prompt;
    prompt.loginUrl
        = authorizeUrl(m_client, m_redirectUri, state, nonce, Pkce::challenge(m_verifier), options);
    prompt.expiresAt = now().addMSecs(qint64(m_browserTimeout.count()));
    emit waitingForBrowser(prompt);
}

void LoopbackSignIn::onReceived(const LoopbackReceiver::Callback &callback)
{
    if (!callback.code.isEmpty())
        Redactor::registerSecret(callback.code);
    if (callback.error == u"access_denied")
        return finish(std::nullopt,
            error(SignInError::Denied, m_client.oauthUrl, u"access_denied"_qs),
            LoopbackReceiver::Page::Denied);
    if (!callback.error.isEmpty() || callback.code.isEmpty()) {
        SignInError failure = error(SignInError::Refused, m_client.oauthUrl,
            QStringLiteral("authorize answered error=%1 (%2)")
                .arg(callback.error, callback.errorDescription));
        failure.oauthError = Redactor::redact(callback.error);
        if (callback.error.isEmpty())
            failure.kind = SignInError::BadAnswer;
        return finish(std::nullopt, failure, LoopbackReceiver::Page::Failed);
    }
    exchange(callback.code);
}

void LoopbackSignIn::exchange(const QString &code)
{
    const QUrl url = tokenUrl();
    const QByteArray body = form({
        {u"grant_type"_qs, u"authorization_code"_qs},
        {u"code"_qs, code},
        {u"redirect_uri"_qs, m_redirectUri},
        {u"client_id"_qs, m_client.clientId},
        {u"code_verifier"_qs, m_verifier},
    });
    m_exchange = post(url, body, formType, [this, url](const Answer &answer) {
        m_exchange = nullptr;
        if (answer.transportError)
            return finish(std::nullopt, *answer.transportError, LoopbackReceiver::Page::Failed);
        if (answer.httpStatus != 200) {
            SignInError failure = statusError(url, answer.httpStatus, answer.body);
            // The code lives two minutes and is single-use: invalid_grant means it ran out.
            if (failure.oauthError == u"invalid_grant")
                failure.kind = SignInError::Expired;
            return finish(std::nullopt, failure, LoopbackReceiver::Page::Failed);
        }
        QString problem;
        const std::optional<SignInGrant> grant
            = parseGrant(answer.body, u"refresh_token"_qs, &problem);
        if (!grant)
            return finish(std::nullopt, error(SignInError::BadAnswer, url, problem),
                LoopbackReceiver::Page::Failed);
        finish(grant, {}, LoopbackReceiver::Page::SignedIn);
    });
}

void LoopbackSignIn::finish(const std::optional<SignInGrant> &grant, const SignInError &failure,
    LoopbackReceiver::Page page)
{
    if (LoopbackReceiver *receiver = m_receiver) {
        m_receiver = nullptr;
        receiver->answer(page);
        receiver->close();
        receiver->deleteLater();
    }
    m_verifier.clear();
    setSigningIn(false);
    if (grant)
        emit signedIn(*grant);
    else
        emit failed(failure);
}

void LoopbackSignIn::cancel()
{
    if (!isSigningIn())
        return;
    // Only this sign-in's request: a refresh or sign-out beside it keeps running.
    abortRequest(std::exchange(m_exchange, nullptr));
    finish(std::nullopt, error(SignInError::Cancelled, m_client.oauthUrl, u"cancelled"_qs),
        LoopbackReceiver::Page::Failed);
}

void LoopbackSignIn::refresh(const QString &refreshToken)
{
    Redactor::registerSecret(refreshToken);
    const QUrl url = tokenUrl();
    const QByteArray body = form({
        {u"grant_type"_qs, u"refresh_token"_qs},
        {u"refresh_token"_qs, refreshToken},
        {u"client_id"_qs, m_client.clientId},
    });
    post(url, body, formType, [this, url, refreshToken](const Answer &answer) {
        if (answer.transportError)
            return emit refreshFailed(*answer.transportError);
        if (answer.httpStatus == 200) {
            QString problem;
            std::optional<SignInGrant> grant
                = parseGrant(answer.body, u"refresh_token"_qs, &problem);
            if (!grant)
                return emit refreshFailed(error(SignInError::BadAnswer, url, problem));
            if (grant->renewal.isEmpty()) // not rotated: the old one still works
                grant->renewal = refreshToken;
            return emit refreshed(*grant);
        }
        SignInError failure = statusError(url, answer.httpStatus, answer.body);
        if (failure.oauthError == u"invalid_grant")
            failure.kind = SignInError::SessionEnded;
        emit refreshFailed(failure);
    });
}

void LoopbackSignIn::signOut(const QString &refreshToken)
{
    Redactor::registerSecret(refreshToken);
    QMetaObject::invokeMethod(
        this, [this] { emit signedOut(true); }, Qt::QueuedConnection);
}

} // namespace gobiz
