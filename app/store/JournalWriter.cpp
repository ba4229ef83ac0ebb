#include "JournalWriter.h"

#include "JournalSchema.h"
#include "diagnostics/Logging.h"

#include <QMutexLocker>
#include <QThread>

#include <limits>

namespace gobiz {

bool JournalWriter::Status::readable() const
{
    return open && schemaVersion == JournalSchema::currentVersion;
}

JournalWriter::JournalWriter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<gobiz::LinkJournal::Problem>();
    m_thread = new QThread; // not a child: it must outlive the worker's deletion
    m_thread->setObjectName(QStringLiteral("gobiz-journal"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // The journal (and its retry timer) is created on its own thread.
    run([this](LinkJournal &) { return true; });
}

JournalWriter::~JournalWriter()
{
    // Everything given is written before the journal closes; nothing is delivered back.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            drain();
            if (m_journal) {
                m_journal->flush();
                delete m_journal;
                m_journal = nullptr;
            }
            delete m_worker;
            m_worker = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void JournalWriter::write(Work work, QObject *context, Done done)
{
    enqueue(Kind::Write, std::move(work), context, std::move(done));
}

void JournalWriter::run(Work work, QObject *context, Done done)
{
    enqueue(Kind::Run, std::move(work), context, std::move(done));
}

void JournalWriter::insert(Work work, QObject *context, Done done)
{
    enqueue(Kind::Insert, std::move(work), context, std::move(done));
}

void JournalWriter::writeFirst(Work work, QObject *context, Done done)
{
    enqueue(Kind::WriteFirst, std::move(work), context, std::move(done));
}

JournalWriter::Status JournalWriter::status() const
{
    QMutexLocker locker(&m_mutex);
    return m_status;
}

bool JournalWriter::isIdle() const
{
    QMutexLocker locker(&m_mutex);
    return m_queue.empty() && m_first.empty() && m_running == 0;
}

void JournalWriter::setBusyTimeout(std::chrono::milliseconds timeout)
{
    run([timeout](LinkJournal &journal) {
        journal.setBusyTimeout(timeout);
        return true;
    });
}

void JournalWriter::enqueue(Kind kind, Work work, QObject *context, Done done)
{
    QMutexLocker locker(&m_mutex);
    Task task {kind, ++m_given, std::move(work), context, context != nullptr, std::move(done)};
    (kind == Kind::WriteFirst ? m_first : m_queue).push_back(std::move(task));
    if (m_drainPosted)
        return; // the drain on its way, or running, takes this one too: that is the group
    m_drainPosted = true;
    QMetaObject::invokeMethod(m_worker, [this] { drain(); }, Qt::QueuedConnection);
}

void JournalWriter::drain()
{
    if (!m_journal) {
        m_journal = new LinkJournal(m_worker);
        connect(m_journal, &LinkJournal::problemOccurred, this,
                &JournalWriter::problemOccurred); // queued: this object lives on another thread
        connect(m_journal, &LinkJournal::journalSetAside, this, &JournalWriter::journalSetAside);
    }
    // One segment at a time (a task alone, or the writes waiting side by side, in one
    // transaction), so that a writeFirst given meanwhile runs at the next segment, not after
    // all that was waiting when this drain began (the rest of a 5,000-change plan, say).
    for (;;) {
        std::deque<Task> tasks;
        {
            QMutexLocker locker(&m_mutex);
            tasks = takeNext();
            m_running = int(tasks.size());
            if (tasks.empty()) {
                m_drainPosted = false;
                return;
            }
        }
        runSegment(tasks);
    }
}

std::deque<JournalWriter::Task> JournalWriter::takeNext()
{
    // The tasks run in the order given (m_queue and m_first together, by order), with one
    // exception: writeFirst() tasks go ahead of insert() tasks. A segment is one task alone,
    // or the writes next to each other in that order, in one transaction.
    std::deque<Task> tasks;
    quint64 firstBlocker = std::numeric_limits<quint64>::max(); // the oldest task not an insert
    for (const Task &waiting : m_queue) {
        if (waiting.kind != Kind::Insert) {
            firstBlocker = waiting.order;
            break;
        }
    }
    while (!m_first.empty() && m_first.front().order < firstBlocker) {
        tasks.push_back(std::move(m_first.front())); // only inserts were given before it
        m_first.pop_front();
    }
    if (!tasks.empty())
        return tasks;

    const auto oldest = [this]() -> std::deque<Task> * {
        if (m_first.empty())
            return m_queue.empty() ? nullptr : &m_queue;
        if (m_queue.empty())
            return &m_first;
        return m_queue.front().order < m_first.front().order ? &m_queue : &m_first;
    };
    std::deque<Task> *from = oldest();
    if (!from)
        return tasks;
    const bool group = groupable(from->front());
    do {
        tasks.push_back(std::move(from->front()));
        from->pop_front();
        from = oldest();
    } while (group && from && groupable(from->front()));
    return tasks;
}

void JournalWriter::publish(QList<Outcome> outcomes)
{
    Status status = takeStatus();
    bool changed = false;
    {
        QMutexLocker locker(&m_mutex);
        changed = status.open != m_status.open || status.writable != m_status.writable
            || status.problem != m_status.problem || status.problemMessage != m_status.problemMessage
            || status.path != m_status.path || status.setAsideMessage != m_status.setAsideMessage
            || status.unsavedRecords != m_status.unsavedRecords
            || status.schemaVersion != m_status.schemaVersion || status.runId != m_status.runId;
        status.batches = m_status.batches + 1;
        m_status = status;
        m_running = 0; // the segment has run
    }
    // One event per committed segment on the giver's thread, after the snapshot is in place:
    // the first changes of a large request move while the rest are still being written.
    QMetaObject::invokeMethod(
        this,
        [this, outcomes = std::move(outcomes), changed] {
            if (changed)
                emit statusChanged();
            deliver(outcomes);
        },
        Qt::QueuedConnection);
}

void JournalWriter::runSegment(std::deque<Task> &tasks)
{
    // From takeNext(): one task alone, or writes side by side, which share one transaction.
    bool committed = false;
    if (tasks.size() > 1 && m_journal->beginGroup()) {
        bool ok = true;
        for (std::size_t i = 0; ok && i < tasks.size(); ++i)
            ok = tasks[i].work(*m_journal);
        committed = ok && m_journal->commitGroup();
        if (!committed)
            m_journal->rollbackGroup();
    }
    QList<Outcome> outcomes;
    for (Task &task : tasks) {
        // A group that did not commit wrote nothing: the same work again, one by one.
        const bool ok = committed || task.work(*m_journal);
        outcomes.append(Outcome {task.context, task.hasContext, task.done, ok});
    }
    if (committed)
        qCDebug(lcStore) << "journal: group of" << tasks.size() << "writes committed";
    publish(std::move(outcomes));
}

void JournalWriter::deliver(const QList<Outcome> &outcomes)
{
    for (const Outcome &outcome : outcomes) {
        if (!outcome.done || (outcome.hasContext && outcome.context.isNull()))
            continue; // nothing to tell, or its receiver is gone
        outcome.done(outcome.ok);
    }
}

JournalWriter::Status JournalWriter::takeStatus() const
{
    Status status;
    status.open = m_journal->isOpen();
    status.writable = m_journal->isWritable();
    status.problem = m_journal->problem();
    status.problemMessage = m_journal->problemMessage();
    status.path = m_journal->path();
    status.setAsideMessage = m_journal->setAsideMessage();
    status.runId = m_journal->runId();
    status.schemaVersion = m_journal->schemaVersion();
    status.unsavedRecords = m_journal->unsavedRecords();
    return status;
}

} // namespace gobiz
