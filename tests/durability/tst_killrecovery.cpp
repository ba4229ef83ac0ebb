// Proof of durability: a worker process (GoBizClient + LinkEngine + LinkJournal) runs 500
// operations against gobiz-sandbox in another process, with latency and faults; it is killed
// with SIGKILL mid-run, restarted in resume mode, and the sandbox's server-side state must equal
// the intended state, with the journal agreeing, outlet by outlet.
#include "DurabilityPlan.h"
#include "SandboxProcess.h"

#include "api/GoBizClient.h"
#include "ops/LinkEngine.h"
#include "store/LinkJournal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;

namespace {

constexpr int operations = 500;
constexpr int outlets = operations / 2;

struct ServerLink
{
    bool linked = false;
    QString externalOutletId;
};

QHash<QPair<QString, QString>, ServerLink> serverLinks(const QJsonObject &state)
{
    QHash<QPair<QString, QString>, ServerLink> result;
    for (const QJsonValue &value : state.value(u"links").toArray()) {
        const QJsonObject link = value.toObject();
        result.insert(
            qMakePair(link.value(u"outlet_id").toString(), link.value(u"product").toString()),
            ServerLink {
                link.value(u"linked").toBool(), link.value(u"external_outlet_id").toString()});
    }
    return result;
}

// Reads the journal from another connection while the worker writes it (WAL allows this).
int finishedRows(const QString &path)
{
    const QString name = QStringLiteral("observer");
    int count = -1;
    if (!QFileInfo::exists(path))
        return count;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isOpen()) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
            if (!db.open())
                return -1;
        }
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM operations WHERE result IS NOT NULL"))
            && query.next())
            count = query.value(0).toInt();
    }
    return count;
}

void closeObserver()
{
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("observer"), false);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killMidRunResumeAndConverge();
};

void TestKillRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(QStringLiteral(GOBIZ_SANDBOX_EXE)), GOBIZ_SANDBOX_EXE);
    QVERIFY2(QFileInfo::exists(QStringLiteral(GOBIZ_JOURNAL_WORKER_EXE)), GOBIZ_JOURNAL_WORKER_EXE);
}

void TestKillRecovery::killMidRunResumeAndConverge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journalPath = dir.filePath(QStringLiteral("journal.sqlite"));

    SandboxProcess sandbox;
    QString error;
    // Latency with jitter on every answer, so operations are in flight when the kill comes.
    QVERIFY2(
        sandbox.start(
            {QStringLiteral("--outlets"), QString::number(outlets), QStringLiteral("--seed"),
                QStringLiteral("7"), QStringLiteral("--latency-ms"), QStringLiteral("30"),
                QStringLiteral("--jitter-ms"), QStringLiteral("10"), QStringLiteral("--quiet")},
            &error),
        qPrintable(error));
    qInfo().noquote() << "sandbox process at" << sandbox.baseUrl().toString();

    // The unlink half of the plan needs links to remove: made through the API before the run.
    QStringList outletIds;
    {
        QNetworkAccessManager network;
        GoBizClient client(&network);
        QCOMPARE(client.setBaseUrl(sandbox.baseUrl()), QString());
        client.setToken(sandbox.token());
        ApiReply *info = client.tokenInfo();
        QSignalSpy done(info, &ApiReply::finished);
        QVERIFY(done.wait(15000));
        QVERIFY2(!info->error().isError(), qPrintable(info->error().userMessage()));
        for (const Outlet &outlet : info->tokenInfo().outlets)
            outletIds.append(outlet.id);
        QCOMPARE(outletIds.size(), outlets);
        LinkEngine engine(&client);
        int prelinked = 0;
        for (const LinkRequest &intent : durability::plan(outletIds, operations)) {
            if (intent.action == LinkAction::Unlink) {
                LinkRequest link = intent;
                link.action = LinkAction::Link;
                link.externalOutletId = QStringLiteral("OLD-") + intent.outletId;
                engine.submit(link);
                ++prelinked;
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), LinkEngine::State::Idle, 30000);
        QCOMPARE(engine.progress().done, prelinked);
        qInfo() << "pre-linked" << prelinked << "pairs the plan unlinks";
    }
    // Now transient faults of several kinds.
    const QJsonObject faults = sandbox.call("POST", QStringLiteral("_sandbox/faults"),
        QJsonDocument(QJsonObject {{u"specs"_qs,
                          QJsonArray {u"link:503:4%"_qs, u"unlink:502:4%"_qs,
                              u"any:close-mid:2%"_qs, u"link:429=1:2%"_qs, u"unlink:html:1%"_qs}}})
            .toJson());
    QVERIFY2(faults.value(u"success").toBool(), QJsonDocument(faults).toJson().constData());
    sandbox.call("POST", QStringLiteral("_sandbox/reset"));

    const QStringList workerArguments {QStringLiteral("--base-url"), sandbox.baseUrl().toString(),
        QStringLiteral("--journal"), journalPath, QStringLiteral("--operations"),
        QString::number(operations), QStringLiteral("--log"),
        dir.filePath(QStringLiteral("worker.log"))};

    // Run 1: killed with SIGKILL once the journal shows about half finished.
    QProcess worker;
    worker.setProgram(QStringLiteral(GOBIZ_JOURNAL_WORKER_EXE));
    worker.setArguments(workerArguments);
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start();
    QVERIFY(worker.waitForStarted());
    worker.write(sandbox.token().toUtf8() + '\n'); // the token goes through a pipe, never argv
    worker.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    int finishedAtKill = 0;
    while (clock.elapsed() < 120000 && worker.state() == QProcess::Running) {
        finishedAtKill = finishedRows(journalPath);
        if (finishedAtKill >= operations / 2)
            break;
        QTest::qWait(5);
    }
    QVERIFY2(worker.state() == QProcess::Running, "the worker ended before it could be killed");
    {
        // Another process (this test) may not write to the journal a running worker holds; after
        // the kill below its lock is stale and the next open takes it over.
        LinkJournal second;
        QVERIFY(!second.open(journalPath));
        QCOMPARE(second.problem(), LinkJournal::Problem::InUse);
    }
    worker.kill(); // SIGKILL: no destructor, no flush, no goodbye
    QVERIFY(worker.waitForFinished(10000));
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
    closeObserver();
    const qint64 killedAfterMs = clock.elapsed();

    // What the journal knows after the kill.
    QList<JournalEntry> inFlightAtKill;
    int rowsAtKill = 0;
    {
        LinkJournal journal;
        QVERIFY2(journal.open(journalPath), qPrintable(journal.problemMessage()));
        inFlightAtKill = journal.unfinishedOperations();
        rowsAtKill = int(journal.entries().size());
    }
    const auto serverAtKill = serverLinks(sandbox.state());
    int appliedBeforeKill = 0;
    for (const JournalEntry &e : inFlightAtKill) {
        const ServerLink link
            = serverAtKill.value(qMakePair(e.request.outletId, productKey(e.request.product)));
        if (link.linked == (e.request.action == LinkAction::Link))
            ++appliedBeforeKill;
    }
    qInfo().noquote() << QStringLiteral(
        "killed after %1 ms: %2 finished, %3 in flight (started, never finished; "
        "server had applied %4 of them), %5 not started yet")
                             .arg(killedAfterMs)
                             .arg(finishedAtKill)
                             .arg(inFlightAtKill.size())
                             .arg(appliedBeforeKill)
                             .arg(operations - rowsAtKill);
    // Of those, which had a request on the wire (latest attempt without an outcome) and which
    // were between attempts (a transient failure recorded, the retry not sent yet).
    int onTheWire = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(journalPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM operations o JOIN attempts a ON a.operation_id = o.id AND "
            "a.number = o.attempts"
            " WHERE o.result IS NULL AND o.resolution IS NULL AND a.outcome IS NULL")));
        QVERIFY(query.next());
        onTheWire = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    qInfo().noquote() << QStringLiteral(
        "  of which %1 had a request on the wire and %2 were waiting to retry after a "
        "transient failure")
                             .arg(onTheWire)
                             .arg(inFlightAtKill.size() - onTheWire);
    QVERIFY2(!inFlightAtKill.isEmpty(),
        "nothing was in flight at the kill: the test proved less than it should");

    // Run 2: resume the interrupted operations and finish the plan.
    QProcess resumed;
    resumed.setProgram(QStringLiteral(GOBIZ_JOURNAL_WORKER_EXE));
    resumed.setArguments(workerArguments + QStringList {QStringLiteral("--resume")});
    resumed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    resumed.start();
    QVERIFY(resumed.waitForStarted());
    resumed.write(sandbox.token().toUtf8() + '\n');
    resumed.closeWriteChannel();
    QVERIFY2(resumed.waitForFinished(180000), "the resumed worker did not finish");
    const QByteArray output = resumed.readAllStandardOutput();
    QCOMPARE(resumed.exitStatus(), QProcess::NormalExit);
    QVERIFY2(resumed.exitCode() == 0, output.constData());
    const QJsonObject summary
        = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
    QCOMPARE(summary.value(u"resumed").toInt(), int(inFlightAtKill.size()));
    QCOMPARE(summary.value(u"unconfirmed").toInt(), 0);

    // The server's state equals the intended state, and the journal agrees, outlet by outlet.
    const QJsonObject finalState = sandbox.state();
    const auto server = serverLinks(finalState);
    LinkJournal journal;
    QVERIFY(journal.open(journalPath));
    const QString environment
        = LinkJournal::environmentLabel(Environment::custom(sandbox.baseUrl()));
    QHash<QPair<QString, int>, JournalState> states;
    for (const JournalState &state : journal.latestStates(environment))
        states.insert(qMakePair(state.outletId, int(state.product)), state);
    int serverMismatches = 0;
    int journalMismatches = 0;
    for (const LinkRequest &intent : durability::plan(outletIds, operations)) {
        const bool wantLinked = intent.action == LinkAction::Link;
        const ServerLink link
            = server.value(qMakePair(intent.outletId, productKey(intent.product)));
        if (link.linked != wantLinked
            || (wantLinked && link.externalOutletId != intent.externalOutletId)) {
            ++serverMismatches;
            qWarning().noquote() << "server differs:" << intent.outletId
                                 << productKey(intent.product);
        }
        const JournalState state = states.value(qMakePair(intent.outletId, int(intent.product)));
        const LinkState serverState = link.linked ? LinkState::Linked : LinkState::NotLinked;
        if (state.confirmed != serverState || state.outcomeUncertain()
            || (link.linked && state.externalOutletId != link.externalOutletId)) {
            ++journalMismatches;
            qWarning().noquote() << "journal differs:" << intent.outletId
                                 << productKey(intent.product) << state.describe();
        }
    }
    QCOMPARE(serverMismatches, 0);
    QCOMPARE(journalMismatches, 0);
    QVERIFY(journal.unfinishedOperations().isEmpty());
    int resumedRows = 0;
    for (const JournalEntry &e : journal.entries())
        resumedRows += e.resolution == JournalEntry::Resolution::Resumed;
    QCOMPARE(resumedRows, int(inFlightAtKill.size()));

    const QJsonObject counters = finalState.value(u"counters").toObject();
    qInfo().noquote() << QStringLiteral(
        "recovered %1 operations killed in flight; resume run: %2 submitted, %3 "
        "requests (%4 retries), %5 rounds")
                             .arg(summary.value(u"resumed").toInt())
                             .arg(summary.value(u"submitted").toInt())
                             .arg(summary.value(u"requests").toInt())
                             .arg(summary.value(u"retries").toInt())
                             .arg(summary.value(u"rounds").toInt());
    qInfo().noquote() << QStringLiteral(
        "server: %1 requests, %2 faults injected (%3), max %4 in flight; "
        "%5 of %5 pairs as intended, journal agrees on all")
                             .arg(counters.value(u"total").toInt())
                             .arg(counters.value(u"faulted").toInt())
                             .arg(QString::fromUtf8(
                                 QJsonDocument(counters.value(u"by_fault").toObject())
                                     .toJson(QJsonDocument::Compact)))
                             .arg(counters.value(u"max_in_flight").toInt())
                             .arg(operations);
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
