#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <optional>

namespace gobiz {

// Every way a call can fail, as one value. Built by ApiParsers::classify from the HTTP status,
// the transport error and the body; turned into a sentence for a person by userMessage().
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,             // success
        Unauthorized,     // 401: missing, unknown or expired token
        Forbidden,        // 403: role not allowed or no access to the outlet
        NotFound,         // 404
        BadRequest,       // 400, or a request we refused to send (e.g. empty external id)
        Conflict,         // 409 (re-link / unlink behaviour is [UNK] in the contract)
        UnsupportedMedia, // 406 / 415
        RateLimited,      // 429
        Server,           // 5xx
        Network,          // connection refused/reset/closed, DNS, proxy
        Timeout,          // transfer timeout or 408
        Tls,              // certificate or handshake failure
        Protocol,         // a reply we cannot understand (HTML, malformed/truncated JSON, too big)
        Cancelled,        // aborted by us
    };

    ApiError() = default;
    explicit ApiError(Kind kind) : kind(kind) { }

    Kind kind = Kind::None;
    int httpStatus = 0;            // 0 when no HTTP response arrived
    QString title;                 // GoBiz errors[0].message_title, when present
    QString serverMessage;         // GoBiz errors[0].message, when present
    QString code;                  // GoBiz errors[0].code, e.g. "HTTP_401"
    QString requestId;             // X-Request-ID we sent (or the one echoed)
    QString detail;                // technical detail for logs (never contains the token)
    std::optional<std::chrono::milliseconds> retryAfter; // from a Retry-After header
    // Refused before anything left this computer (no request id; GoBiz saw nothing): e.g. an
    // outlet id that cannot be part of a web address, or a change the journal could not record.
    bool notSent = false;

    bool isError() const { return kind != Kind::None; }
    // Whether repeating the same request may succeed (transport trouble, 408, 429, 5xx).
    bool isTransient() const;

    static QString kindKey(Kind kind); // stable, untranslated: "unauthorized", "rate_limited", ...
    static std::optional<Kind> kindFromKey(QStringView key);

    // One short sentence for a person: what happened and what to do. Uses GoBiz's own message
    // when it has one. The only place errors are phrased.
    QString userMessage() const;
};

} // namespace gobiz

Q_DECLARE_METATYPE(gobiz::ApiError)
