#include "ApiParsers.h"

#include "KeyTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cstring>

namespace gobiz::ApiParsers {

namespace {

constexpr int maxDisplayTextLength = 500;
constexpr int maxOutletIdLength = 256;

ApiError protocolError(const QString &detail)
{
    ApiError error(ApiError::Kind::Protocol);
    error.detail = detail;
    return error;
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<");
}

// Reads bytes as a JSON object, refusing what a hostile or broken server may send.
Parsed<QJsonObject> readObject(const QByteArray &body)
{
    Parsed<QJsonObject> result;
    if (body.trimmed().isEmpty()) {
        result.error = protocolError(QStringLiteral("empty body"));
        return result;
    }
    if (looksLikeHtml(body)) {
        result.error = protocolError(QStringLiteral("HTML page instead of JSON"));
        return result;
    }
    if (jsonNestingDepth(body) > maxJsonDepth) {
        result.error = protocolError(QStringLiteral("JSON nested deeper than %1").arg(maxJsonDepth));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = protocolError(QStringLiteral("malformed JSON at byte %1: %2")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
        return result;
    }
    if (!document.isObject()) {
        result.error = protocolError(QStringLiteral("JSON is not an object"));
        return result;
    }
    result.value = document.object();
    return result;
}

// The root object of a 2xx answer; nullopt, with error saying why, when the body is not a JSON
// object or reports success:false (still a failure on a 2xx; GoBiz's message says why).
std::optional<QJsonObject> readSuccessObject(const QByteArray &body, ApiError &error)
{
    Parsed<QJsonObject> root = readObject(body);
    if (!root.ok()) {
        error = root.error;
        return std::nullopt;
    }
    if (!root.value.value(u"success").toBool(true)) {
        error = protocolError(QStringLiteral("success is false"));
        readErrorEnvelope(body, error);
        return std::nullopt;
    }
    return std::move(root.value);
}

QString readString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // a hostile or sloppy server may send numbers
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
        || u == 0x200F || u == 0x061C;
}

bool isZeroWidth(char16_t u)
{
    return u == 0x200B || u == 0x2060 || u == 0xFEFF;
}

bool isControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0);
}

// Most names need no cleaning; finding that out without allocating keeps token-info of tens of
// thousands of outlets close to the cost of QJsonDocument::fromJson itself.
bool isCleanDisplayText(const QString &text)
{
    if (text.size() > maxDisplayTextLength)
        return false;
    bool previousSpace = true; // a leading space is not clean either
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7F) { // printable ASCII: almost every character of a name
            previousSpace = false;
        } else if (u == 0x20) {
            if (previousSpace)
                return false;
            previousSpace = true;
        } else if (u < 0xA0 || isBidiControl(u) || isZeroWidth(u) || QChar::isSpace(u)) {
            return false;
        } else {
            previousSpace = false;
        }
    }
    return !previousSpace || text.isEmpty();
}

// Text from the server is shown as plain text; also drop what can hide or reorder it.
QString sanitizedDisplayText(const QString &text)
{
    if (isCleanDisplayText(text))
        return text;
    QString clean;
    clean.reserve(qMin<qsizetype>(text.size(), maxDisplayTextLength + 1));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isControl(u))
            clean.append(u' ');
        else if (!isBidiControl(u) && !isZeroWidth(u))
            clean.append(c);
        if (clean.size() > maxDisplayTextLength) {
            clean.truncate(maxDisplayTextLength);
            clean.append(u'\u2026');
            break;
        }
    }
    return clean.simplified();
}

// The statuses with a kind of their own, those of one kind on one line.
constexpr struct StatusKind
{
    int value;
    ApiError::Kind kind;
} statusKinds[] = {
    {400, ApiError::Kind::BadRequest}, {422, ApiError::Kind::BadRequest},
    {401, ApiError::Kind::Unauthorized},
    {403, ApiError::Kind::Forbidden},
    {404, ApiError::Kind::NotFound}, {410, ApiError::Kind::NotFound},
    {406, ApiError::Kind::UnsupportedMedia}, {415, ApiError::Kind::UnsupportedMedia},
    {407, ApiError::Kind::Network}, // proxy authentication
    {408, ApiError::Kind::Timeout},
    {409, ApiError::Kind::Conflict},
    {429, ApiError::Kind::RateLimited},
};

ApiError::Kind kindForStatus(int status)
{
    if (status >= 200 && status < 300)
        return ApiError::Kind::None;
    if (const StatusKind *known = KeyTable::rowOf(statusKinds, status))
        return known->kind;
    if (status >= 500 && status < 600)
        return ApiError::Kind::Server;
    if (status >= 400 && status < 500)
        return ApiError::Kind::BadRequest;
    return ApiError::Kind::Protocol; // 1xx, unfollowed 3xx, nonsense
}

ApiError::Kind kindForTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ApiError::Kind::Protocol;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

int jsonNestingDepth(const QByteArray &json, int limit)
{
    // Runs over every byte of every response before it is parsed, so string bodies (most of a
    // token-info) are skipped with memchr instead of being looked at byte by byte.
    const char *p = json.constData();
    const char *const end = p + json.size();
    int depth = 0;
    int deepest = 0;
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return deepest; // unterminated string: the parser reports it
                const char *backslash = quote;
                while (backslash > p && backslash[-1] == '\\')
                    --backslash;
                p = quote + 1;
                if ((quote - backslash) % 2 == 0) // an even run of backslashes escapes nothing
                    break;
            }
        } else if (c == '{' || c == '[') {
            deepest = qMax(deepest, ++depth);
            if (deepest >= limit)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

void readErrorEnvelope(const QByteArray &body, ApiError &error)
{
    if (body.isEmpty() || looksLikeHtml(body) || jsonNestingDepth(body) > maxJsonDepth)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return;
    const QJsonValue errors = document.object().value(u"errors");
    QJsonObject first;
    if (errors.isArray() && !errors.toArray().isEmpty())
        first = errors.toArray().first().toObject();
    else if (errors.isObject())
        first = errors.toObject();
    error.title = sanitizedDisplayText(readString(first.value(u"message_title")));
    error.serverMessage = sanitizedDisplayText(readString(first.value(u"message")));
    error.code = sanitizedDisplayText(readString(first.value(u"code")));
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(qMin(seconds, 86400LL) * 1000));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(qMax<qint64>(0, ms));
}

ApiError classify(const RawResponse &response, const QDateTime &now)
{
    ApiError error;
    error.httpStatus = response.httpStatus;
    error.requestId = response.requestId;
    if (response.cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        return error;
    }
    if (response.timedOut) {
        error.kind = ApiError::Kind::Timeout;
        error.detail = QStringLiteral("no complete answer within the transfer timeout");
        return error;
    }
    if (response.bodyTooLarge) {
        error.kind = ApiError::Kind::Protocol;
        error.detail = QStringLiteral("response larger than the size limit");
        return error;
    }
    const bool transportFailed = response.networkError != QNetworkReply::NoError;
    if (response.httpStatus == 0 || (transportFailed && response.httpStatus < 300)) {
        // No status, or the connection broke after a 2xx header: the answer did not arrive.
        error.kind = transportFailed ? kindForTransportError(response.networkError)
                                     : ApiError::Kind::Network;
        error.detail = response.networkErrorString;
        return error;
    }
    error.kind = kindForStatus(response.httpStatus);
    if (error.kind == ApiError::Kind::None)
        return error;
    readErrorEnvelope(response.body, error);
    if (looksLikeHtml(response.body))
        error.detail = QStringLiteral("HTML page instead of JSON");
    if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Server)
        error.retryAfter = parseRetryAfter(response.retryAfter, now);
    return error;
}

namespace {

// Every successful body is a JSON object that does not report success:false; readData then
// reads what it carries into the value (and says what is wrong with it, if anything).
template<typename T>
Parsed<T> parseSuccess(const QByteArray &body,
                       ApiError (*readData)(const QJsonObject &root, T &value))
{
    Parsed<T> result;
    if (const std::optional<QJsonObject> root = readSuccessObject(body, result.error))
        result.error = readData(*root, result.value);
    return result;
}

ApiError readTokenInfo(const QJsonObject &root, TokenInfo &info)
{
    // Documented shape is data.{user,outlets}; a root-level "outlets" has been seen in the wild.
    const QJsonValue dataValue = root.value(u"data");
    const QJsonObject data = dataValue.isObject() ? dataValue.toObject() : root;
    if (!dataValue.isObject() && !data.contains(u"outlets"))
        return protocolError(QStringLiteral("no data object"));

    const QJsonArray roles = data.value(u"user").toObject().value(u"roles").toArray();
    for (const QJsonValue &role : roles) {
        if (role.isString() && !role.toString().trimmed().isEmpty())
            info.roles.append(sanitizedDisplayText(role.toString()));
    }

    const QJsonValue outletsValue = data.value(u"outlets");
    if (!outletsValue.isArray() && !outletsValue.isNull() && !outletsValue.isUndefined())
        return protocolError(QStringLiteral("outlets is not a list"));
    const QJsonArray outlets = outletsValue.toArray();
    info.outlets.reserve(outlets.size());
    QSet<QString> seen;
    seen.reserve(outlets.size());
    for (qsizetype i = 0; i < outlets.size(); ++i) {
        const QJsonObject object = outlets.at(i).toObject();
        Outlet outlet;
        outlet.id = readString(object.value(QLatin1String("id"))).trimmed();
        bool usable = !outlet.id.isEmpty() && outlet.id.size() <= maxOutletIdLength;
        if (usable) { // one hash lookup: a duplicate does not grow the set
            const qsizetype distinctIds = seen.size();
            seen.insert(outlet.id);
            usable = seen.size() > distinctIds;
        }
        if (!usable) {
            ++info.skippedOutlets;
            continue;
        }
        outlet.name = sanitizedDisplayText(readString(object.value(QLatin1String("name"))));
        outlet.address = sanitizedDisplayText(readString(object.value(QLatin1String("address"))));
        outlet.primary = i == 0;
        info.outlets.append(std::move(outlet));
    }
    return {};
}

ApiError readLinkConfirmation(const QJsonObject &root, LinkConfirmation &confirmation)
{
    const QJsonObject outlet = root.value(u"data").toObject().value(u"outlet").toObject();
    confirmation.outletId = readString(outlet.value(u"id"));
    confirmation.externalOutletId
        = sanitizedDisplayText(readString(outlet.value(u"external_outlet_id")));
    confirmation.createdAt = parseTimestamp(readString(outlet.value(u"created_at")));
    confirmation.updatedAt = parseTimestamp(readString(outlet.value(u"updated_at")));
    confirmation.linkedAt = parseTimestamp(readString(outlet.value(u"linked_at")));
    return {};
}

} // namespace

Parsed<TokenInfo> parseTokenInfo(const QByteArray &body)
{
    return parseSuccess(body, readTokenInfo);
}

Parsed<LinkConfirmation> parseLinkResponse(const QByteArray &body)
{
    return parseSuccess(body, readLinkConfirmation);
}

ApiError parseUnlinkResponse(const QByteArray &body)
{
    // The documented 200 has {"success":true,"data":{}}; an empty 200/204 also means done.
    if (body.trimmed().isEmpty())
        return {};
    ApiError error;
    readSuccessObject(body, error);
    return error;
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return when.toUTC();
}

} // namespace gobiz::ApiParsers
