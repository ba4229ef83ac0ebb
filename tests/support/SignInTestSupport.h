#pragma once

// Helpers for the sandbox's sign-in tests (GoAuth, login pages, broker) over real loopback HTTP.
// Like SandboxFixtures.h, independent of app/api and app/signin: the sandbox is checked on its
// own terms here, so the client can later be checked against it.

#include "SandboxFixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gobiz::sandbox::testing {

using namespace Qt::StringLiterals;

// RFC 7636 Appendix B.
inline const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
inline const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
inline const QString kLoopbackRedirect = u"http://127.0.0.1:53682/gobiz/callback"_s;
inline const QString kState = u"state-0123456789abcdef0123456789abcdef"_s;

// A clock the test moves by hand.
struct TestClock
{
    QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    void install(SandboxServer &server)
    {
        server.setClock([this] { return now; });
    }
};

using Params = QList<QPair<QString, QString>>;

inline QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &pair : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

// The wizard's loopback authorize URL on this sandbox; `change` replaces (or, with a null
// value, removes) parameters.
inline QUrl authorizeUrl(const QUrl &base, const Params &change = {})
{
    Params params {{u"client_id"_s, u"gobiz-wizard-sandbox"_s}, {u"response_type"_s, u"code"_s},
        {u"scope"_s, u"openid offline partner:outlet:read partner:outlet:write"_s},
        {u"state"_s, kState}, {u"redirect_uri"_s, kLoopbackRedirect},
        {u"nonce"_s, u"nonce-1234"_s}, {u"ui_locales"_s, u"en"_s},
        {u"user_type"_s, u"merchant"_s}, {u"code_challenge"_s, kChallenge},
        {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &changed : change) {
        auto it = std::find_if(params.begin(), params.end(),
            [&](const auto &pair) { return pair.first == changed.first; });
        if (it != params.end())
            params.erase(it);
        if (!changed.second.isNull())
            params.append(changed);
    }
    QUrl url = base.resolved(QUrl(u"oauth2/auth"_s));
    url.setQuery(QString::fromLatin1(formEncode(params)), QUrl::StrictMode);
    return url;
}

inline QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

// POSTs without following redirects (Qt 6 follows them by default).
inline QNetworkReply *postRaw(QNetworkAccessManager &manager, const QUrl &url,
    const QByteArray &contentType, const QByteArray &body, const QByteArray &authorization = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(15000);
    return manager.post(request, body);
}

inline HttpResult postForm(QNetworkAccessManager &manager, const QUrl &url, const Params &params,
    const QByteArray &authorization = {})
{
    return SandboxClient::wait(postRaw(
        manager, url, "application/x-www-form-urlencoded", formEncode(params), authorization));
}

inline HttpResult postJson(QNetworkAccessManager &manager, const QUrl &url, const QJsonObject &body)
{
    return SandboxClient::wait(postRaw(
        manager, url, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

struct PageResult
{
    HttpResult http;
    QByteArray location;
};

inline PageResult getPage(QNetworkAccessManager &manager, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    PageResult result;
    result.location = reply->rawHeader("Location");
    result.http = SandboxClient::wait(reply);
    return result;
}

inline QByteArray basicAuth(const QString &id, const QString &secret)
{
    return "Basic " + (QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

} // namespace gobiz::sandbox::testing
