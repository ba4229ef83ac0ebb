#pragma once

#include "ApiError.h"
#include "ApiTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

// Pure functions from bytes to values: everything the client decides about a response lives here
// so it can be tested with data rows, without a network.
namespace gobiz::ApiParsers {

// Larger bodies are refused: a token-info of 100,000 outlets is ~15 MB.
inline constexpr qint64 defaultMaxBodyBytes = 16 * 1024 * 1024;
// Deeper JSON is refused before it reaches QJsonDocument (a hostile server's nesting bomb).
inline constexpr int maxJsonDepth = 64;

template<typename T>
struct Parsed
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// What arrived (or did not) for one request; filled by the client from QNetworkReply.
struct RawResponse
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;     // raw Retry-After header value
    bool bodyTooLarge = false; // we stopped reading at the size limit
    bool timedOut = false;     // our transfer timeout fired
    bool cancelled = false;    // we aborted it on purpose
    QString requestId;
};

// Maps status + transport error + error envelope to an ApiError (Kind::None for a 2xx).
ApiError classify(const RawResponse &response, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Reads GoBiz's {success:false, errors:[{message_title, message, code}]} into error, if present.
void readErrorEnvelope(const QByteArray &body, ApiError &error);

// Retry-After as delta-seconds or an HTTP-date; nullopt when absent or unparseable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Bodies of successful responses.
Parsed<TokenInfo> parseTokenInfo(const QByteArray &body);
Parsed<LinkConfirmation> parseLinkResponse(const QByteArray &body);
ApiError parseUnlinkResponse(const QByteArray &body);

// ISO-8601 with Z or offset, fractional seconds allowed; invalid QDateTime otherwise.
QDateTime parseTimestamp(const QString &text);

// Nesting depth of JSON text, counted without allocating; stops counting past limit.
int jsonNestingDepth(const QByteArray &json, int limit = maxJsonDepth + 1);

} // namespace gobiz::ApiParsers
