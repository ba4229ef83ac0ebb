#pragma once

#include "store/LinkJournal.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace gobiz {

// The link journal on a thread of its own. One LinkJournal (one SQLite connection) lives on that
// thread; every record and every query is a task run there in the order it was given, so the
// thread that paints never waits for the disk.
//
// Group commit: the writes waiting side by side when the thread gets to them run in one
// transaction, so a batch costs one fsync, not one per record. The one exception to the order
// given: a writeFirst() (a request's start) goes ahead of the inserts of a large plan given
// before it, so the first requests need not wait for all of the plan. Each task's done() is
// called on the thread that gave it (through its context object) only after its write is
// durable (or failed for good): that is what the write-ahead rule waits for. When a group cannot
// commit, nothing of it was written and its writes run again one by one, where LinkJournal
// defers what must not be lost (attempt and finish records, external ids) and says what is wrong.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    // A snapshot of the journal's state, taken on its thread after every batch.
    struct Status
    {
        bool open = false;
        bool writable = false;
        LinkJournal::Problem problem = LinkJournal::Problem::NotOpen;
        QString problemMessage;
        QString path;
        QString setAsideMessage; // open() found a damaged journal and set it aside
        QString runId;
        int schemaVersion = 0;
        int unsavedRecords = 0;
        int batches = 0; // segments run so far: records given together share one (group commit)
        bool readable() const; // open at the current schema version
    };

    // Work runs on the journal's thread; it returns whether it succeeded.
    using Work = std::function<bool(LinkJournal &journal)>;
    // Runs on the giver's thread afterwards, with Work's final answer.
    using Done = std::function<void(bool ok)>;

    explicit JournalWriter(QObject *parent = nullptr);
    // Runs what is waiting, closes the journal and ends its thread (the one wait on the disk
    // the caller's thread makes: at shutdown, so that nothing given is dropped).
    ~JournalWriter() override;

    // A write (record*, mark*, save*): grouped with the writes around it.
    void write(Work work, QObject *context = nullptr, Done done = {});
    // A read, or anything that must not share a transaction (open, flush): runs after every
    // task given before it, alone.
    void run(Work work, QObject *context = nullptr, Done done = {});
    // A task that only adds rows (a plan's queued changes): alone, like run(), and writeFirst()
    // may go before it: a start concerns a row written already, never one an insert adds.
    void insert(Work work, QObject *context = nullptr, Done done = {});
    // A small write that something waits on (a request may not leave before its start is
    // durable): grouped with the others like it, and run before the insert() tasks given
    // earlier that have not begun (never inside one), but after any other task given earlier.
    void writeFirst(Work work, QObject *context = nullptr, Done done = {});
    // The latest snapshot (thread-safe).
    Status status() const;
    // Whether every task given so far has run (thread-safe).
    bool isIdle() const;

    // Busy timeout of the journal's connection (tests use a short one); applies at the next open.
    void setBusyTimeout(std::chrono::milliseconds timeout);

signals:
    // After every batch whose tasks changed the snapshot.
    void statusChanged();
    // A write failed; message is the journal's sentence.
    void problemOccurred(gobiz::LinkJournal::Problem problem, const QString &message);
    // A damaged journal was set aside while open and a new one started.
    void journalSetAside(const QString &setAsidePath, const QString &message);

private:
    enum class Kind { Write, Run, Insert, WriteFirst }; // the function it was given by
    struct Task
    {
        Kind kind = Kind::Run;
        quint64 order = 0; // when it was given
        Work work;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };
    struct Outcome
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
        bool ok = false;
    };
    static bool groupable(const Task &task)
    {
        return task.kind == Kind::Write || task.kind == Kind::WriteFirst;
    }
    void enqueue(Kind kind, Work work, QObject *context, Done done);
    void drain(); // on the journal's thread
    std::deque<Task> takeNext(); // the next segment to run; under m_mutex
    void runSegment(std::deque<Task> &tasks);
    // The snapshot, and the outcomes delivered on this object's thread.
    void publish(QList<Outcome> outcomes);
    void deliver(const QList<Outcome> &outcomes); // on this object's thread
    Status takeStatus() const; // on the journal's thread

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; owns the journal
    LinkJournal *m_journal = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    std::deque<Task> m_queue;
    std::deque<Task> m_first; // writeFirst(), ahead of the insert() tasks in m_queue
    quint64 m_given = 0;
    bool m_drainPosted = false;
    int m_running = 0; // tasks of the segment running
    Status m_status;
};

} // namespace gobiz
