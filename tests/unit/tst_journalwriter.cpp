// The journal's thread runs tasks in the order given, writes side by side in one transaction,
// and lets a request's start (writeFirst) go ahead of a large plan's inserts, never ahead of
// anything else given before it.
#include "store/JournalWriter.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz;

class TestJournalWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startGoesAheadOfPlanInsertsOnly();
    void startSharesTheTransactionOfWritesBesideIt();
};

namespace {

// Records the order tasks ran in (on the journal's thread) and holds the thread until released,
// so that everything given meanwhile waits and the scheduler has to choose.
struct Recorder
{
    QMutex mutex;
    QStringList ran;
    QSemaphore gate;

    JournalWriter::Work task(const QString &name)
    {
        return [this, name](LinkJournal &) {
            QMutexLocker locker(&mutex);
            ran << name;
            return true;
        };
    }
    JournalWriter::Work hold()
    {
        return [this](LinkJournal &) {
            gate.acquire();
            return true;
        };
    }
    QStringList order()
    {
        QMutexLocker locker(&mutex);
        return ran;
    }
};

} // namespace

void TestJournalWriter::startGoesAheadOfPlanInsertsOnly()
{
    JournalWriter writer;
    Recorder recorder;
    writer.run(recorder.hold());
    writer.insert(recorder.task(u"plan 1"_s));
    writer.write(recorder.task(u"unsent"_s)); // given before the starts: they wait for it
    writer.insert(recorder.task(u"plan 2"_s));
    writer.writeFirst(recorder.task(u"start A"_s));
    writer.insert(recorder.task(u"plan 3"_s));
    writer.writeFirst(recorder.task(u"start B"_s));
    writer.run(recorder.task(u"read"_s)); // given after them: in turn
    recorder.gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(writer.isIdle(), 10000);
    QCOMPARE(recorder.order(),
             (QStringList{u"plan 1"_s, u"unsent"_s, u"start A"_s, u"start B"_s, u"plan 2"_s,
                          u"plan 3"_s, u"read"_s}));
}

void TestJournalWriter::startSharesTheTransactionOfWritesBesideIt()
{
    JournalWriter writer;
    Recorder recorder;
    writer.run(recorder.hold());
    QTRY_COMPARE_WITH_TIMEOUT(writer.status().batches, 1, 10000); // the writer's own first task
    writer.write(recorder.task(u"finished 1"_s));
    writer.writeFirst(recorder.task(u"start 2"_s));
    writer.write(recorder.task(u"finished 3"_s));
    writer.writeFirst(recorder.task(u"start 4"_s));
    recorder.gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(writer.isIdle(), 10000);
    QCOMPARE(recorder.order(),
             (QStringList{u"finished 1"_s, u"start 2"_s, u"finished 3"_s, u"start 4"_s}));
    // The hold, then one segment for the four: one fsync, as before there was writeFirst.
    QTRY_COMPARE_WITH_TIMEOUT(writer.status().batches, 3, 10000);
}

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"
