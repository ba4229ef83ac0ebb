#include "SecretScrub.h"

#include "diagnostics/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace gobiz::SecretScrub {

namespace {

// The names the sign-in flows and GoBiz use for secrets (sign-in.md; gobiz-api.md §1), and the
// usual OAuth ones.
constexpr QStringView secretFields[] = {
    u"access_token", u"refresh_token", u"id_token", u"token", u"code", u"code_verifier",
    u"state", u"nonce", u"session", u"broker_session", u"poll_token", u"device_code",
    u"client_secret", u"password", u"passwd", u"secret", u"api_key", u"apikey", u"assertion",
    u"authorization",
};

// In JSON "code" is GoBiz's error code ("HTTP_401", gobiz-api.md §7) and "state" no secret:
// there an OAuth code or state is covered by the Redactor, which knows their values.
bool isSecretJsonField(QStringView name)
{
    return isSecretField(name) && name.compare(u"code", Qt::CaseInsensitive) != 0
        && name.compare(u"state", Qt::CaseInsensitive) != 0;
}

QJsonValue scrubJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretJsonField(it.key()) && !it.value().isNull())
                it.value() = QString::fromLatin1(marker());
            else
                it.value() = scrubJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = scrubJson(*it);
        return array;
    }
    if (value.isString())
        return Redactor::redact(value.toString());
    return value;
}

// application/x-www-form-urlencoded and URL queries share the reading.
QString scrubQuery(const QString &encoded)
{
    QStringList parts = encoded.split(u'&');
    for (QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        const QString name = QUrl::fromPercentEncoding(part.left(equals).toUtf8());
        if (equals >= 0 && isSecretField(name))
            part = part.left(equals + 1) + QString::fromLatin1(marker());
    }
    return Redactor::redact(parts.join(u'&'));
}

} // namespace

QByteArray marker()
{
    return Redactor::placeholder().toLatin1();
}

bool isSecretField(QStringView name)
{
    for (QStringView field : secretFields) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSecretHeader(QByteArrayView name)
{
    for (QByteArrayView header : {QByteArrayView("Authorization"), QByteArrayView("Proxy-Authorization"),
                                  QByteArrayView("Cookie"), QByteArrayView("Set-Cookie")}) {
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl url(const QUrl &original)
{
    QUrl scrubbed = original;
    scrubbed.setUserInfo({});
    if (original.hasQuery())
        scrubbed.setQuery(scrubQuery(original.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    // The implicit flow returns tokens in the fragment, which reads like a query.
    if (original.hasFragment())
        scrubbed.setFragment(scrubQuery(original.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    const QString path = Redactor::redact(scrubbed.path(QUrl::FullyEncoded));
    scrubbed.setPath(path, QUrl::StrictMode);
    return scrubbed;
}

QList<HttpHeader> headers(const QList<HttpHeader> &original)
{
    QList<HttpHeader> scrubbed;
    scrubbed.reserve(original.size());
    for (const HttpHeader &header : original) {
        if (isSecretHeader(header.name)) {
            scrubbed.append({header.name, marker()});
        } else if (header.name.compare("Location", Qt::CaseInsensitive) == 0) {
            scrubbed.append({header.name, url(QUrl::fromEncoded(header.value)).toEncoded()});
        } else {
            scrubbed.append({header.name, Redactor::redact(header.value)});
        }
    }
    return scrubbed;
}

QByteArray body(const QByteArray &original, QByteArrayView contentType)
{
    if (original.isEmpty())
        return original;
    const bool json = contentType.contains("json");
    if (json || original.trimmed().startsWith('{') || original.trimmed().startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(original, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue scrubbed = scrubJson(document.isObject() ? QJsonValue(document.object())
                                                                      : QJsonValue(document.array()));
            return scrubbed.isObject() ? QJsonDocument(scrubbed.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(scrubbed.toArray()).toJson(QJsonDocument::Compact);
        }
    }
    if (contentType.contains("x-www-form-urlencoded"))
        return scrubQuery(QString::fromUtf8(original)).toUtf8();
    return Redactor::redact(original);
}

} // namespace gobiz::SecretScrub
