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
};

// One row of the journal: an operation's intent and, once known, its outcome.
struct JournalEntry
{
    enum class Result { Unfinished, Succeeded, Failed, Cancelled };
    // How an unfinished row (a crash or kill) was dealt with at the next start.
    enum class Resolution { None, Resumed, Discarded, Superseded };

    qint64 id = 0;
    QString runId; // one per LinkJournal instance (one program run)
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

    bool wasSent() const { return startedAt.isValid(); }
    // Started and never finished nor resolved: the program died while it was in flight.
    bool isUnfinished() const
    {
        return result == Result::Unfinished && resolution == Resolution::None;
    }

    static QString resultKey(Result result); // "succeeded", ...; "" for Unfinished
    static Result resultFromKey(QStringView key);
    static QString resolutionKey(Resolution resolution); // "resumed", ...; "" for None
    static Resolution resolutionFromKey(QStringView key);
};

// What this computer last confirmed for one (outlet, product): GoBiz has no API to read it.
struct JournalState
{
    QString outletId;
    Product product = Product::GoFood;
    LinkState confirmed
        = LinkState::Unknown; // Linked / NotLinked, or Unknown: never confirmed here
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
    QString outletId; // empty: any
    QDateTime since; // startedAt or queuedAt >= since, when valid
    QDateTime until;
    int limit = -1; // newest rows first when limited
};

struct JournalSummary
{
    int succeeded = 0;
    int failed = 0;
    int cancelled = 0;
    int unfinished = 0; // includes rows of the current run still in flight
    int links = 0; // succeeded links
    int unlinks = 0; // succeeded unlinks
    QDateTime first;
    QDateTime last;
    int total() const { return succeeded + failed + cancelled + unfinished; }
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
    // Unfinished rows resolved at the next start.
    bool markDiscarded(const QList<qint64> &ids);
    bool markResolved(const QList<qint64> &ids, JournalEntry::Resolution resolution, qint64 by = 0);
    // Writes that failed after the request was sent (attempt and finish records) are kept in
    // memory and retried before every later write and by a timer; flush() retries now.
    bool flush();
    int unsavedRecords() const { return int(m_deferred.size()); }
    // The journal row of an operation of this run (0 if none).
    qint64 rowOf(quint64 engineOperationId) const
    {
        return m_rowByOperation.value(engineOperationId);
    }

    // --- reading ---
    // Started, never finished nor resolved, from earlier runs (or also this one).
    QList<JournalEntry> unfinishedOperations(bool includeCurrentRun = false) const;
    // Per (outlet, product) of environment (and merchant, when given; outlet ids are global).
    QList<JournalState> latestStates(
        const QString &environment, const QString &merchant = {}) const;
    QList<JournalEntry> entries(const JournalFilter &filter = {}) const;
    std::optional<JournalEntry> entry(qint64 id) const;
    JournalSummary summary(const JournalFilter &filter = {}) const;

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
};

} // namespace gobiz
