#include "LinkRun.h"

#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "store/JournalService.h"

#include <QTimer>

namespace gobiz {

namespace {
// Requests given to the engine per event-loop turn: each one updates a cell, and 5,000 at once
// would hold the window for seconds. Small enough for a frame, large enough to keep 4..16
// requests in flight from the first turn.
constexpr int submitChunk = 200;
// Planned records per transaction after the first chunk: large enough for few fsyncs, small
// enough that the engine gets work while the rest is written, and that a request's start
// (which goes ahead of the chunks not yet begun) waits for at most one of them.
constexpr int recordChunk = 1000;

QPair<QString, int> cellOf(const LinkRequest &request)
{
    return {request.outletId, int(request.product)};
}

// What the table is told of a change stopped before the engine had it: never sent.
LinkOperation stoppedUnsent(const LinkRequest &request)
{
    LinkOperation operation;
    operation.request = request;
    operation.phase = LinkOperation::Phase::Cancelled;
    operation.finishedAt = QDateTime::currentDateTimeUtc();
    return operation;
}
} // namespace

LinkRun::LinkRun(LinkEngine *engine, JournalService *journal, OutletModel *model, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_journal(journal)
    , m_model(model)
{
    // The write-ahead rule: no request leaves before its start is durable.
    m_engine->setStartGate([this](const LinkOperation &operation) { askToStart(operation); });
    connect(m_engine, &LinkEngine::operationUpdated, m_model, &OutletModel::applyOperation);
    connect(m_engine, &LinkEngine::operationUpdated, this, &LinkRun::onOperationUpdated);
    connect(m_engine, &LinkEngine::operationFinished, this, &LinkRun::onOperationFinished);
    connect(m_engine, &LinkEngine::requestSettled, this, &LinkRun::onSettled);
    connect(m_engine, &LinkEngine::stateChanged, this, &LinkRun::changed);
    // An id typed in the table is kept like one filled or imported (setExternalIds).
    connect(m_model, &OutletModel::externalIdEdited, this,
            [this](const QString &outletId, const QString &externalId) {
                m_journal->saveExternalIds(m_context, {{outletId, externalId}});
            });
}

LinkRun::~LinkRun()
{
    m_engine->setStartGate({});
}

void LinkRun::begin(const Account &account)
{
    if (m_engine->state() != LinkEngine::State::Idle || !m_toSubmit.empty()) {
        // The previous merchant's changes not yet sent stay planned in the journal: offered
        // again when that merchant signs in. Requests in flight are abandoned (outcome unknown).
        qCInfo(lcEngine) << "run moves on to another merchant;" << m_progress.remaining
                         << "change(s) stay planned";
        m_suspending = true;
        m_toSubmit.clear();
        m_engine->cancelAll();
        m_suspending = false;
    }
    ++m_generation;
    m_account = account;
    m_context = account.journalContext();
    m_gate.reset(account.mayLink());
    m_progress = {};
    m_rows.clear();
    m_rowOfOperation.clear();
    m_unfinished.clear();
    m_refusedByJournal.clear();
    m_refusals.clear();
    changed();
}

void LinkRun::refreshAccount(const Account &account)
{
    const QString session = m_account.session;
    m_account = account;
    m_account.session = session;
    m_context = m_account.journalContext();
}

ChangeGate::Verdict LinkRun::request(const QList<LinkRequest> &requests,
    ChangeGate::Answers answers)
{
    QList<Asked> asked;
    asked.reserve(requests.size());
    for (const LinkRequest &request : requests)
        asked.append(Asked {request, {}});
    return ask(asked, {}, answers);
}

ChangeGate::Verdict LinkRun::checkResume(const RecoveryPlan &plan,
    ChangeGate::Answers answers) const
{
    return m_gate.check(plan.requests(), askedBefore(answers));
}

ChangeGate::Verdict LinkRun::checkUnfinished(int which, ChangeGate::Answers answers) const
{
    return m_gate.check(unfinishedRequests(which), askedBefore(answers));
}

ChangeGate::Verdict LinkRun::resume(const RecoveryPlan &plan, ChangeGate::Answers answers)
{
    QList<Asked> asked;
    asked.reserve(plan.size());
    for (const RecoveryItem &item : plan.items())
        asked.append(Asked {item.request(), item.rows});
    return ask(asked, plan.superseded(), askedBefore(answers));
}

QList<LinkRequest> LinkRun::unfinishedRequests(int which) const
{
    QList<LinkRequest> requests;
    for (const UnfinishedChange &change : std::as_const(m_unfinished)) {
        if (!(change.kind & which))
            continue;
        LinkRequest request = change.request;
        // A link goes with the external id the table holds now (it may have been corrected).
        const int row = m_model->rowOf(request.outletId);
        if (request.action == LinkAction::Link && row >= 0
            && !m_model->externalOutletId(row).isEmpty())
            request.externalOutletId = m_model->externalOutletId(row);
        request.planRow = 0;
        requests.append(request);
    }
    // In the table's order, as a person reads them (the hash has none).
    std::sort(requests.begin(), requests.end(), [this](const LinkRequest &a, const LinkRequest &b) {
        const int rowA = m_model->rowOf(a.outletId);
        const int rowB = m_model->rowOf(b.outletId);
        return rowA != rowB ? rowA < rowB : a.product < b.product;
    });
    return requests;
}

int LinkRun::unfinishedCount(int which) const
{
    if (which == AllUnfinished)
        return int(m_unfinished.size());
    return int(std::count_if(m_unfinished.cbegin(), m_unfinished.cend(),
        [which](const UnfinishedChange &change) { return (change.kind & which) != 0; }));
}

ChangeGate::Verdict LinkRun::retryUnfinished(int which, ChangeGate::Answers answers)
{
    const ChangeGate::Verdict verdict = request(unfinishedRequests(which), askedBefore(answers));
    if (verdict.mayProceed()) {
        for (const LinkRequest &request : verdict.allowed)
            m_unfinished.remove(cellOf(request));
    }
    return verdict;
}

void LinkRun::keepUnfinished(const LinkRequest &request, Unfinished kind)
{
    m_unfinished.insert(cellOf(request), UnfinishedChange {request, kind});
}

ChangeGate::Verdict LinkRun::ask(const QList<Asked> &asked, const QList<qint64> &superseded,
    ChangeGate::Answers answers)
{
    QList<LinkRequest> requests;
    requests.reserve(asked.size());
    for (const Asked &one : asked)
        requests.append(one.request);
    if (!m_account.isValid()) {
        ChangeGate::Verdict refused;
        for (const LinkRequest &request : std::as_const(requests)) {
            m_model->refuseChange(request.outletId, request.product,
                tr("Linking is not available yet: sign in first."));
        }
        return refused;
    }
    ChangeGate::Verdict verdict = m_gate.check(requests, answers);
    if (!verdict.mayProceed())
        return verdict; // nothing recorded, nothing sent: the person answers first
    if (verdict.allowed.isEmpty())
        return verdict;
    QList<PlannedChange> changes;
    QList<LinkRequest> planned;
    changes.reserve(verdict.allowed.size());
    planned.reserve(verdict.allowed.size());
    for (const Asked &one : asked) {
        LinkRequest request = one.request;
        request.externalOutletId = request.externalOutletId.trimmed();
        request.planRow = 0;
        if (request.action == LinkAction::Link && request.externalOutletId.isEmpty())
            continue; // left as it is, as the person chose
        changes.append(PlannedChange {request, one.resumes});
        planned.append(request);
    }
    for (qint64 row : superseded)
        m_journal->recordSettled(row, RequestSettlement::Superseded, 0);
    m_progress.remaining += int(planned.size());
    // Each chunk in a transaction of its own, the first one small, so the first requests leave
    // while the rest of a large request is still being written.
    const int generation = m_generation;
    const int stops = m_stops;
    for (qsizetype first = 0; first < planned.size();) {
        const qsizetype size = first == 0 ? submitChunk : recordChunk;
        const QList<PlannedChange> someChanges = changes.mid(first, size);
        const QList<LinkRequest> someRequests = planned.mid(first, size);
        m_journal->recordPlanned(someChanges, m_context, this,
            [this, generation, stops, someRequests](const QList<qint64> &rows) {
                if (generation != m_generation)
                    return; // recorded for a merchant this run has left: it stays planned
                onRecorded(someRequests, rows, stops != m_stops);
            });
        first += size;
    }
    qCDebug(lcEngine) << "asked for" << planned.size() << "change(s); recording";
    changed();
    return verdict;
}

void LinkRun::onRecorded(const QList<LinkRequest> &requests, const QList<qint64> &rows,
    bool stopped)
{
    if (rows.size() != requests.size()) {
        // Not recorded, so not queued: nothing was sent, and the person is told why.
        m_progress.remaining -= int(requests.size());
        m_progress.notSent += int(requests.size());
        QString message = m_journal->status().problemMessage;
        if (message.isEmpty())
            message = tr("The link journal cannot record these changes, so none of them was sent.");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const LinkRequest &request : requests) {
            keepUnfinished(request, FailedChanges);
            m_model->refuseChange(request.outletId, request.product, message);
            m_refusals.append({request, QStringLiteral("journal"), message, now});
        }
        emit journalProblem(message);
        changed();
        return;
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        LinkRequest request = requests.at(i);
        request.planRow = rows.at(i);
        m_rows.insert(request.planRow);
        m_toSubmit.push_back(request);
    }
    if (stopped)
        stopUnsubmitted(); // the person pressed Stop while these were being recorded
    else
        submitSome();
    changed();
}

void LinkRun::submitSome()
{
    m_submitScheduled = false;
    for (int n = 0; n < submitChunk && !m_toSubmit.empty(); ++n) {
        const LinkRequest request = m_toSubmit.front();
        m_toSubmit.pop_front();
        m_engine->submit(request);
    }
    if (!m_toSubmit.empty() && !m_submitScheduled) {
        m_submitScheduled = true;
        QTimer::singleShot(0, this, &LinkRun::submitSome);
    }
    changed();
}

void LinkRun::askToStart(const LinkOperation &operation)
{
    const quint64 id = operation.id;
    m_journal->recordStarted(operation, m_context, this, [this, id](const QString &refusal) {
        if (refusal.isEmpty()) {
            m_engine->allowStart(id);
            return;
        }
        // Pause at once, so the rest stay pending instead of failing one by one.
        m_refusedByJournal.insert(id);
        m_engine->refuseStart(id, refusal);
        m_engine->pause();
        emit journalProblem(refusal);
    });
}

void LinkRun::onOperationUpdated(const LinkOperation &operation)
{
    if (operation.request.planRow > 0)
        m_rowOfOperation.insert(operation.id, operation.request.planRow);
    if (!operation.isFinal() && operation.attempts > 0)
        m_journal->recordAttempt(operation);
}

void LinkRun::onOperationFinished(const LinkOperation &operation)
{
    const qint64 row = operation.request.planRow;
    m_rowOfOperation.remove(operation.id);
    if (m_suspending && operation.attempts == 0 && !operation.abortedInFlight) {
        m_journal->recordUnsent(row); // stays in that merchant's plan
        return;
    }
    m_journal->recordFinished(operation, m_context);
    if (!ours(row))
        return;
    const bool sent = operation.attempts > 0 || operation.abortedInFlight;
    const bool refusedByJournal = m_refusedByJournal.remove(operation.id);
    switch (operation.phase) {
    case LinkOperation::Phase::Succeeded:
        ++m_progress.done;
        m_unfinished.remove(cellOf(operation.request));
        break;
    case LinkOperation::Phase::Failed:
        if (sent) {
            ++m_progress.failed;
            keepUnfinished(operation.request, FailedChanges);
        } else {
            // Never left: what the journal refused can go once it writes again; an outlet id no
            // request can carry never will, so it is not offered again.
            ++m_progress.notSent;
            if (refusedByJournal)
                keepUnfinished(operation.request, FailedChanges);
            else
                m_unfinished.remove(cellOf(operation.request));
        }
        break;
    case LinkOperation::Phase::Cancelled:
        if (operation.superseded)
            break; // a later request of the same cell carries on; counted there
        ++(sent ? m_progress.unknown : m_progress.stopped);
        keepUnfinished(operation.request, sent ? FailedChanges : StoppedChanges);
        break;
    default:
        return;
    }
    --m_progress.remaining;
    changed();
}

void LinkRun::onSettled(const LinkRequest &request, RequestSettlement settlement,
    quint64 operationId)
{
    const qint64 row = request.planRow;
    if (m_suspending && settlement == RequestSettlement::Cancelled)
        return; // stays planned for that merchant
    m_journal->recordSettled(row, settlement, m_rowOfOperation.value(operationId));
    if (!ours(row))
        return;
    if (settlement == RequestSettlement::Cancelled) {
        ++m_progress.stopped;
        keepUnfinished(request, StoppedChanges);
    }
    --m_progress.remaining; // merged into another operation, or stopped unsent
    changed();
}

void LinkRun::stop()
{
    ++m_stops;
    stopUnsubmitted();
    m_engine->cancelAll();
    changed();
}

void LinkRun::stopUnsubmitted()
{
    // Recorded, never given to the engine: stopped unsent.
    while (!m_toSubmit.empty()) {
        const LinkRequest request = m_toSubmit.front();
        m_toSubmit.pop_front();
        m_journal->recordSettled(request.planRow, RequestSettlement::Cancelled, 0);
        ++m_progress.stopped;
        --m_progress.remaining;
        keepUnfinished(request, StoppedChanges);
        m_model->applyOperation(stoppedUnsent(request));
    }
}

void LinkRun::pause()
{
    m_engine->pause();
}

void LinkRun::resumeSending()
{
    m_engine->resume();
}

int LinkRun::setExternalIds(const QHash<QString, QString> &externalIdByOutlet)
{
    QHash<QString, QString> changedIds;
    for (auto it = externalIdByOutlet.cbegin(); it != externalIdByOutlet.cend(); ++it) {
        const int row = m_model->rowOf(it.key());
        const QString id = it.value().trimmed();
        if (row < 0 || m_model->externalOutletId(row) == id)
            continue;
        m_model->setExternalOutletId(row, id);
        changedIds.insert(it.key(), id);
    }
    m_journal->saveExternalIds(m_context, changedIds);
    return int(changedIds.size());
}

bool LinkRun::isBusy() const
{
    return m_progress.remaining > 0 || !m_toSubmit.empty()
        || m_engine->state() != LinkEngine::State::Idle;
}

void LinkRun::changed()
{
    emit progressChanged();
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

} // namespace gobiz
