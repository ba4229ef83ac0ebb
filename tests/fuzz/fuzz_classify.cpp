// libFuzzer: ApiParsers::readErrorEnvelope and classify. The first bytes choose the status, the
// transport error and the flags; the rest is split into a Retry-After value and the body.
#include "FuzzSupport.h"

#include "api/ApiParsers.h"
#include "ops/RetryPolicy.h"

using namespace gobiz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    ApiParsers::RawResponse raw;
    raw.httpStatus = (data[0] << 8 | data[1]) % 700;
    raw.networkError = QNetworkReply::NetworkError(data[2] % 2 ? 0 : data[2] % 500);
    raw.bodyTooLarge = data[3] & 1;
    raw.timedOut = data[3] & 2;
    raw.cancelled = data[3] & 4;
    const size_t split = data[4] % 40;
    const QByteArray rest = fuzzBytes(data + 5, size - 5);
    raw.retryAfter = rest.left(qsizetype(split));
    raw.body = rest.mid(qsizetype(split));
    raw.requestId = QStringLiteral("fuzz");

    ApiError envelope(ApiError::Kind::BadRequest);
    ApiParsers::readErrorEnvelope(raw.body, envelope);
    FUZZ_CHECK(isCleanDisplayText(envelope.title) && isCleanDisplayText(envelope.serverMessage)
            && isCleanDisplayText(envelope.code),
        "envelope text clean");

    const QDateTime now(QDate(2025, 3, 12), QTime(7, 2), Qt::UTC);
    const ApiError error = ApiParsers::classify(raw, now);
    FUZZ_CHECK(error.requestId == QStringLiteral("fuzz"), "request id kept");
    FUZZ_CHECK(error.httpStatus == raw.httpStatus, "status kept");
    if (raw.httpStatus >= 200 && raw.httpStatus < 300 && raw.networkError == QNetworkReply::NoError
        && !raw.cancelled && !raw.timedOut && !raw.bodyTooLarge)
        FUZZ_CHECK(!error.isError(), "a clean 2xx is a success");
    if (raw.cancelled)
        FUZZ_CHECK(error.kind == ApiError::Kind::Cancelled, "cancelled wins");
    if (error.isError())
        FUZZ_CHECK(!error.userMessage().isEmpty(), "an error has a sentence");
    if (error.retryAfter)
        FUZZ_CHECK(error.retryAfter->count() >= 0, "Retry-After not negative");
    // Never retry what cannot succeed.
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::BadRequest
        || error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Conflict)
        FUZZ_CHECK(!RetryPolicy::isRetryable(error), "4xx not retried");
    return 0;
}
