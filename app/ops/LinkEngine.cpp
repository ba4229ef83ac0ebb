#include "LinkEngine.h"

#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <unordered_map>

namespace gobiz {

namespace {

using SlotKey = std::pair<QString, int>;

SlotKey slotKey(const LinkRequest &request)
{
    return {request.outletId, int(request.product)};
}

// Two requests ask for the same server state: same action and, for a link, the same external id.
bool sameIntent(const LinkRequest &a, const LinkRequest &b)
{
    return a.action == b.action
        && (a.action == LinkAction::Unlink || a.externalOutletId == b.externalOutletId);
}

QString describe(const LinkOperation &op)
{
    return QStringLiteral("op %1 %2 %3/%4").arg(op.id).arg(actionKey(op.request.action),
                                                     op.request.outletId, productKey(op.request.product));
}

} // namespace

struct LinkEngine::Private
{
    struct Entry
    {
        LinkOperation op;
        ApiReply *reply = nullptr;  // while in flight
        QTimer *timer = nullptr;    // while waiting to retry
        int countedAttempts = 0;    // attempts that count against maxAttempts (a 401 does not)
        enum class Gate { NotAsked, Asked, Allowed };
        Gate gate = Gate::NotAsked; // the StartGate's answer for the first attempt
        int concurrencyEpoch = 0;   // at send time: one 429 halving per concurrency level
        int tokenEpoch = 0;         // at send time: a 401 for a replaced token asks nothing
    };
    struct Slot
    {
        quint64 activeId = 0;                  // queued, waiting or in flight
        std::optional<LinkRequest> intent;     // latest request while activeId is in flight
        std::optional<LinkRequest> confirmed;  // last state the server confirmed to us
    };

    explicit Private(LinkEngine *engine) : q(engine) { }

    LinkEngine *q;
    std::unordered_map<quint64, Entry> entries; // pending ops only
    QHash<SlotKey, Slot> slotMap;
    std::deque<quint64> ready; // queued op ids in send order (stale ids are skipped)
    quint64 nextId = 1;
    int inFlight = 0;
    int effectiveConcurrency = 4;
    int concurrencyEpoch = 0;
    int tokenEpoch = 0; // tokenReplaced() calls so far
    int consecutiveSuccesses = 0;
    int consecutiveFailures = 0;
    int requestsInRun = 0;
    int retriesInRun = 0;
    int doneInRun = 0;
    int failedInRun = 0;
    StartGate gate;
    std::function<double()> random;
    QTimer resumeTimer;
    bool pumpScheduled = false;

    // Signals wait here until the state is consistent, then go out in order.
    QList<std::function<void()>> outbox;
    bool flushing = false;
    bool progressQueued = false;

    void post(std::function<void()> emission) { outbox.append(std::move(emission)); }
    void postOperation(const LinkOperation &op)
    {
        post([this, op] {
            emit q->operationUpdated(op);
            if (op.isFinal())
                emit q->operationFinished(op);
        });
    }
    void postProgress()
    {
        if (progressQueued)
            return;
        progressQueued = true;
        post([this] {
            progressQueued = false;
            emit q->progressChanged(q->progress());
        });
    }
    void settle(const LinkRequest &request, RequestSettlement how, quint64 operationId)
    {
        post([this, request, how, operationId] {
            emit q->requestSettled(request, how, operationId);
        });
    }
    void flush()
    {
        if (flushing)
            return; // the outer flush delivers what nested calls post
        flushing = true;
        for (qsizetype i = 0; i < outbox.size(); ++i) {
            const auto emission = outbox.at(i);
            emission();
        }
        outbox.clear();
        flushing = false;
    }

    void setState(State state)
    {
        if (q->m_state == state)
            return;
        q->m_state = state;
        qCDebug(lcEngine) << "state" << state;
        post([this, state] { emit q->stateChanged(state); });
    }

    void startRunIfIdle()
    {
        if (q->m_state != State::Idle)
            return;
        requestsInRun = retriesInRun = doneInRun = failedInRun = 0;
        consecutiveFailures = consecutiveSuccesses = 0;
        effectiveConcurrency = q->m_policy.clampedConcurrency(q->m_policy.concurrency);
        ++concurrencyEpoch;
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        qCInfo(lcEngine) << "run started, concurrency" << effectiveConcurrency;
        setState(State::Running);
    }

    void endRunIfDone()
    {
        if (!entries.empty() || q->m_state == State::Idle)
            return;
        resumeTimer.stop();
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        qCInfo(lcEngine) << "run finished:" << doneInRun << "done," << failedInRun
                         << "failed or cancelled," << requestsInRun << "requests," << retriesInRun
                         << "retries";
        postProgress();
        setState(State::Idle);
    }

    void schedulePump()
    {
        if (pumpScheduled)
            return;
        pumpScheduled = true;
        QMetaObject::invokeMethod(
            q, [this] {
                pumpScheduled = false;
                pump();
                flush();
            },
            Qt::QueuedConnection);
    }

    quint64 enqueueNew(LinkRequest request)
    {
        LinkOperation op;
        op.id = nextId++;
        op.request = std::move(request);
        op.queuedAt = QDateTime::currentDateTimeUtc();
        Slot &slot = slotMap[slotKey(op.request)];
        slot.activeId = op.id;
        Entry &entry = entries[op.id];
        entry.op = op;
        if (!gate)
            entry.gate = Entry::Gate::Allowed;
        ready.push_back(op.id);
        qCDebug(lcEngine).noquote() << describe(op) << "queued";
        postOperation(op);
        postProgress();
        schedulePump();
        return op.id;
    }

    // Ends a pending op. superseded: replaced by a newer intent, so not counted as failed.
    void finish(quint64 id, LinkOperation::Phase phase, bool superseded = false)
    {
        auto it = entries.find(id);
        if (it == entries.end())
            return;
        Entry &entry = it->second;
        if (entry.timer) {
            entry.timer->stop();
            entry.timer->deleteLater();
        }
        LinkOperation op = entry.op;
        op.phase = phase;
        op.superseded = superseded;
        op.finishedAt = QDateTime::currentDateTimeUtc();
        entries.erase(it);
        auto slotIt = slotMap.find(slotKey(op.request));
        if (slotIt != slotMap.end() && slotIt->activeId == id)
            slotIt->activeId = 0;
        if (phase == LinkOperation::Phase::Succeeded)
            ++doneInRun;
        else if (!superseded)
            ++failedInRun;
        qCDebug(lcEngine).noquote() << describe(op) << phaseKey(phase) << "after" << op.attempts
                                    << "attempt(s)"
                                    << (op.lastError.isError() ? ApiError::kindKey(op.lastError.kind)
                                                               : QString())
                                    << (superseded ? "(superseded)" : "");
        postOperation(op);
        postProgress();
    }

    void refuse(LinkOperation op, const QString &reason)
    {
        // Counted in the run like any other op, so a progress bar sees it fail.
        op.lastError = ApiError(ApiError::Kind::BadRequest);
        op.lastError.detail = reason;
        op.phase = LinkOperation::Phase::Failed;
        op.finishedAt = QDateTime::currentDateTimeUtc();
        ++failedInRun;
        qCInfo(lcEngine).noquote() << describe(op) << "refused unsent:" << reason;
        postOperation(op);
        postProgress();
    }

    // Applies a new intent to the (not in flight) active op of its slot. Returns the id now
    // carrying it, or 0 when nothing needs to be sent.
    quint64 retarget(Entry &entry, const LinkRequest &request)
    {
        if (sameIntent(entry.op.request, request)) {
            if (request.planRow != entry.op.request.planRow)
                settle(request, RequestSettlement::Carried, entry.op.id);
            return entry.op.id;
        }
        // In place only while nobody was asked to record the op as started: once asked, its
        // record names its request, so a changed one is a new op.
        const bool asked = gate && entry.gate != Entry::Gate::NotAsked;
        if (entry.op.request.action == request.action && !asked) {
            const LinkRequest replaced = entry.op.request;
            entry.op.request.externalOutletId = request.externalOutletId;
            entry.op.request.planRow = request.planRow;
            qCDebug(lcEngine).noquote() << describe(entry.op) << "re-targeted";
            if (replaced.planRow != request.planRow)
                settle(replaced, RequestSettlement::Superseded, entry.op.id);
            postOperation(entry.op);
            return entry.op.id;
        }
        const SlotKey key = slotKey(request);
        finish(entry.op.id, LinkOperation::Phase::Cancelled, true);
        const Slot &slot = slotMap[key];
        if (slot.confirmed && sameIntent(*slot.confirmed, request)) {
            settle(request, RequestSettlement::AlreadyConfirmed, 0);
            return 0;
        }
        return enqueueNew(request);
    }

    // Sends allowed ops in queue order while slots are free, and asks the gate about the next
    // ones ahead of the free slots, so its (asynchronous) answers overlap requests in flight.
    void pump()
    {
        if (q->m_state != State::Running)
            return;
        const int window = effectiveConcurrency; // ops asked ahead beyond the free slots
        std::size_t index = 0;
        int waitingForGate = 0;
        while (index < ready.size()) {
            const quint64 id = ready[index];
            auto it = entries.find(id);
            if (it == entries.end() || it->second.op.phase != LinkOperation::Phase::Queued) {
                ready.erase(ready.begin() + std::ptrdiff_t(index)); // superseded or cancelled
                continue;
            }
            Entry &entry = it->second;
            const bool slotFree = inFlight < effectiveConcurrency;
            if (entry.gate == Entry::Gate::Allowed && slotFree) {
                ready.erase(ready.begin() + std::ptrdiff_t(index));
                send(entry);
                continue;
            }
            if (!slotFree && waitingForGate >= window)
                break;
            if (entry.gate == Entry::Gate::NotAsked) {
                if (waitingForGate >= window + qMax(0, effectiveConcurrency - inFlight))
                    break;
                entry.gate = Entry::Gate::Asked;
                const LinkOperation asked = entry.op;
                gate(asked); // may answer at once (allowStart), which only marks the entry
            }
            ++waitingForGate;
            ++index;
        }
    }

    void refuseUnsent(quint64 id, const QString &reason)
    {
        auto it = entries.find(id);
        if (it == entries.end() || it->second.op.attempts > 0)
            return;
        LinkOperation &op = it->second.op;
        op.lastError = ApiError(ApiError::Kind::BadRequest);
        op.lastError.detail = reason;
        finish(id, LinkOperation::Phase::Failed);
        endRunIfDone();
    }

    void send(Entry &entry)
    {
        LinkOperation &op = entry.op;
        ApiReply *reply = op.request.action == LinkAction::Link
            ? q->m_client->link(op.request.outletId, op.request.product, op.request.externalOutletId)
            : q->m_client->unlink(op.request.outletId, op.request.product);
        entry.reply = reply;
        entry.concurrencyEpoch = concurrencyEpoch;
        entry.tokenEpoch = tokenEpoch;
        ++entry.countedAttempts;
        ++op.attempts;
        op.phase = LinkOperation::Phase::InFlight;
        op.requestId = reply->requestId();
        if (!op.startedAt.isValid())
            op.startedAt = QDateTime::currentDateTimeUtc();
        ++inFlight;
        ++requestsInRun;
        const quint64 id = op.id;
        QObject::connect(reply, &ApiReply::finished, q, [this, id] {
            onReplyFinished(id);
            flush();
        });
        qCDebug(lcEngine).noquote() << describe(op) << "attempt" << op.attempts << "request id"
                                    << op.requestId;
        postOperation(op);
    }

    void onReplyFinished(quint64 id)
    {
        auto it = entries.find(id);
        if (it == entries.end() || !it->second.reply)
            return;
        Entry &entry = it->second;
        ApiReply *reply = entry.reply;
        entry.reply = nullptr;
        reply->disconnect(q);
        reply->deleteLater();
        --inFlight;

        LinkOperation &op = entry.op;
        const ApiError error = reply->error();
        op.lastError = error;
        op.requestId = reply->requestId();
        const RetryPolicy &policy = q->m_policy;
        const int budgetLeft = policy.retryBudget(requestsInRun) - retriesInRun;
        const RetryPolicy::Verdict verdict = policy.decide(error, entry.countedAttempts, budgetLeft);
        adjustPacing(error, entry.concurrencyEpoch);

        const SlotKey key = slotKey(op.request);
        std::optional<LinkRequest> intent;
        if (auto slotIt = slotMap.find(key); slotIt != slotMap.end())
            intent = std::exchange(slotIt->intent, std::nullopt);
        const LinkRequest sent = op.request;

        bool pauseForToken = false;
        switch (verdict) {
        case RetryPolicy::Verdict::Succeeded:
            op.confirmation = reply->linkConfirmation();
            op.lastError = {};
            slotMap[key].confirmed = op.request;
            finish(id, LinkOperation::Phase::Succeeded);
            break;
        case RetryPolicy::Verdict::Fail:
            finish(id, LinkOperation::Phase::Failed);
            break;
        case RetryPolicy::Verdict::Retry: {
            ++retriesInRun;
            const auto wait = policy.scaled(
                policy.retryDelay(error, entry.countedAttempts, random ? random() : 0.0));
            op.phase = LinkOperation::Phase::Waiting;
            entry.timer = new QTimer(q);
            entry.timer->setSingleShot(true);
            entry.timer->setTimerType(Qt::PreciseTimer); // a Retry-After is a "not before"
            QObject::connect(entry.timer, &QTimer::timeout, q, [this, id] {
                onBackoffElapsed(id);
                flush();
            });
            entry.timer->start(wait);
            qCDebug(lcEngine).noquote() << describe(op) << "retrying in" << wait.count() << "ms after"
                                        << ApiError::kindKey(error.kind) << error.httpStatus;
            postOperation(op);
            break;
        }
        case RetryPolicy::Verdict::PauseForRetryAfter:
            ++retriesInRun;
            op.phase = LinkOperation::Phase::Queued;
            ready.push_front(id);
            postOperation(op);
            break;
        case RetryPolicy::Verdict::PauseForToken:
            // Not a failure and not an attempt against the op: the token, not the op, was wrong.
            --entry.countedAttempts;
            op.phase = LinkOperation::Phase::Queued;
            ready.push_front(id);
            postOperation(op);
            // Sent with a token that was replaced while it was in flight: the new one is tried
            // without asking the person again.
            pauseForToken = entry.tokenEpoch == tokenEpoch;
            break;
        }

        // The op that just ended may have been the last straw for the run.
        if (pauseForToken)
            waitForToken();
        else if (policy.retryAfterTooLong(error))
            pauseForRetryAfter(*error.retryAfter);
        else if (error.isError() && consecutiveFailures >= policy.pauseAfterConsecutiveFailures)
            pauseForFailures();

        if (intent)
            applyIntentAfterCall(id, sent, *intent, verdict);
        pump(); // refill the freed slot now, not one event-loop turn later
        endRunIfDone();
    }

    void applyIntentAfterCall(quint64 id, const LinkRequest &sent, const LinkRequest &intent,
                              RetryPolicy::Verdict verdict)
    {
        auto it = entries.find(id);
        if (it != entries.end()) { // still pending (retry or re-queued): treat like a queued op
            retarget(it->second, intent);
            return;
        }
        const Slot &slot = slotMap[slotKey(intent)];
        if (verdict == RetryPolicy::Verdict::Fail && sameIntent(sent, intent)) {
            settle(intent, RequestSettlement::NotRepeated, id); // a final refusal is not repeated
            return;
        }
        if (slot.confirmed && sameIntent(*slot.confirmed, intent)) {
            settle(intent, RequestSettlement::AlreadyConfirmed, id);
            return;
        }
        enqueueNew(intent);
    }

    void adjustPacing(const ApiError &error, int epochAtSend)
    {
        const RetryPolicy &policy = q->m_policy;
        if (!error.isError()) {
            consecutiveFailures = 0;
            const int grown = policy.concurrencyAfterSuccesses(effectiveConcurrency,
                                                               ++consecutiveSuccesses);
            if (grown != effectiveConcurrency) {
                qCInfo(lcEngine) << "concurrency back up to" << grown;
                effectiveConcurrency = grown;
                ++concurrencyEpoch;
                consecutiveSuccesses = 0;
            }
            return;
        }
        consecutiveSuccesses = 0;
        if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Cancelled)
            return;
        ++consecutiveFailures;
        // Halve once per concurrency level: 429s of requests sent before the last change are
        // the same overload, already answered.
        if (error.kind == ApiError::Kind::RateLimited && epochAtSend == concurrencyEpoch) {
            const int lowered = policy.concurrencyAfterRateLimit(effectiveConcurrency);
            if (lowered != effectiveConcurrency) {
                qCInfo(lcEngine) << "rate limited: concurrency down to" << lowered;
                effectiveConcurrency = lowered;
                ++concurrencyEpoch;
            }
        }
    }

    void onBackoffElapsed(quint64 id)
    {
        auto it = entries.find(id);
        if (it == entries.end() || it->second.op.phase != LinkOperation::Phase::Waiting)
            return;
        Entry &entry = it->second;
        if (entry.timer) {
            entry.timer->deleteLater();
            entry.timer = nullptr;
        }
        entry.op.phase = LinkOperation::Phase::Queued;
        ready.push_back(id);
        postOperation(entry.op);
        pump();
    }

    void pauseWith(PauseReason reason, const QString &message)
    {
        q->m_pauseReason = reason;
        qCInfo(lcEngine).noquote() << "paused:" << message;
        setState(reason == PauseReason::Token ? State::WaitingForToken : State::Paused);
        post([this, reason, message] { emit q->paused(reason, message); });
    }

    void pauseForFailures()
    {
        if (q->m_state != State::Running)
            return;
        const QString message = consecutiveFailures == 1
            ? LinkEngine::tr("A request failed. Check the internet connection, then continue; "
                             "nothing waiting was lost.")
            : LinkEngine::tr("%1 requests in a row failed. Check the internet connection, then "
                             "continue; nothing waiting was lost.")
                  .arg(consecutiveFailures);
        pauseWith(PauseReason::ConsecutiveFailures, message);
    }

    void pauseForRetryAfter(std::chrono::milliseconds wait)
    {
        if (q->m_state == State::WaitingForToken || q->m_state == State::Idle)
            return;
        const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(
            q->m_policy.scaled(wait).count());
        if (q->m_state == State::Paused && q->m_resumeNotBefore.isValid()
            && q->m_resumeNotBefore >= until)
            return; // already waiting at least that long
        q->m_resumeNotBefore = until;
        const qint64 seconds = qMax<qint64>(1, (wait.count() + 999) / 1000);
        const QString duration = seconds >= 120
            ? LinkEngine::tr("about %1 minutes").arg((seconds + 30) / 60)
            : (seconds == 1 ? LinkEngine::tr("1 second")
                            : LinkEngine::tr("%1 seconds").arg(seconds));
        const QString when = QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
        pauseWith(PauseReason::RetryAfter,
                  LinkEngine::tr("GoBiz asked us to wait %1 before sending more. Try again "
                                 "after %2; nothing waiting was lost.")
                      .arg(duration, when));
    }

    void waitForToken()
    {
        if (q->m_state == State::WaitingForToken)
            return;
        resumeTimer.stop();
        pauseWith(PauseReason::Token,
                  LinkEngine::tr("GoBiz no longer accepts the access token. Sign in again and "
                                 "give a new token; nothing waiting was lost."));
        post([this] { emit q->tokenRequired(); });
    }

    void continueRun()
    {
        resumeTimer.stop();
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        consecutiveFailures = 0;
        setState(State::Running);
        schedulePump();
        endRunIfDone();
    }

    void cancelEverything()
    {
        std::vector<quint64> ids;
        ids.reserve(entries.size());
        for (const auto &[id, entry] : entries)
            ids.push_back(id);
        std::sort(ids.begin(), ids.end());
        for (quint64 id : ids) {
            Entry &entry = entries.at(id);
            if (ApiReply *reply = entry.reply) {
                entry.reply = nullptr;
                reply->disconnect(q);
                reply->abort();
                reply->deleteLater();
                --inFlight;
                entry.op.abortedInFlight = true;
                entry.op.lastError = ApiError(ApiError::Kind::Cancelled);
                entry.op.lastError.requestId = entry.op.requestId;
            }
            finish(id, LinkOperation::Phase::Cancelled);
        }
        ready.clear();
        for (Slot &slot : slotMap) {
            if (slot.intent)
                settle(*slot.intent, RequestSettlement::Cancelled, 0);
            slot.intent.reset();
        }
        if (!ids.empty())
            qCInfo(lcEngine) << "cancelled" << ids.size() << "operation(s)";
        endRunIfDone();
    }
};

LinkEngine::LinkEngine(GoBizClient *client, QObject *parent)
    : QObject(parent), m_client(client), d(std::make_unique<Private>(this))
{
    qRegisterMetaType<gobiz::LinkOperation>();
    qRegisterMetaType<gobiz::EngineProgress>();
    m_policy.concurrency = m_policy.clampedConcurrency(m_policy.concurrency);
    d->effectiveConcurrency = m_policy.concurrency;
    d->random = [] { return QRandomGenerator::global()->generateDouble(); };
    d->resumeTimer.setSingleShot(true);
    d->resumeTimer.setTimerType(Qt::PreciseTimer); // never before the time GoBiz named
    connect(&d->resumeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Paused)
            d->continueRun();
        d->flush();
    });
}

LinkEngine::~LinkEngine()
{
    // Nothing may call back into a half-destroyed engine; requests still out are abandoned.
    for (auto &[id, entry] : d->entries) {
        Q_UNUSED(id);
        if (entry.reply) {
            entry.reply->disconnect(this);
            entry.reply->abort();
            entry.reply->deleteLater();
        }
    }
}

void LinkEngine::setPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_policy.concurrency = m_policy.clampedConcurrency(policy.concurrency);
    d->effectiveConcurrency = m_policy.concurrency;
    ++d->concurrencyEpoch;
    if (m_client)
        m_client->setTransferTimeout(m_policy.transferTimeout);
    d->schedulePump();
}

void LinkEngine::setConcurrencyLimit(int limit)
{
    const int clamped = m_policy.clampedConcurrency(limit);
    const bool wasAtLimit = d->effectiveConcurrency >= m_policy.concurrency;
    m_policy.concurrency = clamped;
    d->effectiveConcurrency = wasAtLimit ? clamped : qMin(d->effectiveConcurrency, clamped);
    ++d->concurrencyEpoch;
    d->schedulePump();
}

int LinkEngine::concurrencyLimit() const
{
    return m_policy.concurrency;
}

int LinkEngine::effectiveConcurrency() const
{
    return d->effectiveConcurrency;
}

int LinkEngine::inFlightCount() const
{
    return d->inFlight;
}

void LinkEngine::setStartGate(StartGate gate)
{
    d->gate = std::move(gate);
}

void LinkEngine::allowStart(quint64 operationId)
{
    auto it = d->entries.find(operationId);
    if (it == d->entries.end() || it->second.gate == Private::Entry::Gate::Allowed)
        return; // ended meanwhile (cancelled, superseded): its record says so
    it->second.gate = Private::Entry::Gate::Allowed;
    d->schedulePump();
}

void LinkEngine::refuseStart(quint64 operationId, const QString &reason)
{
    d->refuseUnsent(operationId, reason);
    d->flush();
}

quint64 LinkEngine::submit(const LinkRequest &request)
{
    LinkRequest normalized = request;
    normalized.externalOutletId = request.externalOutletId.trimmed();
    d->startRunIfIdle();
    quint64 result = 0;
    if (normalized.action == LinkAction::Link && normalized.externalOutletId.isEmpty()) {
        LinkOperation op;
        op.id = d->nextId++;
        op.request = normalized;
        op.queuedAt = QDateTime::currentDateTimeUtc();
        d->refuse(op, tr("Enter the partner's external outlet ID before linking: GoBiz "
                         "requires it for every linked outlet."));
        result = op.id;
    } else {
        Private::Slot &slot = d->slotMap[slotKey(normalized)];
        auto it = slot.activeId ? d->entries.find(slot.activeId) : d->entries.end();
        if (it == d->entries.end()) {
            result = d->enqueueNew(normalized);
        } else if (it->second.op.phase == LinkOperation::Phase::InFlight) {
            if (slot.intent && slot.intent->planRow != normalized.planRow)
                d->settle(*slot.intent, RequestSettlement::Superseded, 0);
            slot.intent = normalized;
            qCDebug(lcEngine).noquote() << describe(it->second.op) << "in flight; next intent"
                                        << actionKey(normalized.action);
        } else {
            result = d->retarget(it->second, normalized);
        }
    }
    d->endRunIfDone();
    d->flush();
    return result;
}

void LinkEngine::cancelAll()
{
    d->cancelEverything();
    d->flush();
}

void LinkEngine::pause()
{
    if (m_state == State::Running) {
        d->pauseWith(PauseReason::User,
                     tr("Paused. Requests already sent finish; continue to send the rest."));
    }
    d->flush();
}

void LinkEngine::resume()
{
    if (m_state == State::Paused) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_resumeNotBefore.isValid() && now < m_resumeNotBefore)
            d->resumeTimer.start(std::chrono::milliseconds(now.msecsTo(m_resumeNotBefore) + 1));
        else
            d->continueRun();
    }
    d->flush();
}

void LinkEngine::tokenReplaced()
{
    ++d->tokenEpoch;
    if (m_state == State::WaitingForToken) {
        qCInfo(lcEngine) << "new token given; continuing";
        d->continueRun();
    }
    d->flush();
}

EngineProgress LinkEngine::progress() const
{
    EngineProgress progress;
    progress.done = d->doneInRun;
    progress.failed = d->failedInRun;
    progress.remaining = int(d->entries.size());
    return progress;
}

QList<LinkOperation> LinkEngine::pendingOperations() const
{
    QList<LinkOperation> result;
    result.reserve(qsizetype(d->entries.size()));
    for (const auto &[id, entry] : d->entries) {
        Q_UNUSED(id);
        result.append(entry.op);
    }
    std::sort(result.begin(), result.end(),
              [](const LinkOperation &a, const LinkOperation &b) { return a.id < b.id; });
    return result;
}

int LinkEngine::requestsInRun() const
{
    return d->requestsInRun;
}

int LinkEngine::retriesInRun() const
{
    return d->retriesInRun;
}

void LinkEngine::setRandomSource(std::function<double()> random01)
{
    if (random01)
        d->random = std::move(random01);
}

} // namespace gobiz
