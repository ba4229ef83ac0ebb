#include "sandbox/HarArchive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox::HarArchive {

namespace {

// The first segments of the paths the sandbox serves. A recording made against a base URL with
// a path prefix ("https://api.example/partner-sandbox/") is matched from one of these on.
const QList<QByteArray> &apiRoots()
{
    static const QList<QByteArray> roots {"integrations", "oauth2", "broker"};
    return roots;
}

// Framing belongs to the connection the replay writes, not to the recording: the HAR's body is
// already decoded (so Content-Encoding would lie) and the replay sets Content-Length itself.
// The rest are RFC 9110 §7.6.1's hop-by-hop headers; ':'-names are a browser's HTTP/2 pseudo
// headers.
bool isFramingHeader(const QByteArray &name)
{
    static const QList<QByteArray> dropped {"content-length", "transfer-encoding", "connection",
        "content-encoding", "keep-alive", "proxy-connection", "te", "trailer", "upgrade"};
    const QByteArray lower = name.toLower();
    return lower.startsWith(':') || dropped.contains(lower);
}

QString entryLabel(qsizetype index)
{
    return u"entry %1 (log.entries[%2])"_s.arg(index + 1).arg(index);
}

// The MIME type without parameters, in lower case ("application/json; charset=utf-8" -> ...).
QString bareMimeType(const QString &mimeType)
{
    return mimeType.section(u';', 0, 0).trimmed().toLower();
}

void readRequestBody(const QJsonObject &postData, RecordedRequest *request)
{
    const QString mimeType = bareMimeType(postData.value(u"mimeType").toString());
    const QJsonValue text = postData.value(u"text");
    if (!text.isString()) {
        // Browsers may give a form's fields only as "params" (already decoded).
        const QJsonArray params = postData.value(u"params").toArray();
        for (const QJsonValue &param : params) {
            const QJsonObject object = param.toObject();
            request->form.append(
                {object.value(u"name").toString(), object.value(u"value").toString()});
        }
        if (!request->form.isEmpty())
            request->bodyKind = RecordedBodyKind::Form;
        return;
    }
    request->body = text.toString().toUtf8();
    if (request->body.isEmpty())
        return;
    if (request->body == kRedacted) {
        request->bodyKind = RecordedBodyKind::Redacted;
        return;
    }
    if (mimeType == u"application/x-www-form-urlencoded") {
        request->bodyKind = RecordedBodyKind::Form;
        request->form = formPairs(request->body);
        return;
    }
    // JSON by its type, or by its look when the recording has no type: a body that does not
    // parse is compared as it was recorded.
    if (mimeType.isEmpty() || mimeType.contains(u"json")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request->body, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            request->bodyKind = RecordedBodyKind::Json;
            request->json
                = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            return;
        }
    }
    request->bodyKind = RecordedBodyKind::Raw;
}

// One entry, or an error sentence without the entry label.
std::optional<RecordedExchange> readEntry(const QJsonValue &value, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<RecordedExchange> {
        *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return failWith(u"not a JSON object"_s);
    const QJsonObject entry = value.toObject();
    const QJsonValue requestValue = entry.value(u"request");
    if (!requestValue.isObject())
        return failWith(u"no \"request\" object"_s);
    const QJsonValue responseValue = entry.value(u"response");
    if (!responseValue.isObject())
        return failWith(u"no \"response\" object"_s);
    const QJsonObject request = requestValue.toObject();
    const QJsonObject response = responseValue.toObject();

    RecordedExchange exchange;
    const QString method = request.value(u"method").toString().trimmed();
    if (method.isEmpty())
        return failWith(u"no request.method"_s);
    exchange.request.method = method.toUpper().toLatin1();
    exchange.request.url = request.value(u"url").toString();
    if (exchange.request.url.isEmpty())
        return failWith(u"no request.url"_s);
    const QUrl url(exchange.request.url);
    // Any scheme: a browser's data: or blob: entries load (and never match a request).
    if (!url.isValid() || url.isRelative())
        return failWith(u"request.url \"%1\" is not an absolute URL"_s.arg(exchange.request.url));
    exchange.request.path = pathSegments(url.path(QUrl::FullyEncoded).toUtf8());
    for (qsizetype i = 1; i < exchange.request.path.size(); ++i) {
        if (apiRoots().contains(exchange.request.path.at(i))) {
            exchange.request.apiRoot = i > 1 ? i : -1; // at 1 it is at the root already
            break;
        }
    }
    readRequestBody(request.value(u"postData").toObject(), &exchange.request);

    const QJsonValue status = response.value(u"status");
    if (!status.isDouble())
        return failWith(u"no response.status"_s);
    const double statusNumber = status.toDouble();
    if (statusNumber != 0 && !(statusNumber >= 100 && statusNumber <= 599))
        return failWith(
            u"response.status %1 is not an HTTP status (100-599, or 0 for no answer)"_s.arg(
                statusNumber));
    exchange.response.status = int(statusNumber);
    for (const QJsonValue &header : response.value(u"headers").toArray()) {
        const QByteArray name = header.toObject().value(u"name").toString().toLatin1();
        if (!name.isEmpty() && !isFramingHeader(name))
            exchange.response.headers.append(
                {name, header.toObject().value(u"value").toString().toUtf8()});
    }
    const QJsonObject content = response.value(u"content").toObject();
    const QByteArray text = content.value(u"text").toString().toUtf8();
    if (content.value(u"encoding").toString() == u"base64") {
        const QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return failWith(u"response.content.text is not valid base64"_s);
        exchange.response.body = *decoded;
    } else {
        exchange.response.body = text;
    }
    // A body without a recorded Content-Type keeps the one the HAR gives the content.
    const QString mimeType = content.value(u"mimeType").toString();
    const bool typed
        = std::any_of(exchange.response.headers.cbegin(), exchange.response.headers.cend(),
            [](const auto &header) { return header.first.toLower() == "content-type"; });
    if (!typed && !mimeType.isEmpty() && mimeType != u"x-unknown" && exchange.response.status)
        exchange.response.headers.append({"Content-Type", mimeType.toUtf8()});

    // "time" is the whole wait in ms, -1 when unknown; browsers write fractions.
    const double time = entry.value(u"time").toDouble(0);
    exchange.timeMs = std::isfinite(time) ? int(qBound(0.0, std::round(time), 3600000.0)) : 0;
    return exchange;
}

bool isTokenInfo(const RecordedRequest &request)
{
    static const QList<QByteArray> tail {"integrations", "partner", "v1", "token-info"};
    return request.method == "GET" && request.path.size() > tail.size()
        && request.path.mid(request.path.size() - tail.size()) == tail;
}

} // namespace

QList<QByteArray> pathSegments(const QByteArray &encodedPath)
{
    QList<QByteArray> segments = encodedPath.split('/');
    for (QByteArray &segment : segments)
        segment = QByteArray::fromPercentEncoding(segment);
    return segments;
}

QList<QPair<QString, QString>> formPairs(const QByteArray &encoded)
{
    auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        pairs.append({decode(equals < 0 ? pair : pair.left(equals)),
            equals < 0 ? QString() : decode(pair.mid(equals + 1))});
    }
    return pairs;
}

bool looksLikeHar(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() && document.object().contains(u"log");
}

std::optional<QList<RecordedExchange>> parse(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<QList<RecordedExchange>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(u"not valid JSON at byte %1: %2"_s.arg(parseError.offset)
                            .arg(parseError.errorString()));
    const QJsonValue entries = document.object().value(u"log").toObject().value(u"entries");
    if (!entries.isArray())
        return failWith(u"not a HAR file: no {\"log\":{\"entries\":[...]}} in it"_s);

    QList<RecordedExchange> exchanges;
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        std::optional<RecordedExchange> exchange = readEntry(array.at(i), &problem);
        if (!exchange)
            return failWith(entryLabel(i) + u": "_s + problem);
        exchange->entry = int(i + 1);
        exchanges.append(std::move(*exchange));
    }
    return exchanges;
}

std::optional<QList<RecordedExchange>> loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<QList<RecordedExchange>> exchanges = parse(file.readAll(), &problem);
    if (!exchanges && error)
        *error = u"%1: %2"_s.arg(path, problem);
    return exchanges;
}

std::optional<Fixture> fixtureFrom(const QList<RecordedExchange> &exchanges, QString *error)
{
    for (auto it = exchanges.crbegin(); it != exchanges.crend(); ++it) {
        const int status = it->response.status;
        if (!isTokenInfo(it->request) || status < 200 || status > 299)
            continue;
        QString problem;
        std::optional<Fixture> fixture = FixtureFormat::parse(it->response.body, &problem);
        if (!fixture && error)
            *error = u"%1: the token-info answer cannot be served: %2"_s.arg(
                entryLabel(it->entry - 1), problem);
        return fixture;
    }
    if (error)
        *error = u"no successful GET .../integrations/partner/v1/token-info in it, so no outlets "
                 u"to serve (--replay answers with the whole recording instead)"_s;
    return std::nullopt;
}

std::optional<Fixture> loadFixtureFile(const QString &path, QString *error, bool *isHar)
{
    QFile file(path);
    const bool har = file.open(QIODevice::ReadOnly) && looksLikeHar(file.readAll());
    if (isHar)
        *isHar = har;
    if (!har)
        return FixtureFormat::loadFile(path, error);
    std::optional<QList<RecordedExchange>> exchanges = loadFile(path, error);
    if (!exchanges)
        return std::nullopt;
    QString problem;
    std::optional<Fixture> fixture = fixtureFrom(*exchanges, &problem);
    if (!fixture && error)
        *error = u"%1: %2"_s.arg(path, problem);
    return fixture;
}

} // namespace gobiz::sandbox::HarArchive
