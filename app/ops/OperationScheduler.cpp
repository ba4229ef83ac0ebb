#include "OperationScheduler.h"

#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"

#include <QTimer>

namespace gobiz {

namespace {

// Two requests ask for the same server state: same action and, for a link, the same external id.
bool sameIntent(const LinkRequest &a, const LinkRequest &b)
{
    return a.action == b.action
        && (a.action == LinkAction::Unlink || a.externalOutletId == b.externalOutletId);
}

QString describe(const LinkOperation &op)
{
    return QStringLiteral("op %1 %2 %3/%4")
        .arg(op.id)
        .arg(actionKey(op.request.action), op.request.outletId, productKey(op.request.product));
}

} // namespace

OperationScheduler::OperationScheduler(
    GoBizClient *client, const RetryPolicy &policy, QObject *context, Owner &owner)
    : m_client(client)
    , m_policy(policy)
    , m_context(context)
    , m_owner(owner)
{ }

OperationScheduler::~OperationScheduler()
{
    for (quint64 id : m_pending.ids())
        m_pending.find(id)->releaseReply(m_context, true);
}

void OperationScheduler::allowStart(quint64 operationId)
{
    Entry *entry = m_pending.find(operationId);
    if (!entry || entry->gate == Entry::Gate::Allowed)
        return; // ended meanwhile (cancelled, superseded): its record says so
    entry->gate = Entry::Gate::Allowed;
    schedulePump();
}

bool OperationScheduler::refuseStart(quint64 operationId, const QString &reason)
{
    Entry *entry = m_pending.find(operationId);
    if (!entry || entry->op.attempts > 0)
        return false;
    entry->op.lastError = ApiError(ApiError::Kind::BadRequest);
    entry->op.lastError.detail = reason;
    entry->op.lastError.notSent = true;
    finish(operationId, LinkOperation::Phase::Failed);
    return true;
}

void OperationScheduler::startRun(int concurrency)
{
    m_requestsInRun = m_retriesInRun = m_doneInRun = m_failedInRun = 0;
    m_pacing.startRun(concurrency);
}

EngineProgress OperationScheduler::progress() const
{
    EngineProgress progress;
    progress.done = m_doneInRun;
    progress.failed = m_failedInRun;
    progress.remaining = m_pending.size();
    return progress;
}

// --- intents ---

quint64 OperationScheduler::submit(const LinkRequest &request)
{
    Cell &cell = m_pending.cell(request);
    Entry *active = cell.activeId ? m_pending.find(cell.activeId) : nullptr;
    if (!active)
        return enqueueNew(request);
    if (active->op.phase != LinkOperation::Phase::InFlight)
        return retarget(*active, request);
    if (cell.intent && cell.intent->planRow != request.planRow)
        m_owner.requestSettled(*cell.intent, RequestSettlement::Superseded, 0);
    cell.intent = request;
    qCDebug(lcEngine).noquote() << describe(active->op) << "in flight; next intent"
                                << actionKey(request.action);
    return 0;
}

quint64 OperationScheduler::refuse(const LinkRequest &request, const QString &reason)
{
    LinkOperation op;
    op.id = m_pending.takeId();
    op.request = request;
    op.queuedAt = QDateTime::currentDateTimeUtc();
    // Counted in the run like any other op, so a progress bar sees it fail.
    op.lastError = ApiError(ApiError::Kind::BadRequest);
    op.lastError.detail = reason;
    op.lastError.notSent = true;
    op.phase = LinkOperation::Phase::Failed;
    op.finishedAt = QDateTime::currentDateTimeUtc();
    ++m_failedInRun;
    qCInfo(lcEngine).noquote() << describe(op) << "refused unsent:" << reason;
    m_owner.operationChanged(op);
    m_owner.progressChanged();
    return op.id;
}

quint64 OperationScheduler::enqueueNew(LinkRequest request)
{
    const LinkOperation op = m_pending.add(std::move(request), !m_gate).op;
    qCDebug(lcEngine).noquote() << describe(op) << "queued";
    m_owner.operationChanged(op);
    m_owner.progressChanged();
    schedulePump();
    return op.id;
}

void OperationScheduler::finish(quint64 id, LinkOperation::Phase phase, bool superseded)
{
    if (!m_pending.find(id))
        return;
    LinkOperation op = m_pending.remove(id);
    op.phase = phase;
    op.superseded = superseded;
    op.finishedAt = QDateTime::currentDateTimeUtc();
    if (phase == LinkOperation::Phase::Succeeded)
        ++m_doneInRun;
    else if (!superseded)
        ++m_failedInRun;
    qCDebug(lcEngine).noquote() << describe(op) << phaseKey(phase) << "after" << op.attempts
                                << "attempt(s)"
                                << (op.lastError.isError() ? ApiError::kindKey(op.lastError.kind)
                                                           : QString())
                                << (superseded ? "(superseded)" : "");
    m_owner.operationChanged(op);
    m_owner.progressChanged();
}

// Applies a new intent to the (not in flight) active op of its cell. Returns the id now carrying
// it, or 0 when nothing needs to be sent.
quint64 OperationScheduler::retarget(Entry &entry, const LinkRequest &request)
{
    if (sameIntent(entry.op.request, request)) {
        if (request.planRow != entry.op.request.planRow)
            m_owner.requestSettled(request, RequestSettlement::Carried, entry.op.id);
        return entry.op.id;
    }
    // In place only while nobody was asked to record the op as started: once asked, its record
    // names its request, so a changed one is a new op.
    const bool asked = m_gate && entry.gate != Entry::Gate::NotAsked;
    if (entry.op.request.action == request.action && !asked) {
        const LinkRequest replaced = entry.op.request;
        entry.op.request.externalOutletId = request.externalOutletId;
        entry.op.request.planRow = request.planRow;
        qCDebug(lcEngine).noquote() << describe(entry.op) << "re-targeted";
        if (replaced.planRow != request.planRow)
            m_owner.requestSettled(replaced, RequestSettlement::Superseded, entry.op.id);
        m_owner.operationChanged(entry.op);
        return entry.op.id;
    }
    finish(entry.op.id, LinkOperation::Phase::Cancelled, true);
    const Cell &cell = m_pending.cell(request);
    if (cell.confirmed && sameIntent(*cell.confirmed, request)) {
        m_owner.requestSettled(request, RequestSettlement::AlreadyConfirmed, 0);
        return 0;
    }
    return enqueueNew(request);
}

void OperationScheduler::applyIntentAfterCall(
    quint64 id, const LinkRequest &sent, const LinkRequest &intent, RetryPolicy::Verdict verdict)
{
    if (Entry *entry = m_pending.find(id)) { // still pending (retried or queued again)
        retarget(*entry, intent); // like a queued op
        return;
    }
    const Cell &cell = m_pending.cell(intent);
    if (verdict == RetryPolicy::Verdict::Fail && sameIntent(sent, intent)) {
        // A final refusal is not repeated by itself.
        m_owner.requestSettled(intent, RequestSettlement::NotRepeated, id);
        return;
    }
    if (cell.confirmed && sameIntent(*cell.confirmed, intent)) {
        m_owner.requestSettled(intent, RequestSettlement::AlreadyConfirmed, id);
        return;
    }
    enqueueNew(intent);
}

void OperationScheduler::cancelAll()
{
    const std::vector<quint64> ids = m_pending.ids();
    for (quint64 id : ids) {
        Entry &entry = *m_pending.find(id);
        if (entry.releaseReply(m_context, true)) {
            --m_inFlight;
            entry.op.abortedInFlight = true;
            entry.op.lastError = ApiError(ApiError::Kind::Cancelled);
            entry.op.lastError.requestId = entry.op.requestId;
        }
        finish(id, LinkOperation::Phase::Cancelled);
    }
    m_pending.ready().clear();
    for (const LinkRequest &intent : m_pending.dropIntents())
        m_owner.requestSettled(intent, RequestSettlement::Cancelled, 0);
    if (!ids.empty())
        qCInfo(lcEngine) << "cancelled" << ids.size() << "operation(s)";
}

// --- sending and answers ---

void OperationScheduler::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_pumpScheduled = false;
            pump();
            m_owner.deliver();
        },
        Qt::QueuedConnection);
}

// Sends allowed ops in queue order while slots are free, and asks the gate about the next ones
// ahead of the free slots, so its (asynchronous) answers overlap requests in flight.
void OperationScheduler::pump()
{
    if (!m_owner.maySend())
        return;
    const int concurrency = m_pacing.concurrency();
    const int window = concurrency; // ops asked ahead beyond the free slots
    std::deque<quint64> &ready = m_pending.ready();
    std::size_t index = 0;
    int waitingForGate = 0;
    while (index < ready.size()) {
        Entry *queued = m_pending.find(ready[index]);
        if (!queued || queued->op.phase != LinkOperation::Phase::Queued) {
            ready.erase(ready.begin() + std::ptrdiff_t(index)); // superseded or cancelled
            continue;
        }
        Entry &entry = *queued;
        const bool slotFree = m_inFlight < concurrency;
        if (entry.gate == Entry::Gate::Allowed && slotFree) {
            ready.erase(ready.begin() + std::ptrdiff_t(index));
            send(entry);
            continue;
        }
        if (!slotFree && waitingForGate >= window)
            break;
        if (entry.gate == Entry::Gate::NotAsked) {
            if (waitingForGate >= window + qMax(0, concurrency - m_inFlight))
                break;
            entry.gate = Entry::Gate::Asked;
            const LinkOperation asked = entry.op;
            m_gate(asked); // may answer at once (allowStart), which only marks the entry
        }
        ++waitingForGate;
        ++index;
    }
}

void OperationScheduler::send(Entry &entry)
{
    LinkOperation &op = entry.op;
    ApiReply *reply = op.request.action == LinkAction::Link
        ? m_client->link(op.request.outletId, op.request.product, op.request.externalOutletId,
              op.attempts + 1)
        : m_client->unlink(op.request.outletId, op.request.product, op.attempts + 1);
    entry.reply = reply;
    entry.concurrencyEpoch = m_pacing.epoch();
    entry.tokenEpoch = m_tokenEpoch;
    ++entry.countedAttempts;
    ++op.attempts;
    op.phase = LinkOperation::Phase::InFlight;
    op.requestId = reply->requestId();
    if (!op.startedAt.isValid())
        op.startedAt = QDateTime::currentDateTimeUtc();
    ++m_inFlight;
    ++m_requestsInRun;
    const quint64 id = op.id;
    QObject::connect(reply, &ApiReply::finished, m_context, [this, id] {
        onReplyFinished(id);
        m_owner.deliver();
    });
    qCDebug(lcEngine).noquote() << describe(op) << "attempt" << op.attempts << "request id"
                                << op.requestId;
    m_owner.operationChanged(op);
}

void OperationScheduler::onReplyFinished(quint64 id)
{
    Entry *answered = m_pending.find(id);
    if (!answered || !answered->reply)
        return;
    Entry &entry = *answered;
    const ApiReply *reply = entry.releaseReply(m_context, false);
    --m_inFlight;

    LinkOperation &op = entry.op;
    const ApiError error = reply->error();
    op.lastError = error;
    op.requestId = reply->requestId();
    if (error.notSent) {
        // The client refused it before it left (e.g. an outlet id no web address can carry):
        // not an attempt, and no sign of how GoBiz is doing.
        --op.attempts;
        --m_requestsInRun;
    }
    const int budgetLeft = m_policy.retryBudget(m_requestsInRun) - m_retriesInRun;
    const RetryPolicy::Verdict verdict = m_policy.decide(error, entry.countedAttempts, budgetLeft);
    if (!error.notSent)
        m_pacing.onAnswer(error, entry.concurrencyEpoch, m_policy);

    Cell &cell = m_pending.cell(op.request);
    const std::optional<LinkRequest> intent = std::exchange(cell.intent, std::nullopt);
    const LinkRequest sent = op.request;

    bool tokenRejected = false;
    switch (verdict) {
    case RetryPolicy::Verdict::Succeeded:
        op.confirmation = reply->linkConfirmation();
        op.lastError = {};
        cell.confirmed = op.request;
        finish(id, LinkOperation::Phase::Succeeded);
        break;
    case RetryPolicy::Verdict::Fail:
        finish(id, LinkOperation::Phase::Failed);
        break;
    case RetryPolicy::Verdict::Retry:
        ++m_retriesInRun;
        waitBeforeRetry(entry,
            m_policy.scaled(
                m_policy.retryDelay(error, entry.countedAttempts, m_random ? m_random() : 0.0)));
        break;
    case RetryPolicy::Verdict::PauseForRetryAfter:
        ++m_retriesInRun;
        op.phase = LinkOperation::Phase::Queued;
        m_pending.ready().push_front(id);
        m_owner.operationChanged(op);
        break;
    case RetryPolicy::Verdict::PauseForToken:
        // Not a failure and not an attempt against the op: the token, not the op, was wrong.
        --entry.countedAttempts;
        op.phase = LinkOperation::Phase::Queued;
        m_pending.ready().push_front(id);
        m_owner.operationChanged(op);
        // Sent with a token that was replaced while it was in flight: the new one is tried
        // without asking the person again.
        tokenRejected = entry.tokenEpoch == m_tokenEpoch;
        break;
    }

    // The op that just ended may have been the last straw for the run.
    m_owner.answered(error, tokenRejected);
    if (intent)
        applyIntentAfterCall(id, sent, *intent, verdict);
    pump(); // refill the freed slot now, not one event-loop turn later
    m_owner.operationsMayHaveEnded();
}

void OperationScheduler::waitBeforeRetry(Entry &entry, std::chrono::milliseconds wait)
{
    LinkOperation &op = entry.op;
    op.phase = LinkOperation::Phase::Waiting;
    entry.timer = new QTimer(m_context);
    entry.timer->setSingleShot(true);
    entry.timer->setTimerType(Qt::PreciseTimer); // a Retry-After is a "not before"
    const quint64 id = op.id;
    QObject::connect(entry.timer, &QTimer::timeout, m_context, [this, id] {
        onBackoffElapsed(id);
        m_owner.deliver();
    });
    entry.timer->start(wait);
    qCDebug(lcEngine).noquote() << describe(op) << "retrying in" << wait.count() << "ms after"
                                << ApiError::kindKey(op.lastError.kind) << op.lastError.httpStatus;
    m_owner.operationChanged(op);
}

void OperationScheduler::onBackoffElapsed(quint64 id)
{
    Entry *waiting = m_pending.find(id);
    if (!waiting || waiting->op.phase != LinkOperation::Phase::Waiting)
        return;
    if (waiting->timer) {
        waiting->timer->deleteLater();
        waiting->timer = nullptr;
    }
    waiting->op.phase = LinkOperation::Phase::Queued;
    m_pending.ready().push_back(id);
    m_owner.operationChanged(waiting->op);
    pump();
}

} // namespace gobiz
