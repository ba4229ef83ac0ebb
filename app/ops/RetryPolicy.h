#pragma once

#include "api/ApiError.h"

#include <chrono>

namespace gobiz {

// Every number the engine uses to retry, pace and pause, in one place. Defaults follow AWS SDK
// standard mode / Stripe / Envoy: 4 attempts, full-jitter exponential backoff 0.5 s..8 s,
// a retry budget, and never retrying what cannot succeed. Decisions are pure functions.
struct RetryPolicy
{
    int maxAttempts = 4;
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{8000};
    std::chrono::milliseconds maxHonouredRetryAfter{60000}; // longer pauses the run
    double retryBudgetRatio = 0.2; // retries stay under this share of a run's requests
    int retryBudgetMinimum = 3;
    int pauseAfterConsecutiveFailures = 5;
    int concurrency = 4; // configured limit
    int minConcurrency = 1;
    int maxConcurrency = 16;
    int successesPerConcurrencyStep = 5; // after a 429 halving, +1 per this many successes
    std::chrono::milliseconds transferTimeout{30000};
    // Multiplies every wait (backoff, Retry-After). 1.0 in the product; tests use e.g. 0.001.
    double timeScale = 1.0;

    enum class Verdict {
        Succeeded,
        Retry,            // after retryDelay()
        Fail,             // final for this operation
        PauseForToken,    // 401: keep everything, wait for a new token
        PauseForRetryAfter, // server asked for longer than maxHonouredRetryAfter
    };

    // Whether this kind of error may succeed if repeated (ignores attempts and budget).
    static bool isRetryable(const ApiError &error);

    // A Retry-After longer than maxHonouredRetryAfter: the engine pauses the run for it (even when
    // the operation that received it has no attempts left and fails).
    bool retryAfterTooLong(const ApiError &error) const;

    // attemptsMade counts the attempt that just ended; retriesLeftInBudget is from the run.
    // Order: success; 401 -> PauseForToken; never-retryable -> Fail; attempts or budget
    // exhausted -> Fail; Retry-After too long -> PauseForRetryAfter; otherwise Retry.
    Verdict decide(const ApiError &error, int attemptsMade, int retriesLeftInBudget) const;

    // Full jitter: uniform in [0, min(cap, base * 2^(attemptsMade-1))]; random01 in [0,1).
    std::chrono::milliseconds backoff(int attemptsMade, double random01) const;
    // Retry-After wins over backoff when present (and honoured).
    std::chrono::milliseconds retryDelay(const ApiError &error, int attemptsMade, double random01) const;
    // Wall-clock wait after applying timeScale.
    std::chrono::milliseconds scaled(std::chrono::milliseconds wait) const;

    // Retries allowed so far in a run: max(minimum, floor(ratio * requests sent in the run)),
    // where requests include the retries themselves, so retries stay under ratio of all requests.
    int retryBudget(int requestsInRun) const; // max(minimum, floor(ratio * requests))
    int concurrencyAfterRateLimit(int current) const; // halve, at least minConcurrency
    // +1 once consecutiveSuccesses reaches successesPerConcurrencyStep, never above the
    // configured (clamped) concurrency; the caller restarts its count after a step.
    int concurrencyAfterSuccesses(int current, int consecutiveSuccesses) const; // grow back
    int clampedConcurrency(int requested) const; // into [minConcurrency, maxConcurrency]
};

} // namespace gobiz
