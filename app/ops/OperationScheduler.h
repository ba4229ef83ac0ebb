#pragma once

#include "EnginePacing.h"
#include "LinkOperation.h"
#include "PendingOperations.h"
#include "RetryPolicy.h"

#include <QList>
#include <QString>
#include <functional>

class QObject;

namespace gobiz {

class GoBizClient;

// The operations of a LinkEngine: at most one pending per (outlet, product) cell, the latest
// intent winning (LinkEngine.h, "Change of mind, precisely"); queued, asked of the start gate
// ahead of the free slots, sent in queue order while the pacing allows, answered, retried per
// RetryPolicy, cancelled. It keeps the run's counts and pacing. Whether the run may send, pauses
// or ends is for its Owner, which it tells everything.
class OperationScheduler
{
public:
    class Owner
    {
    public:
        virtual bool maySend() const = 0; // the run is neither paused nor over
        virtual void operationChanged(const LinkOperation &operation) = 0; // every phase change
        virtual void progressChanged() = 0;
        virtual void requestSettled(
            const LinkRequest &request, RequestSettlement settlement, quint64 operationId)
            = 0;
        // An answer moved its operation on (finished, retrying or queued again); the run may
        // pause for it. tokenRejected: a 401 for the token the client holds now.
        virtual void answered(const ApiError &error, bool tokenRejected) = 0;
        // An answer was dealt with completely, or an operation ended without one: if nothing is
        // pending, the run is over.
        virtual void operationsMayHaveEnded() = 0;
        // The end of work begun by the event loop (an answer, a timer): tell what happened.
        virtual void deliver() = 0;

    protected:
        ~Owner() = default;
    };
    using StartGate = std::function<void(const LinkOperation &)>;

    // Answers and timers are received in context; the policy is read, never copied.
    OperationScheduler(
        GoBizClient *client, const RetryPolicy &policy, QObject *context, Owner &owner);
    // Requests still in flight are abandoned: nothing calls back.
    ~OperationScheduler();
    OperationScheduler(const OperationScheduler &) = delete;
    OperationScheduler &operator=(const OperationScheduler &) = delete;

    void setStartGate(StartGate gate) { m_gate = std::move(gate); }
    void allowStart(quint64 operationId);
    // Fails the operation unsent; false when it had ended or was sent already.
    bool refuseStart(quint64 operationId, const QString &reason);
    void setRandomSource(std::function<double()> random01) { m_random = std::move(random01); }

    // Counts start from nothing, at concurrency.
    void startRun(int concurrency);
    // request is normalised (external id trimmed) and sendable; returns the operation carrying
    // it, or 0 when nothing is sent for it now.
    quint64 submit(const LinkRequest &request);
    // An operation refused before it was queued: reported Failed at once, counted in the run.
    quint64 refuse(const LinkRequest &request, const QString &reason);
    // Every pending operation ends Cancelled (in-flight ones aborted); intents are dropped.
    void cancelAll();
    void tokenReplaced() { ++m_tokenEpoch; }
    // Sends and asks the gate now, or on the next turn of the event loop.
    void pump();
    void schedulePump();

    EnginePacing &pacing() { return m_pacing; }
    const EnginePacing &pacing() const { return m_pacing; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    int inFlight() const { return m_inFlight; }
    EngineProgress progress() const;
    QList<LinkOperation> pendingOperations() const { return m_pending.operations(); }
    int requestsInRun() const { return m_requestsInRun; }
    int retriesInRun() const { return m_retriesInRun; }

private:
    using Entry = PendingOperations::Entry;
    using Cell = PendingOperations::Cell;

    quint64 enqueueNew(LinkRequest request);
    // Ends a pending op. superseded: replaced by a newer intent, so not counted as failed.
    void finish(quint64 id, LinkOperation::Phase phase, bool superseded = false);
    quint64 retarget(Entry &entry, const LinkRequest &request);
    void send(Entry &entry);
    void onReplyFinished(quint64 id);
    void applyIntentAfterCall(quint64 id, const LinkRequest &sent, const LinkRequest &intent,
        RetryPolicy::Verdict verdict);
    void waitBeforeRetry(Entry &entry, std::chrono::milliseconds wait);
    void onBackoffElapsed(quint64 id);

    GoBizClient *m_client;
    const RetryPolicy &m_policy;
    QObject *m_context;
    Owner &m_owner;
    PendingOperations m_pending;
    EnginePacing m_pacing;
    StartGate m_gate;
    std::function<double()> m_random;
    int m_inFlight = 0;
    int m_tokenEpoch = 0; // tokenReplaced() calls so far
    int m_requestsInRun = 0;
    int m_retriesInRun = 0;
    int m_doneInRun = 0;
    int m_failedInRun = 0;
    bool m_pumpScheduled = false;
};

} // namespace gobiz
