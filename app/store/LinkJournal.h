#pragma once

#include "api/Environment.h"
#include "ops/LinkOperation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <memory>
#include <QString>
#include <chrono>
#include <functional>

class QTimer;

namespace gobiz {

// Who and where an operation ran for; written with every operation. Never the token.
struct JournalContext
{
    QString environment; // LinkJournal::environmentLabel(): "production", "sandbox",
                         // "custom:https://host:port"
    QString merchant; // a label the person recognises, e.g. the primary outlet's name (optional)
    QString gobizUser; // a label for the GoBiz user, e.g. "manager" (optional)
    QString session; // one merchant's run (Account session): what its summary and report cover
};

// A change a person asked for, to be recorded as planned before the engine sees it.
struct PlannedChange
{
    LinkRequest request; // request.planRow is ignored: the new row is returned
    QList<qint64> resumes; // unfinished rows of an earlier run this change carries on
};

// One row of the journal: an operation's intent and, once known, its outcome.
struct JournalEntry
{
    enum class Result { Unfinished, Succeeded, Failed, Cancelled };
    // How an unfinished row (a crash or kill) was dealt with at the next start.
    enum class Resolution { None, Resumed, Discarded, Superseded };

    qint64 id = 0;
    QString runId; // one per LinkJournal instance (one program run)
    QString sessionId; // one merchant's run within it (JournalContext::session)
    quint64 engineOperationId = 0; // LinkOperation::id within that run
    QString environment;
    QString merchant;
    QString gobizUser;
    LinkRequest request;
    QDateTime queuedAt;
    QDateTime startedAt; // written before the first request is sent; invalid: never sent
    QDateTime finishedAt;
    int attempts = 0;
    QString requestId; // of the latest attempt
    QStringList requestIds; // every attempt, first to last
    Result result = Result::Unfinished;
    bool abortedInFlight = false;
    QDateTime linkedAt; // GoBiz's linked_at of a successful link
    QString errorKind; // ApiError::kindKey, empty on success
    int httpStatus = 0;
    QString errorMessage; // ApiError::userMessage(), redacted
    QString errorDetail; // ApiError::detail, redacted
    Resolution resolution = Resolution::None;
    QDateTime resolvedAt;
    qint64 resolvedBy = 0; // the row that resumed it
    // Read only by unfinishedPlan(): a later row of the same cell was sent and has finished, so
    // this one was overtaken (settled by that row).
    bool overtaken = false;

    bool wasSent() const { return startedAt.isValid(); }
    // Neither finished nor resolved: queued (never sent: wasSent() false) or started (the
    // program died while it was in flight, or it still is).
    bool isUnfinished() const
    {
        return result == Result::Unfinished && resolution == Resolution::None;
    }

    static QString resultKey(Result result); // "succeeded", ...; "" for Unfinished
    static Result resultFromKey(QStringView key);
    static QString resolutionKey(Resolution resolution); // "resumed", ...; "" for None
    static Resolution resolutionFromKey(QStringView key);
};

// What the server last confirmed for one (outlet, product) in answer to this computer. Only
// confirmed states are stored; what a cell shows while an operation runs is the model's business.
enum class ConfirmedState {
    Unknown, // never confirmed from this computer
    Linked, // GoBiz answered a link with success
    NotLinked, // GoBiz answered an unlink with success
};

// What this computer last confirmed for one (outlet, product): GoBiz has no API to read it.
struct JournalState
{
    QString outletId;
    Product product = Product::GoFood;
    ConfirmedState confirmed = ConfirmedState::Unknown;
    QDateTime confirmedAt; // when the confirming answer arrived (UTC)
    QDateTime linkedAt; // GoBiz's linked_at for a link
    QString externalOutletId; // of the confirming link
    QString requestId; // of the confirming request
    // The latest operation after the confirmation, when it did not confirm anything:
    std::optional<JournalEntry> later;
    // The later operation was sent and nobody knows whether GoBiz applied it (killed in flight,
    // discarded, aborted, or given up after transient errors).
    bool outcomeUncertain() const;

    // "confirmed 12 Mar 14:02 on this computer" / "never changed from this computer" (+ what
    // happened later). Times in local time, QLocale() formats.
    QString note() const;
    // "Linked (confirmed 12 Mar 14:02 on this computer)"
    QString describe() const;
};

struct JournalFilter
{
    QString environment; // empty: any
    QString merchant; // empty: any
    QString runId; // empty: any
    QString sessionId; // empty: any
    QString outletId; // empty: any
    int limit = -1; // newest rows first when limited
};

// The durable memory of what this computer linked: a SQLite journal (Qt SQL, QSQLITE, WAL,
// synchronous=FULL) with a named connection per instance. Every operation is written as started
// before its request is sent (recordStarted, via the engine's StartGuard) and as finished after
// the answer; a journal that cannot be written refuses new operations with a sentence saying
// why, and a damaged journal is set aside (renamed, never deleted) and a new one started.
// Text is passed through Redactor before it is stored: the token never reaches the file.
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
    bool isWritable() const { return isOpen() && m_problem == Problem::None; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QString runId() const { return m_runId; }
    int schemaVersion() const { return m_schemaVersion; }

    Problem problem() const { return m_problem; }
    // The latest problem as a sentence for a person (tr()); empty when none.
    QString problemMessage() const { return m_problemMessage; }
    // Set when open() found a damaged journal and set it aside: where the old file now is, and
    // a sentence telling the person.
    QString setAsidePath() const { return m_setAsidePath; }
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
    using Write = std::function<bool(QString *nativeError, int *code)>;
    bool takeOwnership();
    bool openConnection();
    bool prepare(); // pragmas, integrity, migrations
    bool migrate(int from);
    bool runWrite(const Write &write, bool deferOnFailure);
    bool flushDeferred();
    bool setAside();
    void closeConnection();
    void fail(int sqliteCode, const QString &nativeError);
    void clearProblem();
    QString now() const;

    QString m_path;
    QString m_connectionName;
    QString m_runId;
    int m_schemaVersion = 0;
    // Writes run on the GUI thread: a lock held by another program (a second wizard) may stall
    // it this long at most; past that the write is deferred and new operations are refused.
    std::chrono::milliseconds m_busyTimeout {250};
    Problem m_problem = Problem::NotOpen;
    QString m_problemMessage;
    QString m_setAsidePath;
    bool m_recovering = false;
    // Held while open: two windows on one journal would each take the other's in-flight rows
    // for interrupted ones and offer to resume them.
    std::shared_ptr<QLockFile> m_ownership;
    QHash<quint64, qint64> m_rowByOperation;
    QList<Write> m_deferred;
    QTimer *m_retryTimer = nullptr;
    bool m_group = false; // inside beginGroup() .. commitGroup()
    bool m_groupOk = false; // every write of the group so far succeeded
};

} // namespace gobiz
