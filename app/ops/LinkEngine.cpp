#include "LinkEngine.h"

#include "OperationScheduler.h"
#include "PauseMessages.h"
#include "SignalOutbox.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"

#include <QRandomGenerator>
#include <QTimer>

namespace gobiz {

// The run: its state, why and until when it is paused, and the signals, which wait in the outbox
// until the engine is consistent. The operations are the scheduler's.
struct LinkEngine::Private final : OperationScheduler::Owner
{
    explicit Private(LinkEngine *engine)
        : q(engine)
        , scheduler(engine->m_client, engine->m_policy, engine, *this)
    { }

    LinkEngine *q;
    OperationScheduler scheduler;
    QTimer resumeTimer; // a resume() before a long Retry-After has passed waits for it
    SignalOutbox outbox;
    bool progressQueued = false;

    // --- OperationScheduler::Owner ---
    bool maySend() const override { return q->m_state == State::Running; }
    void operationChanged(const LinkOperation &op) override
    {
        post([this, op] {
            emit q->operationUpdated(op);
            if (op.isFinal())
                emit q->operationFinished(op);
        });
    }
    void progressChanged() override
    {
        if (progressQueued)
            return;
        progressQueued = true;
        post([this] {
            progressQueued = false;
            emit q->progressChanged(q->progress());
        });
    }
    void requestSettled(
        const LinkRequest &request, RequestSettlement how, quint64 operationId) override
    {
        post([this, request, how, operationId] {
            emit q->requestSettled(request, how, operationId);
        });
    }
    void answered(const ApiError &error, bool tokenRejected) override
    {
        const RetryPolicy &policy = q->m_policy;
        if (tokenRejected)
            waitForToken();
        else if (policy.retryAfterTooLong(error))
            pauseForRetryAfter(*error.retryAfter);
        else if (error.isError()
            && scheduler.pacing().consecutiveFailures() >= policy.pauseAfterConsecutiveFailures)
            pauseForFailures();
    }
    void operationsMayHaveEnded() override { endRunIfDone(); }
    void deliver() override { outbox.flush(); }

    // --- the run ---
    void post(std::function<void()> emission) { outbox.post(std::move(emission)); }

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
        scheduler.startRun(q->m_policy.clampedConcurrency(q->m_policy.concurrency));
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        qCInfo(lcEngine) << "run started, concurrency" << scheduler.pacing().concurrency();
        setState(State::Running);
    }

    void endRunIfDone()
    {
        if (!scheduler.isEmpty() || q->m_state == State::Idle)
            return;
        resumeTimer.stop();
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        const EngineProgress counts = scheduler.progress();
        qCInfo(lcEngine) << "run finished:" << counts.done << "done," << counts.failed
                         << "failed or cancelled," << scheduler.requestsInRun() << "requests,"
                         << scheduler.retriesInRun() << "retries";
        progressChanged();
        setState(State::Idle);
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
        pauseWith(PauseReason::ConsecutiveFailures,
            PauseMessages::consecutiveFailures(scheduler.pacing().consecutiveFailures()));
    }

    void pauseForRetryAfter(std::chrono::milliseconds wait)
    {
        if (q->m_state == State::WaitingForToken || q->m_state == State::Idle)
            return;
        const QDateTime until
            = QDateTime::currentDateTimeUtc().addMSecs(q->m_policy.scaled(wait).count());
        if (q->m_state == State::Paused && q->m_resumeNotBefore.isValid()
            && q->m_resumeNotBefore >= until)
            return; // already waiting at least that long
        q->m_resumeNotBefore = until;
        pauseWith(PauseReason::RetryAfter, PauseMessages::retryAfter(wait, until));
    }

    void waitForToken()
    {
        if (q->m_state == State::WaitingForToken)
            return;
        resumeTimer.stop();
        pauseWith(PauseReason::Token, PauseMessages::tokenRejected());
        post([this] { emit q->tokenRequired(); });
    }

    void continueRun()
    {
        resumeTimer.stop();
        q->m_pauseReason = PauseReason::None;
        q->m_resumeNotBefore = {};
        scheduler.pacing().clearFailures();
        setState(State::Running);
        scheduler.schedulePump();
        endRunIfDone();
    }
};

LinkEngine::LinkEngine(GoBizClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , d(std::make_unique<Private>(this))
{
    qRegisterMetaType<gobiz::LinkOperation>();
    qRegisterMetaType<gobiz::EngineProgress>();
    m_policy.concurrency = m_policy.clampedConcurrency(m_policy.concurrency);
    d->scheduler.pacing().setConcurrency(m_policy.concurrency);
    d->scheduler.setRandomSource([] { return QRandomGenerator::global()->generateDouble(); });
    d->resumeTimer.setSingleShot(true);
    d->resumeTimer.setTimerType(Qt::PreciseTimer); // never before the time GoBiz named
    connect(&d->resumeTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Paused)
            d->continueRun();
        d->deliver();
    });
}

// Nothing may call back into a half-destroyed engine: the scheduler abandons requests still out.
LinkEngine::~LinkEngine() = default;

void LinkEngine::setPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_policy.concurrency = m_policy.clampedConcurrency(policy.concurrency);
    d->scheduler.pacing().setConcurrency(m_policy.concurrency);
    if (m_client)
        m_client->setTransferTimeout(m_policy.transferTimeout);
    d->scheduler.schedulePump();
}

void LinkEngine::setConcurrencyLimit(int limit)
{
    const int previous = m_policy.concurrency;
    m_policy.concurrency = m_policy.clampedConcurrency(limit);
    d->scheduler.pacing().setLimit(previous, m_policy.concurrency);
    d->scheduler.schedulePump();
}

int LinkEngine::concurrencyLimit() const
{
    return m_policy.concurrency;
}

int LinkEngine::effectiveConcurrency() const
{
    return d->scheduler.pacing().concurrency();
}

int LinkEngine::inFlightCount() const
{
    return d->scheduler.inFlight();
}

void LinkEngine::setStartGate(StartGate gate)
{
    d->scheduler.setStartGate(std::move(gate));
}

void LinkEngine::allowStart(quint64 operationId)
{
    d->scheduler.allowStart(operationId);
}

void LinkEngine::refuseStart(quint64 operationId, const QString &reason)
{
    if (d->scheduler.refuseStart(operationId, reason))
        d->endRunIfDone();
    d->deliver();
}

quint64 LinkEngine::submit(const LinkRequest &request)
{
    LinkRequest normalized = request;
    normalized.externalOutletId = request.externalOutletId.trimmed();
    d->startRunIfIdle();
    const quint64 result
        = normalized.action == LinkAction::Link && normalized.externalOutletId.isEmpty()
        ? d->scheduler.refuse(normalized,
            tr("Enter the partner's external outlet ID before linking: GoBiz requires it for "
               "every linked outlet."))
        : d->scheduler.submit(normalized);
    d->endRunIfDone();
    d->deliver();
    return result;
}

void LinkEngine::cancelAll()
{
    d->scheduler.cancelAll();
    d->endRunIfDone();
    d->deliver();
}

void LinkEngine::pause()
{
    if (m_state == State::Running)
        d->pauseWith(PauseReason::User, PauseMessages::byPerson());
    d->deliver();
}

bool LinkEngine::isResumeScheduled() const
{
    return m_state == State::Paused && d->resumeTimer.isActive();
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
    d->deliver();
}

void LinkEngine::tokenReplaced()
{
    d->scheduler.tokenReplaced();
    if (m_state == State::WaitingForToken) {
        qCInfo(lcEngine) << "new token given; continuing";
        d->continueRun();
    }
    d->deliver();
}

EngineProgress LinkEngine::progress() const
{
    return d->scheduler.progress();
}

QList<LinkOperation> LinkEngine::pendingOperations() const
{
    return d->scheduler.pendingOperations();
}

int LinkEngine::requestsInRun() const
{
    return d->scheduler.requestsInRun();
}

int LinkEngine::retriesInRun() const
{
    return d->scheduler.retriesInRun();
}

void LinkEngine::setRandomSource(std::function<double()> random01)
{
    if (random01)
        d->scheduler.setRandomSource(std::move(random01));
}

} // namespace gobiz
