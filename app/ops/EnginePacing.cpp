#include "EnginePacing.h"

#include "api/ApiError.h"
#include "diagnostics/Logging.h"

#include <QtGlobal>

namespace gobiz {

void EnginePacing::startRun(int concurrency)
{
    m_failures = m_successes = 0;
    setConcurrency(concurrency);
}

void EnginePacing::setConcurrency(int concurrency)
{
    m_concurrency = concurrency;
    ++m_epoch;
}

void EnginePacing::setLimit(int previousLimit, int limit)
{
    const bool wasAtLimit = m_concurrency >= previousLimit;
    setConcurrency(wasAtLimit ? limit : qMin(m_concurrency, limit));
}

void EnginePacing::onAnswer(const ApiError &error, int epochAtSend, const RetryPolicy &policy)
{
    if (!error.isError()) {
        m_failures = 0;
        const int grown = policy.concurrencyAfterSuccesses(m_concurrency, ++m_successes);
        if (grown != m_concurrency) {
            qCInfo(lcEngine) << "concurrency back up to" << grown;
            setConcurrency(grown);
            m_successes = 0;
        }
        return;
    }
    m_successes = 0;
    if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Cancelled)
        return;
    ++m_failures;
    if (error.kind == ApiError::Kind::RateLimited && epochAtSend == m_epoch) {
        const int lowered = policy.concurrencyAfterRateLimit(m_concurrency);
        if (lowered != m_concurrency) {
            qCInfo(lcEngine) << "rate limited: concurrency down to" << lowered;
            setConcurrency(lowered);
        }
    }
}

} // namespace gobiz
