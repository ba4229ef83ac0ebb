#include "JournalService.h"

#include "diagnostics/Logging.h"

#include <memory>

namespace gobiz {

JournalService::JournalService(QObject *parent)
    : QObject(parent)
    , m_writer(new JournalWriter(this))
{
    connect(m_writer, &JournalWriter::statusChanged, this, &JournalService::statusChanged);
    connect(m_writer, &JournalWriter::problemOccurred, this,
            [this](LinkJournal::Problem, const QString &message) { emit problemOccurred(message); });
    connect(m_writer, &JournalWriter::journalSetAside, this,
            [this](const QString &, const QString &message) { emit journalSetAside(message); });
}

JournalService::~JournalService() = default;

void JournalService::open(const QString &path)
{
    m_writer->run([path](LinkJournal &journal) { return journal.open(path); }, this,
                  [this](bool writable) { emit opened(writable); });
}

void JournalService::recordPlanned(const QList<PlannedChange> &changes,
    const JournalContext &context, QObject *receiver,
    std::function<void(const QList<qint64> &rows)> done)
{
    auto rows = std::make_shared<QList<qint64>>();
    auto work = [changes, context, rows](LinkJournal &journal) {
        *rows = journal.recordPlanned(changes, context);
        return !rows->isEmpty();
    };
    auto answer = [rows, done](bool ok) { done(ok ? *rows : QList<qint64>()); };
    m_writer->insert(std::move(work), receiver, std::move(answer));
}

void JournalService::recordStarted(const LinkOperation &operation, const JournalContext &context,
    QObject *receiver, std::function<void(const QString &refusal)> done)
{
    auto refusal = std::make_shared<QString>();
    // First: the request waits for it, and its planned row is durable already (it was
    // submitted only then), so it need not wait for the rest of a large plan.
    m_writer->writeFirst(
        [operation, context, refusal](LinkJournal &journal) {
            *refusal = journal.recordStarted(operation, context);
            return refusal->isEmpty();
        },
        receiver, [refusal, done](bool) { done(*refusal); });
}

void JournalService::recordUnsent(qint64 row)
{
    m_writer->write([row](LinkJournal &journal) { return journal.recordUnsent(row); });
}

void JournalService::recordAttempt(const LinkOperation &operation)
{
    m_writer->write([operation](LinkJournal &journal) { return journal.recordAttempt(operation); });
}

void JournalService::recordFinished(const LinkOperation &operation, const JournalContext &context)
{
    m_writer->write([operation, context](LinkJournal &journal) {
        return journal.recordFinished(operation, context);
    });
}

void JournalService::recordSettled(qint64 row, RequestSettlement settlement, qint64 byRow)
{
    m_writer->write([row, settlement, byRow](LinkJournal &journal) {
        return journal.recordSettled(row, settlement, byRow);
    });
}

void JournalService::saveExternalIds(const JournalContext &context,
    const QHash<QString, QString> &ids)
{
    if (ids.isEmpty() || context.merchant.isEmpty())
        return;
    m_writer->write([context, ids](LinkJournal &journal) {
        return journal.saveExternalIds(context.environment, context.merchant, ids);
    });
}

void JournalService::discard(const RecoveryPlan &plan, QObject *receiver,
    std::function<void(bool ok)> done)
{
    m_writer->write([plan](LinkJournal &journal) { return plan.discard(journal); }, receiver,
                    std::move(done));
}

void JournalService::retry(QObject *receiver, std::function<void(bool writable)> done)
{
    m_writer->run(
        [](LinkJournal &journal) {
            if (!journal.isOpen() && !journal.path().isEmpty())
                journal.open(journal.path()); // it never opened: nothing of this run is in it
            journal.flush();
            return journal.probeWritable() && journal.unsavedRecords() == 0;
        },
        receiver, std::move(done));
}

void JournalService::loadAccount(const JournalContext &context, QObject *receiver,
    std::function<void(const AccountRecords &records)> done)
{
    auto records = std::make_shared<AccountRecords>();
    m_writer->run(
        [context, records](LinkJournal &journal) {
            // Outlet ids are global within an environment: what another user of this computer
            // confirmed for the same outlet is as true as what this one did.
            records->states = journal.latestStates(context.environment);
            records->externalIds = journal.externalIds(context.environment, context.merchant);
            records->unfinished = RecoveryPlan::fromJournal(journal, context.session)
                                      .forContext(context.environment, context.merchant);
            return true;
        },
        receiver, [records, done](bool) { done(*records); });
}

void JournalService::loadUnfinished(const QString &exceptSession, QObject *receiver,
    std::function<void(const RecoveryPlan &plan)> done)
{
    auto plan = std::make_shared<RecoveryPlan>();
    m_writer->run(
        [exceptSession, plan](LinkJournal &journal) {
            *plan = RecoveryPlan::fromJournal(journal, exceptSession);
            return true;
        },
        receiver, [plan, done](bool) { done(*plan); });
}

void JournalService::loadMerchant(const JournalContext &context, QObject *receiver,
    std::function<void(const QList<JournalEntry> &entries)> done)
{
    auto entries = std::make_shared<QList<JournalEntry>>();
    m_writer->run(
        [context, entries](LinkJournal &journal) {
            JournalFilter filter;
            filter.environment = context.environment;
            filter.merchant = context.merchant;
            *entries = journal.entries(filter);
            return true;
        },
        receiver, [entries, done](bool) { done(*entries); });
}

void JournalService::loadSession(const QString &session, QObject *receiver,
    std::function<void(const QList<JournalEntry> &entries)> done)
{
    auto entries = std::make_shared<QList<JournalEntry>>();
    m_writer->run(
        [session, entries](LinkJournal &journal) {
            JournalFilter filter;
            filter.sessionId = session;
            *entries = journal.entries(filter);
            return true;
        },
        receiver, [entries, done](bool) { done(*entries); });
}

} // namespace gobiz
