#include "RetryPolicy.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace gobiz {

using std::chrono::milliseconds;

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:     // refused, reset, closed mid-response
    case ApiError::Kind::Timeout:     // our transfer timeout, or 408
    case ApiError::Kind::RateLimited: // 429
    case ApiError::Kind::Protocol:    // garbled or truncated reply: link/unlink are idempotent
        return true;
    case ApiError::Kind::Server:
        // 500/502/503/504 only: 501 or 505 will not change by asking again.
        switch (error.httpStatus) {
        case 500:
        case 502:
        case 503:
        case 504:
            return true;
        default:
            return false;
        }
    case ApiError::Kind::None:
    case ApiError::Kind::Unauthorized: // handled by the engine as a pause, never repeated as is
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::UnsupportedMedia:
    case ApiError::Kind::Tls: // a certificate problem does not fix itself within seconds
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

bool RetryPolicy::retryAfterTooLong(const ApiError &error) const
{
    return error.retryAfter && *error.retryAfter > maxHonouredRetryAfter;
}

RetryPolicy::Verdict RetryPolicy::decide(const ApiError &error, int attemptsMade,
                                         int retriesLeftInBudget) const
{
    if (!error.isError())
        return Verdict::Succeeded;
    if (error.kind == ApiError::Kind::Unauthorized)
        return Verdict::PauseForToken;
    if (!isRetryable(error))
        return Verdict::Fail;
    if (attemptsMade >= maxAttempts || retriesLeftInBudget <= 0)
        return Verdict::Fail;
    if (retryAfterTooLong(error))
        return Verdict::PauseForRetryAfter;
    return Verdict::Retry;
}

milliseconds RetryPolicy::backoff(int attemptsMade, double random01) const
{
    const qint64 base = qMax<qint64>(0, backoffBase.count());
    const qint64 cap = qMax<qint64>(0, backoffCap.count());
    // base * 2^(attempts-1), computed without overflowing for absurd attempt counts.
    qint64 ceiling = base;
    for (int i = 1; i < attemptsMade && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = qMin(ceiling, cap);
    // Integer arithmetic on the random value in millionths, so 0.999 of 2000 ms is 1998 ms and
    // not 1997 through floating-point rounding.
    const double r = std::clamp(random01, 0.0, 1.0);
    const qint64 millionths = qMin<qint64>(999999, std::llround(r * 1e6));
    return milliseconds(ceiling * millionths / 1000000);
}

milliseconds RetryPolicy::retryDelay(const ApiError &error, int attemptsMade, double random01) const
{
    if (error.retryAfter && !retryAfterTooLong(error))
        return *error.retryAfter;
    return backoff(attemptsMade, random01);
}

milliseconds RetryPolicy::scaled(milliseconds wait) const
{
    if (wait.count() <= 0 || timeScale <= 0)
        return milliseconds(0);
    return milliseconds(qint64(std::llround(double(wait.count()) * timeScale)));
}

int RetryPolicy::retryBudget(int requestsInRun) const
{
    const int share = int(std::floor(retryBudgetRatio * double(qMax(0, requestsInRun))));
    return qMax(retryBudgetMinimum, share);
}

int RetryPolicy::concurrencyAfterRateLimit(int current) const
{
    return qMax(minConcurrency, current / 2);
}

int RetryPolicy::concurrencyAfterSuccesses(int current, int consecutiveSuccesses) const
{
    const int limit = clampedConcurrency(concurrency);
    if (current >= limit)
        return limit;
    if (successesPerConcurrencyStep <= 0 || consecutiveSuccesses >= successesPerConcurrencyStep)
        return current + 1;
    return current;
}

int RetryPolicy::clampedConcurrency(int requested) const
{
    return qBound(minConcurrency, requested, qMax(minConcurrency, maxConcurrency));
}

} // namespace gobiz
