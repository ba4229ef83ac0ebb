// Nothing is lost: gobiz-outlets apply interrupted with Ctrl-C (exit 130, what was on the wire
// answered and recorded) or killed with SIGKILL mid-run, then `resume`: GoBiz ends in the
// state the plan asked for, for every cell.
#include "CliProcess.h"

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <csignal>
#include <sys/types.h>

using namespace gobiz;
using namespace gobiz::sandbox;

class TestCliRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void interruptedThenResumed_data();
    void interruptedThenResumed();
    void secondCtrlCStopsWaiting();

private:
    QString writePlan(const QString &folder);
    void verifyPlanOnServer();

    SandboxServer m_server{FixtureGenerator::fixture(150, 11)};
    QList<QPair<QString, bool>> m_planned; // outlet id -> GoFood linked (payment the opposite)
};

void TestCliRecovery::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestCliRecovery::init()
{
    m_server.resetState();
    m_server.faults().clear();
    m_server.resetCounters();
}

QString TestCliRecovery::writePlan(const QString &folder)
{
    // Every outlet: GoFood linked, and Payment linked then (in the same plan) not: 150 links
    // and 150 unlinks of cells a first pass linked.
    m_planned.clear();
    QByteArray bytes = "outlet_id;product;action;external_outlet_id\r\n";
    const QList<FixtureOutlet> &outlets = m_server.fixture().merchants.first().outlets;
    for (int i = 0; i < outlets.size(); ++i) {
        const QString id = outlets.at(i).id;
        const bool goFood = i % 3 != 0;
        bytes += id.toUtf8() + (goFood ? ";gofood;link;POS-" : ";gofood;unlink;")
            + (goFood ? QByteArray::number(i) : QByteArray()) + "\r\n";
        bytes += id.toUtf8() + ";payment;link;POS-" + QByteArray::number(i) + "\r\n";
        m_planned.append({id, goFood});
    }
    QFile file(folder + u"/plan.csv"_qs);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("\xEF\xBB\xBF" + bytes);
    return file.fileName();
}

void TestCliRecovery::verifyPlanOnServer()
{
    for (const auto &[id, goFood] : std::as_const(m_planned)) {
        QCOMPARE(m_server.isLinked(id, u"gofood"_qs), goFood);
        QVERIFY2(m_server.isLinked(id, u"payment"_qs), qPrintable(id));
    }
}

void TestCliRecovery::interruptedThenResumed_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl-C") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 130;
    QTest::newRow("kill -9") << int(SIGKILL) << -1;
}

void TestCliRecovery::interruptedThenResumed()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    const QString plan = writePlan(home.path());
    QVERIFY(!plan.isEmpty());
    QString error;
    QVERIFY(m_server.faults().addSpec(u"link:latency=40"_qs, &error));
    QVERIFY(m_server.faults().addSpec(u"unlink:latency=40"_qs, &error));
    QProcess cli;
    home.start(cli, {u"apply"_qs, plan, u"--yes"_qs, u"--base-url"_qs,
                     m_server.baseUrl().toString()});
    // Mid-run: some answered, requests on the wire.
    // Sampled often (QTRY's 50 ms steps missed the window more than once): the run is short.
    const bool midRun = QTest::qWaitFor(
        [this] { return m_server.counters().completed() >= 40 && m_server.pendingReplies() > 0; },
        30000);
    QVERIFY2(midRun, qPrintable(QStringLiteral("%1 completed, %2 pending")
                                    .arg(m_server.counters().completed())
                                    .arg(m_server.pendingReplies())));
    ::kill(pid_t(cli.processId()), signal);
    const CliResult stopped = CliHome::finish(cli);
    if (exitCode >= 0) {
        QVERIFY(!stopped.crashed);
        QCOMPARE(stopped.exitCode, exitCode);
        QVERIFY2(stopped.all().contains(u"gobiz-outlets resume"_qs), stopped.err.constData());
        QCOMPARE(m_server.pendingReplies(), 0); // it waited for what was on the wire
    } else {
        QVERIFY(stopped.crashed);
    }
    const int sentBefore = m_server.counters().completed();
    QVERIFY(sentBefore < 300); // really interrupted

    // status names the unfinished plan; resume completes it.
    m_server.faults().clear();
    const CliResult status = home.run({u"status"_qs, u"--base-url"_qs,
                                       m_server.baseUrl().toString()});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.all().contains(u"resume"_qs), status.err.constData());
    const CliResult resumed = home.run({u"resume"_qs, u"--yes"_qs, u"--base-url"_qs,
                                        m_server.baseUrl().toString()});
    QCOMPARE(resumed.exitCode, 0);
    verifyPlanOnServer();
    const CliResult again = home.run({u"resume"_qs, u"--base-url"_qs,
                                      m_server.baseUrl().toString()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.all().contains(u"Nothing to resume"_qs));
}

void TestCliRecovery::secondCtrlCStopsWaiting()
{
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    const QString plan = writePlan(home.path());
    QString error;
    QVERIFY(m_server.faults().addSpec(u"link:latency=40"_qs, &error));
    QProcess cli;
    const QStringList at{u"--base-url"_qs, m_server.baseUrl().toString()};
    home.start(cli, QStringList{u"apply"_qs, plan, u"--yes"_qs} + at);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.counters().completed() >= 20, 30000);
    // Now every request hangs: the first Ctrl-C waits for them, the second stops waiting.
    QVERIFY(m_server.faults().addSpec(u"any:hang"_qs, &error));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.pendingReplies() > 0, 30000);
    ::kill(pid_t(cli.processId()), SIGINT);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += cli.readAllStandardError(), err.contains("Ctrl-C again")),
                             20000);
    ::kill(pid_t(cli.processId()), SIGINT);
    CliResult stopped = CliHome::finish(cli);
    stopped.err.prepend(err);
    QCOMPARE(stopped.exitCode, 130);
    QVERIFY2(stopped.all().contains(u"still on their way"_qs), stopped.err.constData());
    QVERIFY(stopped.all().contains(u"gobiz-outlets resume"_qs));

    // resume sends what was never sent; the same plan again settles the unknown ones.
    m_server.faults().clear();
    QCOMPARE(home.run(QStringList{u"resume"_qs, u"--yes"_qs} + at).exitCode, 0);
    QCOMPARE(home.run(QStringList{u"apply"_qs, plan, u"--yes"_qs} + at).exitCode, 0);
    verifyPlanOnServer();
}

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_clirecovery.moc"
