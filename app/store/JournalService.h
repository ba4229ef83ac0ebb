#pragma once

#include "store/JournalWriter.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace gobiz {

// What the journal holds for one merchant when a run for it begins.
struct AccountRecords
{
    QList<JournalState> states; // per cell of the environment: what this computer confirmed
    QHash<QString, QString> externalIds; // outlet id -> the id a person entered
    RecoveryPlan unfinished; // what earlier runs left for this merchant
};

// The link journal as the session uses it: typed, asynchronous, on the journal's own thread
// (JournalWriter). Every answer comes back on this object's thread through a callback bound to
// a context object (not called once that is gone). Records that must not be lost (attempts,
// outcomes, settlements, external ids) are kept and written again until they are; records that
// gate something (the plan, a start) answer whether they are durable.
class JournalService : public QObject
{
    Q_OBJECT
public:
    explicit JournalService(QObject *parent = nullptr);
    ~JournalService() override;

    // Opens (or creates) the journal; a damaged one is set aside. Ends in opened().
    void open(const QString &path);
    JournalWriter::Status status() const { return m_writer->status(); }
    bool isWritable() const { return status().writable; }
    bool isReadable() const { return status().readable(); }
    QString path() const { return status().path; }
    // Every record given so far is written (or kept for later after a failure).
    bool isIdle() const { return m_writer->isIdle(); }
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_writer->setBusyTimeout(timeout); }

    // --- writing
    // done(rows): the new rows in order, durable; empty when they could not be recorded. In a
    // transaction of its own, answered as soon as it commits: a request's start (recordStarted)
    // need not wait for the rest of a large plan given in several calls.
    void recordPlanned(const QList<PlannedChange> &changes, const JournalContext &context,
        QObject *receiver, std::function<void(const QList<qint64> &rows)> done);
    // done(refusal): empty once the start is durable; otherwise why it cannot be recorded.
    void recordStarted(const LinkOperation &operation, const JournalContext &context,
        QObject *receiver, std::function<void(const QString &refusal)> done);
    void recordUnsent(qint64 row);
    void recordAttempt(const LinkOperation &operation);
    void recordFinished(const LinkOperation &operation, const JournalContext &context);
    void recordSettled(qint64 row, RequestSettlement settlement, qint64 byRow);
    void saveExternalIds(const JournalContext &context, const QHash<QString, QString> &ids);
    // done(ok): whether the rows are now resolved.
    void discard(const RecoveryPlan &plan, QObject *receiver, std::function<void(bool ok)> done);
    // Writes what waits after a failure; done(writable).
    void retry(QObject *receiver, std::function<void(bool writable)> done);

    // --- reading (after every write given before)
    void loadAccount(const JournalContext &context, QObject *receiver,
        std::function<void(const AccountRecords &records)> done);
    // Every unfinished row of earlier runs, any environment or merchant (the first page).
    void loadUnfinished(const QString &exceptSession, QObject *receiver,
        std::function<void(const RecoveryPlan &plan)> done);
    // The rows of one merchant's run, for its summary and report.
    // Every row of one merchant (environment and merchant of context), oldest first: the
    // diagnostics bundle's journal.csv.
    void loadMerchant(const JournalContext &context, QObject *receiver,
        std::function<void(const QList<JournalEntry> &entries)> done);
    void loadSession(const QString &session, QObject *receiver,
        std::function<void(const QList<JournalEntry> &entries)> done);

signals:
    void opened(bool writable);
    // The journal's state changed (status()).
    void statusChanged();
    // A write failed: the journal's sentence.
    void problemOccurred(const QString &message);
    // A damaged journal was set aside while open and a new one started.
    void journalSetAside(const QString &message);

private:
    JournalWriter *m_writer;
};

} // namespace gobiz
