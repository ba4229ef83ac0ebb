#pragma once

#include "LinkOperation.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

namespace gobiz {

class GoBizClient;

// Runs link/unlink operations against GoBizClient with a concurrency limit, at most one request
// in flight per (outlet, product), retries per RetryPolicy, and pauses that keep every pending
// operation. Latest intent wins: a request for an (outlet, product) that already has a queued
// operation replaces it; one that has an operation in flight is remembered and, if it differs
// from what the server confirms, runs right after.
//
// Change of mind, precisely (an "intent" is the action, plus the external id for a link):
// - Queued or waiting op, same intent: nothing changes (same id returned).
// - Queued or waiting op, same action, other external id: the op is re-targeted in place.
// - Queued or waiting op, other action: it is Cancelled (superseded; not counted as failed);
//   a new op is queued unless the engine has already confirmed that intent for this
//   (outlet, product) in this session, then nothing is sent and submit() returns 0.
// - Op in flight: the intent is remembered (the latest replaces earlier ones) and submit()
//   returns 0. When the call ends: if the op succeeded or failed finally, a follow-up op is
//   queued unless the intent equals what the server confirmed (or, after a final failure,
//   equals the request that just failed: a final refusal is not repeated by itself). If the
//   op goes on to retry or is re-queued (401), the intent is applied to it as above.
//   So: link in flight + uncheck -> the unlink runs after the link succeeded;
//   link in flight + uncheck + recheck -> no follow-up.
// - No op pending: always queued (the server may have changed behind our back).
//
// Signals are emitted after the engine's state is consistent, so slots may call back in
// (submit, cancelAll, ...). paused() is emitted for every pause including Token; tokenRequired()
// additionally when a new token is needed.
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

    // Also gives the client policy.transferTimeout; a new run starts at policy.concurrency.
    void setPolicy(const RetryPolicy &policy);
    const RetryPolicy &policy() const { return m_policy; }
    void setConcurrencyLimit(int limit); // clamped to 1..16
    int concurrencyLimit() const;        // configured
    int effectiveConcurrency() const;    // after 429 adjustments
    int inFlightCount() const;

    // The write-ahead gate: before an operation's first request is sent the engine asks
    // gate(op) and sends only after allowStart(op.id); refuseStart(op.id, reason) fails it
    // unsent with that reason (e.g. the journal cannot record it). The answer may come later
    // (the journal commits on another thread), so the engine asks ahead of its free slots, up to
    // the concurrency limit beyond them: answers overlap the requests in flight. An op allowed
    // and then cancelled or superseded before it was sent ends Cancelled with attempts == 0.
    // Without a gate every op may start at once.
    using StartGate = std::function<void(const LinkOperation &)>;
    void setStartGate(StartGate gate);
    void allowStart(quint64 operationId);
    void refuseStart(quint64 operationId, const QString &reason);

    // Queues (or re-targets) the operation for request.outletId/product. Returns its id, or 0
    // when nothing was queued now (intent already confirmed, or deferred behind an op in flight).
    // A link without external id is refused unsent: the op is reported Failed at once.
    quint64 submit(const LinkRequest &request);
    // Every pending op ends Cancelled: queued/waiting ones unsent, in-flight ones aborted
    // (abortedInFlight = true). Remembered intents are dropped. The run ends (Idle).
    void cancelAll();
    void pause();  // stops starting requests; those in flight finish
    // Continues a Paused run. Before resumeNotBefore (long Retry-After) it waits until then.
    void resume();
    // The client holds a new token (TokenSession, the one writer of the client's token, set it):
    // a run waiting for one (after a 401) continues. Requests still in flight with the old token
    // that answer 401 are sent again with the new one, without asking for a token again.
    void tokenReplaced();

    State state() const { return m_state; }
    PauseReason pauseReason() const { return m_pauseReason; }
    QDateTime resumeNotBefore() const { return m_resumeNotBefore; }
    // resume() was called before resumeNotBefore: the run continues by itself then.
    bool isResumeScheduled() const;
    EngineProgress progress() const;
    QList<LinkOperation> pendingOperations() const; // queued, in flight, waiting
    // Requests sent in the current (or last) run, and how many of them were retries.
    int requestsInRun() const;
    int retriesInRun() const;

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
    // A request given to submit() (or remembered behind an op in flight) that will not be sent by
    // an operation of its own; operationId is the op that carries the same intent, if any. Lets
    // the owner of request.planRow settle its record: every submitted request ends either in an
    // operation or here.
    void requestSettled(const gobiz::LinkRequest &request, gobiz::RequestSettlement settlement,
        quint64 operationId);

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
