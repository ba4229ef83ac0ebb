#pragma once

#include "api/Environment.h"
#include "ops/LinkOperation.h"
#include "store/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace gobiz {

class JournalFile;
namespace JournalSql {
struct Statements;
}

// The durable memory of what this computer linked: a SQLite journal (Qt SQL, QSQLITE, WAL,
// synchronous=FULL) with a named connection per instance. Every operation is written as started
// before its request is sent (recordStarted, via the engine's StartGuard) and as finished after
// the answer; a journal that cannot be written refuses new operations with a sentence saying
// why, and a damaged journal is set aside (renamed, never deleted) and a new one started.
// Text is passed through Redactor before it is stored: the token never reaches the file.
// This class is the write discipline (a transaction per record, deferral, group commit, problem
// reports); the file itself is JournalFile, the statements JournalRecords, the reads
// JournalQueries, and the value types JournalEntry.h.
class LinkJournal : public QObject
{
    Q_OBJECT
public:
    enum class Problem {
        None,
        NotOpen,
        CannotOpen, // folder cannot be created, path unusable
        ReadOnly, // read-only folder, file or file system
        DiskFull,
        Locked, // another program holds the journal's lock
        InUse, // another wizard on this computer has it open (its lock file is held)
        Corrupt, // damaged and could not be set aside
        NewerVersion, // written by a newer version of the wizard
        Other,
    };
    Q_ENUM(Problem)

    explicit LinkJournal(QObject *parent = nullptr);
    ~LinkJournal() override;

    // <AppDataLocation>/link-journal.sqlite
    static QString defaultPath();
    // What to store as JournalContext::environment: the key for GoBiz's hosts, and for a
    // custom URL also its origin (scheme, host, port — no user info, path or query).
    static QString environmentLabel(const Environment &environment);

    // Opens (creating, migrating, or setting aside a damaged file). Returns isWritable().
    bool open(const QString &path = {});
    void close();
    // Busy timeout for a locked journal; tests use a short one. Takes effect at open().
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }

    bool isOpen() const;
    bool isWritable() const { return isOpen() && problem() == Problem::None; }
    QString path() const;
    QString connectionName() const;
    QString runId() const { return m_runId; }
    int schemaVersion() const;

    Problem problem() const;
    // The latest problem as a sentence for a person (tr()); empty when none.
    QString problemMessage() const;
    // Set when open() found a damaged journal and set it aside: where the old file now is, and
    // a sentence telling the person.
    QString setAsidePath() const;
    QString setAsideMessage() const;

    // --- writing (each one transaction) ---
    // Before the first request of an operation is sent. Empty on success, else why it cannot be
    // recorded (the operation must then not be sent). resumes: unfinished rows this operation
    // resumes, resolved in the same transaction.
    QString recordStarted(const LinkOperation &operation, const JournalContext &context,
        const QList<qint64> &resumes = {});
    // On every phase change while pending (request id and outcome of each attempt).
    bool recordAttempt(const LinkOperation &operation);
    // Once, when the operation is final. An operation that was never started (cancelled or
    // refused unsent) gets a complete row of its own.
    bool recordFinished(const LinkOperation &operation, const JournalContext &context);
    // --- the plan (rows written before the engine sees a change; planRow in its request) ---
    // One queued row per change, in one transaction with: an earlier unsent, unfinished row of
    // the same merchant and cell superseded by the new one, and each change's resumes resolved
    // as resumed by it. Returns the new rows in order; empty when nothing could be recorded.
    QList<qint64> recordPlanned(const QList<PlannedChange> &changes, const JournalContext &context);
    // Before the first request of a planned row is sent; false: not recorded, must not be sent.
    bool recordStartedRow(qint64 row);
    // A planned row recorded as started ahead of a free slot and then not sent (its run moved on
    // to another merchant): planned again, never sent. Kept and retried when it fails.
    bool recordUnsent(qint64 row);
    // A planned row that will not be sent by an operation of its own (LinkEngine::
    // requestSettled): resolved as superseded (by byRow when known), or cancelled unsent.
    bool recordSettled(qint64 row, RequestSettlement settlement, qint64 byRow = 0);
    // The external outlet ids a person entered for a merchant; an empty id removes the entry.
    bool saveExternalIds(const QString &environment, const QString &merchant,
        const QHash<QString, QString> &externalIdByOutlet);
    QHash<QString, QString> externalIds(const QString &environment, const QString &merchant) const;
    // Every unfinished row (queued or started) outside exceptSession (the run in progress),
    // with overtaken set: the plan an earlier run left.
    QList<JournalEntry> unfinishedPlan(const QString &exceptSession = {}) const;

    // --- group commit: the writes between beginGroup() and commitGroup() share one transaction
    // (one fsync). Inside a group a write only runs its statements: nothing is deferred and no
    // problem is signalled; a false commitGroup() rolled everything back, and the caller writes
    // the same records again one by one (then with deferral and problem reports).
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();
    bool inGroup() const { return m_group; }

    // Unfinished rows resolved at the next start.
    bool markDiscarded(const QList<qint64> &ids);
    bool markResolved(const QList<qint64> &ids, JournalEntry::Resolution resolution, qint64 by = 0);
    // Writes that failed after the request was sent (attempt and finish records) are kept in
    // memory and retried before every later write and by a timer; flush() retries now.
    bool flush();
    // Whether a write would succeed now (takes and releases the write lock); clears or sets
    // problem() accordingly. For "check the journal again" after the person fixed the cause.
    bool probeWritable();
    int unsavedRecords() const { return int(m_deferred.size()); }
    // The journal row of an operation of this run (0 if none).
    qint64 rowOf(quint64 engineOperationId) const
    {
        return m_rowByOperation.value(engineOperationId);
    }

    // --- reading ---
    // Neither finished nor resolved (queued or started), from earlier runs (or also this one).
    QList<JournalEntry> unfinishedOperations(bool includeCurrentRun = false) const;
    // Per (outlet, product) of environment (and merchant, when given; outlet ids are global).
    QList<JournalState> latestStates(
        const QString &environment, const QString &merchant = {}) const;
    QList<JournalEntry> entries(const JournalFilter &filter = {}) const;
    std::optional<JournalEntry> entry(qint64 id) const;

signals:
    // A write failed; message is problemMessage(). The UI shows it; the StartGuard refuses.
    void problemOccurred(gobiz::LinkJournal::Problem problem, const QString &message);
    // A damaged journal was set aside and a new one started.
    void journalSetAside(const QString &setAsidePath, const QString &message);

private:
    // The statements of one record; runs inside a transaction that runWrite() owns.
    using Write = std::function<bool(JournalSql::Statements &sql)>;
    bool runWrite(const Write &write, bool deferOnFailure);
    bool commitOne(const Write &write); // one transaction; false: rolled back, problem set
    bool flushDeferred();
    // The sentence for a record that could not be written, so its operation was not sent.
    QString refusal() const;
    // The row of an operation: the planned row it carries, or the one written at its start.
    qint64 rowFor(const LinkOperation &operation) const;
    QString now() const;

    std::unique_ptr<JournalFile> m_file;
    QString m_runId;
    // Writes run on the journal's thread: a lock held by another program (a second wizard) may
    // stall it this long at most; past that the write is deferred and new operations are refused.
    std::chrono::milliseconds m_busyTimeout {250};
    bool m_recovering = false;
    QHash<quint64, qint64> m_rowByOperation;
    QList<Write> m_deferred;
    QTimer *m_retryTimer = nullptr;
    bool m_group = false; // inside beginGroup() .. commitGroup()
    bool m_groupOk = false; // every write of the group so far succeeded
};

} // namespace gobiz
