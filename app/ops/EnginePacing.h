#pragma once

#include "RetryPolicy.h"

namespace gobiz {

// How hard a LinkEngine run presses GoBiz: the concurrency it allows now (halved on a 429, grown
// back by one step after enough successes in a row, never above the configured limit) and the
// failures in a row that pause the run. The numbers come from RetryPolicy; this keeps the counts.
class EnginePacing
{
public:
    // A new run: at concurrency, with nothing counted.
    void startRun(int concurrency);
    // The configured limit was replaced (a new policy): concurrency from now on.
    void setConcurrency(int concurrency);
    // The configured limit moved from previousLimit to limit: a run at the old limit follows it;
    // one lowered by 429s stays lower, never above the new limit.
    void setLimit(int previousLimit, int limit);

    // The answer to a request sent while epoch() was epochAtSend. 429s of requests sent before
    // the last change are the same overload, already answered: one halving per level.
    void onAnswer(const ApiError &error, int epochAtSend, const RetryPolicy &policy);
    // The person continued a paused run.
    void clearFailures() { m_failures = 0; }

    int concurrency() const { return m_concurrency; }
    // Changes with every change of concurrency().
    int epoch() const { return m_epoch; }
    int consecutiveFailures() const { return m_failures; }

private:
    int m_concurrency = RetryPolicy().concurrency;
    int m_epoch = 0;
    int m_successes = 0;
    int m_failures = 0;
};

} // namespace gobiz
