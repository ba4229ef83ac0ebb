#include "JournalBinding.h"

#include "diagnostics/Logging.h"
#include "ops/LinkEngine.h"

namespace gobiz {

JournalBinding::JournalBinding(LinkJournal *journal, LinkEngine *engine, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_engine(engine)
{
    Q_ASSERT(journal && engine);
    engine->setStartGuard([this](const LinkOperation &operation) { return guard(operation); });
    connect(engine, &LinkEngine::operationUpdated, this, &JournalBinding::onUpdated);
    connect(engine, &LinkEngine::operationFinished, this, &JournalBinding::onFinished);
}

JournalBinding::~JournalBinding()
{
    if (m_engine)
        m_engine->setStartGuard({});
}

void JournalBinding::expectResumption(
    const QString &outletId, Product product, const QList<qint64> &rows)
{
    if (!rows.isEmpty())
        m_resumptions[qMakePair(outletId, int(product))] += rows;
}

QString JournalBinding::guard(const LinkOperation &operation)
{
    if (!m_journal)
        return tr("The link journal is closed, so nothing can be sent.");
    const Key key = qMakePair(operation.request.outletId, int(operation.request.product));
    const QString problem
        = m_journal->recordStarted(operation, m_context, m_resumptions.value(key));
    if (problem.isEmpty()) {
        m_resumptions.remove(key);
        return {};
    }
    qCWarning(lcStore).noquote() << "operation" << operation.id
                                 << "refused: journal cannot record it";
    // Pause now, not queued: the engine starts every free slot in one go, so a queued pause
    // would come after each waiting operation had been refused. This one fails (unsent, with
    // the journal's sentence); the rest stay pending until the person continues.
    if (m_pauseOnProblem && m_engine && m_engine->state() == LinkEngine::State::Running)
        m_engine->pause();
    QMetaObject::invokeMethod(
        this, [this, problem] { emit journalProblem(problem); }, Qt::QueuedConnection);
    return problem;
}

void JournalBinding::onUpdated(const LinkOperation &operation)
{
    if (!m_journal || operation.isFinal())
        return;
    if (!m_journal->recordAttempt(operation))
        emit journalProblem(m_journal->problemMessage());
}

void JournalBinding::onFinished(const LinkOperation &operation)
{
    if (!m_journal)
        return;
    const bool started = m_journal->rowOf(operation.id) != 0;
    if (!m_journal->recordFinished(operation, m_context))
        emit journalProblem(m_journal->problemMessage());
    const Key key = qMakePair(operation.request.outletId, int(operation.request.product));
    if (!started && m_resumptions.contains(key)) {
        // The resumed operation ended without being sent (cancelled or refused): the person
        // decided, so the interrupted rows are discarded, pointing at this one.
        m_journal->markResolved(m_resumptions.take(key), JournalEntry::Resolution::Discarded,
            m_journal->rowOf(operation.id));
    }
}

OutletModel::ProductCell productCellFor(const JournalState &state)
{
    OutletModel::ProductCell cell;
    cell.lastConfirmed = state.confirmed;
    cell.state = state.outcomeUncertain() ? LinkState::Unknown : state.confirmed;
    cell.linkedAt = state.linkedAt;
    cell.requestId = state.requestId;
    // As a sentence, like the model's own notes: "Confirmed 12 Mar 14:02 on this computer."
    QString note = state.note();
    if (!note.isEmpty()) {
        note[0] = note.at(0).toUpper();
        note += u'.';
    }
    cell.note = note;
    if (state.later && state.later->result == JournalEntry::Result::Failed
        && !state.outcomeUncertain()) {
        // A final refusal after the confirmation: the state stands, the reason is shown.
        const auto kind = ApiError::kindFromKey(state.later->errorKind);
        cell.error = ApiError(kind.value_or(ApiError::Kind::Protocol));
        cell.error.httpStatus = state.later->httpStatus;
        // The stored sentence is in cell.note; the kind rephrases it in the current language.
        cell.error.requestId = state.later->requestId;
    }
    return cell;
}

int restoreModelFromJournal(OutletModel &model, const LinkJournal &journal,
    const QString &environment, const QString &merchant)
{
    int restored = 0;
    const QList<JournalState> states = journal.latestStates(environment, merchant);
    for (const JournalState &state : states) {
        const int row = model.rowOf(state.outletId);
        if (row < 0)
            continue; // not in this user's token-info (any more)
        model.setCell(row, state.product, productCellFor(state));
        if (!state.externalOutletId.isEmpty() && model.externalOutletId(row).isEmpty())
            model.setExternalOutletId(row, state.externalOutletId);
        ++restored;
    }
    qCInfo(lcStore) << "restored" << restored << "product cells from the journal";
    return restored;
}

} // namespace gobiz
