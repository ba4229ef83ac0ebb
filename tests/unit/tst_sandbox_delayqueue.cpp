// The sandbox's delayed answers: DelayQueue runs each callback once its delay has passed, never
// before, in deadline order, from the event loop.
#include "sandbox/DelayQueue.h"

#include <QTest>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using Clock = std::chrono::steady_clock;

class TestSandboxDelayQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInDeadlineOrderAndNeverEarly();
    void zeroDelayWaitsForTheEventLoop();
    void callbackMayAddAnother();
    void clearForgetsWhatIsWaiting();
};

void TestSandboxDelayQueue::runsInDeadlineOrderAndNeverEarly()
{
    DelayQueue queue;
    const Clock::time_point start = Clock::now();
    QStringList order;
    QList<double> earlyBy; // ms; > 0 would be a callback run before its time
    const auto add = [&](const QString &name, int delayMs) {
        queue.callAfter(delayMs, [&, name, delayMs] {
            order << name;
            const double waited =
                std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            earlyBy << delayMs - waited;
        });
    };
    add(QStringLiteral("a"), 40);
    add(QStringLiteral("b"), 10);
    add(QStringLiteral("c"), 25);
    add(QStringLiteral("d"), 10); // due with b: after it, as added
    QCOMPARE(queue.size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 5000);
    QCOMPARE(order, (QStringList{u"b"_s, u"d"_s, u"c"_s, u"a"_s}));
    for (double early : std::as_const(earlyBy))
        QVERIFY2(early <= 0, qPrintable(QStringLiteral("ran %1 ms early").arg(early)));
    QCOMPARE(queue.size(), 0);
}

void TestSandboxDelayQueue::zeroDelayWaitsForTheEventLoop()
{
    DelayQueue queue;
    bool ran = false;
    queue.callAfter(0, [&] { ran = true; });
    QVERIFY(!ran); // not from inside callAfter: the caller's state may be half done
    QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
}

void TestSandboxDelayQueue::callbackMayAddAnother()
{
    DelayQueue queue;
    QStringList order;
    queue.callAfter(5, [&] {
        order << QStringLiteral("first");
        queue.callAfter(5, [&] { order << QStringLiteral("second"); });
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 5000);
    QCOMPARE(order, (QStringList{u"first"_s, u"second"_s}));
}

void TestSandboxDelayQueue::clearForgetsWhatIsWaiting()
{
    DelayQueue queue;
    bool cleared = false;
    bool later = false;
    queue.callAfter(5, [&] { cleared = true; });
    queue.clear();
    queue.callAfter(30, [&] { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 5000);
    QVERIFY(!cleared);
}

QTEST_GUILESS_MAIN(TestSandboxDelayQueue)
#include "tst_sandbox_delayqueue.moc"
