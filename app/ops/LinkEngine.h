#pragma once

#include "LinkOperation.h"
#include "RetryPolicy.h"

#include <QObject>
#include <functional>

namespace gobiz {

class GoBizClient;

// Runs link/unlink operations against GoBizClient with a concurrency limit, at most one request
// in flight per (outlet, product), retries per RetryPolicy, and pauses that keep every pending
// operation. Latest intent wins: a request for an (outlet, product) that already has a queued
// operation replaces it; one that has an operation in flight is remembered and, if it differs
// from what the server confirms, runs right after.
class LinkEngine : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,            // nothing pending
        Running,
        Paused,          // consecutive failures, long Retry-After, or pause(): resume() continues
        WaitingForToken, // a 401: provideToken() continues
    };
    Q_ENUM(State)

    enum class PauseReason { None, ConsecutiveFailures, RetryAfter, User, Token };
    Q_ENUM(PauseReason)

    explicit LinkEngine(GoBizClient *client, QObject *parent = nullptr);
    ~LinkEngine() override;

    void setPolicy(const RetryPolicy &policy);
    const RetryPolicy &policy() const { return m_policy; }
    void setConcurrencyLimit(int limit); // clamped to 1..16
    int concurrencyLimit() const;        // configured
    int effectiveConcurrency() const;    // after 429 adjustments
    int inFlightCount() const;

    // Called before each first attempt is sent; a non-empty return refuses the operation with
    // that message (e.g. the journal cannot record it). The operation then fails, unsent.
    using StartGuard = std::function<QString(const LinkOperation &)>;
    void setStartGuard(StartGuard guard);

    // Queues (or re-targets) the operation for request.outletId/product. Returns its id.
    quint64 submit(const LinkRequest &request);
    void cancelAll();
    void pause();
    void resume();
    void provideToken(const QString &normalizedToken);

    State state() const { return m_state; }
    PauseReason pauseReason() const { return m_pauseReason; }
    QDateTime resumeNotBefore() const { return m_resumeNotBefore; }
    EngineProgress progress() const;
    QList<LinkOperation> pendingOperations() const; // queued, in flight, waiting

    // For tests: a deterministic jitter source returning values in [0, 1).
    void setRandomSource(std::function<double()> random01);

signals:
    void operationUpdated(const gobiz::LinkOperation &operation); // every phase change
    void operationFinished(const gobiz::LinkOperation &operation); // once, when final
    void progressChanged(const gobiz::EngineProgress &progress);
    void stateChanged(gobiz::LinkEngine::State state);
    // A sentence for the person, e.g. "5 requests in a row failed"; resumeNotBefore for RetryAfter.
    void paused(gobiz::LinkEngine::PauseReason reason, const QString &message);
    void tokenRequired();

private:
    struct Private;
    friend struct Private;
    GoBizClient *m_client;
    RetryPolicy m_policy;
    State m_state = State::Idle;
    PauseReason m_pauseReason = PauseReason::None;
    QDateTime m_resumeNotBefore;
    std::unique_ptr<Private> d;
};

} // namespace gobiz
